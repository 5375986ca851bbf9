package io.pdimesos.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdimesos.core.error.Printable;
import io.pdimesos.core.testing.ChaosReport;
import io.pdimesos.core.testing.ClusterParameters;
import io.pdimesos.core.testing.HostileServer;
import io.pdimesos.core.testing.HostileServer.Hostility;
import io.pdimesos.pdiapi.LogCapture;
import io.pdimesos.plugin.ConnectionSettings;
import io.pdimesos.plugin.WaitBlock;
import io.pdimesos.sim.ClusterSim;
import io.pdimesos.sim.SimFaults;
import io.pdimesos.steps.chronosaction.ChronosJobActionMeta;
import io.pdimesos.steps.marathonaction.MarathonAppActionMeta;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The chaos suite's scenarios as a transformation runs them: the row action steps against every
 * kind of hostile server send every row to the error hop with a printable description, within
 * their time limits, and never a row that claims success; on the emulator a delete whose answer
 * was lost flows on as SUCCEEDED, and a scale below zero is an error row.
 */
@Timeout(180)
class ActionStepsUnderFaultsTest {

  private static <T extends ActionStepMeta> T quick(T meta, WaitBlock waiting) {
    meta.setDefault();
    meta.settings().set(ConnectionSettings.CONNECT_TIMEOUT, "1")
        .set(ConnectionSettings.READ_TIMEOUT, "1").set(waiting.timeout(), "2")
        .set(waiting.checkCycle(), "1");
    return meta;
  }

  static MarathonAppActionMeta scale() {
    MarathonAppActionMeta m = quick(new MarathonAppActionMeta(), MarathonAppActionMeta.WAITING);
    m.settings().set(MarathonAppActionMeta.ACTION, MarathonAppActionMeta.SCALE)
        .set(MarathonAppActionMeta.APP_ID_FIELD, "app")
        .set(MarathonAppActionMeta.INSTANCES_FIELD, "instances");
    return m;
  }

  static ChronosJobActionMeta run() {
    ChronosJobActionMeta m = quick(new ChronosJobActionMeta(), ChronosJobActionMeta.WAITING);
    m.settings().set(ChronosJobActionMeta.ACTION, "run")
        .set(ChronosJobActionMeta.JOB_NAME_FIELD, "app");
    return m;
  }

  @Test
  void everyRowGoesToTheErrorHopInTimeOnEveryHostileServer() {
    LogCapture.clear();
    ChaosReport report = new ChaosReport("hostile-steps", "rows", "false outcomes",
        "unbounded", "unreadable messages");
    List<Object[]> rows = List.of(StepHarness.row("/etl/a", "2"),
        StepHarness.row("/etl/b", "3"));
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors
        .newFixedThreadPool(8);
    List<java.util.concurrent.Future<?>> runs = new java.util.ArrayList<>();
    for (Hostility h : Hostility.values()) {
      for (java.util.function.Supplier<ActionStepMeta> make
          : List.<java.util.function.Supplier<ActionStepMeta>>of(
              ActionStepsUnderFaultsTest::scale, ActionStepsUnderFaultsTest::run)) {
        runs.add(pool.submit(() -> {
          try (HostileServer server = HostileServer.start(h).dripMillis(300)) {
            transform(make.get(), h, server, rows, report);
          }
        }));
      }
    }
    try {
      for (java.util.concurrent.Future<?> f : runs) {
        f.get(150, TimeUnit.SECONDS);
      }
    } catch (Exception e) {
      throw new AssertionError(e);
    } finally {
      pool.shutdownNow();
    }
    String summary = report.write();
    assertThat(report.violations()).as(summary).isEmpty();
    assertThat(LogCapture.text()).doesNotContain("\tat ");
  }

