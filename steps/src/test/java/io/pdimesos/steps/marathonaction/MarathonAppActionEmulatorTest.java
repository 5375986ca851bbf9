package io.pdimesos.steps.marathonaction;

import static io.pdimesos.steps.StepHarness.FailedRows.FAIL_THE_STEP;
import static io.pdimesos.steps.StepHarness.FailedRows.TO_ERROR_HOP;
import static io.pdimesos.steps.StepHarness.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.error.NotFoundException;
import io.pdimesos.core.marathon.MarathonClient;
import io.pdimesos.core.testing.ClusterParameters;
import io.pdimesos.pdiapi.LogCapture;
import io.pdimesos.sim.ClusterSim;
import io.pdimesos.sim.SimFaults;
import io.pdimesos.steps.ActionSettings;
import io.pdimesos.steps.StepHarness;
import io.pdimesos.steps.StepHarness.FailedRows;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

/**
 * Marathon App Action against the emulator, as a transformation runs it: three apps deployed
 * from definition fields, scaled from an instances field, restarted and deleted, each step
 * waiting for its deployments; failed rows to the error hop or failing the step; Stop.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class MarathonAppActionEmulatorTest {
  private static final List<String> APPS = List.of("/bulk/web-1", "/bulk/web-2", "/bulk/web-3");
  static ClusterSim sim;
  static Map<String, String> cluster;
  static MarathonClient marathon;

  @BeforeAll
  static void start() {
    sim = ClusterSim.builder().agents(3).freePorts().speed(50).build().start();
    cluster = Map.of("PDI_MARATHON_URL", String.join(",", sim.marathonUrls()), "SLEEP", "3600");
    marathon = ClusterParameters.marathon(sim);
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  @BeforeEach
  void clearLog() {
    LogCapture.clear();
    sim.faults().clear();
  }

  private static MarathonAppActionMeta meta(String action) {
    MarathonAppActionMeta meta = new MarathonAppActionMeta();
    meta.setDefault();
    meta.settings().set(MarathonAppActionMeta.ACTION, action)
        .set(MarathonAppActionMeta.APP_ID_FIELD, "app")
        .set(MarathonAppActionMeta.DEFINITION_FIELD, "definition")
        .set(MarathonAppActionMeta.INSTANCES_FIELD, "instances")
        .set(MarathonAppActionMeta.WAITING.waitSwitch(), true).set(MarathonAppActionMeta.WAITING.checkCycle(), "1")
        .set(MarathonAppActionMeta.WAITING.timeout(), "60");
    return meta;
  }

  private static StepHarness run(MarathonAppActionMeta meta, FailedRows failedRows, List<Object[]> rows) {
    return new StepHarness(meta, cluster, failedRows, List.of("app", "definition", "instances"), rows).run();
  }

  private static StepHarness runOk(MarathonAppActionMeta meta, List<Object[]> rows) {
    StepHarness h = run(meta, FAIL_THE_STEP, rows);
    assertThat(h.initOk).isTrue();
    assertThat(h.step.getErrors()).as(LogCapture.text()).isZero();
    return h;
  }

  private static List<Object[]> rows(List<String> apps) {
    return apps.stream().<Object[]>map(a -> new Object[] {a, null, null}).toList();
  }

  private static int instances(String app) {
    return marathon.app(app, CancellationToken.none()).instances();
  }

  private static String definition(int n) {
    return "{\"id\": \"/bulk/web-" + n + "\", \"cmd\": \"sleep ${SLEEP}\", \"cpus\": 0.1,"
        + " \"mem\": 32, \"instances\": 1}";
  }

  @Test
  @Order(1)
  void deploysAppsFromDefinitionFields() {
    // The app id field is empty: each definition names its app.
    StepHarness h = runOk(meta("deploy"), List.of(row("", definition(1), null),
        row("", definition(2), null), row(null, definition(3), null)));

    assertThat(h.column("definition")).containsExactly(definition(1), definition(2), definition(3));
    assertThat(h.column("status")).containsOnly("SUCCEEDED");
    assertThat(h.column("deployment_id")).doesNotContainNull().doesNotHaveDuplicates();
    assertThat(h.column("version")).doesNotContainNull();
    for (String app : APPS) {
      assertThat(instances(app)).isEqualTo(1);
      assertThat(marathon.app(app, CancellationToken.none()).cmd())
          .as("${SLEEP} substituted").isEqualTo("sleep 3600");
    }
  }

  @Test
  @Order(2)
  void scalesFromAnInstancesField() {
    StepHarness h = runOk(meta("scale"), List.of(row(APPS.get(0), null, "2"),
        row(APPS.get(1), null, "+2"), row(APPS.get(2), null, "3")));
    assertThat(h.column("app")).containsExactlyElementsOf(APPS);
    assertThat(h.column("status")).containsOnly("SUCCEEDED");
    assertThat(APPS.stream().map(MarathonAppActionEmulatorTest::instances)).containsExactly(2, 3, 3);
  }

  @Test
  @Order(3)
  void restartsEveryApp() {
    StepHarness h = runOk(meta("restart"), rows(APPS));
    assertThat(h.column("status")).containsOnly("SUCCEEDED");
    assertThat(h.column("message")).allSatisfy(m -> assertThat((String) m).isNotBlank());
  }

  @Test
  @Order(4)
  void failedRowsGoToTheErrorHopWhenThereIsOne() {
    StepHarness h = run(meta("scale"), TO_ERROR_HOP, List.<Object[]>of(row(APPS.get(0), null, "1"),
        row("/bulk/missing", null, "1"), row(APPS.get(1), null, "abc")));
    assertThat(h.step.getErrors()).isZero();
    assertThat(h.column("app")).containsExactly(APPS.get(0));
    assertThat(h.errorRows).extracting(r -> r[0]).containsExactly("/bulk/missing", APPS.get(1));

    StepHarness deploy = run(meta("deploy"), TO_ERROR_HOP, List.<Object[]>of(row("", "{\"id\": \"/bulk/x\", \"cmd\": ", null)));
    assertThat(deploy.errorRows).hasSize(1);
    assertThat(deploy.rows()).isEmpty();
  }

  @Test
  @Order(5)
  void withoutAnErrorHopTheServersMessageFailsTheStep() {
    StepHarness h = run(meta("restart"), FAIL_THE_STEP, List.<Object[]>of(row("/bulk/missing", null, null)));
    assertThat(h.step.getErrors()).isEqualTo(1);
    assertThat(LogCapture.text()).contains("Row 1 failed (MARATHON_404)").contains("/bulk/missing");

    StepHarness bad = run(meta("deploy"), FAIL_THE_STEP, List.<Object[]>of(row("", "{\"id\": \"/bulk/x\", \"cmd\": ", null)));
    assertThat(bad.step.getErrors()).isEqualTo(1);
    assertThat(LogCapture.text()).contains("field 'definition': The app definition is not valid JSON");
  }

  @Test
  @Order(6)
  void stopCancelsTheCallsInFlightWithinASecond() throws Exception {
    sim.faults().latency(SimFaults.MARATHON, 20_000);
    MarathonAppActionMeta meta = meta("restart");
    meta.settings().set(MarathonAppActionMeta.WAITING.waitSwitch(), false);
    StepHarness h = new StepHarness(meta, cluster, FAIL_THE_STEP, List.of("app", "definition", "instances"),
        rows(APPS));
    Thread runner = new Thread(h::run, "stop-test-runner");
    runner.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (StepHarness.actionThreads().size() < 3 && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
    assertThat(StepHarness.actionThreads()).hasSize(3);

    long stopped = System.nanoTime();
    h.trans.stopAll();
    runner.join(5_000);
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stopped);

    System.out.println("Stop to step ended: " + millis + " ms");
    assertThat(runner.isAlive()).isFalse();
    assertThat(millis).as("Stop to step ended").isLessThan(1_500);
    assertThat(StepHarness.actionThreads()).as("no worker left behind").isEmpty();
    assertThat(h.rows()).as("rows not yet written are dropped").isEmpty();
  }

  @Test
  @Order(7)
  void deletesTheApps() {
    StepHarness h = runOk(meta("delete"), rows(APPS));
    assertThat(h.column("status")).containsOnly("SUCCEEDED");
    for (String app : APPS) {
      assertThatThrownBy(() -> marathon.app(app, CancellationToken.none()))
          .isInstanceOf(NotFoundException.class);
    }
  }
}
