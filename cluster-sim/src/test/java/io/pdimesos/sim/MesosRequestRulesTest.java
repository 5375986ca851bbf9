package io.pdimesos.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.pdimesos.sim.model.Agent;
import io.pdimesos.sim.model.ClusterModel;
import io.pdimesos.sim.model.Framework;
import io.pdimesos.sim.model.SimTask;
import io.pdimesos.sim.model.TaskState;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How a Mesos 1.8 master treats requests, not only what it answers: libprocess routing, the
 * {@code /master/tasks} query and the checks of {@code /api/v1} (docs/emulator.md "Request rules",
 * each rule with the upstream file it comes from).
 */
class MesosRequestRulesTest {
  ClusterSim sim;
  String leader;
  String standby;

  @BeforeEach
  void start() {
    sim = ClusterSim.builder().agents(3).masters(2).freePorts().steppedClock().build().start();
    leader = sim.mesosUrls().get(0);
    standby = sim.mesosUrls().get(1);
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  /** Launches running tasks one simulated second apart, so their first statuses are ordered. */
  private List<String> launch(int count) {
    ClusterModel m = sim.model();
    Framework f = m.registerFramework("marathon", "*", "marathon", "127.0.0.1", "http://127.0.0.1:8080",
        604800, "PARTITION_AWARE");
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Agent a = m.findAgent(0.01, 1, 0, null);
      SimTask t = m.launch(f.id, "t" + i + ".instance-1", "t" + i, a, 0.01, 1, 0, 1, Map.of());
      m.update(t, TaskState.TASK_RUNNING, "");
      ids.add(t.id);
      sim.clock().advance(Duration.ofSeconds(1));
    }
    return ids;
  }

  private List<String> taskIds(String query) {
    List<String> ids = new ArrayList<>();
    for (JsonNode t : SimHttp.get(leader + "/master/tasks" + query).json().get("tasks")) {
      ids.add(t.get("id").asText());
    }
    return ids;
  }

