package io.pdimesos.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdimesos.core.testing.ClusterParameters;
import io.pdimesos.pdiapi.LogCapture;
import io.pdimesos.plugin.ConnectionSettings;
import io.pdimesos.sim.ClusterSim;
import io.pdimesos.sim.dcos.DcosOptions;
import io.pdimesos.steps.mesosinput.MesosStateInputMeta;
import io.pdimesos.testsupport.ServiceAccountKeys;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pentaho.di.core.logging.LogLevel;

/**
 * Mesos State Input in DC/OS mode on the emulator's admin router: the step is given the cluster
 * URL and a login, no Mesos master, and reads the leader's state through {@code /mesos}. A wrong
 * key or password fails the step naming the account, and no secret reaches the log or the file.
 */
class DcosInputTest {
  private static final String PASSWORD = "dc0s-Pa55-w0rd";
  @TempDir
  static Path keys;
  static ServiceAccountKeys account;
  static ClusterSim sim;

  @BeforeAll
  static void start() {
    account = ServiceAccountKeys.generate(keys, "etl-runner");
    sim = ClusterSim.builder().agents(3).marathonInstances(1).chronosInstances(0).freePorts()
        .dcos(DcosOptions.create().serviceAccount(account.uid(), account.publicKeyPem())
            .user("ops", PASSWORD))
        .build().start();
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  @BeforeEach
  void clearLog() {
    LogCapture.clear();
  }

  /** The step with no Mesos masters of its own: the cluster URL leads to them. */
  private static MesosStateInputMeta agents() {
    return InputRun.meta(new MesosStateInputMeta(), "agents", List.of());
  }

  @Test
  void agentsAreReadThroughTheClusterUrlWithTheServiceAccount() throws Exception {
    InputRun run = InputRun.run(agents(), ClusterParameters.dcos(sim, account), LogLevel.DEBUG)
        .assertSucceededAsDeclared();

    assertThat(run.rows).hasSize(sim.model().agents().size());
    assertThat(run.column("hostname")).containsExactlyInAnyOrderElementsOf(
        sim.model().agents().stream().map(a -> a.hostname()).toList());
    String log = LogCapture.text();
    assertThat(log).contains("GET " + sim.dcosUrl() + "/mesos/")
        .contains("Logged in to DC/OS as service account 'etl-runner'")
        .doesNotContain(account.privateKeyExcerpt()).doesNotContain("eyJ");
    for (String master : sim.mesosUrls()) {
      assertThat(log).doesNotContain(master.endsWith("/") ? master : master + "/");
    }
  }

  @Test
  void aKeyTheClusterDoesNotKnowFailsTheStepNamingTheAccount(@TempDir Path other) {
    ServiceAccountKeys stranger = ServiceAccountKeys.generate(other, "etl-runner");
    int before = sim.dcosIam().refusedLogins();

    InputRun run = InputRun.run(agents(), ClusterParameters.dcos(sim, stranger));

    assertThat(run.ok).isFalse();
    assertThat(run.step.getErrors()).isEqualTo(1);
    assertThat(LogCapture.text()).contains("DC/OS refused the login of service account "
        + "'etl-runner': check the account id, and that the public key DC/OS holds for it "
        + "matches its private key");
    assertThat(sim.dcosIam().refusedLogins()).isEqualTo(before + 1);
  }

  @Test
  void aUsersPasswordIsUsedButNeverShown() throws Exception {
    MesosStateInputMeta meta = agents();
    meta.settings().set(ConnectionSettings.DCOS_URL, sim.dcosUrl())
        .set(ConnectionSettings.DCOS_LOGIN, "password")
        .set(ConnectionSettings.DCOS_UID, "ops").set(ConnectionSettings.DCOS_PASSWORD, PASSWORD);
    InputRun ok = InputRun.run(meta, Map.of(), LogLevel.DEBUG).assertSucceededAsDeclared();
    assertThat(ok.rows).hasSize(sim.model().agents().size());
    assertThat(LogCapture.text()).contains("Logged in to DC/OS as user 'ops'");
    assertThat(meta.getXML()).contains("<dcos_password>Encrypted ").doesNotContain(PASSWORD);

    meta.settings().set(ConnectionSettings.DCOS_PASSWORD, PASSWORD + "-wrong");
    InputRun refused = InputRun.run(meta, Map.of(), LogLevel.DEBUG);
    assertThat(refused.ok).isFalse();
    assertThat(LogCapture.text()).contains("DC/OS refused the login of user 'ops': check the "
        + "user name and password").doesNotContain(PASSWORD);
  }
}
