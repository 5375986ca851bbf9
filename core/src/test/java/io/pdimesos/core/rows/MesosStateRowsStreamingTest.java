package io.pdimesos.core.rows;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.mesos.FakeMaster;
import io.pdimesos.core.mesos.Fixtures;
import io.pdimesos.core.mesos.GeneratedMasterState;
import io.pdimesos.core.mesos.MesosClient;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Mesos records reach the sink while {@code /master/state} is still arriving, a sink that stops
 * ends the read without the rest of the body, and a real 0.22 state (frameworks before agents,
 * completed frameworks) reads whole.
 */
class MesosStateRowsStreamingTest {
  private static final int TASKS = 5_000;
  private static final int PAUSE_AFTER = 200;

  private FakeMaster master;
  private MesosClient client;

  @BeforeEach
  void start() throws Exception {
    master = new FakeMaster();
    client = master.client(10_000);
  }

  @AfterEach
  void stop() {
    master.close();
  }

  /** A new generated state, served as /master/state; the test opens its resume latch. */
  private GeneratedMasterState serve() {
    GeneratedMasterState body = new GeneratedMasterState(TASKS, PAUSE_AFTER);
    master.route("/master/state", r -> body.response());
    return body;
  }

  @Test
  void recordsReachTheSinkWhileTheBodyIsStillBeingWritten() {
    GeneratedMasterState body = serve();
    AtomicLong withAddress = new AtomicLong();

    long n = MesosEntities.reader(MesosEntities.TASKS, client).read(RowFilter.NONE, r -> {
      body.resume.countDown();
      if (GeneratedMasterState.TASK_IP.equals(r.value("@ip_addresses", FieldType.STRING))) {
        withAddress.incrementAndGet();
      }
      return true;
    }, CancellationToken.none());

    assertThat(body.resumedInTime).as("the sink saw a record before the body was complete")
        .isTrue();
    assertThat(n).isEqualTo(TASKS);
    assertThat(withAddress.get()).isEqualTo(TASKS);
  }

  @Test
  void aSinkThatStopsEndsTheReadBeforeTheBodyIsComplete() {
    GeneratedMasterState body = serve();
    List<String> ids = new ArrayList<>();
    try {
      long n = MesosEntities.reader(MesosEntities.TASKS, client).read(RowFilter.NONE, r -> {
        ids.add((String) r.value("/id", FieldType.STRING));
        return ids.size() < 10;
      }, CancellationToken.none());

      assertThat(n).isEqualTo(10);
      assertThat(body.finished).as("the body was still being written").isFalse();
      assertThat(ids).startsWith("gen-0", "gen-1").hasSize(10);
    } finally {
      body.resume.countDown();
    }
  }

  @Test
  void agentsEndTheReadWhenTheirListIsOver() {
    GeneratedMasterState body = serve();
    try {
      List<Record> agents = new ArrayList<>();
      long n = MesosEntities.reader(MesosEntities.AGENTS, client).read(RowFilter.NONE,
          agents::add, CancellationToken.none());

      // 1.x writes the agents before the frameworks: their tasks are never read
      assertThat(n).isEqualTo(Fixtures.json("dcos-net.master-state.mesos-1.8.0.json")
          .get("slaves").size()).isPositive();
      assertThat(body.finished).as("the body was still being written").isFalse();
    } finally {
      body.resume.countDown();
    }
  }

  @Test
  void aCancelledTokenEndsTheReadWithCancelledException() {
    GeneratedMasterState body = serve();
    CancellationToken token = CancellationToken.create();
    AtomicLong seen = new AtomicLong();
    try {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> MesosEntities.reader(
          MesosEntities.TASKS, client).read(RowFilter.NONE, r -> {
            if (seen.incrementAndGet() == 5) {
              token.cancel();
            }
            return true;
          }, token)).isInstanceOf(io.pdimesos.core.error.CancelledException.class);
      assertThat(seen.get()).isEqualTo(5);
    } finally {
      body.resume.countDown();
    }
  }

  @Test
  void aStateListingFrameworksBeforeAgentsReadsWhole() {
    String fixture = "dcos-ui.master-state.mesos-0.22.0.large.json";
    JsonNode state = Fixtures.json(fixture);
    master.route("/master/state", Fixtures.text(fixture));
    ObjectNode slaves = io.pdimesos.core.http.Json.MAPPER.createObjectNode();
    slaves.set("slaves", state.get("slaves"));
    master.route("/master/slaves", slaves.toString());
    int tasks = 0;
    int frameworks = 0;
    Map<String, String> hostnames = new HashMap<>();
    for (JsonNode a : state.get("slaves")) {
      hostnames.put(a.get("id").asText(), a.get("hostname").asText());
    }
    for (String list : List.of("frameworks", "completed_frameworks")) {
      for (JsonNode f : state.get(list)) {
        frameworks++;
        tasks += f.path("tasks").size() + f.path("completed_tasks").size()
            + f.path("unreachable_tasks").size();
      }
    }
    tasks += state.path("orphan_tasks").size();

    List<Record> taskRecords = new ArrayList<>();
    MesosEntities.reader("tasks", client).read(RowFilter.NONE, taskRecords::add,
        CancellationToken.none());
    List<Record> frameworkRecords = new ArrayList<>();
    MesosEntities.reader("frameworks", client).read(RowFilter.NONE, frameworkRecords::add,
        CancellationToken.none());
    List<Record> agents = new ArrayList<>();
    MesosEntities.reader("agents", client).read(RowFilter.NONE, agents::add,
        CancellationToken.none());

    assertThat(taskRecords).hasSize(tasks);
    assertThat(frameworkRecords).hasSize(frameworks);
    assertThat(agents).hasSize(state.get("slaves").size());
    assertThat(frameworkRecords).filteredOn(r -> Boolean.TRUE.equals(
        r.value("@completed", FieldType.BOOLEAN))).hasSize(state.get("completed_frameworks")
        .size());
    // tasks come before the agents in 0.2x; their hostnames come from /master/slaves
    Record first = taskRecords.get(0);
    assertThat(first.value("@agent_hostname", FieldType.STRING))
        .isEqualTo(hostnames.get((String) first.value("@agent_id", FieldType.STRING)));
    assertThat(taskRecords).extracting(r -> r.value("@kind", FieldType.STRING))
        .contains("active", "completed");
  }
}