  /** Sends the path as written: HTTP client libraries remove dot segments before sending. */
  private static String rawStatusLine(String base, String path) throws IOException {
    URI u = URI.create(base);
    try (Socket s = new Socket(u.getHost(), u.getPort())) {
      s.setSoTimeout(5000);
      OutputStream out = s.getOutputStream();
      out.write(("GET " + path + " HTTP/1.1\r\nHost: " + u.getHost() + "\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = s.getInputStream();
      StringBuilder line = new StringBuilder();
      for (int c = in.read(); c >= 0 && c != '\r'; c = in.read()) {
        line.append((char) c);
      }
      return line.toString();
    }
  }

  @Test
  void libprocessRoutesByLongestEndpointPrefixIgnoringSlashes() throws IOException {
    launch(1);
    int frameworks = sim.model().frameworks().size();
    // the Python Mesos CLI asks for /master/frameworks/ (trailing slash) and the root aliases
    assertThat(SimHttp.get(leader + "/master/frameworks/").json().get("frameworks")).hasSize(frameworks);
    assertThat(SimHttp.get(leader + "/frameworks").json().get("frameworks")).hasSize(frameworks);
    assertThat(SimHttp.get(leader + "/tasks//").json().get("tasks")).hasSize(1);
    assertThat(SimHttp.get(leader + "/master/state/anything/below").json().get("version").asText())
        .isEqualTo("1.8.0");
    assertThat(SimHttp.get(leader + "/metrics/snapshot/").json().has("master/elected")).isTrue();
    assertThat(SimHttp.get(leader + "/version/").json().get("version").asText()).isEqualTo("1.8.0");
    // "" is the version process's only endpoint: nothing below it matches
    assertThat(SimHttp.get(leader + "/version/x").code()).isEqualTo(404);
    assertThat(SimHttp.get(leader + "/master/nope").code()).isEqualTo(404);
    assertThat(SimHttp.get(leader + "/nope").code()).isEqualTo(404);
    assertThat(rawStatusLine(leader, "/master/../master/state")).contains(" 404 ");
    // endpoints a real master has and the emulator does not model say so
    var quota = SimHttp.get(leader + "/master/quota");
    assertThat(quota.code()).isEqualTo(501);
    assertThat(quota.body()).contains("/master/quota");
    assertThat(SimHttp.get(leader + "/").body()).contains("web UI");
    assertThat(SimHttp.get(leader + "/files/read?path=/master/log").code()).isEqualTo(501);
  }

  @Test
  void redirectRulesUseThePathTheHandlerSaw() {
    var r = SimHttp.get(standby + "/state?jsonp=f");
    assertThat(r.code()).isEqualTo(307);
    URI l = URI.create(leader);
    // the delegate prefixed /master before the handler built the Location
    assertThat(r.header("Location")).isEqualTo("//" + l.getHost() + ":" + l.getPort()
        + "/master/state?jsonp=f");
    assertThat(SimHttp.get(standby + "/redirect").header("Location"))
        .isEqualTo("//" + l.getHost() + ":" + l.getPort());
    assertThat(SimHttp.get(leader + "/master/redirect/").code()).isEqualTo(404);
    assertThat(SimHttp.get(standby + "/master/health/").code()).isEqualTo(200);
  }

  @Test
  void tasksLimitOffsetAndOrderFollowTheCIntegerRules() {
    List<String> ids = launch(4); // ids.get(0) started first
    List<String> newestFirst = new ArrayList<>(ids);
    java.util.Collections.reverse(newestFirst);
    assertThat(taskIds("")).isEqualTo(newestFirst);
    assertThat(taskIds("?order=asc")).isEqualTo(ids);
    // only "asc" ascends: the help text's "desc", "ASC" and anything else sort descending
    assertThat(taskIds("?order=desc")).isEqualTo(newestFirst);
    assertThat(taskIds("?order=ASC")).isEqualTo(newestFirst);
    // the Python Mesos CLI lists tasks with limit=-1: a size_t, so every task
    assertThat(taskIds("?order=asc&limit=-1")).isEqualTo(ids);
    assertThat(taskIds("?limit=0")).isEmpty();
    assertThat(taskIds("?order=asc&limit=2&offset=1")).isEqualTo(ids.subList(1, 3));
    assertThat(taskIds("?order=asc&limit=0x2")).isEqualTo(ids.subList(0, 2));
    assertThat(taskIds("?order=asc&limit=%2B1")).isEqualTo(ids.subList(0, 1));
    // not an int: the default (100); a '+' in a query is a space
    assertThat(taskIds("?limit=abc")).hasSize(4);
    assertThat(taskIds("?limit=+1")).hasSize(4);
    assertThat(taskIds("?limit=1.5")).hasSize(4);
    assertThat(taskIds("?limit=%201")).hasSize(4);
    assertThat(taskIds("?limit=99999999999")).hasSize(4);
    // a negative offset is a huge size_t: nothing; offset + limit wraps around 2^64
    assertThat(taskIds("?offset=-1")).isEmpty();
    assertThat(taskIds("?offset=1&limit=-1")).isEmpty();
    assertThat(taskIds("?order=asc&offset=1&limit=-2")).isEqualTo(ids.subList(1, 4));
    assertThat(taskIds("?offset=4")).isEmpty();
    // libprocess splits the query at ';' too, and the last of a repeated key wins
    assertThat(taskIds("?order=asc;limit=1;limit=2")).isEqualTo(ids.subList(0, 2));
    assertThat(taskIds("?order=asc&task_id=" + ids.get(2))).containsExactly(ids.get(2));
  }

  @Test
  void tasksDefaultLimitIsOneHundred() {
    launch(101);
    assertThat(taskIds("")).hasSize(100);
    assertThat(taskIds("?limit=-1")).hasSize(101);
  }

  private SimHttp.Reply v1(String contentType, String accept, String body) {
    Request.Builder b = new Request.Builder().url(leader + "/api/v1")
        .post(okhttp3.RequestBody.create(body.getBytes(StandardCharsets.UTF_8),
            contentType == null ? null : okhttp3.MediaType.get(contentType)));
    if (accept != null) {
      b.header("Accept", accept);
    }
    return SimHttp.call(b.build());
  }

  @Test
  void operatorApiChecksTheRequestInUpstreamOrder() {
    String health = "{\"type\":\"GET_HEALTH\"}";
    assertThat(v1("application/json", null, health).code()).isEqualTo(200);
    var get = SimHttp.get(leader + "/api/v1");
    assertThat(get.code()).isEqualTo(405);
    assertThat(get.header("Allow")).isEqualTo("POST");
    assertThat(v1(null, null, health).body()).isEqualTo("Expecting 'Content-Type' to be present");
    // compared as a string: a charset parameter is refused
    var charset = v1("application/json; charset=utf-8", null, health);
    assertThat(charset.code()).isEqualTo(415);
    assertThat(charset.body()).isEqualTo(
        "Expecting 'Content-Type' of application/json or application/x-protobuf");
    assertThat(v1("application/json", null, "{").body()).startsWith("Failed to parse body into JSON");
    // 1.8 drops an enum name it does not know, so the call has no type
    for (String unknown : List.of("{\"type\":\"DRAIN_AGENT\"}", "{}")) {
      var r = v1("application/json", null, unknown);
      assertThat(r.code()).as(unknown).isEqualTo(400);
      assertThat(r.body()).isEqualTo("Failed to validate master::Call: Expecting 'type' to be present");
    }
    var metrics = v1("application/json", null, "{\"type\":\"GET_METRICS\"}");
    assertThat(metrics.code()).isEqualTo(400);
    assertThat(metrics.body()).isEqualTo(
        "Failed to validate master::Call: Expecting 'get_metrics' to be present");
    assertThat(v1("application/json", null, "{\"type\":\"GET_METRICS\",\"get_metrics\":{}}").code())
        .isEqualTo(200);
    // Accept is looked at last, most specific range first
    assertThat(v1("application/json", "text/html", health).code()).isEqualTo(406);
    assertThat(v1("application/json", "application/json;q=0, */*", health).code()).isEqualTo(406);
    assertThat(v1("application/json", "text/html, application/*", health).code()).isEqualTo(200);
    assertThat(v1("application/json", "text/html", "{}").code()).isEqualTo(400);
    // known calls without an implementation: upstream's empty 501, or the emulator naming the call
    assertThat(v1("application/json", null, "{\"type\":\"UNKNOWN\"}").code()).isEqualTo(501);
    assertThat(v1("application/json", null, "{\"type\":\"UPDATE_QUOTA\",\"update_quota\":{}}").code())
        .isEqualTo(501);
    var quota = v1("application/json", null, "{\"type\":\"GET_QUOTA\"}");
    assertThat(quota.code()).isEqualTo(501);
    assertThat(quota.body()).contains("GET_QUOTA");
    // the api/v1 endpoint also answers below and with slashes
    assertThat(SimHttp.send("POST", leader + "/master/api/v1/", health).code()).isEqualTo(200);
  }

  @Test
  void operatorApiFlagsAndExecutors() {
    launch(1);
    JsonNode flags = SimHttp.send("POST", leader + "/api/v1", "{\"type\":\"GET_FLAGS\"}").json();
    List<String> names = new ArrayList<>();
    flags.get("get_flags").get("flags").forEach(f -> names.add(f.get("name").asText()));
    assertThat(names).isSorted().contains("cluster", "work_dir");
    JsonNode v0 = SimHttp.get(leader + "/master/flags").json().get("flags");
    flags.get("get_flags").get("flags").forEach(f ->
        assertThat(v0.get(f.get("name").asText()).asText()).isEqualTo(f.get("value").asText()));
    // command tasks have no executor the master knows, and empty lists are omitted
    JsonNode executors = SimHttp.send("POST", leader + "/api/v1", "{\"type\":\"GET_EXECUTORS\"}").json();
    assertThat(executors.get("type").asText()).isEqualTo("GET_EXECUTORS");
    assertThat(executors.get("get_executors").size()).isZero();
  }
}
