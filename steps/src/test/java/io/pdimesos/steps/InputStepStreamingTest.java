package io.pdimesos.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdimesos.pdiapi.QueueRowSet;
import io.pdimesos.pdiapi.StepRunner;
import io.pdimesos.steps.mesosinput.MesosStateInputMeta;
import java.lang.reflect.Field;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pentaho.di.trans.Trans;
import org.pentaho.di.trans.TransMeta;
import org.pentaho.di.trans.step.StepInterface;
import org.pentaho.di.trans.step.StepMeta;

/**
 * Mesos State Input in its own thread, as Pan runs each step copy, against a master whose
 * {@code /master/state} pauses mid-body: rows reach the next step through a bounded hop while the
 * body is still arriving, and Stop ends a read blocked on the socket within a second or so.
 */
class InputStepStreamingTest {
  private static final int TASKS = 3_000;
  private static final int PAUSE_AFTER = 200;

  /** One step copy running in a thread, writing to {@code out}. */
  private static final class Running {
    final Trans trans;
    final StepInterface step;
    final QueueRowSet out;
    final Thread thread;

    Running(String masterUrl, QueueRowSet out) {
      TransMeta transMeta = new TransMeta();
      trans = new Trans(transMeta);
      MesosStateInputMeta meta = InputRun.meta(new MesosStateInputMeta(), "tasks",
          List.of(masterUrl));
      StepMeta stepMeta = new StepMeta("Tasks", meta);
      transMeta.addStep(stepMeta);
      ClusterStepData data = (ClusterStepData) meta.getStepData();
      step = meta.getStep(stepMeta, data, 0, transMeta, trans);
      this.out = out;
      out.setThreadNameFromToCopy("Tasks", 0, "Next", 0);
      step.addRowSetToOutputRowSets(out);
      assertThat(StepRunner.initialize(step, meta, data)).isTrue();
      trans.setRunning(true);
      thread = new Thread(() -> StepRunner.process(step, meta, data, 5), "step Tasks");
      thread.start();
    }

    void join(long millis) throws InterruptedException {
      thread.join(millis);
      assertThat(thread.isAlive()).as("step thread ended within " + millis + " ms").isFalse();
    }
  }

  @Test
  void theFirstRowReachesTheNextStepBeforeTheBodyIsComplete() throws Exception {
    try (PausingMaster master = new PausingMaster(TASKS, PAUSE_AFTER)) {
      QueueRowSet hop = new QueueRowSet(10);
      Running running = new Running(master.url(), hop);
      List<Object[]> received = new CopyOnWriteArrayList<>();
      AtomicBoolean firstRowWhileBodyIncomplete = new AtomicBoolean();
      Thread consumer = new Thread(() -> {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
          Object[] row = hop.getRowWait(50, TimeUnit.MILLISECONDS);
          if (row == null) {
            if (hop.isDone()) {
              for (Object[] r = hop.getRowImmediate(); r != null; r = hop.getRowImmediate()) {
                received.add(r);
              }
              return;
            }
            continue;
          }
          received.add(row);
          if (received.size() == 1) {
            firstRowWhileBodyIncomplete.set(!master.finished.get());
            master.resume.countDown();
          }
        }
      }, "next step");
      consumer.start();
      consumer.join(25_000);
      running.join(5_000);

      assertThat(firstRowWhileBodyIncomplete).as("first row seen before the body ended").isTrue();
      assertThat(master.resumedInTime).as("the master resumed because a row was read").isTrue();
      assertThat(running.step.getErrors()).isZero();
      assertThat(received).hasSize(TASKS);
      int ip = hop.getRowMeta().indexOfValue("ip_addresses");
      assertThat(received).allSatisfy(r -> assertThat(r[ip]).isEqualTo(PausingMaster.taskIp()));
      assertThat(running.step.getLinesWritten()).isEqualTo(TASKS);
    }
  }

  @ParameterizedTest(name = "stopped by {0}")
  @ValueSource(strings = {"trans.stopAll", "step.setStopped"})
  void stopEndsAReadBlockedOnTheSocketWithinASecond(String how) throws Exception {
    try (PausingMaster master = new PausingMaster(TASKS, PAUSE_AFTER)) {
      Running running = new Running(master.url(), QueueRowSet.unbounded());
      assertThat(master.paused.await(10, TimeUnit.SECONDS)).isTrue();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (running.out.size() <= PAUSE_AFTER && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertThat(running.out.size()).as("rows before the pause").isGreaterThan(PAUSE_AFTER);
      assertThat(stopWatcher(running.step)).as("the stop watcher runs during the read")
          .isNotNull();

      long start = System.nanoTime();
      if (how.equals("trans.stopAll")) {
        running.trans.stopAll();
      } else {
        running.step.setStopped(true);
      }
      running.join(5_000);
      long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

      assertThat(tookMillis).as("stop took " + tookMillis + " ms").isLessThan(1_500);
      assertThat(master.finished).as("the body was never completed").isFalse();
      assertThat(running.out.size()).isLessThan(TASKS);
      assertThat(running.out.isDone()).isTrue();
      assertThat(running.step.getErrors()).as("a stop is not an error").isZero();
      assertThat(stopWatcher(running.step)).as("dispose ended the stop watcher").isNull();
    }
  }

  /** ClusterStep's stop watcher, null once it is closed. */
  private static Object stopWatcher(StepInterface step) throws Exception {
    Field f = ClusterStep.class.getDeclaredField("stop");
    f.setAccessible(true);
    return f.get(step);
  }

  @Test
  void aMasterDyingAfterRowsWentOutEndsWithOneErrorRowAndNoDuplicates() throws Exception {
    String partial;
    try (PausingMaster capture = new PausingMaster(TASKS, PAUSE_AFTER)) {
      partial = capture.firstTasks(PAUSE_AFTER);
    }
    try (DyingMaster master = new DyingMaster(partial)) {
      MesosStateInputMeta meta = InputRun.meta(new MesosStateInputMeta(), "tasks",
          List.of(master.url()));
      meta.settings().set(InputSettings.ERROR_FIELD, "error");
      long start = System.nanoTime();
      InputRun run = InputRun.run(meta);

      assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(10_000);
      assertThat(run.ok).isTrue();
      assertThat(run.rows).hasSizeGreaterThan(1);
      Object[] last = run.rows.get(run.rows.size() - 1);
      assertThat((String) run.value(last, "error")).contains(master.url().substring(7));
      List<Object> ids = run.column("id").subList(0, run.rows.size() - 1);
      assertThat(ids).doesNotHaveDuplicates().allSatisfy(id -> assertThat(id).isNotNull())
          .hasSizeLessThanOrEqualTo(PAUSE_AFTER);
    }
  }
}
