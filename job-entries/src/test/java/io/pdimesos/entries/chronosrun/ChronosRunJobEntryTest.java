package io.pdimesos.entries.chronosrun;

import static io.pdimesos.entries.EntryTesting.resource;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pdimesos.core.http.Json;
import io.pdimesos.entries.EntryTesting;
import io.pdimesos.pdiapi.LogCapture;
import io.pdimesos.plugin.ConnectionSettings;
import java.net.InetAddress;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pentaho.di.core.CheckResultInterface;
import org.pentaho.di.core.Result;
import org.pentaho.di.core.RowMetaAndData;
import org.pentaho.di.core.logging.LogLevel;
import org.pentaho.di.job.Job;

/**
 * Chronos 3.x on MockWebServer for the docs' sample job camus_kafka2hdfs (successCount 190,
 * errorCount 3). After the run-now, each graph/csv read takes the next scripted step ("queued",
 * "1 running", SUCCESS or FAIL), moving state and counters as a real run would.
 */
class ChronosRunJobEntryTest {
  private static final String NAME = "camus_kafka2hdfs";
  private static final String P = "/v1/scheduler";

  private final MockWebServer server = new MockWebServer();
  private final List<String> calls = new CopyOnWriteArrayList<>();
  private final Deque<String> script = new ArrayDeque<>();
  private ObjectNode job;
  private volatile String state = "idle";
  private volatile boolean triggered;

  @BeforeEach
  void start() throws Exception {
    LogCapture.clear();
    job = (ObjectNode) Json.MAPPER.readTree(resource("fixtures/chronos/docs-api.sample-job.camus_kafka2hdfs.json"));
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest r) {
        synchronized (ChronosRunJobEntryTest.this) {
          calls.add(r.getMethod() + " " + r.getTarget());
          String path = r.getUrl().encodedPath();
          if (r.getMethod().equals("GET") && path.equals(P + "/job/" + NAME)) {
            return json(Json.write(job));
          }
          if (r.getMethod().equals("GET") && path.equals(P + "/graph/csv")) {
            if (triggered && !script.isEmpty()) {
              step(script.poll());
            }
            return new MockResponse.Builder().code(200).setHeader("Content-Type", "text/plain")
                .body("node," + NAME + ",success," + state + "\n").build();
          }
          if (r.getMethod().equals("PUT") && path.equals(P + "/job/" + NAME)) {
            triggered = true;
            return new MockResponse.Builder().code(204).build();
          }
          if (r.getMethod().equals("DELETE") && path.equals(P + "/task/kill/" + NAME)) {
            state = "idle";
            script.clear();
            return new MockResponse.Builder().code(204).build();
          }
          return new MockResponse.Builder().code(404).body("<html>Not Found</html>").build();
        }
      }
    });
    server.start(InetAddress.getByName("127.0.0.1"), 0);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static MockResponse json(String body) {
    return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body(body).build();
  }

  private void step(String s) {
    if (s.equals("SUCCESS")) {
      job.put("successCount", job.path("successCount").asLong() + 1);
      state = "idle";
    } else if (s.equals("FAIL")) {
      job.put("errorCount", job.path("errorCount").asLong() + 1);
      state = "idle";
    } else {
      state = s;
    }
  }

  private synchronized void script(String... steps) {
    script.addAll(List.of(steps));
  }

  private Job job() {
    return EntryTesting.job(LogLevel.BASIC, Map.of("PDI_CHRONOS_URL", "http://127.0.0.1:" + server.getPort()));
  }

  private static ChronosRunJob entry() {
    ChronosRunJob e = new ChronosRunJob();
    e.settings().set(ChronosRunJob.JOB_NAME, NAME).set(ChronosRunJob.CHECK_CYCLE, "1")
        .set(ConnectionSettings.CHRONOS_VERSION, "3");
    return e;
  }

  @Test
  void aSuccessfulRunIsTrueWithItsStateInVariablesAndARow() throws Exception {
    script("queued", "1 running", "SUCCESS");
    ChronosRunJob e = entry();
    e.settings().set(ChronosRunJob.ARGUMENTS, "--day ${DAY}");
    Job job = job();
    job.setVariable("DAY", "2030-01-01");
    Result result = EntryTesting.run(e, job);

    assertThat(result.getResult()).as(LogCapture.text()).isTrue();
    assertThat(result.getNrErrors()).isZero();
    assertThat(calls).contains("PUT " + P + "/job/" + NAME + "?arguments=--day%202030-01-01");
    assertThat(job.getVariable("CHRONOS_RUN_STATE")).isEqualTo("SUCCEEDED");
    assertThat(job.getVariable("CHRONOS_JOB_NAME")).isEqualTo(NAME);
    RowMetaAndData row = result.getRows().get(0);
    assertThat(row.getString("outcome", "")).isEqualTo("SUCCEEDED");
    // said once, by the operation
    assertThat(LogCapture.text().split("succeeded \\(successCount 190 -> 191\\)", -1)).hasSize(2);
  }

  @Test
  void aFailedRunIsFalseWithAnError() {
    script("1 running", "FAIL");
    Result result = EntryTesting.run(entry(), job());
    assertThat(result.getResult()).isFalse();
    assertThat(result.getNrErrors()).isEqualTo(1);
    assertThat(LogCapture.text()).contains("failed after its retries (errorCount 3 -> 4)");
  }

  @Test
  void stopDuringTheRunKillsTheTasksWhenAskedAndReturnsWithinASecond() throws Exception {
    script("queued", "1 running");
    ChronosRunJob e = entry();
    e.settings().set(ChronosRunJob.KILL_ON_STOP, true).set(ChronosRunJob.TIMEOUT, "0");
    Job job = job();
    CompletableFuture<Result> running = CompletableFuture.supplyAsync(() -> EntryTesting.run(e, job));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!triggered) {
      assertThat(System.nanoTime()).as("triggered").isLessThan(deadline);
      Thread.sleep(10);
    }
    long stopped = System.nanoTime();
    job.stopAll();
    Result result = running.get(5, TimeUnit.SECONDS);
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stopped)).isLessThan(1_000);
    assertThat(result.getResult()).isFalse();
    assertThat(result.getNrErrors()).isEqualTo(1);
    assertThat(calls).contains("DELETE " + P + "/task/kill/" + NAME);
    assertThat(job.getVariable("CHRONOS_RUN_STATE")).isEqualTo("CANCELLED");
  }

  @Test
  void aBadJobNameIsCaughtBeforeAnythingRuns() {
    ChronosRunJob e = entry();
    e.settings().set(ChronosRunJob.JOB_NAME, "a/b");
    List<CheckResultInterface> remarks = new ArrayList<>();
    e.check(remarks, null, null, null, null);
    assertThat(remarks).anyMatch(r -> r.getText().startsWith("'Job name' Job name 'a/b' is not valid"));
    Result result = EntryTesting.run(e, job());
    assertThat(result.getNrErrors()).isEqualTo(1);
    assertThat(calls).isEmpty();
  }
}
