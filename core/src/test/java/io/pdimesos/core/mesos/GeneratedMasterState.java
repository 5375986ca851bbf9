package io.pdimesos.core.mesos;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import okio.BufferedSink;

/**
 * A large {@code /master/state} body written lazily: the real 1.8.0 capture with its one
 * Marathon task (about 1.6 KB with container and network infos) repeated under the ids
 * {@code gen-0}, {@code gen-1}, … The writer flushes and pauses after task {@code pauseAfter}
 * until {@link #resume} opens (at most 10 s), so a test can see what was read while the body
 * was still incomplete, or stop a reader blocked on the socket. Shared by core's streaming tests
 * and the steps' input-step streaming test.
 */
public final class GeneratedMasterState implements MockResponseBody {
  /** The IP address every generated task reports (from the capture). */
  public static final String TASK_IP = "9.0.2.2";
  private static final String ID = "test.92ed0e79-ed3c-11e8-841d-4a2ca8720df6";

  /** Opened by the test to let the writer go on past the pause. */
  public final CountDownLatch resume = new CountDownLatch(1);
  /** Opens when the writer has flushed the first part and waits for {@link #resume}. */
  public final CountDownLatch paused = new CountDownLatch(1);
  /** Whether {@link #resume} opened before the pause timed out. */
  public final AtomicBoolean resumedInTime = new AtomicBoolean();
  /** Whether the whole body was written. */
  public final AtomicBoolean finished = new AtomicBoolean();
  public final AtomicLong bytesWritten = new AtomicLong();

  private final int tasks;
  private final int pauseAfter;
  private final String head;
  private final String task;
  private final String tail;

  public GeneratedMasterState(int tasks, int pauseAfter) {
    this.tasks = tasks;
    this.pauseAfter = pauseAfter;
    ObjectNode state = (ObjectNode) Fixtures.json(Fixtures.STATE_1_8);
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

  /** A 200 JSON answer with this body, for {@link FakeMaster#route}. */
  public MockResponse response() {
    return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
        .body(this).build();
  }

  /** The body's text up to and including the first {@code n} tasks. */
  public String firstTasks(int n) {
    StringBuilder b = new StringBuilder(head);
    for (int i = 0; i < n; i++) {
      b.append(taskText(i));
    }
    return b.toString();
  }

  private String taskText(int i) {
    return (i == 0 ? "" : ",") + task.replace(ID, "gen-" + i);
  }

  /** Known up front so the client sees where the body ends on a kept-alive connection. */
  @Override
  public long getContentLength() {
    long n = utf8(head) + utf8(tail) + (tasks - 1);
    long perTask = utf8(task) - ID.length();
    for (int i = 0; i < tasks; i++) {
      n += perTask + ("gen-" + i).length();
    }
    return n;
  }

  private static long utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }

  @Override
  public void writeTo(BufferedSink sink) throws IOException {
    write(sink, head);
    for (int i = 0; i < tasks; i++) {
      write(sink, taskText(i));
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
    write(sink, tail);
    sink.flush(); // MockWebServer does not flush a custom body for us
    finished.set(true);
  }

  private void write(BufferedSink sink, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    sink.write(b);
    bytesWritten.addAndGet(b.length);
  }
}
