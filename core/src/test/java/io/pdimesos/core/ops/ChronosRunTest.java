package io.pdimesos.core.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.chronos.ChronosClient;
import io.pdimesos.core.chronos.ChronosVersion;
import io.pdimesos.core.error.RejectedException;
import io.pdimesos.core.error.UnreachableException;
import io.pdimesos.core.http.RetryPolicy;
import io.pdimesos.core.http.ServiceSettings;
import io.pdimesos.core.http.Timeouts;
import io.pdimesos.core.mesos.TaskLookup;
import io.pdimesos.core.mesos.TaskLookup.TaskRef;
import io.pdimesos.core.ops.ChronosRunResult.Outcome;
import io.pdimesos.testsupport.FakeChronos;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ChronosRunTest {
  private FakeChronos chronos;
  private final List<String> log = new CopyOnWriteArrayList<>();
  private final ProgressListener listener = new ProgressListener() {
    @Override
    public void basic(String line) {
      log.add(line);
    }
  };

  @AfterEach
  void stop() {
    if (chronos != null) {
      chronos.close();
    }
  }

  private FakeChronos fake(ChronosVersion v) {
    chronos = new FakeChronos(v == ChronosVersion.V2 ? 2 : 3);
    return chronos;
  }

  private ChronosRun run(ChronosVersion v) {
    ServiceSettings s = ServiceSettings.builder().urls(chronos.url())
        .retry(RetryPolicy.of(2, 5, 20, 1_000, 0)).timeouts(Timeouts.of(1_000, 2_000, 5_000))
        .build();
    return new ChronosRun(new ChronosClient(s, v, listener), listener);
  }

  private static ChronosRunOptions options() {
    return new ChronosRunOptions(FakeChronos.NAME).pollIntervalMillis(20).timeoutMillis(10_000)
        .graceMillis(5_000);
  }

  @ParameterizedTest
  @EnumSource(value = ChronosVersion.class, names = {"V2", "V3"})
  void succeedsWhenSuccessCountRises(ChronosVersion v) throws Exception {
    FakeChronos f = fake(v).afterTrigger("idle", "queued", "1 running", "1 running",
        FakeChronos.SUCCESS);

    ChronosRunResult r = run(v).run(options().arguments("--day 2030-01-01"),
        CancellationToken.none());

    assertThat(r.outcome()).isEqualTo(Outcome.SUCCEEDED);
    assertThat(r.success()).isTrue();
    assertThat(r.countersBefore().successCount()).isEqualTo(190);
    assertThat(r.countersAfter().successCount()).isEqualTo(191);
    assertThat(r.message()).contains("succeeded").contains("190 -> 191");
    assertThat(f.calls).contains("PUT " + f.prefix() + "/job/" + FakeChronos.NAME
        + "?arguments=--day%202030-01-01");
    assertThat(f.triggers).isEqualTo(1);
  }

  @Test
  void failsWhenErrorCountRises() throws Exception {
    fake(ChronosVersion.V3).afterTrigger("queued", "1 running", "queued", "1 running",
        FakeChronos.FAIL);

    ChronosRunResult r = run(ChronosVersion.V3).run(options(), CancellationToken.none());

    assertThat(r.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(r.success()).isFalse();
    assertThat(r.message()).contains("failed").contains("errorCount 3 -> 4");
  }

  @Test
  void refusesADisabledJobWithoutTriggering() throws Exception {
    FakeChronos f = fake(ChronosVersion.V3);
    f.jobField("disabled", true);

    ChronosRunResult r = run(ChronosVersion.V3).run(options(), CancellationToken.none());

    assertThat(r.outcome()).isEqualTo(Outcome.DISABLED);
    assertThat(r.message()).contains("disabled");
    assertThat(f.triggers).isZero();
  }

  @Test
  void aRunningNonConcurrentJobIsBusy() throws Exception {
    FakeChronos f = fake(ChronosVersion.V3).initially("1 running");

    ChronosRunResult r = run(ChronosVersion.V3).run(options(), CancellationToken.none());

    assertThat(r.outcome()).isEqualTo(Outcome.BUSY);
    assertThat(r.message()).contains("1 running").contains("drop");
    assertThat(f.triggers).isZero();
  }

  @Test
  void aConcurrentJobMayRunBesideItself() throws Exception {
    FakeChronos f = fake(ChronosVersion.V3).initially("1 running")
        .afterTrigger("2 running", FakeChronos.SUCCESS);
    f.jobField("concurrent", true);

    assertThat(run(ChronosVersion.V3).run(options(), CancellationToken.none()).outcome())
        .isEqualTo(Outcome.SUCCEEDED);
  }

  @Test
  void waitsForABusyJobToBecomeIdleThenRuns() throws Exception {
    // One step per graph read: the busy check sees "1 running", the wait sees the old run end,
    // then our run goes through "1 running" to success.
    FakeChronos f = fake(ChronosVersion.V3).initially("queued")
        .meanwhile("1 running", FakeChronos.SUCCESS, "1 running", FakeChronos.SUCCESS);

    ChronosRunResult r = run(ChronosVersion.V3).run(options().busyWaitMillis(5_000),
        CancellationToken.none());

    assertThat(r.outcome()).isEqualTo(Outcome.SUCCEEDED);
    assertThat(f.triggers).isEqualTo(1);
    // The previous run's success (190 -> 191) did not count as ours.
    assertThat(r.countersBefore().successCount()).isEqualTo(191);
    assertThat(r.countersAfter().successCount()).isEqualTo(192);
    assertThat(log).anySatisfy(l -> assertThat(l).contains("waiting up to 5 s"));
  }

  @Test
  void aJobStillBusyAfterTheBusyWaitIsBusy() throws Exception {
    FakeChronos f = fake(ChronosVersion.V3).initially("1 running");

    ChronosRunResult r = run(ChronosVersion.V3).run(options().busyWaitMillis(200),
        CancellationToken.none());

    assertThat(r.outcome()).isEqualTo(Outcome.BUSY);
    assertThat(r.message()).contains("after waiting 200 ms");
    assertThat(f.triggers).isZero();
  }

  @Test
  void idleWithoutCounterChangePastTheGraceIsDropped() throws Exception {
    fake(ChronosVersion.V3).afterTrigger("queued", "idle");

    long t0 = System.nanoTime();
    ChronosRunResult r = run(ChronosVersion.V3).run(options().graceMillis(300),
        CancellationToken.none());

    assertThat(r.outcome()).isEqualTo(Outcome.DROPPED);
    assertThat(r.message()).contains("ended without result: killed or dropped");
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0)).isGreaterThanOrEqualTo(300);
  }

  @Test
  void queuedForeverTimesOutAndSaysWhatWasLeft() throws Exception {
    FakeChronos f = fake(ChronosVersion.V3).afterTrigger("queued");

    ChronosRunResult r = run(ChronosVersion.V3).run(options().timeoutMillis(400)
        .killOnStop(true), CancellationToken.none());

    assertThat(r.outcome()).isEqualTo(Outcome.TIMED_OUT);
    assertThat(r.killed()).isTrue();
    assertThat(f.kills).isEqualTo(1);
    assertThat(r.leftBehind()).contains("still queued").contains("does not remove");
    assertThat(f.count("GET /v1/scheduler/graph/csv")).isGreaterThan(1);
    assertThat(r.message()).contains("did not finish within 400 ms");
  }

  @Test
  void cancelReturnsWithinASecondAndKillsWhenAsked() throws Exception {
    FakeChronos f = fake(ChronosVersion.V3).afterTrigger("1 running");
    CancellationToken token = CancellationToken.create();
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    long[] cancelledAt = new long[1];
    try {
      timer.schedule(() -> {
        cancelledAt[0] = System.nanoTime();
        token.cancel();
      }, 300, TimeUnit.MILLISECONDS);
      ChronosRunResult r = run(ChronosVersion.V3).run(options().pollIntervalMillis(2_000)
          .timeoutMillis(0).killOnStop(true), token);
      long after = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - cancelledAt[0]);

      assertThat(r.outcome()).isEqualTo(Outcome.CANCELLED);
      assertThat(after).isLessThan(1_000);
      assertThat(f.kills).isEqualTo(1);
      assertThat(r.leftBehind()).isEqualTo("its running tasks were killed (it was 1 running)");
    } finally {
      timer.shutdownNow();
    }
  }

  @Test
  void timeoutWithoutKillSaysTheJobIsStillRunning() throws Exception {
    FakeChronos f = fake(ChronosVersion.V3).afterTrigger("1 running");

    ChronosRunResult r = run(ChronosVersion.V3).run(options().timeoutMillis(300),
        CancellationToken.none());

    assertThat(r.outcome()).isEqualTo(Outcome.TIMED_OUT);
    assertThat(f.kills).isZero();
    assertThat(r.leftBehind()).isEqualTo("Chronos job 'camus_kafka2hdfs' is still 1 running"
        + " (not killed)");
  }

  @Test
  void outlivesAFewFailedPolls() throws Exception {
    FakeChronos f = fake(ChronosVersion.V3).afterTrigger("queued", "1 running",
        FakeChronos.SUCCESS);
    // The seam sends each poll twice (a GET's 500 is retried once, RetryPolicy above).
    f.failingJobReads = (RunWait.MAX_FAILED_POLLS - 1) * 2;

    ChronosRunResult r = run(ChronosVersion.V3).run(options(), CancellationToken.none());

    assertThat(r.outcome()).isEqualTo(Outcome.SUCCEEDED);
    assertThat(log).filteredOn(l -> l.contains("failed (")).hasSize(RunWait.MAX_FAILED_POLLS - 1);
  }

  @Test
  void givesUpAfterTooManyFailedPolls() throws Exception {
    FakeChronos f = fake(ChronosVersion.V3).afterTrigger("queued");
    f.failingJobReads = RunWait.MAX_FAILED_POLLS * 2;

    assertThatThrownBy(() -> run(ChronosVersion.V3).run(options(), CancellationToken.none()))
        .isInstanceOf(RejectedException.class).hasMessageContaining("HTTP 500");
  }

  @Test
  void aJobDeletedWhileWaitingEndsTheWait() throws Exception {
    FakeChronos f = fake(ChronosVersion.V3).afterTrigger("queued");
    f.deletedAfterTrigger = true;

    ChronosRunResult r = run(ChronosVersion.V3).run(options(), CancellationToken.none());

    assertThat(r.outcome()).isEqualTo(Outcome.DROPPED);
    assertThat(r.message()).contains("was deleted");
  }

  @Test
  void refusesUnsafeArgumentsBeforeAnyRequest() throws Exception {
    FakeChronos f = fake(ChronosVersion.V3);
    assertThatThrownBy(() -> run(ChronosVersion.V3).run(options().arguments("in=/data"),
        CancellationToken.none())).isInstanceOf(IllegalArgumentException.class);
    assertThat(f.calls).isEmpty();
  }

  // ---- Mesos task identification ----------------------------------------------------------

  /**
   * An earlier scheduled run that exists before the trigger, and after it the tasks a run makes,
   * their ids relative to the trigger time shifted by {@code chronosClockOffset} (a Chronos
   * leader whose clock is off).
   */
  private static final class FakeLookup implements TaskLookup {
    /** The fixture job's own arguments, which retries carried before Chronos 2.5. */
    static final String JOB_ARGUMENTS = "-verbose -debug";
    static final String EARLIER_RUN = "ct:1404760800000:0:" + FakeChronos.NAME + ":";
    final FakeChronos chronos;
    final List<String> prefixes = new ArrayList<>();
    final List<String> tails = new ArrayList<>();
    String ourState = "TASK_FAILED";
    boolean withRetry = true;
    boolean unreachable;
    boolean unreachableBeforeTrigger;
    long chronosClockOffset;
    /** When set: the tasks after the trigger, given the trigger time. */
    java.util.function.LongFunction<List<TaskRef>> afterTrigger;

    FakeLookup(FakeChronos chronos) {
      this.chronos = chronos;
    }

    @Override
    public List<TaskRef> tasksWithIdPrefix(String idPrefix, CancellationToken token) {
      prefixes.add(idPrefix);
      if (unreachable) {
        throw new UnreachableException("Cannot reach Mesos at http://127.0.0.1:1/", "GET",
            "http://127.0.0.1:1/master/tasks", null);
      }
      List<TaskRef> all = new ArrayList<>();
      all.add(task(EARLIER_RUN, "TASK_FINISHED"));
      if (chronos.triggeredAtMillis == 0) {
        if (unreachableBeforeTrigger) {
          throw new UnreachableException("Cannot reach Mesos at http://127.0.0.1:1/", "GET",
              "http://127.0.0.1:1/master/state", null);
        }
        return all;
      }
      long t = chronos.triggeredAtMillis + chronosClockOffset;
      if (afterTrigger != null) {
        all.addAll(afterTrigger.apply(t));
        return all;
      }
      String n = FakeChronos.NAME;
      all.add(task("ct:" + (t + 3) + ":0:other:", "TASK_FINISHED"));
      all.add(task("ct:" + (t + 5) + ":0:" + n + ":--day 2030-01-01", ourState));
      all.add(task("ct:" + (t + 7) + ":0:" + n + ":--day 2031-01-01", "TASK_FINISHED"));
      if (withRetry) {
        all.add(task("ct:" + (t + 50) + ":1:" + n + ":", "TASK_FAILED"));
      }
      List<TaskRef> out = new ArrayList<>();
      for (TaskRef r : all) {
        if (r.id().startsWith(idPrefix)) {
          out.add(r);
        }
      }
      return out;
    }

    private static TaskRef task(String id, String state) {
      return task(id, state, 0);
    }

    static TaskRef task(String id, String state, long lastStatusMillis) {
      return new TaskRef(id, "ChronosTask:x", state, "fw", "agent", "", lastStatusMillis / 1000.0);
    }

    @Override
    public String sandboxTail(TaskRef task, String file, int maxBytes, CancellationToken token) {
      tails.add(task.id() + " " + file + " " + maxBytes);
      return file + " of " + task.id();
    }
  }

  @Test
  void identifiesTheRunsMesosTaskAndItsLastRetry() throws Exception {
    FakeChronos f = fake(ChronosVersion.V3).afterTrigger("queued", "1 running", FakeChronos.FAIL);
    FakeLookup lookup = new FakeLookup(f);

    ChronosRunResult r = run(ChronosVersion.V3).withTaskLookup(lookup)
        .run(options().arguments("--day 2030-01-01").sandboxTailBytes(100),
            CancellationToken.none());

    String retry = "ct:" + (f.triggeredAtMillis + 50) + ":1:" + FakeChronos.NAME + ":";
    assertThat(r.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(r.taskId()).isEqualTo(retry);
    assertThat(r.taskState()).isEqualTo("TASK_FAILED");
    assertThat(r.stderrTail()).isEqualTo("stderr of " + retry);
    assertThat(r.stdoutTail()).isEqualTo("stdout of " + retry);
    assertThat(lookup.tails).containsExactly(retry + " stdout 100", retry + " stderr 100");
    assertThat(lookup.prefixes).containsOnly("ct:");
    assertThat(r.diagnostics().get(0)).isEqualTo("Mesos task " + retry + " ended TASK_FAILED");
  }

  @Test
  void identifiesTheFirstAttemptByItsArgumentsWhenThereIsNoRetry() throws Exception {
    FakeChronos f = fake(ChronosVersion.V3).afterTrigger("1 running", FakeChronos.SUCCESS);
    FakeLookup lookup = new FakeLookup(f);
    lookup.withRetry = false;
    lookup.ourState = "TASK_FINISHED";

    ChronosRunResult r = run(ChronosVersion.V3).withTaskLookup(lookup)
        .run(options().arguments("--day 2030-01-01"), CancellationToken.none());

    assertThat(r.outcome()).isEqualTo(Outcome.SUCCEEDED);
    assertThat(r.taskId()).isEqualTo("ct:" + (f.triggeredAtMillis + 5) + ":0:"
        + FakeChronos.NAME + ":--day 2030-01-01");
    assertThat(r.taskState()).isEqualTo("TASK_FINISHED");
  }

  @Test
  void identifiesTheRunEvenWhenChronosClockIsFarOff() throws Exception {
    for (long offset : new long[] {-600_000, 3_600_000}) {
      FakeChronos f = fake(ChronosVersion.V3).afterTrigger("1 running", FakeChronos.SUCCESS);
      FakeLookup lookup = new FakeLookup(f);
      lookup.withRetry = false;
      lookup.ourState = "TASK_FINISHED";
      lookup.chronosClockOffset = offset;

      ChronosRunResult r = run(ChronosVersion.V3).withTaskLookup(lookup)
          .run(options(), CancellationToken.none());

      // the earlier scheduled run was there before the trigger, so it is not ours
      assertThat(r.taskId()).as("offset " + offset).isEqualTo("ct:" + (f.triggeredAtMillis
          + offset + 5) + ":0:" + FakeChronos.NAME + ":--day 2030-01-01");
    }
  }

  @Test
  void withoutAViewBeforeTheTriggerTheSkewWindowDecides() throws Exception {
    FakeChronos f = fake(ChronosVersion.V3).afterTrigger("1 running", FakeChronos.SUCCESS);
    FakeLookup lookup = new FakeLookup(f);
    lookup.withRetry = false;
    lookup.ourState = "TASK_FINISHED";
    lookup.unreachableBeforeTrigger = true;

    ChronosRunResult r = run(ChronosVersion.V3).withTaskLookup(lookup)
        .run(options(), CancellationToken.none());

    // the 2014 run is outside the window; the first of this run's tasks is ours
    assertThat(r.taskId()).isEqualTo("ct:" + (f.triggeredAtMillis + 5) + ":0:"
        + FakeChronos.NAME + ":--day 2030-01-01");
  }

  @Test
  void anUnreachableMesosDoesNotEndTheWait() throws Exception {
    FakeChronos f = fake(ChronosVersion.V3).afterTrigger("idle", "idle", "idle",
        FakeChronos.SUCCESS);
    FakeLookup lookup = new FakeLookup(f);
    lookup.unreachable = true;

    ChronosRunResult r = run(ChronosVersion.V3).withTaskLookup(lookup).run(options(),
        CancellationToken.none());

    assertThat(r.outcome()).isEqualTo(Outcome.SUCCEEDED);
    assertThat(lookup.prefixes).hasSizeGreaterThan(1);
    assertThat(r.taskId()).isEmpty();
    assertThat(r.diagnostics()).anySatisfy(d -> assertThat(d)
        .startsWith("Could not look up the Mesos task: Cannot reach Mesos"));
  }

  @Test
  void aKilledTaskEndsTheWaitWithoutTheGracePeriod() throws Exception {
    FakeChronos f = fake(ChronosVersion.V3).afterTrigger("1 running", "idle");
    FakeLookup lookup = new FakeLookup(f);
    lookup.withRetry = false;
    lookup.ourState = "TASK_KILLED";

    ChronosRunResult r = run(ChronosVersion.V3).withTaskLookup(lookup)
        .run(options().arguments("--day 2030-01-01").graceMillis(60_000).timeoutMillis(5_000),
            CancellationToken.none());

    assertThat(r.outcome()).isEqualTo(Outcome.DROPPED);
    assertThat(r.message()).contains("was killed");
    assertThat(r.elapsedMillis()).isLessThan(5_000);
  }

  @Test
  void aConcurrentRunsRetryIsNotTakenForOurs() throws Exception {
    FakeChronos f = fake(ChronosVersion.V3).afterTrigger("queued", "2 running", FakeChronos.FAIL);
    FakeLookup lookup = new FakeLookup(f);
    String n = FakeChronos.NAME;
    String args = FakeLookup.JOB_ARGUMENTS;
    lookup.afterTrigger = t -> List.of(
        // ours fails 1 s after the trigger, the other run 20 s after; each retry is due
        // --failure_retry (60 s) after its failure and carries no run-now arguments: none
        // (Chronos 2.5+) or the job's own (older releases)
        FakeLookup.task("ct:" + (t + 5) + ":0:" + n + ":--day 2030-01-01", "TASK_FAILED",
            t + 1_000),
        FakeLookup.task("ct:" + (t + 7) + ":0:" + n + ":--day 2031-01-01", "TASK_FAILED",
            t + 20_000),
        FakeLookup.task("ct:" + (t + 80_000) + ":1:" + n + ":", "TASK_FAILED", 0),
        FakeLookup.task("ct:" + (t + 61_000) + ":1:" + n + ":" + args, "TASK_FINISHED", 0),
        // a retry of another definition of the job (other arguments) is never ours
        FakeLookup.task("ct:" + (t + 61_001) + ":1:" + n + ":-old", "TASK_FAILED", 0));

    ChronosRunResult r = run(ChronosVersion.V3).withTaskLookup(lookup)
        .run(options().arguments("--day 2030-01-01"), CancellationToken.none());

    assertThat(r.taskId()).isEqualTo("ct:" + (f.triggeredAtMillis + 61_000) + ":1:" + n + ":"
        + args);
  }

  @Test
  void anIdleWaitLooksMesosUpOnlyOncePerLookupInterval() throws Exception {
    FakeChronos f = fake(ChronosVersion.V3).afterTrigger("queued", "idle");
    FakeLookup lookup = new FakeLookup(f);

    ChronosRunResult r = run(ChronosVersion.V3).withTaskLookup(lookup)
        .run(options().graceMillis(600), CancellationToken.none());

    assertThat(r.outcome()).isEqualTo(Outcome.DROPPED);
    // before the trigger, once when idle (the 15 s interval never passes), once at the end;
    // polling every 20 ms used to read Mesos on each of the ~30 idle polls
    assertThat(lookup.prefixes).hasSize(3);
  }
}
