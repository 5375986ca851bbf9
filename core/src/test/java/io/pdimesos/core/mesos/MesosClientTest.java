package io.pdimesos.core.mesos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.error.AuthException;
import io.pdimesos.core.http.Auth;
import io.pdimesos.core.http.Json;
import io.pdimesos.core.http.RetryPolicy;
import io.pdimesos.core.http.ServiceSettings;
import io.pdimesos.core.http.Timeouts;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MesosClientTest {
  private FakeMaster master;
  private MesosClient client;

  @BeforeEach
  void start() throws Exception {
    master = new FakeMaster();
    client = new MesosClient(ServiceSettings.builder().urls(master.url())
        .auth(Auth.basic("ops", "pw")).retry(RetryPolicy.none())
        .timeouts(Timeouts.of(1_000, 5_000, 10_000)).build(), ProgressListener.NONE);
  }

  @AfterEach
  void stop() {
    master.close();
  }

  private RecordedRequest last() {
    return master.requests.get(master.requests.size() - 1);
  }

  @Test
  void healthIsAnEmpty200() {
    master.route("/master/health", "");
    assertThat(client.health(CancellationToken.none())).isTrue();
    assertThat(last().getMethod()).isEqualTo("GET");
    assertThat(last().getTarget()).isEqualTo("/master/health");
    assertThat(last().getHeaders().get("Authorization")).startsWith("Basic ");
  }

  @Test
  void versionReadsTheVersionFields() {
    // /version writes the same fields as v1 GET_VERSION's version_info (reference mesos.md §5)
    master.route("/version", Fixtures.json(Fixtures.V1_VERSION).path("get_version")
        .path("version_info").toString());
    MesosVersion v = client.version(CancellationToken.none());
    assertThat(v.version()).isEqualTo("1.0.0");
    assertThat(v.buildUser()).isEqualTo("root");
    assertThat(last().getTarget()).isEqualTo("/version");
  }

  @Test
  void metricsSnapshotIsAFlatMapOfDoubles() {
    master.route("/metrics/snapshot", Fixtures.metricsSnapshot().toString());
    Map<String, Double> m = client.metricsSnapshot(CancellationToken.none());
    assertThat(m).hasSize(109).containsEntry("master/elected", 1.0)
        .containsKey("master/cpus_total").containsKey("master/slaves_active");
    assertThat(last().getTarget()).isEqualTo("/metrics/snapshot");
  }

  @Test
  void stateSummaryHasAgentsWithCountersAndFrameworks() {
    master.route("/master/state-summary", Fixtures.text(Fixtures.SUMMARY_1_2));
    StateSummary s = client.stateSummary(CancellationToken.none());

    assertThat(s.hostname()).isEqualTo("10.0.4.58");
    assertThat(s.cluster()).isEqualTo("frontend-us-west-2-ht0quvq7kr");
    MesosAgent a = s.agents().get(0);
    assertThat(a.id()).isEqualTo("74f1836b-6784-4030-816e-aacbdd45ff57-S1");
    assertThat(a.address()).isEqualTo("10.0.2.121:5051");
    assertThat(a.resources().cpus()).isEqualTo(4.0);
    assertThat(a.usedResources().cpus()).isEqualTo(2.51);
    assertThat(a.reservedResources().get("confluent-kafka-role").mem()).isEqualTo(2560);
    assertThat(a.resources().ports()).startsWith("[1025-2180");
    assertThat(a.taskCounts()).containsEntry("TASK_RUNNING", 3L);
    assertThat(s.frameworks()).extracting(MesosFramework::name)
        .containsExactly("confluent-kafka", "marathon", "metronome");
    assertThat(s.frameworks().get(1).webuiUrl()).isEqualTo("https://10.0.4.58:8443");
    assertThat(last().getTarget()).isEqualTo("/master/state-summary");
  }

  @Test
  void agentsComeFromMasterSlaves() {
    master.route("/master/slaves", Fixtures.slavesOf(Fixtures.STATE_1_8));
    List<MesosAgent> agents = client.agents(CancellationToken.none());
    assertThat(agents).extracting(MesosAgent::hostname).containsExactly("10.0.0.40",
        "10.0.6.5");
    assertThat(agents.get(0).pid()).isEqualTo("slave(1)@10.0.0.40:5051");
    assertThat(agents.get(0).active()).isTrue();
    assertThat(agents.get(0).version()).isEqualTo("1.8.0");
    assertThat(last().getTarget()).isEqualTo("/master/slaves");
  }

  @Test
  void frameworksListsActiveThenCompleted() {
    // /master/frameworks uses the same framework writer as /master/state (reference §5)
    JsonNode state = Fixtures.json(Fixtures.STATE_0_22);
    ObjectNode body = Json.MAPPER.createObjectNode();
    body.set("frameworks", state.get("frameworks"));
    body.set("completed_frameworks", state.get("completed_frameworks"));
    body.putArray("unregistered_frameworks");
    master.route("/master/frameworks", body.toString());

    List<MesosFramework> fws = client.frameworks(CancellationToken.none());

    assertThat(fws).hasSize(14);
    assertThat(fws.stream().filter(MesosFramework::completed)).hasSize(9);
    MesosFramework marathon = fws.stream().filter(f -> f.name().equals("marathon")).findFirst()
        .orElseThrow();
    assertThat(marathon.active()).isTrue();
    assertThat(marathon.registeredTime()).isGreaterThan(1.4e9);
    assertThat(last().getTarget()).isEqualTo("/master/frameworks");
  }

  @Test
  void tasksArePagedWithLimitOffsetAndOrder() {
    JsonNode state = Fixtures.json(Fixtures.STATE_1_2);
    ArrayNode tasks = Json.MAPPER.createArrayNode();
    state.path("frameworks").forEach(f -> f.path("completed_tasks").forEach(t -> {
      if (tasks.size() < 5) {
        tasks.add(t);
      }
    }));
    master.route("/master/tasks", r -> FakeMaster.json("{\"tasks\":" + tasks + "}"));

    List<MesosTask> page = client.tasks(TaskQuery.page(5, 10).order(TaskQuery.Order.ASC)
        .frameworkId("fw-1"), CancellationToken.none());

    assertThat(page).hasSize(5);
    assertThat(page.get(0).kind()).isEqualTo(MesosTask.Kind.COMPLETED);
    assertThat(page.get(0).frameworkName()).isNull();
    assertThat(last().getTarget())
        .isEqualTo("/master/tasks?limit=5&offset=10&order=asc&framework_id=fw-1");
  }

  @Test
  void redirectAnswersTheRawLocation() {
    assertThat(client.redirect(CancellationToken.none())).isEqualTo("//127.0.0.1:"
        + master.server.getPort());
    assertThat(master.paths()).containsExactly("GET /master/redirect", "GET /master/redirect");
  }

  @Test
  void aRefusedReadIsAnAuthErrorQuotingTheRealm() {
    master.route("/master/slaves", r -> new MockResponse.Builder().code(401)
        .setHeader("WWW-Authenticate", "Basic realm=\"mesos-master-readonly\"").build());
    assertThatThrownBy(() -> client.agents(CancellationToken.none()))
        .isInstanceOf(AuthException.class).hasMessageContaining("401")
        .hasMessageNotContaining("pw");
  }
}
