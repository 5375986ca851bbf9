package io.pdimesos.core.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.dcos.DcosService;
import io.pdimesos.core.dcos.DcosSettings;
import io.pdimesos.core.dcos.ServiceAccountKey;
import io.pdimesos.core.error.AuthException;
import io.pdimesos.core.http.RetryPolicy;
import io.pdimesos.core.http.Timeouts;
import io.pdimesos.core.marathon.AppDefinition;
import io.pdimesos.core.marathon.MarathonClient;
import io.pdimesos.core.marathon.Task;
import io.pdimesos.core.mesos.MesosAgent;
import io.pdimesos.core.mesos.MesosClient;
import io.pdimesos.core.mesos.MesosTask;
import io.pdimesos.core.mesos.StateVisitor;
import io.pdimesos.core.mesos.TaskLookup;
import io.pdimesos.core.ops.MarathonAppResult;
import io.pdimesos.core.ops.MarathonAppResult.Outcome;
import io.pdimesos.core.ops.MarathonDelete;
import io.pdimesos.core.ops.MarathonDeploy;
import io.pdimesos.core.ops.MarathonScale;
import io.pdimesos.sim.ClusterSim;
import io.pdimesos.sim.dcos.DcosOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A DC/OS cluster through its one URL only, logged in as a service account whose tokens live one
 * simulated minute (1.2 s at 50x): deploy, scale and delete on Marathon, the Mesos state and a
 * task's sandbox log, with the token expiring between the steps.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DcosEmulatorTest {
  private static final Duration TOKEN_LIFETIME = Duration.ofMinutes(1);

  private ClusterSim sim;
  private final RequestLog log = new RequestLog();
  private DcosSettings dcos;

  private static Path key(String name) throws Exception {
    return Paths.get(DcosEmulatorTest.class.getResource("/fixtures/dcos/keys/" + name).toURI());
  }

  @BeforeAll
  void startSim() throws Exception {
    sim = ClusterSim.builder().agents(2).freePorts().speed(50)
        .dcos(DcosOptions.create().tokenLifetime(TOKEN_LIFETIME)
            .serviceAccount("etl-runner", Files.readString(key("etl-runner.public.pem"))))
        .build().start();
    dcos = DcosSettings.builder().clusterUrl(sim.dcosUrl())
        .serviceAccount("etl-runner",
            ServiceAccountKey.fromPemFile(key("etl-runner.pkcs1.pem").toString()))
        .timeouts(Timeouts.of(1_000, 5_000, 10_000)).retry(RetryPolicy.of(3, 20, 100, 2_000, 0))
        .progress(log).build();
  }

  @AfterAll
  void stopSim() {
    sim.close();
  }

  /** Waits (bounded) until every token issued so far has expired in simulated time. */
  private void letTheTokenExpire() {
    long expiredAfter = sim.clock().millis() + TOKEN_LIFETIME.toMillis();
    ChronosEmulatorTestBase.waitFor(() -> sim.clock().millis() > expiredAfter + 1_000);
  }

  @Test
  void aJobRunsThroughOneUrlWithAServiceAccountWhoseTokenExpiresMidRun() {
    CancellationToken none = CancellationToken.none();
    int logins = sim.dcosIam().logins();
    int refusedLogins = sim.dcosIam().refusedLogins();
    int refusedRequests = sim.dcosIam().refusedRequests();
    MarathonClient marathon = new MarathonClient(dcos.service(DcosService.MARATHON), log);
    MesosClient mesos = new MesosClient(dcos.service(DcosService.MESOS), log);
    AppDefinition app = AppDefinition.builder().id("/etl/carte").cmd("echo carte listening on"
        + " 8081; sleep 100000").instances(1).cpus(0.1).mem(32).build();

    MarathonAppResult deployed = new MarathonDeploy(marathon, app).pollInterval(20, 100)
        .run(15_000, log, none);
    assertThat(deployed.outcome()).as(deployed.message()).isEqualTo(Outcome.SUCCEEDED);
    assertThat(sim.dcosIam().logins()).isEqualTo(logins + 1);

    letTheTokenExpire();
    MarathonAppResult scaled = new MarathonScale(marathon, "/etl/carte", "2")
        .pollInterval(20, 100).run(15_000, log, none);
    assertThat(scaled.outcome()).as(scaled.message()).isEqualTo(Outcome.SUCCEEDED);
    assertThat(scaled.tasksRunning()).isEqualTo(2);
    assertThat(sim.dcosIam().logins()).isEqualTo(logins + 2);

    letTheTokenExpire();
    List<String> agentIds = new ArrayList<>();
    List<String> taskIds = new ArrayList<>();
    mesos.streamState(new StateVisitor() {
      @Override
      public void agent(MesosAgent a) {
        agentIds.add(a.id());
      }

      @Override
      public void task(MesosTask t) {
        taskIds.add(t.id());
      }
    }, none);
    assertThat(agentIds).hasSize(2);
    Task task = marathon.appTasks("/etl/carte", none).get(0);
    assertThat(taskIds).contains(task.id());

    TaskLookup.TaskRef ref = mesos.tasksWithIdPrefix(task.id(), none).get(0);
    assertThat(mesos.sandboxTail(ref, "stdout", 4096, none)).contains("carte listening on 8081");

    MarathonAppResult deleted = new MarathonDelete(marathon, "/etl/carte",
        MarathonDelete.Mode.DELETE).pollInterval(20, 100).run(15_000, log, none);
    assertThat(deleted.outcome()).as(deleted.message()).isEqualTo(Outcome.SUCCEEDED);

    // one login, then one more after each expiry: refused once each, never a refused login
    assertThat(sim.dcosIam().logins()).isEqualTo(logins + 3);
    assertThat(sim.dcosIam().refusedLogins()).isEqualTo(refusedLogins);
    assertThat(sim.dcosIam().refusedRequests()).isGreaterThanOrEqualTo(refusedRequests + 2);
    assertThat(log.lines).filteredOn(l -> l.contains("logging in again")).hasSize(2);
    // every request went to the one URL
    assertThat(log.lines).filteredOn(l -> l.matches("^(GET|PUT|POST|DELETE) .* -> \\d+.*"))
        .allSatisfy(l -> assertThat(l).contains(sim.dcosUrl()));
  }

  @Test
  void anAccountTheClusterDoesNotKnowFailsOnceWithItsName() throws Exception {
    DcosSettings stranger = DcosSettings.builder().clusterUrl(sim.dcosUrl())
        .serviceAccount("etl-runner",
            ServiceAccountKey.fromPemFile(key("other.pkcs8.pem").toString()))
        .retry(RetryPolicy.none()).build();
    int refusedBefore = sim.dcosIam().refusedLogins();

    assertThatThrownBy(() -> new MesosClient(stranger.service(DcosService.MESOS), log)
        .agents(CancellationToken.none()))
        .isInstanceOf(AuthException.class)
        .hasMessageContaining("DC/OS refused the login of service account 'etl-runner'")
        .hasMessageContaining("JWT signature verification failed");
    assertThat(sim.dcosIam().refusedLogins()).isEqualTo(refusedBefore + 1);
  }
}
