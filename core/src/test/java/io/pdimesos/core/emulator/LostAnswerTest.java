package io.pdimesos.core.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.chronos.ChronosClient;
import io.pdimesos.core.chronos.ChronosJob;
import io.pdimesos.core.chronos.ChronosVersion;
import io.pdimesos.core.http.RetryPolicy;
import io.pdimesos.core.http.ServiceSettings;
import io.pdimesos.core.http.Timeouts;
import io.pdimesos.core.marathon.AppDefinition;
import io.pdimesos.core.marathon.MarathonClient;
import io.pdimesos.core.metronome.MetronomeClient;
import io.pdimesos.core.metronome.MetronomeJob;
import io.pdimesos.core.ops.ChronosDelete;
import io.pdimesos.core.ops.ChronosRun;
import io.pdimesos.core.ops.ChronosRunOptions;
import io.pdimesos.core.ops.ChronosRunResult;
import io.pdimesos.core.ops.ChronosSubmit;
import io.pdimesos.core.ops.MarathonAppOperation;
import io.pdimesos.core.ops.MarathonAppResult.Outcome;
import io.pdimesos.core.ops.MarathonAppResult;
import io.pdimesos.core.ops.MarathonDelete;
import io.pdimesos.core.ops.MarathonDeploy;
import io.pdimesos.core.ops.MarathonRestart;
import io.pdimesos.core.ops.MetronomeDelete;
import io.pdimesos.core.ops.MetronomeSubmit;
import io.pdimesos.sim.ClusterSim;
import io.pdimesos.sim.SimFaults;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * A write whose answer is cut off is judged by the state, never by the last HTTP answer: the
 * emulator makes the change and loses its answer ({@code dropNext(service, 1, method)}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(60)
class LostAnswerTest {
  private ClusterSim sim;
  private final RequestLog log = new RequestLog();
  private MarathonClient marathon;
  private ChronosClient chronos;
  private MetronomeClient metronome;

  @BeforeAll
  void startSim() {
    sim = ClusterSim.builder().agents(2).freePorts().speed(50)
        .chronosFailureRetry(Duration.ofSeconds(30)).build().start();
    Timeouts timeouts = Timeouts.of(1_000, 5_000, 10_000);
    RetryPolicy retry = RetryPolicy.of(3, 20, 100, 2_000, 0);
    marathon = new MarathonClient(ServiceSettings.builder().urls(sim.marathonUrls().get(0))
        .timeouts(timeouts).retry(retry).build(), log);
    chronos = new ChronosClient(ServiceSettings.builder().urls(sim.chronosUrls().get(0))
        .timeouts(timeouts).retry(retry).build(), ChronosVersion.V3, log);
    metronome = new MetronomeClient(ServiceSettings.builder().urls(sim.metronomeUrls().get(0))
        .timeouts(timeouts).retry(retry).build(), log);
  }

  @AfterAll
  void stopSim() {
    sim.close();
  }

  @AfterEach
  void clearFaults() {
    sim.faults().clear();
  }

  private <T extends MarathonAppOperation<T>> T fast(T op) {
    return op.pollInterval(20, 100).useEvents(false);
  }

  private void deploy(String id) {
    MarathonAppResult r = fast(new MarathonDeploy(marathon, AppDefinition.builder().id(id)
        .cmd("sleep 1000").instances(1).cpus(0.1).mem(32).build())).run(20_000, log,
        CancellationToken.none());
    assertThat(r.outcome()).as(r.message()).isEqualTo(Outcome.SUCCEEDED);
  }

  /** The case: the retried DELETE got 404 "does not exist" and reported failure. */
  @Test
  void aDeleteWhoseAnswerIsLostIsConfirmedByTheAppBeingGone() {
    deploy("/lost/delete");
    sim.faults().dropNext(SimFaults.MARATHON, 1, "DELETE");

    MarathonAppResult r = fast(new MarathonDelete(marathon, "/lost/delete",
        MarathonDelete.Mode.DELETE)).run(20_000, log, CancellationToken.none());

    assertThat(r.outcome()).as(r.message()).isEqualTo(Outcome.SUCCEEDED);
    assertThat(r.message()).contains("deleted").contains("answer was lost")
        .contains("state confirms");
    assertThat(sim.faults().service(SimFaults.MARATHON).dropsLeft()).isZero();
  }

  /** A restart (POST) is never sent twice; its new version shows it happened. */
  @Test
  void aRestartWhoseAnswerIsLostIsConfirmedByTheNewVersion() {
    deploy("/lost/rolling");
    sim.faults().dropNext(SimFaults.MARATHON, 1, "POST");

    MarathonAppResult r = fast(new MarathonRestart(marathon, "/lost/rolling"))
        .run(20_000, log, CancellationToken.none());

    assertThat(r.outcome()).as(r.message()).isEqualTo(Outcome.SUCCEEDED);
    assertThat(r.diagnostics()).anyMatch(d -> d.contains("answer was lost")
        && d.contains("state confirms"));
    assertThat(log.lines).filteredOn(l -> l.startsWith("POST ") && l.contains("/restart"))
        .as("sent once").hasSize(1);
  }

  @Test
  void aChronosDeleteWhoseAnswerIsLostIsConfirmedByTheJobBeingGone() {
    ChronosJob job = ChronosJob.builder("lost-delete").command("true")
        .schedule("R/2099-01-01T00:00:00Z/P1D").owner("ops@example.com").cpus(0.1).mem(32.0)
        .build();
    assertThat(new ChronosSubmit(chronos, log).submit(job, false, null, 10_000,
        CancellationToken.none()).success()).isTrue();
    sim.faults().dropNext(SimFaults.CHRONOS, 1, "DELETE");

    ChronosDelete.Result r = new ChronosDelete(chronos, log).delete("lost-delete", false, false,
        10_000, CancellationToken.none());

    assertThat(r.success()).as(r.message()).isTrue();
    assertThat(r.message()).contains("deleted").contains("state confirms");
  }

  /** A lost trigger answer (204, lost whole) is not a failure: the run's counters decide. */
  @Test
  void aChronosRunWhoseTriggerAnswerIsLostEndsAsTheRunDid() {
    ChronosJob job = ChronosJob.builder("lost-run").command("echo ok")
        .schedule("R/2099-01-01T00:00:00Z/P1D").owner("ops@example.com").cpus(0.1).mem(32.0)
        .build();
    assertThat(new ChronosSubmit(chronos, log).submit(job, false, null, 10_000,
        CancellationToken.none()).success()).isTrue();
    sim.faults().dropNext(SimFaults.CHRONOS, 1, "PUT");

    ChronosRunResult r = new ChronosRun(chronos, log).run(new ChronosRunOptions("lost-run")
        .pollIntervalMillis(50).timeoutMillis(20_000).graceMillis(4_000), CancellationToken.none());

    assertThat(r.outcome()).as(r.message()).isEqualTo(ChronosRunResult.Outcome.SUCCEEDED);
    assertThat(r.diagnostics()).anyMatch(d -> d.contains("answer to the run-now"));
  }

  /**
   * Every attempt's answer is cut off (the first one deleted the job): the delete threw the
   * broken answer as a failure although the job was gone.
   */
  @Test
  void aMetronomeDeleteWhoseAnswersAreAllLostIsConfirmedByTheJobBeingGone() {
    MetronomeJob job = MetronomeJob.builder("lost.delete").cmd("true").cpus(0.1).mem(32.0)
        .disk(0.0).build();
    assertThat(new MetronomeSubmit(metronome, log).submit(job, false, 10_000,
        CancellationToken.none()).success()).isTrue();
    sim.faults().dropNext(SimFaults.METRONOME, 3, "DELETE");

    MetronomeDelete.Result r = new MetronomeDelete(metronome, log).delete("lost.delete", false,
        false, CancellationToken.none());

    assertThat(r.success()).as(r.message()).isTrue();
    assertThat(r.message()).contains("deleted").contains("state confirms");
    assertThat(sim.faults().service(SimFaults.METRONOME).dropsLeft()).isZero();
  }
}
