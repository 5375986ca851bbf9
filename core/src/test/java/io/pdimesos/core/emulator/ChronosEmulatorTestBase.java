package io.pdimesos.core.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.cancel.Deadline;
import io.pdimesos.core.cancel.Waits;
import io.pdimesos.core.chronos.ChronosClient;
import io.pdimesos.core.chronos.ChronosJob;
import io.pdimesos.core.chronos.ChronosVersion;
import io.pdimesos.core.http.RetryPolicy;
import io.pdimesos.core.http.ServiceSettings;
import io.pdimesos.core.http.Timeouts;
import io.pdimesos.core.mesos.MesosClient;
import io.pdimesos.core.ops.ChronosDelete;
import io.pdimesos.core.ops.ChronosRun;
import io.pdimesos.core.ops.ChronosRunOptions;
import io.pdimesos.core.ops.ChronosRunResult;
import io.pdimesos.core.ops.ChronosRunResult.Outcome;
import io.pdimesos.core.ops.ChronosSubmit;
import io.pdimesos.sim.ClusterSim;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * ChronosSubmit, ChronosRun (with the Mesos client as its task lookup) and ChronosDelete against
 * the emulator's Chronos of one major version, at 50 times real time.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ChronosEmulatorTestBase {
  /** Simulated --failure_retry: 30 s, 0.6 s of real time. */
  private static final long FAILURE_RETRY_MILLIS = 30_000;
  /** Never due during a test: the jobs run only when triggered. */
  private static final String NEVER = "R/2099-01-01T00:00:00Z/P1D";

  private ClusterSim sim;
  private final RequestLog log = new RequestLog();
  private ChronosClient chronos;
  private MesosClient mesos;

  abstract ChronosVersion version();

  @BeforeAll
  void startSim() {
    sim = ClusterSim.builder().agents(2).chronosInstances(2).freePorts().speed(50)
        .chronosVersion(version() == ChronosVersion.V2 ? 2 : 3)
        .chronosFailureRetry(Duration.ofMillis(FAILURE_RETRY_MILLIS)).build().start();
    Timeouts timeouts = Timeouts.of(2_000, 5_000, 10_000);
    chronos = new ChronosClient(ServiceSettings.builder().urls(String.join(",", sim.chronosUrls()))
        .timeouts(timeouts).retry(RetryPolicy.of(3, 20, 100, 2_000, 0)).build(), version(), log);
    mesos = new MesosClient(ServiceSettings.builder().urls(String.join(",", sim.mesosUrls()))
        .timeouts(timeouts).build(), log);
  }

  @AfterAll
  void stopSim() {
    sim.close();
  }

  private ChronosJob job(String name, String command, int retries) {
    return ChronosJob.builder(name).command(command).schedule(NEVER).owner("ops@example.com")
        .retries(retries).cpus(0.1).mem(64.0).build();
  }

  private ChronosRunOptions options(String name) {
    return new ChronosRunOptions(name).pollIntervalMillis(50).timeoutMillis(20_000)
        .graceMillis(4_000).failureRetryMillis(FAILURE_RETRY_MILLIS).sandboxTailBytes(2_000);
  }

  private void submit(ChronosJob job) {
    ChronosSubmit.Result r = new ChronosSubmit(chronos, log).submit(job, false, null, 10_000,
        CancellationToken.none());
    assertThat(r.success()).as(r.message()).isTrue();
  }

  @Test
  void aSuccessfulRunNamesItsTaskAndStdout() {
    submit(job("ch-ok", "echo hello from ch-ok; sleep 2", 0));
    log.clear();

    ChronosRunResult r = new ChronosRun(chronos, log).withTaskLookup(mesos)
        .run(options("ch-ok").arguments("--day 2030"), CancellationToken.none());

    assertThat(r.outcome()).as(r.message()).isEqualTo(Outcome.SUCCEEDED);
    assertThat(r.taskId()).startsWith("ct:").contains(":0:ch-ok:--day 2030");
    assertThat(r.taskState()).isEqualTo("TASK_FINISHED");
    assertThat(r.stdoutTail()).contains("hello from ch-ok");
    assertThat(r.stderrTail()).contains("Command exited with status 0");
    // the lookups read pages of recent tasks, never the whole state; the sandbox is located once
    assertThat(log.answered("GET", "/master/state")).isZero();
    assertThat(log.answered("GET", "/master/tasks")).isBetween(2L, 4L);
    assertThat(log.answered("GET", "/master/slaves")).isEqualTo(1);
    assertThat(log.answered("GET", "/state")).isEqualTo(1);
  }

  /**
   * The Mesos master's event of the run's task ending wakes the wait: with a long check cycle
   * the polls come at 0.1, 0.3, 0.7, 1.5, 3.1 s, and the run ends after about 2 s, so polling
   * alone would see it about a second late.
   */
  @Test
  void theMesosEventOfTheRunsTaskEndsTheWaitAtOnce() {
    submit(job("ch-events", "echo waited; sleep 100", 0)); // 100 s simulated, 2 s real
    long[] finishedAt = {0};
    sim.model().addGlobalListener((task, state) -> {
      if (task.id.contains(":ch-events:") && state.terminal) {
        finishedAt[0] = System.nanoTime();
      }
    });

    ChronosRunResult r = new ChronosRun(chronos, log).withTaskLookup(mesos)
        .run(options("ch-events").pollIntervalMillis(100_000), CancellationToken.none());
    long reaction = java.util.concurrent.TimeUnit.NANOSECONDS.toMillis(
        System.nanoTime() - finishedAt[0]);

    assertThat(r.outcome()).as(r.message()).isEqualTo(Outcome.SUCCEEDED);
    assertThat(finishedAt[0]).isNotZero();
    // the outcome's own reads (the job, the task lookup, two log tails) are in this time too
    assertThat(reaction).isLessThan(600);
    assertThat(log.answered("POST", "/api/v1")).as("subscribed to the master's events")
        .isPositive();
  }

  @Test
  void aFailingRunEndsWithItsRetrysTaskAndExitStatus() {
    submit(job("ch-fail", "echo about to fail; exit 3", 1));

    ChronosRunResult r = new ChronosRun(chronos, log).withTaskLookup(mesos)
        .run(options("ch-fail"), CancellationToken.none());

    assertThat(r.outcome()).as(r.message()).isEqualTo(Outcome.FAILED);
    assertThat(r.countersAfter().errorCount()).isEqualTo(r.countersBefore().errorCount() + 1);
    assertThat(r.taskId()).contains(":1:ch-fail:"); // the retry carries the final state
    assertThat(r.taskState()).isEqualTo("TASK_FAILED");
    assertThat(r.stderrTail()).contains("Command exited with status 3");
    assertThat(r.diagnostics().get(0)).startsWith("Mesos task ct:").endsWith("ended TASK_FAILED");
  }

  @Test
  void aDisabledJobIsNotTriggered() {
    ChronosJob disabled = ChronosJob.builder("ch-off").command("echo off").schedule(NEVER)
        .owner("ops@example.com").disabled(true).cpus(0.1).mem(64.0).build();
    submit(disabled);

    ChronosRunResult r = new ChronosRun(chronos, log).run(options("ch-off"),
        CancellationToken.none());

    assertThat(r.outcome()).isEqualTo(Outcome.DISABLED);
    assertThat(r.triggered()).isFalse();
  }

  @Test
  void aRunningNonConcurrentJobIsBusy() {
    submit(job("ch-busy", "sleep 3000", 0));
    chronos.runNow("ch-busy", null, CancellationToken.none());
    waitFor(() -> chronos.graph(CancellationToken.none()).state("ch-busy").currentState()
        .contains("running"));

    ChronosRunResult r = new ChronosRun(chronos, log).run(options("ch-busy"),
        CancellationToken.none());

    assertThat(r.outcome()).isEqualTo(Outcome.BUSY);
    assertThat(r.message()).contains("running and the job is not concurrent");
    chronos.killTasks("ch-busy", CancellationToken.none());
  }

  @Test
  void aDependentJobRunsAfterItsParentSucceeded() {
    submit(job("ch-parent", "echo parent", 0));
    ChronosJob child = ChronosJob.builder("ch-child").command("echo child")
        .parents(List.of("ch-parent")).owner("ops@example.com").cpus(0.1).mem(64.0).build();
    submit(child);
    long before = chronos.getJob("ch-child", CancellationToken.none()).counters().successCount();

    ChronosRunResult r = new ChronosRun(chronos, log).run(options("ch-parent"),
        CancellationToken.none());

    assertThat(r.outcome()).isEqualTo(Outcome.SUCCEEDED);
    waitFor(() -> chronos.getJob("ch-child", CancellationToken.none()).counters()
        .successCount() > before);
  }

  @Test
  void deleteRemovesTheJobAndAMissingOneIsOkWhenAllowed() {
    submit(job("ch-gone", "echo bye", 0));

    ChronosDelete.Result r = new ChronosDelete(chronos, log).delete("ch-gone", true, false,
        10_000, CancellationToken.none());
    ChronosDelete.Result again = new ChronosDelete(chronos, log).delete("ch-gone", true, true,
        10_000, CancellationToken.none());
    ChronosDelete.Result strict = new ChronosDelete(chronos, log).delete("ch-gone", true, false,
        10_000, CancellationToken.none());

    assertThat(r.success()).as(r.message()).isTrue();
    assertThat(chronos.findJob("ch-gone", CancellationToken.none())).isNull();
    assertThat(again.success()).isTrue();
    assertThat(strict.success()).isFalse();
  }

  @Test
  void aStoppedChronosInstanceFailsOverToTheOther() {
    submit(job("ch-ha", "echo ha", 0));
    sim.faults().chronosDown(1, true);
    try {
      assertThat(chronos.getJob("ch-ha", CancellationToken.none()).name()).isEqualTo("ch-ha");
      ChronosRunResult r = new ChronosRun(chronos, log).run(options("ch-ha"),
          CancellationToken.none());
      assertThat(r.outcome()).as(r.message()).isEqualTo(Outcome.SUCCEEDED);
    } finally {
      sim.faults().chronosDown(1, false);
    }
  }

  static void waitFor(java.util.function.BooleanSupplier condition) {
    Boolean ok = Waits.until(() -> condition.getAsBoolean() ? Boolean.TRUE : null,
        Deadline.inMillis(10_000), 20, 100, CancellationToken.none());
    assertThat(ok).as("condition within 10 s").isNotNull();
  }
}
