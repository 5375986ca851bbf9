package io.pdimesos.entries;

import static io.pdimesos.entries.EntryTesting.resource;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pdimesos.core.http.Json;
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
 * Chronos 3.x on MockWebServer for one job, the docs' sample camus_kafka2hdfs (successCount 190,
 * errorCount 3). After a run-now, each graph/csv read takes the next scripted step ("queued",
 * "1 running", SUCCESS or FAIL), moving state and counters as a real run would. A deleted job
 * answers like 3.x: 400 "not found"; other job names are unknown (404). Posted jobs are kept
 * as bodies only.
 */
public final class FakeChronos implements AutoCloseable {
  public static final String NAME = "camus_kafka2hdfs";
  public static final String P = "/v1/scheduler";

  private final MockWebServer server = new MockWebServer();
  public final List<String> calls = new CopyOnWriteArrayList<>();
  /** Bodies of job posts (create or update), in order. */
  public final List<String> posted = new CopyOnWriteArrayList<>();
  private final Deque<String> script = new ArrayDeque<>();
  private final ObjectNode job;
  private String state = "idle";
  private volatile boolean triggered;
  private boolean deleted;

  public FakeChronos() {
    try {
      job = (ObjectNode) Json.MAPPER.readTree(resource("fixtures/chronos/docs-api.sample-job.camus_kafka2hdfs.json"));
      server.setDispatcher(new Dispatcher() {
        @Override
        public MockResponse dispatch(RecordedRequest r) {
          return answer(r);
        }
      });
      server.start(InetAddress.getByName("127.0.0.1"), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String url() {
    return "http://127.0.0.1:" + server.getPort();
  }

  public synchronized FakeChronos initially(String s) {
    state = s;
    return this;
  }

  /** Steps taken one per graph read after the trigger; the last state then stays. */
  public synchronized FakeChronos afterTrigger(String... steps) {
    script.addAll(List.of(steps));
    return this;
  }

  public boolean triggered() {
    return triggered;
  }

  private synchronized MockResponse answer(RecordedRequest r) {
    calls.add(r.getMethod() + " " + r.getTarget());
    String path = r.getUrl().encodedPath();
    String method = r.getMethod();
    if (method.equals("GET") && path.equals(P + "/job/" + NAME)) {
      if (deleted) {
        return new MockResponse.Builder().code(400).setHeader("Content-Type", "application/json")
            .body("{\"message\":\"java.lang.IllegalArgumentException: requirement failed: Job '" + NAME
                + "' not found\",\"status\":\"Bad Request\"}").build();
      }
      return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
          .body(Json.write(job)).build();
    }
    if (method.equals("GET") && path.equals(P + "/graph/csv")) {
      if (triggered && !script.isEmpty()) {
        step(script.poll());
      }
      return new MockResponse.Builder().code(200).setHeader("Content-Type", "text/plain")
          .body(deleted ? "" : "node," + NAME + ",success," + state + "\n").build();
    }
    if (method.equals("PUT") && path.equals(P + "/job/" + NAME)) {
      triggered = true;
      return new MockResponse.Builder().code(204).build();
    }
    if (method.equals("POST") && (path.equals(P + "/iso8601") || path.equals(P + "/dependency"))) {
      posted.add(r.getBody().utf8());
      return new MockResponse.Builder().code(204).build();
    }
    if (method.equals("DELETE") && path.equals(P + "/task/kill/" + NAME)) {
      state = "idle";
      script.clear();
      return new MockResponse.Builder().code(204).build();
    }
    if (method.equals("DELETE") && path.equals(P + "/job/" + NAME) && !deleted) {
      deleted = true;
      return new MockResponse.Builder().code(204).build();
    }
    return new MockResponse.Builder().code(404).body("<html>Not Found</html>").build();
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

  @Override
  public void close() {
    server.close();
  }
}
