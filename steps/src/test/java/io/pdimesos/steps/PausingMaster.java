package io.pdimesos.steps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pdimesos.core.http.Json;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.BufferedSink;

/**
 * A Mesos master on 127.0.0.1 whose {@code /master/state} is the real 1.8.0 capture with its one
 * Marathon task repeated {@code tasks} times under distinct ids; the body pauses after
 * {@code pauseAfter} tasks until {@link #resume} opens (at most 10 s), so a test can see rows flow
 * while the body is incomplete, or stop the step while the read is blocked.
 */
final class PausingMaster implements AutoCloseable {
  static final String FIXTURE = "/fixtures/mesos/dcos-net.master-state.mesos-1.8.0.json";
  private static final String ID = "test.92ed0e79-ed3c-11e8-841d-4a2ca8720df6";

  final CountDownLatch resume = new CountDownLatch(1);
  final CountDownLatch paused = new CountDownLatch(1);
  final AtomicBoolean resumedInTime = new AtomicBoolean();
  final AtomicBoolean finished = new AtomicBoolean();
  private final MockWebServer server = new MockWebServer();
  private final int tasks;
  private final int pauseAfter;
  private final String head;
  private final String task;
  private final String tail;

  PausingMaster(int tasks, int pauseAfter) throws IOException {
    this.tasks = tasks;
    this.pauseAfter = pauseAfter;
    ObjectNode state;
    try (InputStream in = PausingMaster.class.getResourceAsStream(FIXTURE)) {
      state = (ObjectNode) Json.MAPPER.readTree(in);
    }
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
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest r) {
        String path = r.getUrl().encodedPath();
        if (path.equals("/master/redirect")) {
          return new MockResponse.Builder().code(307)
              .setHeader("Location", "//127.0.0.1:" + server.getPort()).build();
        }
        if (path.equals("/master/state")) {
          return new MockResponse.Builder().code(200)
              .setHeader("Content-Type", "application/json").body(new Body()).build();
        }
        return new MockResponse.Builder().code(404).build();
      }
    });
    server.start(InetAddress.getByName("127.0.0.1"), 0);
  }

  /** The first {@code n} tasks of the state, as the body's bytes up to there. */
  String firstTasks(int n) {
    StringBuilder b = new StringBuilder(head);
    for (int i = 0; i < n; i++) {
      b.append(i == 0 ? "" : ",").append(task.replace(ID, "gen-" + i));
    }
    return b.toString();
  }

  String url() {
    return "http://127.0.0.1:" + server.getPort();
  }

  /** The IP address every generated task reports (from the capture). */
  static String taskIp() {
    return "9.0.2.2";
  }

  @Override
  public void close() throws IOException {
    resume.countDown();
    server.close();
  }

  private final class Body implements MockResponseBody {
    @Override
    public long getContentLength() {
      return -1;
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
      sink.writeUtf8(head);
      for (int i = 0; i < tasks; i++) {
        sink.writeUtf8((i == 0 ? "" : ",") + task.replace(ID, "gen-" + i));
        if (i == pauseAfter) {
          sink.flush();
          paused.countDown();
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
}
