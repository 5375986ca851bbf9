package io.pdimesos.core.rows;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.http.RetryPolicy;
import io.pdimesos.core.http.ServiceSettings;
import io.pdimesos.core.http.Timeouts;
import io.pdimesos.core.mesos.FakeMaster;
import io.pdimesos.core.mesos.Fixtures;
import io.pdimesos.core.mesos.MesosClient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import okio.BufferedSink;
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
  private static final String ID = "test.92ed0e79-ed3c-11e8-841d-4a2ca8720df6";

  private FakeMaster master;
  private MesosClient client;

  @BeforeEach
  void start() throws Exception {
    master = new FakeMaster();
    client = new MesosClient(ServiceSettings.builder().urls(master.url())
        .retry(RetryPolicy.none()).timeouts(Timeouts.of(1_000, 10_000, 10_000)).build(),
        ProgressListener.NONE);
  }

  @AfterEach
  void stop() {
    master.close();
  }

  /**
   * The real 1.8.0 capture with its one Marathon task repeated under distinct ids; the writer
   * pauses after {@link #PAUSE_AFTER} tasks until {@code resume} opens (bounded).
   */
  private static final class GeneratedState implements MockResponseBody {
    final CountDownLatch resume;
    final AtomicBoolean resumedInTime = new AtomicBoolean();
    final AtomicBoolean finished = new AtomicBoolean();
    final String head;
    final String task;
    final String tail;

    GeneratedState(CountDownLatch resume) {
      this.resume = resume;
      ObjectNode state = (ObjectNode) Fixtures.json("dcos-net.master-state.mesos-1.8.0.json");
      ObjectNode marathon = null;
      for (JsonNode f : state.get("frameworks")) {
        if (f.get("name").asText().equals("marathon")) {
          marathon = (ObjectNode) f;
        }
      }
      task = marathon.get("tasks").get(0).toString();
      marathon.putArray("tasks");
      String whole = state.toString();
      String empty = "\"tasks\":[]";
      int at = whole.indexOf(empty, whole.indexOf("\"name\":\"marathon\""));
      head = whole.substring(0, at) + "\"tasks\":[";
      tail = whole.substring(at + empty.length() - 1);
    }

    @Override
    public long getContentLength() {
      long n = utf8(head) + utf8(tail) + (TASKS - 1);
      long perTask = utf8(task) - ID.length();
      for (int i = 0; i < TASKS; i++) {
        n += perTask + ("gen-" + i).length();
      }
      return n;
    }

    private static long utf8(String s) {
      return s.getBytes(StandardCharsets.UTF_8).length;
    }

    @Override
    public void writeTo(BufferedSink sink) throws java.io.IOException {
      sink.writeUtf8(head);
      for (int i = 0; i < TASKS; i++) {
        sink.writeUtf8((i == 0 ? "" : ",") + task.replace(ID, "gen-" + i));
        if (i == PAUSE_AFTER) {
          sink.flush();
          try {
            resumedInTime.set(resume.await(10, TimeUnit.SECONDS));
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
        }
      }
      sink.writeUtf8(tail);
      sink.flush();
      finished.set(true);
    }
  }

  private void serve(GeneratedState body) {
    master.route("/master/state", r -> new MockResponse.Builder().code(200)
        .setHeader("Content-Type", "application/json").body(body).build());
  }

  @Test
  void recordsReachTheSinkWhileTheBodyIsStillBeingWritten() {
    CountDownLatch sinkSawRecord = new CountDownLatch(1);
    GeneratedState body = new GeneratedState(sinkSawRecord);
    serve(body);
    AtomicLong withAddress = new AtomicLong();

    long n = MesosEntities.reader(MesosEntities.TASKS, client).read(RowFilter.NONE, r -> {
      sinkSawRecord.countDown();
      if ("9.0.2.2".equals(r.value("@ip_addresses", FieldType.STRING))) {
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
    CountDownLatch resume = new CountDownLatch(1);
    GeneratedState body = new GeneratedState(resume);
    serve(body);
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
      resume.countDown();
    }
  }

  @Test
  void agentsEndTheReadWhenTheirListIsOver() {
    CountDownLatch resume = new CountDownLatch(1);
    GeneratedState body = new GeneratedState(resume);
    serve(body);
    try {
      List<Record> agents = new ArrayList<>();
      long n = MesosEntities.reader(MesosEntities.AGENTS, client).read(RowFilter.NONE,
          agents::add, CancellationToken.none());

      // 1.x writes the agents before the frameworks: their tasks are never read
      assertThat(n).isEqualTo(Fixtures.json("dcos-net.master-state.mesos-1.8.0.json")
          .get("slaves").size()).isPositive();
      assertThat(body.finished).as("the body was still being written").isFalse();
    } finally {
      resume.countDown();
    }
  }

  @Test
  void aCancelledTokenEndsTheReadWithCancelledException() {
    CountDownLatch resume = new CountDownLatch(1);
    serve(new GeneratedState(resume));
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
      resume.countDown();
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
