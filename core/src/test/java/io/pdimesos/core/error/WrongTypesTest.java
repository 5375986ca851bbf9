package io.pdimesos.core.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.chronos.ChronosClient;
import io.pdimesos.core.chronos.ChronosFixtures;
import io.pdimesos.core.chronos.ChronosJob;
import io.pdimesos.core.chronos.ChronosVersion;
import io.pdimesos.core.http.Json;
import io.pdimesos.core.http.RetryPolicy;
import io.pdimesos.core.http.ServiceSettings;
import io.pdimesos.core.marathon.MarathonClient;
import io.pdimesos.core.marathon.MarathonFixtures;
import io.pdimesos.core.mesos.Fixtures;
import io.pdimesos.core.mesos.MesosClient;
import io.pdimesos.core.mesos.StateVisitor;
import io.pdimesos.core.ops.MesosClusterCheck;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The cases of wrong JSON types coerced into data, each a real answer (fixture) with one
 * field changed: the field and the server are named, and nothing is read as a default.
 */
class WrongTypesTest {
  private final MockWebServer server = new MockWebServer();

  @BeforeEach
  void start() throws Exception {
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private void answer(String json) {
    server.enqueue(new MockResponse.Builder().code(200)
        .setHeader("Content-Type", "application/json").body(json).build());
  }

  private ServiceSettings settings() {
    return ServiceSettings.builder().urls(server.url("/").toString()).contextPath("/api")
        .retry(RetryPolicy.none()).build();
  }

  /** "instances":"three" showed as 1 instance, exit 0. */
  @Test
  void aMarathonCountThatIsTextIsABadResponseNamingTheField() {
    ObjectNode app = (ObjectNode) MarathonFixtures.json("examples/app.json");
    app.put("instances", "three");
    answer("{\"app\":" + app + "}");

    assertThatThrownBy(() -> new MarathonClient(settings(), ProgressListener.NONE)
        .app("/foo", CancellationToken.none()))
        .isInstanceOf(BadResponseException.class)
        .hasMessageContaining("GET " + server.url("/api/v2/apps/foo"))
        .hasMessageContaining("field 'instances' is a string (\"three\") where a number");
  }

  /** A Chronos name 42 was accepted, from the server and from a definition alike. */
  @Test
  void aChronosNameThatIsANumberIsRefused() {
    ObjectNode job = (ObjectNode) Json.MAPPER.valueToTree(ChronosJob.fromJson(
        ChronosFixtures.text("docs-api.sample-job.camus_kafka2hdfs.json")).toTree());
    job.put("name", 42);
    ArrayNode list = Json.MAPPER.createArrayNode().add(job);
    answer(list.toString());

    assertThatThrownBy(() -> new ChronosClient(settings(), ChronosVersion.V3,
        ProgressListener.NONE).listJobs(CancellationToken.none()))
        .isInstanceOf(BadResponseException.class)
        .hasMessageContaining("GET " + server.url("/api/v1/scheduler/jobs"))
        .hasMessageContaining("field 'name' is a number (42)");
    assertThatThrownBy(() -> ChronosJob.fromJson(job.toString()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("definition's field 'name' is a number (42)");
  }

  /** "slaves":"none" became an empty table. */
  @Test
  void aMesosStateWhoseAgentListIsTextIsABadResponse() {
    ObjectNode state = (ObjectNode) Fixtures.json(Fixtures.STATE_1_8);
    state.put("slaves", "none");
    answer(state.toString());

    assertThatThrownBy(() -> new MesosClient(settings(), ProgressListener.NONE)
        .streamState(new StateVisitor() {}, CancellationToken.none()))
        .isInstanceOf(BadResponseException.class)
        .hasMessageContaining("/api/master/state")
        .hasMessageContaining("field 'slaves' is a string (\"none\") where an array");
  }

  /**
   * Each check the streamed state's readers make, one edit of a real state each: a wrong type or
   * a missing list is a bad response naming the field, never a default (these were read as
   * "inactive", 0, an empty name or an empty table). Whatever reads the state must keep them.
   */
  @Test
  void everyMesosStateFieldOfTheWrongKindIsABadResponseNamingIt() {
    java.util.Map<String, java.util.function.Consumer<ObjectNode>> edits =
        new java.util.LinkedHashMap<>();
    edits.put("field 'active' is a string (\"maybe\") where true or false",
        st -> ((ObjectNode) st.withArray("slaves").get(0)).put("active", "maybe"));
    edits.put("field 'registered_time' is a string (\"yesterday\") where a number",
        st -> ((ObjectNode) st.withArray("frameworks").get(0)).put("registered_time",
            "yesterday"));
    edits.put("field 'name' is an object where a string",
        st -> ((ObjectNode) st.withArray("frameworks").get(0)).putObject("name"));
    edits.put("field 'elected_time' is a string (\"soon\") where a number",
        st -> st.put("elected_time", "soon"));
    edits.put("field 'slaves[]' is a number (5) where an object",
        st -> st.putArray("slaves").add(5));
    edits.put("field 'tasks[]' is a number (7) where an object",
        st -> ((ObjectNode) st.withArray("frameworks").get(0)).putArray("tasks").add(7));
    edits.put("field 'completed_frameworks' is a boolean (true) where an array",
        st -> st.put("completed_frameworks", true));
    edits.put("field 'frameworks' is missing", st -> st.remove("frameworks"));
    // Read from tokens since issue 16: the same rules as the trees had
    edits.put("field 'resources' is a string (\"lots\") where an object",
        st -> ((ObjectNode) st.withArray("slaves").get(0)).put("resources", "lots"));
    edits.put("field 'timestamp' is a string (\"later\") where a number",
        st -> ((ObjectNode) ((ObjectNode) st.withArray("frameworks").get(1)).withArray("tasks")
            .get(0).get("statuses").get(0)).put("timestamp", "later"));
    edits.put("field 'key' is an array where a string",
        st -> ((ObjectNode) ((ObjectNode) st.withArray("frameworks").get(1)).withArray("tasks")
            .get(0)).putArray("labels").addObject().putArray("key"));
    for (java.util.Map.Entry<String, java.util.function.Consumer<ObjectNode>> e
        : edits.entrySet()) {
      ObjectNode state = (ObjectNode) Fixtures.json(Fixtures.STATE_1_8);
      e.getValue().accept(state);
      answer(state.toString());

      assertThatThrownBy(() -> new MesosClient(settings(), ProgressListener.NONE)
          .streamState(new StateVisitor() {}, CancellationToken.none()))
          .as(e.getKey()).isInstanceOf(BadResponseException.class)
          .hasMessageContaining("/api/master/state").hasMessageContaining(e.getKey());
    }
  }

  /** `mesos check` with no criteria passed on {}: no agents reported is not a healthy cluster. */
  @Test
  void aClusterCheckNeverPassesOnASummaryWithoutAgents() {
    ObjectNode summary = (ObjectNode) Fixtures.json(Fixtures.SUMMARY_1_2);
    summary.remove("slaves");
    answer("{}"); // metrics: none to go by
    answer(summary.toString());

    MesosClusterCheck.Result r = new MesosClusterCheck(new MesosClient(settings(),
        ProgressListener.NONE), new MesosClusterCheck.Criteria(), null)
        .run(CancellationToken.none());

    assertThat(r.success()).isFalse();
    assertThat(r.reasons()).anyMatch(x -> x.contains("field 'slaves' is missing"));
  }
}
