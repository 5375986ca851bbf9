package io.pdimesos.core.rows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.error.BadResponseException;
import io.pdimesos.core.http.Json;
import io.pdimesos.core.http.RetryPolicy;
import io.pdimesos.core.http.ServiceSettings;
import io.pdimesos.core.http.Timeouts;
import io.pdimesos.core.json.JsonPaths;
import io.pdimesos.core.marathon.MarathonClient;
import io.pdimesos.core.marathon.MarathonFixtures;
import io.pdimesos.core.mesos.FakeMaster;
import io.pdimesos.core.mesos.Fixtures;
import io.pdimesos.core.mesos.MesosClient;
import io.pdimesos.core.weave.WeaveClient;
import io.pdimesos.core.weave.WeaveSamples;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A read for the fields a step shows (only their values built from the body's tokens) gives the
 * same values, field by field and row by row, as a read that keeps every item whole: the rows
 * and types of the steps stay what they were when every item was a tree. Checked on real bodies
 * (and Weave's reference report) for every default field of every streamed entity, plus the
 * paths of the first item.
 */
class RowsFromTokensTest {
  private static final int MAX_EXTRA_PATHS = 60;

  @ParameterizedTest
  @ValueSource(strings = {Fixtures.STATE_0_19, Fixtures.STATE_0_22, Fixtures.STATE_1_2,
      Fixtures.STATE_1_8, Fixtures.STATE_FAKE_IPS, Fixtures.AGENT_0_27})
  void mesosEntitiesReadForTheirFieldsAsTheyReadWhole(String fixture) throws Exception {
    // The agent's own /state lists its frameworks' executors as the master's does: the one
    // real body with executors in it.
    try (FakeMaster master = new FakeMaster()) {
      JsonNode state = Fixtures.json(fixture);
      String body = Fixtures.text(fixture);
      if (!state.has("slaves")) {
        // An agent's own /state lists no agents; a master's always has the list, which the
        // reader requires (issue 14), so the agent's body gets an empty one.
        ((ObjectNode) state).putArray("slaves");
        body = state.toString();
      }
      master.route("/master/state", body);
      master.route("/master/slaves", Json.MAPPER.createObjectNode()
          .set("slaves", state.path("slaves")).toString());
      MesosClient client = master.client(10_000);
      int rows = 0;
      for (String code : List.of(MesosEntities.AGENTS, MesosEntities.FRAMEWORKS,
          MesosEntities.TASKS, MesosEntities.EXECUTORS)) {
        int n = assertSameRows(fixture + " " + code, () -> MesosEntities.reader(code, client),
            MesosEntities.defaultFields(code));
        assertThat(n).as("%s %s rows", fixture, code)
            .isGreaterThan(code.equals(MesosEntities.EXECUTORS) && fixture.equals(
                Fixtures.AGENT_0_27) ? 0 : -1);
        rows += n;
      }
      assertThat(rows).isPositive();
    }
  }

  @Test
  void marathonEntitiesReadForTheirFieldsAsTheyReadWhole() throws Exception {
    assertMarathon(MarathonEntities.APPS, MarathonFixtures.HEALTHY_APPS);
    assertMarathon(MarathonEntities.APPS, MarathonFixtures.OLD_APPS);
    assertMarathon(MarathonEntities.TASKS, "responses/legacy-docs-1.3.GET-tasks.health.json");
    assertMarathon(MarathonEntities.TASKS, "examples/tasks.json");
    assertMarathon(MarathonEntities.DEPLOYMENTS,
        "responses/legacy-docs-1.3.GET-deployments.pre-1.0-steps-format.json");
    assertMarathon(MarathonEntities.DEPLOYMENTS, "examples/deployments.json");
    assertMarathon(MarathonEntities.QUEUE, "examples/queue.json");
  }

  @Test
  void weaveEntitiesReadForTheirFieldsAsTheyReadWhole() throws Exception {
    for (String code : WeaveEntities.CODES) {
      assertWeave(code, WeaveSamples.REPORT);
    }
  }

  @Test
  void weaveItemsListedBeforeTheRoutersNameWaitForIt() throws Exception {
    // The reference report with Router's members reversed: Peers and Connections come before
    // Name and NickName, so the rows must wait for the name to say which peer is the router.
    ObjectNode report = (ObjectNode) Json.MAPPER.readTree(WeaveSamples.REPORT);
    ObjectNode router = (ObjectNode) report.get("Router");
    List<String> names = new ArrayList<>();
    router.fieldNames().forEachRemaining(names::add);
    ObjectNode reversed = Json.MAPPER.createObjectNode();
    for (int i = names.size() - 1; i >= 0; i--) {
      reversed.set(names.get(i), router.get(names.get(i)));
    }
    report.set("Router", reversed);
    for (String code : WeaveEntities.CODES) {
      assertWeave(code, report.toString());
    }
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(new MockResponse.Builder().code(200).body(report.toString()).build());
      server.start(java.net.InetAddress.getByName("127.0.0.1"), 0);
      List<Record> peers = new ArrayList<>();
      WeaveEntities.reader(WeaveEntities.PEERS, WeaveClient.forEachRouter(ServiceSettings.of(
          "http://127.0.0.1:" + server.getPort()), ProgressListener.NONE))
          .read(RowFilter.NONE, peers::add, CancellationToken.none());
      String name = router.get("Name").asText();
      assertThat(peers).filteredOn(r -> Boolean.TRUE.equals(r.value("@is_router",
          FieldType.BOOLEAN))).singleElement()
          .satisfies(r -> assertThat(r.value("/Name", FieldType.STRING)).isEqualTo(name));
      assertThat(peers).allSatisfy(r -> assertThat(r.value("@router_nickname",
          FieldType.STRING)).isEqualTo(router.get("NickName").asText()));
    }
  }

  @Test
  void aMarathonAnswerWithoutItsListIsABadResponseNamingTheList() throws Exception {
    try (MockWebServer server = marathon("examples/app.json")) {
      MarathonClient client = client(server);
      assertThatThrownBy(() -> MarathonEntities.reader(MarathonEntities.TASKS, client)
          .read(RowFilter.NONE, r -> true, CancellationToken.none()))
          .isInstanceOf(BadResponseException.class)
          .hasMessageContaining("without the list of tasks").hasMessageContaining("/v2/tasks");
    }
  }

  @Test
  void aRecordReadForSomeFieldsRefusesAPathItWasNotAskedFor() throws Exception {
    try (FakeMaster master = new FakeMaster()) {
      master.route("/master/state", Fixtures.text(Fixtures.STATE_1_8));
      List<Record> records = new ArrayList<>();
      MesosEntities.reader(MesosEntities.TASKS, master.client(10_000)).read(RowFilter.NONE,
          List.of(SourceField.of("id", FieldType.STRING, "/id", "")), records::add,
          CancellationToken.none());

      assertThat(records).isNotEmpty();
      assertThat(records.get(0).item()).as("no tree of the task was kept").isNull();
      assertThatThrownBy(() -> records.get(0).value("/name", FieldType.STRING))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("/name");
    }
  }

  private static void assertMarathon(String code, String fixture) throws Exception {
    try (MockWebServer server = marathon(fixture)) {
      MarathonClient client = client(server);
      assertThat(assertSameRows(fixture, () -> MarathonEntities.reader(code, client),
          MarathonEntities.defaultFields(code))).as(fixture).isPositive();
    }
  }

  private static void assertWeave(String code, String report) throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      for (int i = 0; i < 2; i++) {
        server.enqueue(new MockResponse.Builder().code(200)
            .setHeader("Content-Type", "application/json").body(report).build());
      }
      server.start(java.net.InetAddress.getByName("127.0.0.1"), 0);
      List<WeaveClient> routers = WeaveClient.forEachRouter(ServiceSettings.builder()
          .urls("http://127.0.0.1:" + server.getPort()).timeouts(Timeouts.of(1_000, 2_000, 5_000))
          .retry(RetryPolicy.none()).build(), ProgressListener.NONE);
      assertThat(assertSameRows("weave " + code, () -> WeaveEntities.reader(code, routers),
          WeaveEntities.defaultFields(code))).as(code).isPositive();
    }
  }

  private static MockWebServer marathon(String fixture) throws Exception {
    MockWebServer server = new MockWebServer();
    for (int i = 0; i < 2; i++) {
      server.enqueue(new MockResponse.Builder().code(200)
          .setHeader("Content-Type", "application/json").body(MarathonFixtures.text(fixture))
          .build());
    }
    server.start(java.net.InetAddress.getByName("127.0.0.1"), 0);
    return server;
  }

  private static MarathonClient client(MockWebServer server) {
    return new MarathonClient(ServiceSettings.builder()
        .urls("http://127.0.0.1:" + server.getPort()).timeouts(Timeouts.of(1_000, 2_000, 5_000))
        .retry(RetryPolicy.none()).build(), ProgressListener.NONE);
  }

  /**
   * Reads whole, then for the default fields plus the paths of the first item (up to
   * {@value #MAX_EXTRA_PATHS}, so the 0.22 state's thousands of rows stay quick) and two that
   * exist nowhere; every value of every row must be the same.
   */
  private static int assertSameRows(String what, Supplier<EntityReader> reader,
      List<SourceField> defaults) {
    List<Record> whole = new ArrayList<>();
    reader.get().read(RowFilter.NONE, whole::add, CancellationToken.none());
    Set<String> paths = new LinkedHashSet<>();
    if (!whole.isEmpty()) {
      JsonPaths.of(whole.get(0).item(), paths);
    }
    List<SourceField> fields = new ArrayList<>(defaults);
    fields.add(SourceField.of("nowhere", FieldType.STRING, "/nowhere", ""));
    fields.add(SourceField.of("nowhere_deep", FieldType.STRING, "/0/nowhere", ""));
    for (String p : paths) {
      if (fields.size() - defaults.size() >= 2 + MAX_EXTRA_PATHS) {
        break;
      }
      fields.add(SourceField.of("f" + fields.size(), FieldType.STRING, p, ""));
    }

    List<Record> selected = new ArrayList<>();
    long n = reader.get().read(RowFilter.NONE, fields, selected::add, CancellationToken.none());

    assertThat(n).as(what).isEqualTo(whole.size());
    assertThat(selected).as(what).hasSameSizeAs(whole);
    List<String> differences = new ArrayList<>();
    for (int i = 0; i < whole.size(); i++) {
      for (SourceField f : fields) {
        Object expected = whole.get(i).value(f);
        Object actual = selected.get(i).value(f);
        if (!java.util.Objects.equals(expected, actual)) {
          differences.add("row " + i + " " + f + ": " + actual + " instead of " + expected);
        }
      }
    }
    assertThat(differences).as(what).isEmpty();
    return whole.size();
  }


}
