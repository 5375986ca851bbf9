package io.pdimesos.core.ops;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pdimesos.core.chronos.ChronosFixtures;
import io.pdimesos.core.chronos.ChronosVersion;
import io.pdimesos.core.http.Json;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * A path-based Chronos stand-in for one job (the docs' camus_kafka2hdfs sample). After a run-now,
 * every graph/csv read takes the next scripted step, so counters and state move as a real run's
 * would: "queued", "1 running", "idle", SUCCESS (successCount+1, idle), FAIL (errorCount+1, idle).
 */
final class FakeChronos extends Dispatcher {
  static final String NAME = "camus_kafka2hdfs";
  static final String SUCCESS = "SUCCESS";
  static final String FAIL = "FAIL";

  final ChronosVersion version;
  final ObjectNode job;
  final List<String> calls = new CopyOnWriteArrayList<>();
  private final Deque<String> script = new ArrayDeque<>();
  private volatile String state = "idle";
  volatile long triggeredAtMillis;
  volatile int triggers;
  volatile int kills;
  /** After the trigger, this many job reads answer an empty 500 (a proxy in trouble). */
  volatile int failingJobReads;
  /** After the trigger, the job is gone (3.x's 400 "not found"). */
  volatile boolean deletedAfterTrigger;

  FakeChronos(ChronosVersion version) throws Exception {
    this.version = version;
    this.job = (ObjectNode) Json.MAPPER.readTree(
        ChronosFixtures.text("docs-api.sample-job.camus_kafka2hdfs.json"));
  }

  /** State before any trigger. */
  synchronized FakeChronos initially(String s) {
    state = s;
    return this;
  }

  /** Steps taken one per graph read after the trigger; the last state then stays. */
  synchronized FakeChronos afterTrigger(String... steps) {
    script.addAll(List.of(steps));
    return this;
  }

  /** Steps taken one per graph read from the start (a busy job finishing on its own). */
  synchronized FakeChronos meanwhile(String... steps) {
    script.addAll(List.of(steps));
    triggers = -1; // steps run without a trigger
    return this;
  }

  String prefix() {
    return version == ChronosVersion.V3 ? "/v1/scheduler" : "/scheduler";
  }

  @Override
  public synchronized MockResponse dispatch(RecordedRequest r) {
    String target = r.getTarget();
    String path = target.contains("?") ? target.substring(0, target.indexOf('?')) : target;
    calls.add(r.getMethod() + " " + target);
    String p = prefix();
    if (r.getMethod().equals("GET") && path.equals(p + "/job/" + NAME)
        && version == ChronosVersion.V3) {
      if (triggers > 0 && failingJobReads > 0) {
        failingJobReads--;
        return new MockResponse.Builder().code(500).build();
      }
      if (triggers > 0 && deletedAfterTrigger) {
        return new MockResponse.Builder().code(400).body("{\"message\":\"java.lang.Illegal"
            + "ArgumentException: requirement failed: Job '" + NAME + "' not found\\n\\tat x\","
            + "\"status\":\"Bad Request\"}").build();
      }
      return json(Json.write(job));
    }
    if (r.getMethod().equals("GET") && path.equals(p + "/jobs")) {
      return json("[" + Json.write(job) + "]");
    }
    if (r.getMethod().equals("GET") && path.equals(p + "/graph/csv")) {
      if (triggers != 0 && !script.isEmpty()) {
        step(script.poll());
      }
      String outcome = job.path("lastSuccess").asText().compareTo(job.path("lastError").asText())
          > 0 ? "success" : "failure";
      return new MockResponse.Builder().code(200).setHeader("Content-Type", "text/plain")
          .body("node,other,fresh,idle\nnode," + NAME + "," + outcome + "," + state
              + "\nlink,other," + NAME + "\n").build();
    }
    if (r.getMethod().equals("PUT") && path.equals(p + "/job/" + NAME)) {
      triggers = Math.max(0, triggers) + 1;
      triggeredAtMillis = System.currentTimeMillis();
      return new MockResponse.Builder().code(204).build();
    }
    if (r.getMethod().equals("DELETE") && path.equals(p + "/task/kill/" + NAME)) {
      kills++;
      if (!state.equals("queued")) {
        state = "idle";
      }
      script.clear();
      return new MockResponse.Builder().code(204).build();
    }
    return new MockResponse.Builder().code(404).body("<html>Not Found</html>").build();
  }

  private static MockResponse json(String body) {
    return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
        .body(body).build();
  }

  private void step(String s) {
    if (s.equals(SUCCESS)) {
      job.put("successCount", job.path("successCount").asLong() + 1);
      job.put("lastSuccess", "2030-01-01T00:00:0" + job.path("successCount").asLong() % 10 + ".000Z");
      state = "idle";
    } else if (s.equals(FAIL)) {
      job.put("errorCount", job.path("errorCount").asLong() + 1);
      job.put("lastError", "2030-01-02T00:00:00.000Z");
      state = "idle";
    } else {
      state = s;
    }
  }

  long count(String methodAndPathStart) {
    return calls.stream().filter(c -> c.startsWith(methodAndPathStart)).count();
  }
}
