package io.pdimesos.core.mesos;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdimesos.core.cancel.CancellationToken;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;
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

  private FakeMaster master;

  @BeforeEach
  void start() throws Exception {
    master = new FakeMaster();
  }

  @AfterEach
  void stop() {
    master.close();
  }

  @Test
  void tasksReachTheVisitorWhileTheBodyIsStillBeingWritten() {
    GeneratedMasterState body = new GeneratedMasterState(TASKS, PAUSE_AFTER);
    master.route("/master/state", r -> body.response());
    MesosClient client = master.client(10_000);

    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    System.gc();
    long baseline = memory.getHeapMemoryUsage().getUsed();
    AtomicLong midStreamGrowth = new AtomicLong(-1);
    AtomicLong tasks = new AtomicLong();
    AtomicLong withAddress = new AtomicLong();

    client.streamState(new StateVisitor() {
      @Override
      public void task(MesosTask task) {
        body.resume.countDown();
        if (tasks.incrementAndGet() == TASKS * 3 / 4) {
          System.gc();
          midStreamGrowth.set(memory.getHeapMemoryUsage().getUsed() - baseline);
        }
        if (task.ipAddresses().contains(GeneratedMasterState.TASK_IP)
            && "10.0.0.40".equals(task.agentHostname())) {
          withAddress.incrementAndGet();
        }
      }
    }, CancellationToken.none());

    assertThat(body.resumedInTime).as("visitor saw a task before the body was complete")
        .isTrue();
    assertThat(tasks.get()).isEqualTo(TASKS);
    assertThat(withAddress.get()).isEqualTo(TASKS);
    long size = body.bytesWritten.get();
    assertThat(size).isGreaterThan(40_000_000L);
    assertThat(midStreamGrowth.get()).as("heap growth while reading a %d byte body", size)
        .isBetween(-size, size / 4);
  }
}
