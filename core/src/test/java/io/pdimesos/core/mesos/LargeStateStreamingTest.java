package io.pdimesos.core.mesos;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.http.RetryPolicy;
import io.pdimesos.core.http.ServiceSettings;
import io.pdimesos.core.http.Timeouts;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
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
 * Proves /master/state is consumed while it arrives: the fake master writes a state of tens of
 * MB lazily and stops half-way until the visitor has seen a task, which a client that buffers
 * the body first could never do. Heap growth while reading stays far below the body size.
 */
class LargeStateStreamingTest {
  private static final int TASKS = 30_000;
  private static final int PAUSE_AFTER = 1_000;
  private static final String ID = "test.92ed0e79-ed3c-11e8-841d-4a2ca8720df6";

  private FakeMaster master;

  @BeforeEach
  void start() throws Exception {
    master = new FakeMaster();
  }

  @AfterEach
  void stop() {
    master.close();
  }

  /**
   * The real 1.8.0 capture, its one task (≈1.6 KB with container and network infos) repeated
   * with distinct ids.
   */
  private static final class GeneratedState implements MockResponseBody {
    final CountDownLatch visitorSawTask;
    final AtomicBoolean sawTaskBeforeEnd = new AtomicBoolean();
    final AtomicLong bytesWritten = new AtomicLong();
    final String head;
    final String task;
    final String tail;

    GeneratedState(CountDownLatch visitorSawTask) {
      this.visitorSawTask = visitorSawTask;
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

    /** Known up front so the client sees where the body ends on a kept-alive connection. */
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
      write(sink, head);
      for (int i = 0; i < TASKS; i++) {
        write(sink, (i == 0 ? "" : ",") + task.replace(ID, "gen-" + i));
        if (i == PAUSE_AFTER) {
          sink.flush();
          try {
            sawTaskBeforeEnd.set(visitorSawTask.await(5, TimeUnit.SECONDS));
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
        }
      }
      write(sink, tail);
      sink.flush(); // MockWebServer does not flush a custom body for us
    }

    private void write(BufferedSink sink, String s) throws java.io.IOException {
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      sink.write(b);
      bytesWritten.addAndGet(b.length);
    }
  }

  @Test
  void tasksReachTheVisitorWhileTheBodyIsStillBeingWritten() {
    CountDownLatch sawTask = new CountDownLatch(1);
    GeneratedState body = new GeneratedState(sawTask);
    master.route("/master/state", r -> new MockResponse.Builder().code(200)
        .setHeader("Content-Type", "application/json").body(body).build());
    MesosClient client = new MesosClient(ServiceSettings.builder().urls(master.url())
        .retry(RetryPolicy.none()).timeouts(Timeouts.of(1_000, 10_000, 10_000)).build(),
        ProgressListener.NONE);

    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    System.gc();
    long baseline = memory.getHeapMemoryUsage().getUsed();
    AtomicLong midStreamGrowth = new AtomicLong(-1);
    AtomicLong tasks = new AtomicLong();
    AtomicLong withAddress = new AtomicLong();

    client.streamState(new StateVisitor() {
      @Override
      public void task(MesosTask task) {
        sawTask.countDown();
        if (tasks.incrementAndGet() == TASKS * 3 / 4) {
          System.gc();
          midStreamGrowth.set(memory.getHeapMemoryUsage().getUsed() - baseline);
        }
        if (task.ipAddresses().contains("9.0.2.2") && "10.0.0.40".equals(task.agentHostname())) {
          withAddress.incrementAndGet();
        }
      }
    }, CancellationToken.none());

    assertThat(body.sawTaskBeforeEnd).as("visitor saw a task before the body was complete")
        .isTrue();
    assertThat(tasks.get()).isEqualTo(TASKS);
    assertThat(withAddress.get()).isEqualTo(TASKS);
    long size = body.bytesWritten.get();
    assertThat(size).isGreaterThan(40_000_000L);
    assertThat(midStreamGrowth.get()).as("heap growth while reading a %d byte body", size)
        .isBetween(-size, size / 4);
  }
}
