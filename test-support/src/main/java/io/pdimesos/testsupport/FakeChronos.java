package io.pdimesos.testsupport;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * Chronos 2.x or 3.x on MockWebServer (127.0.0.1, a free port) for one job, the docs' sample
 * camus_kafka2hdfs (successCount 190, errorCount 3). After a run-now, each graph/csv read takes
 * the next scripted step, so counters and state move as a real run's would: "queued",
 * "1 running", "idle", {@link #SUCCESS} (successCount+1, idle), {@link #FAIL} (errorCount+1,
 * idle). A deleted job answers like 3.x: 400 "not found"; other paths are unknown (404). Posted
 * jobs are kept as bodies only.
 */
public final class FakeChronos implements AutoCloseable {
  public static final String NAME = "camus_kafka2hdfs";
  /** 3.x's API prefix; {@link #prefix()} is this fake's. */
  public static final String P = "/v1/scheduler";
  public static final String SUCCESS = "SUCCESS";
  public static final String FAIL = "FAIL";

  private final MockWebServer server = new MockWebServer();
  private final boolean v3;
  private final ObjectNode job;
  private final Deque<String> script = new ArrayDeque<>();
  private String state = "idle";
  private boolean deleted;
  /** Every request as "METHOD target" (query included), in order. */
  public final List<String> calls = new CopyOnWriteArrayList<>();
  /** Bodies of job posts (create or update), in order. */
  public final List<String> posted = new CopyOnWriteArrayList<>();
  /** Run-now requests; -1 while {@link #meanwhile} steps run without one. */
  public volatile int triggers;
  public volatile long triggeredAtMillis;
  public volatile int kills;
  /** After the trigger, this many job reads answer an empty 500 (a proxy in trouble). */
  public volatile int failingJobReads;
  /** After the trigger, the job is gone (3.x's 400 "not found"). */
  public volatile boolean deletedAfterTrigger;

  /** Chronos 3.x. */
  public FakeChronos() {
    this(3);
  }

  /** @param majorVersion 2 or 3: the API prefix and 3.x's single-job read differ */
  public FakeChronos(int majorVersion) {
    if (majorVersion != 2 && majorVersion != 3) {
      throw new IllegalArgumentException("Chronos 2 or 3, not " + majorVersion);
    }
    this.v3 = majorVersion == 3;
    this.job = (ObjectNode) Fixtures.json("chronos/docs-api.sample-job.camus_kafka2hdfs.json");
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest r) {
        return answer(r);
      }
    });
    try {
      server.start(InetAddress.getByName("127.0.0.1"), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The base URL (append nothing: clients add the version's prefix). */
  public String url() {
    return "http://127.0.0.1:" + server.getPort();
  }

  public String prefix() {
    return v3 ? P : "/scheduler";
  }

  /** State before any trigger. */
  public synchronized FakeChronos initially(String s) {
    state = s;
    return this;
  }

  /** Steps taken one per graph read after the trigger; the last state then stays. */
  public synchronized FakeChronos afterTrigger(String... steps) {
    script.addAll(List.of(steps));
    return this;
  }

  /** Steps taken one per graph read from the start (a busy job finishing on its own). */
  public synchronized FakeChronos meanwhile(String... steps) {
    script.addAll(List.of(steps));
    triggers = -1;
    return this;
  }

  /** Sets a field of the job as Chronos returns it, e.g. {@code ("disabled", true)}. */
  public synchronized FakeChronos jobField(String field, boolean value) {
    job.put(field, value);
    return this;
  }

  public boolean triggered() {
    return triggers > 0;
  }

  /** Requests whose "METHOD target" starts with {@code methodAndPathStart}. */
  public long count(String methodAndPathStart) {
    return calls.stream().filter(c -> c.startsWith(methodAndPathStart)).count();
  }

  private synchronized MockResponse answer(RecordedRequest r) {
    calls.add(r.getMethod() + " " + r.getTarget());
    String path = r.getUrl().encodedPath();
    String method = r.getMethod();
    String p = prefix();
    if (triggered() && deletedAfterTrigger) {
      deleted = true;
    }
    if (method.equals("GET") && path.equals(p + "/job/" + NAME) && v3) {
      if (deleted) {
        return json(400, "{\"message\":\"java.lang.IllegalArgumentException: requirement failed:"
            + " Job '" + NAME + "' not found\",\"status\":\"Bad Request\"}");
      }
      if (triggered() && failingJobReads > 0) {
        failingJobReads--;
        return new MockResponse.Builder().code(500).build();
      }
      return json(200, Fixtures.write(job));
    }
    if (method.equals("GET") && path.equals(p + "/jobs")) {
      return json(200, deleted ? "[]" : "[" + Fixtures.write(job) + "]");
    }
    if (method.equals("GET") && path.equals(p + "/graph/csv")) {
      if (triggers != 0 && !script.isEmpty()) {
        step(script.poll());
      }
      return new MockResponse.Builder().code(200).setHeader("Content-Type", "text/plain")
          .body(graph()).build();
    }
    if (method.equals("PUT") && path.equals(p + "/job/" + NAME)) {
      triggers = Math.max(0, triggers) + 1;
      triggeredAtMillis = System.currentTimeMillis();
      return new MockResponse.Builder().code(204).build();
    }
    if (method.equals("POST") && (path.equals(p + "/iso8601") || path.equals(p + "/dependency"))) {
      posted.add(r.getBody().utf8());
      return new MockResponse.Builder().code(204).build();
    }
    if (method.equals("DELETE") && path.equals(p + "/task/kill/" + NAME)) {
      kills++;
      if (!state.equals("queued")) {
        state = "idle"; // a task kill does not remove a queued run
      }
      script.clear();
      return new MockResponse.Builder().code(204).build();
    }
    if (method.equals("DELETE") && path.equals(p + "/job/" + NAME) && !deleted) {
      deleted = true;
      return new MockResponse.Builder().code(204).build();
    }
    return new MockResponse.Builder().code(404).body("<html>Not Found</html>").build();
  }

  /** The job's node (4-column format, Chronos 2.3+) beside an unrelated job that links to it. */
  private String graph() {
    if (deleted) {
      return "node,other,fresh,idle\n";
    }
    String outcome = job.path("lastSuccess").asText().compareTo(job.path("lastError").asText()) > 0
        ? "success" : "failure";
    return "node,other,fresh,idle\nnode," + NAME + "," + outcome + "," + state + "\nlink,other,"
        + NAME + "\n";
  }

  private void step(String s) {
    if (s.equals(SUCCESS)) {
      job.put("successCount", job.path("successCount").asLong() + 1);
      job.put("lastSuccess", "2030-01-01T00:00:0" + job.path("successCount").asLong() % 10
          + ".000Z");
      state = "idle";
    } else if (s.equals(FAIL)) {
      job.put("errorCount", job.path("errorCount").asLong() + 1);
      job.put("lastError", "2030-01-02T00:00:00.000Z");
      state = "idle";
    } else {
      state = s;
    }
  }

  private static MockResponse json(int code, String body) {
    return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json")
        .body(body).build();
  }

  @Override
  public void close() {
    server.close();
  }
}
