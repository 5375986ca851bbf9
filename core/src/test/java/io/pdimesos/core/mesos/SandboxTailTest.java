package io.pdimesos.core.mesos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.error.NotFoundException;
import io.pdimesos.core.http.Auth;
import io.pdimesos.core.http.Json;
import io.pdimesos.core.http.RetryPolicy;
import io.pdimesos.core.http.ServiceSettings;
import io.pdimesos.core.http.Timeouts;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Task → agent (/master/slaves) → executor sandbox (agent /state) → /files/read, against the
 * matching Mesos 0.19 master and agent captures of mesos-cli.
 */
class SandboxTailTest {
  private static final String AGENT_ID = "20140619-151434-16842879-5050-1196-0";
  private static final String FRAMEWORK_ID = "20140612-230025-16842879-5050-1151-0000";
  private static final String TASK_ID = "app-15.41fef02d-fcba-11e3-8b67-b6f6cc110ef2";
  private static final String SANDBOX = "/tmp/mesos/slaves/" + AGENT_ID + "/frameworks/"
      + FRAMEWORK_ID + "/executors/" + TASK_ID + "/runs/6de5ce8a-62c2-473a-9523-ee0fad1f0d5c";

  private FakeMaster master;
  private FakeMaster agent;
  private MesosClient client;
  private volatile byte[] stdout;

  @BeforeEach
  void start() throws Exception {
    master = new FakeMaster();
    agent = new FakeMaster();
    // the agent's pid points at the local fake agent instead of 10.141.141.10:5051
    ObjectNode slaves = (ObjectNode) Json.MAPPER.readTree(Fixtures.slavesOf(
        Fixtures.STATE_0_19));
    for (JsonNode s : slaves.get("slaves")) {
      if (s.get("id").asText().equals(AGENT_ID)) {
        ((ObjectNode) s).put("pid", "slave(1)@127.0.0.1:" + agent.server.getPort());
      }
    }
    master.route("/master/slaves", slaves.toString());
    agent.route("/state", Fixtures.text(Fixtures.AGENT_0_19));
    agent.route("/files/read", this::filesRead);
    // the log: the real /files/read body's text, repeated past one 64 KiB read
    String line = Fixtures.json(Fixtures.FILES_READ).get("data").asText();
    stdout = line.repeat(400).getBytes(StandardCharsets.UTF_8);
    client = new MesosClient(ServiceSettings.builder().urls(master.url())
        .auth(Auth.basic("ops", "secret")).retry(RetryPolicy.none())
        .timeouts(Timeouts.of(1_000, 5_000, 10_000)).build(), ProgressListener.NONE);
  }

  @AfterEach
  void stop() {
    master.close();
    agent.close();
  }

  /** FilesProcess::read: offset -1 answers the size; reads are capped at 64 KiB. */
  private MockResponse filesRead(RecordedRequest r) {
    String path = r.getUrl().queryParameter("path");
    if (!(SANDBOX + "/stdout").equals(path) || stdout == null) {
      return FakeMaster.status(404, "");
    }
    long offset = Long.parseLong(r.getUrl().queryParameter("offset"));
    ObjectNode body = Json.MAPPER.createObjectNode();
    if (offset == -1) {
      body.put("data", "").put("offset", stdout.length);
    } else {
      int length = Math.min(65536, Integer.parseInt(r.getUrl().queryParameter("length")));
      int end = (int) Math.min(stdout.length, offset + length);
      body.put("data", new String(Arrays.copyOfRange(stdout, (int) offset, end),
          StandardCharsets.UTF_8)).put("offset", offset);
    }
    return FakeMaster.json(body.toString());
  }

  private static TaskLookup.TaskRef task(String agentId) {
    return new TaskLookup.TaskRef(TASK_ID, "app-15", "TASK_RUNNING", FRAMEWORK_ID, agentId, "",
        1403638245.0);
  }

  private String tail(int maxBytes) {
    return new String(Arrays.copyOfRange(stdout, stdout.length - maxBytes, stdout.length),
        StandardCharsets.UTF_8);
  }

  private List<String> agentReads() {
    return agent.paths().stream().filter(p -> p.contains("/files/read")).toList();
  }

  @Test
  void aCommandTaskIsFoundByItsIdAmongTheAgentsExecutors() {
    String text = client.sandboxTail(task(AGENT_ID), "stdout", 40, CancellationToken.none());

    assertThat(text).isEqualTo(tail(40)).endsWith("hello world error log\n");
    assertThat(master.paths()).contains("GET /master/slaves");
    assertThat(agent.paths().get(0)).isEqualTo("GET /state");
    assertThat(agentReads()).containsExactly(
        "GET /files/read?path=" + encode(SANDBOX + "/stdout") + "&offset=-1",
        "GET /files/read?path=" + encode(SANDBOX + "/stdout") + "&offset="
            + (stdout.length - 40) + "&length=40");
    // the agent gets the same credentials as the master
    assertThat(agent.requests.get(0).getHeaders().get("Authorization")).startsWith("Basic ");
  }

  @Test
  void bothTailsLocateTheSandboxOnce() {
    Map<String, String> tails = client.sandboxTails(task(AGENT_ID), List.of("stdout", "stderr"),
        40, CancellationToken.none());

    assertThat(tails).containsExactly(Map.entry("stdout", tail(40)), Map.entry("stderr", ""));
    assertThat(master.count("/master/slaves")).isEqualTo(1);
    assertThat(agent.count("/state")).isEqualTo(1);
    assertThat(agentReads()).hasSize(3); // stdout size + data, stderr size (404: none)
  }

