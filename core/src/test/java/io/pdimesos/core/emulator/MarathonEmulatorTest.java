package io.pdimesos.core.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.http.RetryPolicy;
import io.pdimesos.core.http.ServiceSettings;
import io.pdimesos.core.http.Timeouts;
import io.pdimesos.core.marathon.AppDefinition;
import io.pdimesos.core.marathon.MarathonClient;
import io.pdimesos.core.error.NotFoundException;
import io.pdimesos.core.ops.MarathonAppOperation.OnTimeout;
import io.pdimesos.core.ops.MarathonAppResult;
import io.pdimesos.core.ops.MarathonAppResult.Outcome;
import io.pdimesos.core.ops.MarathonDelete;
import io.pdimesos.core.ops.MarathonDeploy;
import io.pdimesos.core.ops.MarathonRestart;
import io.pdimesos.core.ops.MarathonScale;
import io.pdimesos.core.ops.MarathonWaitHealthy;
import io.pdimesos.sim.ClusterSim;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The Marathon operations against the emulator's Marathon (two instances), at 50x real time. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MarathonEmulatorTest {
  private ClusterSim sim;
  private final RequestLog log = new RequestLog();
  private MarathonClient client;

  @BeforeAll
  void startSim() {
    sim = ClusterSim.builder().agents(2).marathonInstances(2).freePorts().speed(50).build()
        .start();
    client = new MarathonClient(ServiceSettings.builder()
        .urls(String.join(",", sim.marathonUrls())).timeouts(Timeouts.of(1_000, 5_000, 10_000))
        .retry(RetryPolicy.of(3, 20, 100, 2_000, 0)).build(), log);
  }

  @AfterAll
  void stopSim() {
    sim.close();
  }

  private static AppDefinition app(String id, String cmd, int instances) {
    return AppDefinition.builder().id(id).cmd(cmd).instances(instances).cpus(0.1).mem(32)
        .healthCheck(new AppDefinition.HealthCheck("command").command("true")).build();
  }

  private <T extends io.pdimesos.core.ops.MarathonAppOperation<T>> T fast(T op) {
    return op.pollInterval(20, 100);
  }

  @Test
  void deployScaleRestartWaitAndDelete() {
    MarathonAppResult deployed = fast(new MarathonDeploy(client, app("/ops/web",
        "echo serving; sleep 100000", 2))).run(15_000, log, CancellationToken.none());
    assertThat(deployed.outcome()).as(deployed.message()).isEqualTo(Outcome.SUCCEEDED);
    assertThat(deployed.tasksRunning()).isEqualTo(2);
    assertThat(deployed.tasksHealthy()).isEqualTo(2);

    MarathonAppResult scaled = fast(new MarathonScale(client, "/ops/web", "+1"))
        .run(15_000, log, CancellationToken.none());
    assertThat(scaled.outcome()).as(scaled.message()).isEqualTo(Outcome.SUCCEEDED);
    assertThat(scaled.instances()).isEqualTo(3);

    java.util.Set<String> before = new java.util.HashSet<>();
    client.appTasks("/ops/web", CancellationToken.none()).forEach(t -> before.add(t.id()));
    MarathonAppResult restarted = fast(new MarathonRestart(client, "/ops/web"))
        .run(15_000, log, CancellationToken.none());
    assertThat(restarted.outcome()).as(restarted.message()).isEqualTo(Outcome.SUCCEEDED);
    assertThat(client.appTasks("/ops/web", CancellationToken.none()))
        .noneMatch(t -> before.contains(t.id())).hasSize(3);

    MarathonAppResult healthy = new MarathonWaitHealthy(client, "/ops/web", 3)
        .pollInterval(20, 100).run(10_000, log, CancellationToken.none());
    assertThat(healthy.outcome()).as(healthy.message()).isEqualTo(Outcome.SUCCEEDED);

    MarathonAppResult suspended = fast(new MarathonDelete(client, "/ops/web",
        MarathonDelete.Mode.SUSPEND)).run(15_000, log, CancellationToken.none());
    assertThat(suspended.outcome()).as(suspended.message()).isEqualTo(Outcome.SUCCEEDED);
    assertThat(client.app("/ops/web", CancellationToken.none()).instances()).isZero();

    MarathonAppResult deleted = fast(new MarathonDelete(client, "/ops/web",
        MarathonDelete.Mode.DELETE)).run(15_000, log, CancellationToken.none());
    assertThat(deleted.outcome()).as(deleted.message()).isEqualTo(Outcome.SUCCEEDED);
    // each step is fast here (50x); a missed deployment event used to cost the 10 s grace
    assertThat(List.of(deployed, scaled, restarted, suspended, deleted))
        .allSatisfy(r -> assertThat(r.elapsedMillis()).isLessThan(5_000));
    org.assertj.core.api.Assertions.assertThatThrownBy(
        () -> client.app("/ops/web", CancellationToken.none()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void scalingAnAppThatDoesNotExistSaysSoInsteadOfMarathonsValidationError() {
    // The PUT alone is a partial create that Marathon refuses with 422 for want of a command.
    assertThatThrownBy(() -> new MarathonScale(client, "/ops/never-deployed", "3")
        .waitForCompletion(false).run(0, log, CancellationToken.none()))
        .isInstanceOf(NotFoundException.class).hasMessageContaining("/ops/never-deployed");
  }

  @Test
  void aDeploymentThatNeverGetsHealthyTimesOutExplainsAndRollsBack() {
    MarathonAppResult r = fast(new MarathonDeploy(client, app("/ops/sick",
        "echo unhealthy; sleep 100000", 1))).onTimeout(OnTimeout.ROLL_BACK)
        .run(1_500, log, CancellationToken.none());

    assertThat(r.outcome()).isEqualTo(Outcome.TIMED_OUT);
    assertThat(r.tasksRunning()).isEqualTo(1);
    assertThat(r.tasksHealthy()).isZero();
    assertThat(String.join("\n", r.diagnostics())).containsIgnoringCase("healthy");
    assertThat(r.rollbackDeploymentId()).isNotEmpty();
    ChronosEmulatorTestBase.waitFor(() -> client.deployments(CancellationToken.none()).isEmpty());
  }

  @Test
  void anAppThatCannotBePlacedTimesOutWithTheQueueReason() {
    MarathonAppResult r = fast(new MarathonDeploy(client, AppDefinition.builder()
        .id("/ops/huge").cmd("sleep 100000").cpus(64).mem(32).build()))
        .onTimeout(OnTimeout.ROLL_BACK).run(1_000, log, CancellationToken.none());

    assertThat(r.outcome()).isEqualTo(Outcome.TIMED_OUT);
    assertThat(String.join("\n", r.diagnostics())).containsIgnoringCase("cpus");
  }

  @Test
  void aStoppedInstanceFailsOverToTheOther() {
    sim.faults().marathonDown(1, true);
    try {
      assertThat(client.info(CancellationToken.none())).isNotNull();
      assertThat(client.apps(null, null, null, null, CancellationToken.none())).isNotNull();
    } finally {
      sim.faults().marathonDown(1, false);
    }
  }

  @Test
  void tasksOfALostAgentAreReplacedAndTheAppIsHealthyAgain() {
    MarathonAppResult deployed = fast(new MarathonDeploy(client, app("/ops/spread",
        "sleep 100000", 4))).run(15_000, log, CancellationToken.none());
    assertThat(deployed.outcome()).as(deployed.message()).isEqualTo(Outcome.SUCCEEDED);
    String lostHost = client.appTasks("/ops/spread", CancellationToken.none()).get(0).host();
    int lost = sim.agentUrls().indexOf(sim.agentUrls().stream()
        .filter(u -> u.contains("//" + lostHost + ":")).findFirst().orElseThrow()) + 1;

    sim.faults().loseAgent(lost);
    try {
      MarathonAppResult healthy = new MarathonWaitHealthy(client, "/ops/spread", 4)
          .pollInterval(20, 100).run(10_000, log, CancellationToken.none());
      assertThat(healthy.outcome()).as(healthy.message()).isEqualTo(Outcome.SUCCEEDED);
      ChronosEmulatorTestBase.waitFor(() -> client.appTasks("/ops/spread",
          CancellationToken.none()).stream().filter(t -> !t.host().equals(lostHost)).count() >= 4);
    } finally {
      sim.faults().restoreAgent(lost);
      fast(new MarathonDelete(client, "/ops/spread", MarathonDelete.Mode.DELETE))
          .run(15_000, log, CancellationToken.none());
    }
  }
}