  private static void transform(ActionStepMeta meta, Hostility h, HostileServer server,
      List<Object[]> rows, ChaosReport report) {
    Map<String, String> urls = new HashMap<>();
    urls.put("PDI_MARATHON_URL", server.url());
    urls.put("PDI_CHRONOS_URL", server.url());
    String name = meta.getClass().getSimpleName() + " <- " + h;
    long t0 = System.nanoTime();
    StepHarness step = new StepHarness(meta, urls, StepHarness.FailedRows.TO_ERROR_HOP, List.of("app", "instances"), rows)
        .run();
    long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
    report.add("rows", rows.size());
    report.max("slowest transformation (ms)", ms);
    if (!step.rows().isEmpty() || step.errorRows.size() != rows.size()) {
      report.violation("false outcomes", name, step.rows().size() + " rows flowed on, "
          + step.errorRows.size() + " to the error hop");
    }
    for (Object[] error : step.errorRows) {
      String description = String.valueOf(error[3]);
      if (!Printable.isPrintable(description) || description.length() > 2_000) {
        report.violation("unreadable messages", name, Printable.quote(description, 200));
      }
    }
    // two rows, each within the step's limit (2 s) plus one request (3 s), with slack
    if (ms > 25_000) {
      report.violation("unbounded", name, ms + " ms");
    }
  }

  @Test
  void onTheEmulatorALostDeleteAnswerFlowsOnAsSucceededAndABelowZeroScaleIsAnErrorRow() {
    try (ClusterSim sim = ClusterSim.builder().agents(2).freePorts().speed(50).build().start()) {
      Map<String, String> cluster = ClusterParameters.urls(sim);
      cluster.putAll(Map.of("CARTE_APP_ID", "/etl/lost", "CARTE_INSTANCES", "1", "PDI_IMAGE",
          "pentaho/pdi-ce:9.4", "DATAMART_HOST", "datamart.weave.local"));
      MarathonAppActionMeta deploy = quick(new MarathonAppActionMeta(), MarathonAppActionMeta.WAITING);
      deploy.settings().set(MarathonAppActionMeta.ACTION, MarathonAppActionMeta.DEPLOY)
          .set(MarathonAppActionMeta.DEFINITION_FIELD, "app");
      String app;
      try {
        app = java.nio.file.Files.readString(java.nio.file.Path.of("..", "sample-ktr",
            "definitions", "carte-server.marathon.json"));
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      deploy.settings().set(MarathonAppActionMeta.WAITING.waitSwitch(), false);
      StepHarness deployed = new StepHarness(deploy, cluster, StepHarness.FailedRows.TO_ERROR_HOP, List.of("app"),
          List.<Object[]>of(StepHarness.row(app))).run();
      assertThat(deployed.errorRows).as(LogCapture.text()).isEmpty();

      StepHarness below = new StepHarness(scale(), cluster, StepHarness.FailedRows.TO_ERROR_HOP, List.of("app", "instances"),
          List.<Object[]>of(StepHarness.row("/etl/lost", "-5"))).run();
      assertThat(below.rows()).isEmpty();
      assertThat((String) below.errorRows.get(0)[3]).contains("below zero");

      MarathonAppActionMeta delete = quick(new MarathonAppActionMeta(), MarathonAppActionMeta.WAITING);
      delete.settings().set(MarathonAppActionMeta.ACTION, MarathonAppActionMeta.DELETE)
          .set(MarathonAppActionMeta.APP_ID_FIELD, "app").set(MarathonAppActionMeta.WAITING.waitSwitch(), false);
      sim.faults().dropNext(SimFaults.MARATHON, 1, "DELETE");
      StepHarness deleted = new StepHarness(delete, cluster, StepHarness.FailedRows.TO_ERROR_HOP, List.of("app"),
          List.<Object[]>of(StepHarness.row("/etl/lost"))).run();
      assertThat(deleted.errorRows).as(LogCapture.text()).isEmpty();
      assertThat(deleted.column("status")).containsExactly("SUCCEEDED");
      assertThat((String) deleted.column("message").get(0)).contains("state confirms");
    }
  }
}