  @Test
  void aLongTailIsReadIn64KiBSlices() {
    int want = 80_000;
    String text = client.sandboxTail(task(AGENT_ID), "stdout", want, CancellationToken.none());

    assertThat(text).isEqualTo(tail(want));
    int from = stdout.length - want;
    assertThat(agentReads()).hasSize(3);
    assertThat(agentReads().get(1)).endsWith("&offset=" + from + "&length=65536");
    assertThat(agentReads().get(2)).endsWith("&offset=" + (from + 65536) + "&length="
        + (want - 65536));
  }

  @Test
  void multiByteCharactersAdvanceByTheirBytes() {
    stdout = "Grüße aus dem Sandkasten – é\n".repeat(5_000).getBytes(StandardCharsets.UTF_8);
    int want = stdout.length - 10 * "Grüße aus dem Sandkasten – é\n".getBytes(
        StandardCharsets.UTF_8).length;

    String text = client.sandboxTail(task(AGENT_ID), "stdout", want, CancellationToken.none());

    assertThat(text.getBytes(StandardCharsets.UTF_8)).hasSize(want);
    assertThat(text).startsWith("Grüße").isEqualTo(tail(want));
  }

  @Test
  void behindTheDcosAdminRouterTheAgentIsReadThroughItsAgentRoute() throws Exception {
    // One URL for everything: /mesos/... is the leader, /agent/<id>/... that agent. The agent's
    // registered pid stays 10.141.141.10:5051, an address only the cluster's own hosts reach.
    try (FakeMaster router = new FakeMaster()) {
      router.route("/mesos/master/slaves", Fixtures.slavesOf(Fixtures.STATE_0_19));
      router.route("/agent/" + AGENT_ID + "/state", Fixtures.text(Fixtures.AGENT_0_19));
      router.route("/agent/" + AGENT_ID + "/files/read", this::filesRead);
      MesosClient dcos = new MesosClient(ServiceSettings.builder().urls(router.url())
          .contextPath("/mesos").auth(Auth.dcosToken("dcos-token")).retry(RetryPolicy.none())
          .timeouts(Timeouts.of(1_000, 5_000, 10_000)).build(), ProgressListener.NONE);

      String text = dcos.sandboxTail(task(AGENT_ID), "stdout", 40, CancellationToken.none());

      assertThat(text).isEqualTo(tail(40));
      assertThat(router.paths()).containsExactly("GET /mesos/master/slaves",
          "GET /agent/" + AGENT_ID + "/state",
          "GET /agent/" + AGENT_ID + "/files/read?path=" + encode(SANDBOX + "/stdout")
              + "&offset=-1",
          "GET /agent/" + AGENT_ID + "/files/read?path=" + encode(SANDBOX + "/stdout")
              + "&offset=" + (stdout.length - 40) + "&length=40");
      assertThat(router.requests).allSatisfy(r -> assertThat(r.getHeaders().get("Authorization"))
          .isEqualTo("token=dcos-token"));
      assertThat(agent.requests).isEmpty();
    }
  }

  @Test
  void aGarbageCollectedSandboxReadsAsEmpty() {
    stdout = null; // /files/read answers 404
    assertThat(client.sandboxTail(task(AGENT_ID), "stdout", 100, CancellationToken.none()))
        .isEmpty();
    assertThat(agentReads()).hasSize(1);
  }

  @Test
  void aTaskOnAnAgentThatLeftIsNotFoundNotAnEmptyLog() {
    assertThatThrownBy(() -> client.sandboxTail(task("gone-S9"), "stdout", 100,
        CancellationToken.none())).isInstanceOf(NotFoundException.class)
        .hasMessageContaining("agent gone-S9 is no longer registered");
    assertThat(agent.requests).isEmpty();
  }

  @Test
  void aCustomExecutorsSandboxComesFromItsExecutorId() {
    JsonNode state = Fixtures.json(Fixtures.AGENT_0_27);
    TaskLookup.TaskRef t = new TaskLookup.TaskRef("server-0_10a", "server-0", "TASK_RUNNING",
        "b3bd182c-c6d7-463e-8bf0-06cd5807df4e-0001", "b3bd182c-c6d7-463e-8bf0-06cd5807df4e-S2",
        "server-0_10a_executor", 0);

    assertThat(SandboxReader.sandboxDirectory(state, t)).isEqualTo(
        "/var/lib/mesos/agent/slaves/b3bd182c-c6d7-463e-8bf0-06cd5807df4e-S2/frameworks/"
            + "b3bd182c-c6d7-463e-8bf0-06cd5807df4e-0001/executors/server-0_10a_executor/runs/"
            + "6ce1f063-3838-49b9-b6aa-428127094507");
    TaskLookup.TaskRef otherFramework = new TaskLookup.TaskRef("server-0_10a", "server-0",
        "TASK_RUNNING", "some-other-framework", "b3bd182c-c6d7-463e-8bf0-06cd5807df4e-S2",
        "server-0_10a_executor", 0);
    assertThat(SandboxReader.sandboxDirectory(state, otherFramework)).isNull();
  }

  private static String encode(String path) {
    return okhttp3.HttpUrl.get("http://x/").newBuilder().addQueryParameter("p", path).build()
        .encodedQuery().substring(2);
  }
}
