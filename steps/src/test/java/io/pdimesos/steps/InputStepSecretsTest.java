package io.pdimesos.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdimesos.pdiapi.LogCapture;
import io.pdimesos.plugin.ConnectionSettings;
import io.pdimesos.sim.ClusterSim;
import io.pdimesos.sim.http.SimAuth;
import io.pdimesos.steps.marathoninput.MarathonAppsInputMeta;
import io.pdimesos.steps.mesosinput.MesosStateInputMeta;
import java.util.Map;
import org.pentaho.di.core.logging.LogLevel;
import org.junit.jupiter.api.Test;

/**
 * With basic authentication, the password reaches the servers but never a log line, an error
 * row or the stored XML; a wrong password fails the step with a message that does not hold it.
 */
class InputStepSecretsTest {
  private static final String PASSWORD = "s3cr3t-Pa55";

  @Test
  void thePasswordIsUsedButNeverShown() throws Exception {
    try (ClusterSim sim = ClusterSim.builder().agents(2).marathonInstances(1).chronosInstances(0)
        .freePorts().auth(SimAuth.basic("ops", PASSWORD)).build().start()) {
      LogCapture.clear();
      MesosStateInputMeta mesos = withAuth(InputRun.meta(new MesosStateInputMeta(), "agents",
          sim.mesosUrls()), "${PW}");
      InputRun ok = InputRun.run(mesos, Map.of("PW", PASSWORD), LogLevel.ROWLEVEL).assertSucceededAsDeclared();
      assertThat(ok.rows).hasSize(2);
      assertThat(mesos.getXML()).doesNotContain(PASSWORD);

      MarathonAppsInputMeta wrong = withAuth(InputRun.meta(new MarathonAppsInputMeta(), "apps",
          sim.marathonUrls()), PASSWORD + "-wrong");
      InputRun refused = InputRun.run(wrong, Map.of(), LogLevel.ROWLEVEL);
      assertThat(refused.ok).isFalse();
      assertThat(refused.step.getErrors()).isEqualTo(1);
      assertThat(LogCapture.text()).contains("401");

      MarathonAppsInputMeta asRow = withAuth(InputRun.meta(new MarathonAppsInputMeta(), "apps",
          sim.marathonUrls()), PASSWORD + "-wrong");
      asRow.settings().set(InputSettings.ERROR_FIELD, "error");
      InputRun errorRow = InputRun.run(asRow, Map.of(), LogLevel.ROWLEVEL);
      assertThat(errorRow.ok).isTrue();
      assertThat((String) errorRow.value(errorRow.rows.get(0), "error")).contains("401")
          .doesNotContain(PASSWORD);
      assertThat(wrong.getXML()).doesNotContain(PASSWORD);

      assertThat(LogCapture.text()).contains("GET ").doesNotContain(PASSWORD);
    }
  }

  private static <M extends InputStepMeta> M withAuth(M meta, String password) {
    meta.settings().set(ConnectionSettings.AUTH_TYPE, "basic");
    meta.settings().set(ConnectionSettings.USER, "ops");
    meta.settings().set(ConnectionSettings.PASSWORD, password);
    return meta;
  }
}
