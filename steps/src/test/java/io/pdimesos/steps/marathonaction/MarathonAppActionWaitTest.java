package io.pdimesos.steps.marathonaction;

import static io.pdimesos.steps.StepHarness.FailedRows.TO_ERROR_HOP;
import static io.pdimesos.steps.StepHarness.row;
import static org.assertj.core.api.Assertions.assertThat;

import io.pdimesos.pdiapi.LogCapture;
import io.pdimesos.steps.StepHarness;
import io.pdimesos.testsupport.FakeMarathon;
import java.util.List;
import java.util.Map;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The wait block per row: a deployment that never finishes, timed out after a second. */
class MarathonAppActionWaitTest {
  private final FakeMarathon marathon = new FakeMarathon();

  @BeforeEach
  void neverFinishes() {
    LogCapture.clear();
    String listing = FakeMarathon.deploymentsListing(FakeMarathon.DEPLOYMENT, FakeMarathon.APP);
    String app = FakeMarathon.appBody();
    marathon.on("POST /v2/apps" + FakeMarathon.APP + "/restart", n -> FakeMarathon.deploymentResult())
        .on("GET /v2/deployments", n -> FakeMarathon.json(200, listing))
        .on("GET /v2/apps" + FakeMarathon.APP, n -> FakeMarathon.json(200, app))
        .on("DELETE /v2/deployments/" + FakeMarathon.DEPLOYMENT, n -> FakeMarathon.json(200,
            "{\"deploymentId\":\"revert-1\",\"version\":\"2015-09-29T15:59:51.164Z\"}"));
  }

  @AfterEach
  void stop() {
    marathon.close();
  }

  private StepHarness restartAndWaitOneSecond(String onTimeout) {
    MarathonAppActionMeta meta = new MarathonAppActionMeta();
    meta.setDefault();
    meta.settings().set(MarathonAppActionMeta.ACTION, MarathonAppActionMeta.RESTART)
        .set(MarathonAppActionMeta.APP_ID_FIELD, "app")
        .set(MarathonAppActionMeta.WAITING.waitSwitch(), true)
        .set(MarathonAppActionMeta.WAITING.timeout(), "1")
        .set(MarathonAppActionMeta.WAITING.checkCycle(), "0")
        .set(MarathonAppActionMeta.WAITING.onTimeout(), onTimeout);
    return new StepHarness(meta, Map.of("PDI_MARATHON_URL", marathon.url()), TO_ERROR_HOP,
        List.of("app"), List.<Object[]>of(row(FakeMarathon.APP))).run();
  }

  private List<RecordedRequest> deletes() {
    return marathon.requests.stream().filter(r -> r.getMethod().equals("DELETE")).toList();
  }

  @Test
  void aTimedOutRowRollsItsDeploymentBackWhenAskedTo() {
    StepHarness h = restartAndWaitOneSecond("roll_back");
    assertThat(h.errorRows).hasSize(1);
    assertThat(deletes()).extracting(RecordedRequest::getTarget)
        .containsExactly("/v2/deployments/" + FakeMarathon.DEPLOYMENT + "?force=false");
  }

  /** Leave is what a step saved before the setting existed does: the deployment keeps going. */
  @Test
  void aTimedOutRowLeavesItsDeploymentByDefault() {
    StepHarness h = restartAndWaitOneSecond("leave");
    assertThat(h.errorRows).hasSize(1);
    assertThat(deletes()).isEmpty();
  }

  /**
   * The check cycle is at least a second, for the steps as for the entries (check cycle 0): a
   * row's looks start 0.1 s apart and double up to it, so within its one second it looks at
   * 0, 0.1, 0.3 and 0.7 s, once more when the time is nearly up and once at the deadline: at
   * most six times, never in a busy loop.
   */
  @Test
  void theCheckCycleIsAtLeastASecond() {
    restartAndWaitOneSecond("leave");
    assertThat(marathon.calls("GET /v2/deployments")).isBetween(3, 6);
  }
}
