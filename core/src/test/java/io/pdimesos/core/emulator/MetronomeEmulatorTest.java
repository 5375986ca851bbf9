package io.pdimesos.core.emulator;

import static io.pdimesos.core.emulator.ChronosEmulatorTestBase.waitFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.error.NotFoundException;
import io.pdimesos.core.error.RejectedException;
import io.pdimesos.core.http.RetryPolicy;
import io.pdimesos.core.http.ServiceSettings;
import io.pdimesos.core.http.Timeouts;
import io.pdimesos.core.mesos.MesosClient;
import io.pdimesos.core.metronome.JobHistory;
import io.pdimesos.core.metronome.MetronomeClient;
import io.pdimesos.core.metronome.MetronomeClient.Embed;
import io.pdimesos.core.metronome.MetronomeConflictException;
import io.pdimesos.core.metronome.MetronomeJob;
import io.pdimesos.core.metronome.MetronomeSchedule;
import io.pdimesos.core.ops.MetronomeDelete;
import io.pdimesos.core.ops.MetronomeRun;
import io.pdimesos.core.ops.MetronomeRun.Outcome;
import io.pdimesos.core.ops.MetronomeSubmit;
import io.pdimesos.sim.ClusterSim;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The Metronome client, MetronomeSubmit, MetronomeRun (with the Mesos client) and
 * MetronomeDelete against the emulator's Metronome, at 50 times real time, with a history that
 * lags a run's end by 25 simulated seconds (half a second), so the run-and-wait must retry it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MetronomeEmulatorTest {
  private static final CancellationToken T = CancellationToken.none();
  private ClusterSim sim;
  private final RequestLog log = new RequestLog();
  private ServiceSettings metronomeSettings;
  private MetronomeClient metronome;
  private MesosClient mesos;

  @BeforeAll
  void startSim() {
    sim = ClusterSim.builder().agents(2).metronomeInstances(2).freePorts().speed(50)
        .metronomeHistoryLag(Duration.ofSeconds(25)).build().start();
    Timeouts timeouts = Timeouts.of(2_000, 5_000, 10_000);
    metronomeSettings = ServiceSettings.builder().urls(String.join(",", sim.metronomeUrls()))
        .timeouts(timeouts).retry(RetryPolicy.of(3, 20, 100, 2_000, 0)).build();
    metronome = new MetronomeClient(metronomeSettings, log);
    mesos = new MesosClient(ServiceSettings.builder().urls(String.join(",", sim.mesosUrls()))
        .timeouts(timeouts).build(), log);
  }

  @AfterAll
  void stopSim() {
    sim.close();
  }

  private static MetronomeJob job(String id, String cmd) {
    return MetronomeJob.builder(id).cmd(cmd).cpus(0.1).mem(64.0).disk(0.0).build();
  }

  private void submit(MetronomeJob job) {
    MetronomeSubmit.Result r = new MetronomeSubmit(metronome, log).submit(job, false, 10_000, T);
    assertThat(r.success()).as(r.message()).isTrue();
  }

  private static MetronomeRun.Options options(String id) {
    return new MetronomeRun.Options(id).pollIntervalMillis(50).timeoutMillis(20_000)
        .historyWaitMillis(5_000).sandboxTailBytes(2_000);
  }

  @Test
  void submitCreatesThenUpdatesAndKeepsTheScheduleApart() {
    MetronomeJob nightly = job("mt.nightly", "echo nightly").toBuilder()
        .schedule(MetronomeSchedule.of("nightly", "0 2 * * *").withTimezone("Europe/Berlin"))
        .build();
    MetronomeSubmit submit = new MetronomeSubmit(metronome, log);

    MetronomeSubmit.Result created = submit.submit(nightly, false, 10_000, T);
    MetronomeSubmit.Result same = submit.submit(nightly, false, 10_000, T);
    MetronomeSubmit.Result moved = submit.submit(nightly.toBuilder().cmd("echo again")
        .schedule(MetronomeSchedule.of("nightly", "0 3 * * *")).build(), false, 10_000, T);

    assertThat(created.action()).isEqualTo(MetronomeSubmit.Action.CREATED);
    assertThat(created.scheduleAction()).isEqualTo(MetronomeSubmit.ScheduleAction.ADDED);
    assertThat(same.action()).isEqualTo(MetronomeSubmit.Action.UPDATED);
    assertThat(same.scheduleAction()).isEqualTo(MetronomeSubmit.ScheduleAction.UNCHANGED);
    assertThat(moved.scheduleAction()).isEqualTo(MetronomeSubmit.ScheduleAction.UPDATED);
    MetronomeJob stored = metronome.getJob("mt.nightly", T);
    assertThat(stored.cmd()).isEqualTo("echo again");
    assertThat(stored.schedule().cron()).isEqualTo("0 3 * * *");
    assertThat(stored.schedule().timezone()).isEqualTo("UTC");
    assertThat(stored.schedule().nextRunAt()).isAfter(Instant.now());
  }

  @Test
  void aSuccessfulRunNamesItsTaskAndStdoutThroughALaggingHistory() {
    submit(job("mt.ok", "echo hello from metronome; sleep 2"));
    log.clear();

    MetronomeRun.Result r = new MetronomeRun(metronome, log).withMesos(mesos)
        .run(options("mt.ok"), T);

    assertThat(r.outcome()).as(r.message()).isEqualTo(Outcome.SUCCEEDED);
    assertThat(r.status()).isEqualTo("SUCCESS");
    assertThat(r.taskId()).startsWith("mt_ok_" + r.runId() + ".");
    assertThat(r.taskIds()).containsExactly(r.taskId());
    assertThat(r.taskState()).isEqualTo("TASK_FINISHED");
    assertThat(r.stdoutTail()).contains("hello from metronome");
    assertThat(r.stderrTail()).contains("Command exited with status 0");
    // the run vanished before the history listed it: the history was asked more than once
    assertThat(log.answered("GET", "/v1/jobs/mt.ok")).isGreaterThan(2);
    assertThat(log.answered("GET", "/master/state")).isZero();
  }

  /**
   * The Mesos master's event of the run's task ending wakes the wait: with a check cycle of
   * 100 s the looks come 0.1, 0.3, 0.7, 1.5, 3.1 and 6.3 s after the start, and the run ends
   * after about 4 s, so polling alone would look again about 2 s after its end.
   */
  @Test
  void theMesosEventOfTheRunsTaskWakesTheWaitAtOnce() {
    submit(job("mt.events", "echo waited; sleep 200")); // 200 s simulated, 4 s real
    long[] endedAt = {0};
    sim.model().addGlobalListener((task, state) -> {
      if (task.id.startsWith("mt_events_") && state.terminal) {
        endedAt[0] = System.nanoTime();
      }
    });
    List<Long> runReads = new CopyOnWriteArrayList<>();
    ProgressListener timesRunReads = new ProgressListener() {
      @Override
      public void basic(String line) {}

      @Override
      public void debug(String line) {
        if (line.startsWith("GET ") && line.contains("/v1/jobs/mt.events/runs/")
            && line.contains(" -> ")) {
          runReads.add(System.nanoTime());
        }
      }
    };

    MetronomeRun.Result r = new MetronomeRun(new MetronomeClient(metronomeSettings,
        timesRunReads), log).withMesos(mesos)
        .run(options("mt.events").pollIntervalMillis(100_000), T);

    assertThat(r.outcome()).as(r.message()).isEqualTo(Outcome.SUCCEEDED);
    assertThat(endedAt[0]).isNotZero();
    long firstLookAfterTheEnd = runReads.stream().filter(n -> n > endedAt[0]).findFirst()
        .orElseThrow();
    assertThat(TimeUnit.NANOSECONDS.toMillis(firstLookAfterTheEnd - endedAt[0]))
        .isLessThan(500);
    assertThat(log.answered("POST", "/api/v1")).as("subscribed to the master's events")
        .isPositive();
  }

  @Test
  void aFailingRunEndsFailedWithItsExitStatus() {
    submit(job("mt.fail", "echo about to fail; exit 3"));

    MetronomeRun.Result r = new MetronomeRun(metronome, log).withMesos(mesos)
        .run(options("mt.fail"), T);

    assertThat(r.outcome()).as(r.message()).isEqualTo(Outcome.FAILED);
    assertThat(r.taskState()).isEqualTo("TASK_FAILED");
    assertThat(r.stderrTail()).contains("Command exited with status 3");
    assertThat(r.diagnostics().get(0)).startsWith("Mesos task mt_fail_").endsWith("TASK_FAILED");
  }

  @Test
  void aRunNoAgentCanTakeIsStartingTooLongWithMesossReasonAndIsStopped() {
    submit(MetronomeJob.builder("mt.huge").cmd("true").cpus(64.0).mem(64.0).disk(0.0).build());

    MetronomeRun.Result r = new MetronomeRun(metronome, log).withMesos(mesos)
        .run(options("mt.huge").maxStartingMillis(1_000).stopOnStop(true), T);

    assertThat(r.outcome()).as(r.message()).isEqualTo(Outcome.STARTING_TOO_LONG);
    assertThat(r.message()).contains("no active Mesos agent has 64 CPUs, 64 MB memory, 0 MB"
        + " disk free");
    assertThat(r.diagnostics()).anySatisfy(d -> assertThat(d)
        .contains("is in Metronome's launch queue, waiting for a Mesos offer"));
    assertThat(r.stopped()).isTrue();
    assertThat(metronome.activeRuns("mt.huge", T)).isEmpty();
    waitFor(() -> metronome.getJob("mt.huge", EnumSet.of(Embed.HISTORY), T).history()
        .failedRuns().size() == 1);
  }

  @Test
  void aTimedOutRunIsStoppedWhenAskedAndRecordedAsFailed() {
    submit(job("mt.slow", "sleep 3000"));

    MetronomeRun.Result r = new MetronomeRun(metronome, log)
        .run(options("mt.slow").timeoutMillis(1_500).stopOnStop(true), T);

    assertThat(r.outcome()).isEqualTo(Outcome.TIMED_OUT);
    assertThat(r.stopped()).isTrue();
    waitFor(() -> {
      JobHistory h = metronome.getJob("mt.slow", EnumSet.of(Embed.HISTORY), T).history();
      return h.find(r.runId()) != null && !h.find(r.runId()).succeeded();
    });
  }

  @Test
  void aChildRunsAfterItsParentAndProtectsItFromDeletion() {
    submit(job("mt.parent", "echo parent"));
    submit(job("mt.child", "echo child").toBuilder().dependencies(List.of("mt.parent")).build());

    MetronomeRun.Result r = new MetronomeRun(metronome, log).run(options("mt.parent"), T);

    assertThat(r.outcome()).as(r.message()).isEqualTo(Outcome.SUCCEEDED);
    waitFor(() -> metronome.getJob("mt.child", EnumSet.of(Embed.HISTORY_SUMMARY), T)
        .historySummary().successCount() == 1);
    MetronomeDelete.Result refused = new MetronomeDelete(metronome, log).delete("mt.parent",
        true, false, T);
    assertThat(refused.success()).isFalse();
    assertThat(refused.dependants()).containsExactly("mt.child");
  }

  @Test
  void deleteRefusesActiveRunsUnlessStoppingThemAndToleratesAMissingJob() {
    submit(job("mt.busy", "sleep 3000"));
    String runId = metronome.startRun("mt.busy", T).id();
    MetronomeDelete delete = new MetronomeDelete(metronome, log);

    MetronomeDelete.Result refused = delete.delete("mt.busy", false, false, T);
    MetronomeDelete.Result deleted = delete.delete("mt.busy", true, false, T);
    MetronomeDelete.Result again = delete.delete("mt.busy", true, true, T);

    assertThat(refused.success()).isFalse();
    assertThat(refused.message()).contains("has active runs [" + runId + "]");
    assertThat(deleted.success()).as(deleted.message()).isTrue();
    assertThat(deleted.stoppedRuns()).containsExactly(runId);
    assertThat(metronome.findJob("mt.busy", null, T)).isNull();
    assertThat(again.success()).isTrue();
    assertThat(again.existed()).isFalse();
  }

  @Test
  void theEmulatorsRefusalsArriveAsTypedErrors() {
    submit(job("mt.typed", "true"));

    assertThatThrownBy(() -> metronome.createJob(job("mt.typed", "true"), T))
        .isInstanceOfSatisfying(MetronomeConflictException.class, e -> assertThat(e.reason())
            .isEqualTo(MetronomeConflictException.Reason.JOB_EXISTS));
    assertThatThrownBy(() -> metronome.getJob("mt.nope", T))
        .isInstanceOf(NotFoundException.class).hasMessageContaining("Job not found ('mt.nope')");
    assertThatThrownBy(() -> metronome.getRun("mt.typed", "20300101000000AbCdE", T))
        .isInstanceOf(NotFoundException.class).hasMessageContaining("Job Run not found");
    assertThatThrownBy(() -> metronome.createJob(MetronomeJob.builder("mt.small").cmd("true")
        .cpus(0.1).mem(16.0).disk(0.0).build(), T))
        .isInstanceOfSatisfying(RejectedException.class, e -> {
          assertThat(e.status()).isEqualTo(422);
          assertThat(e.fieldErrors().get(0).path()).isEqualTo("/run/mem");
        });
  }

  @Test
  void aStoppedMetronomeInstanceFailsOverToTheOther() {
    submit(job("mt.ha", "echo ha"));
    sim.faults().metronomeDown(1, true);
    try {
      assertThat(metronome.getJob("mt.ha", T).id()).isEqualTo("mt.ha");
      MetronomeRun.Result r = new MetronomeRun(metronome, log).run(options("mt.ha"), T);
      assertThat(r.outcome()).as(r.message()).isEqualTo(Outcome.SUCCEEDED);
    } finally {
      sim.faults().metronomeDown(1, false);
    }
  }
}
