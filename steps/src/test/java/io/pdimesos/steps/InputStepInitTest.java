package io.pdimesos.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdimesos.pdiapi.LogCapture;
import io.pdimesos.steps.chronosinput.ChronosJobsInputMeta;
import io.pdimesos.steps.mesosinput.MesosStateInputMeta;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Settings that cannot work fail the step's init, before any row flows anywhere, with a message
 * naming the setting (PDI then does not start the transformation).
 */
class InputStepInitTest {
  @Test
  void anEmptyUrlFailsTheInitNamingTheSetting() {
    LogCapture.clear();
    MesosStateInputMeta m = InputRun.meta(new MesosStateInputMeta(), "agents", List.of(""));
    assertThat(InputRun.init(m, Map.of())).isFalse();
    assertThat(LogCapture.text()).contains(InputRun.serviceUrls(m).label());
  }

  @Test
  void aBadNamePatternFailsTheInitNamingIt() {
    LogCapture.clear();
    ChronosJobsInputMeta m = InputRun.meta(new ChronosJobsInputMeta(), "jobs",
        List.of("http://127.0.0.1:1"));
    m.settings().set(InputSettings.NAME_PATTERN, "etl-[");
    assertThat(InputRun.init(m, Map.of())).isFalse();
    assertThat(LogCapture.text()).contains("etl-[");
  }

  @Test
  void anUnknownEntityFromAVariableFailsTheInitNamingTheValidOnes() {
    LogCapture.clear();
    MesosStateInputMeta m = InputRun.meta(new MesosStateInputMeta(), "agents",
        List.of("http://127.0.0.1:1"));
    m.settings().set(MesosStateInputMeta.ENTITY, "${WHAT}");
    assertThat(InputRun.init(m, Map.of("WHAT", "slaves"))).isFalse();
    assertThat(LogCapture.text()).contains("slaves").contains("agents");
  }

  @Test
  void validSettingsInitialiseWithoutAnyRequest() {
    // Nothing listens on port 1: init must not call the service.
    MesosStateInputMeta m = InputRun.meta(new MesosStateInputMeta(), "agents",
        List.of("http://127.0.0.1:1"));
    assertThat(InputRun.init(m, Map.of())).isTrue();
  }
}
