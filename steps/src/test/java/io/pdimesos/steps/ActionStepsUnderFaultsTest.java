package io.pdimesos.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdimesos.core.chronos.ChronosClient;
import io.pdimesos.core.chronos.ChronosJob;
import io.pdimesos.core.chronos.ChronosVersion;
import io.pdimesos.core.error.Printable;
import io.pdimesos.core.http.ServiceSettings;
import io.pdimesos.core.ops.ChronosSubmit;
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
import io.pdimesos.steps.metronomeaction.MetronomeJobActionMeta;
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

  static MetronomeJobActionMeta metronomeRun() {
    MetronomeJobActionMeta m = quick(new MetronomeJobActionMeta(),
        MetronomeJobActionMeta.WAITING);
    m.settings().set(MetronomeJobActionMeta.ACTION, "run")
        .set(MetronomeJobActionMeta.JOB_ID_FIELD, "app")
        .set(MetronomeJobActionMeta.WAITING.waitSwitch(), true);
    return m;
  }

  @Test
  void everyRowGoesToTheErrorHopInTimeOnEveryHostileServer() {
    LogCapture.clear();
    ChaosReport report = new ChaosReport("hostile-steps", "rows", "false outcomes",
        "unbounded", "unreadable messages");
    // valid as a Marathon app id and a Chronos or Metronome job id alike
    List<Object[]> rows = List.of(StepHarness.row("etl-a", "2"),
        StepHarness.row("etl-b", "3"));
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors
        .newFixedThreadPool(8);
    List<java.util.concurrent.Future<?>> runs = new java.util.ArrayList<>();
    for (Hostility h : Hostility.values()) {
      for (java.util.function.Supplier<ActionStepMeta> make
          : List.<java.util.function.Supplier<ActionStepMeta>>of(
              ActionStepsUnderFaultsTest::scale, ActionStepsUnderFaultsTest::run,
              ActionStepsUnderFaultsTest::metronomeRun)) {
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
    urls.put("PDI_METRONOME_URL", server.url());
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

  /**
   * Lost answers of the job action steps on the emulator: a Metronome delete whose every answer
   * is lost flows on as DELETED (the job is gone); a run started without waiting, or a Chronos
   * run queued without waiting, whose answer is lost goes to the error hop as UNKNOWN, not as a
   * timeout or a broken answer.
   */
  @Test
  void onTheEmulatorLostJobAnswersAreJudgedByTheStateOrUnknown() {
    try (ClusterSim sim = ClusterSim.builder().agents(2).freePorts().speed(50).build().start()) {
      Map<String, String> cluster = ClusterParameters.urls(sim);
      List<String> fields = List.of("app", "json");
      int code = fields.size() + 3;
      String json = "{\"id\": \"etl.lost\", \"run\": {\"cmd\": \"echo ok\", \"cpus\": 0.1,"
          + " \"mem\": 32, \"disk\": 0}}";
      MetronomeJobActionMeta upsert = quick(new MetronomeJobActionMeta(),
          MetronomeJobActionMeta.WAITING);
      upsert.settings().set(MetronomeJobActionMeta.ACTION, "upsert")
          .set(MetronomeJobActionMeta.JOB_JSON_FIELD, "json");
      StepHarness created = new StepHarness(upsert, cluster, StepHarness.FailedRows.TO_ERROR_HOP,
          fields, List.<Object[]>of(StepHarness.row(null, json))).run();
      assertThat(created.column("status")).as(LogCapture.text()).containsExactly("CREATED");

      MetronomeJobActionMeta start = metronomeRun();
      start.settings().set(MetronomeJobActionMeta.WAITING.waitSwitch(), false);
      sim.faults().dropNext(SimFaults.METRONOME, 1, "POST");
      StepHarness started = new StepHarness(start, cluster, StepHarness.FailedRows.TO_ERROR_HOP,
          fields, List.<Object[]>of(StepHarness.row("etl.lost", null))).run();
      assertThat(started.rows()).isEmpty();
      assertThat(started.errorRows).extracting(r -> r[code])
          .containsExactly("METRONOME_UNKNOWN");

      MetronomeJobActionMeta delete = quick(new MetronomeJobActionMeta(),
          MetronomeJobActionMeta.WAITING);
      delete.settings().set(MetronomeJobActionMeta.ACTION, "delete")
          .set(MetronomeJobActionMeta.JOB_ID_FIELD, "app")
          .set(MetronomeJobActionMeta.STOP_RUNS, true);
      sim.faults().dropNext(SimFaults.METRONOME, 3, "DELETE");
      StepHarness deleted = new StepHarness(delete, cluster, StepHarness.FailedRows.TO_ERROR_HOP,
          fields, List.<Object[]>of(StepHarness.row("etl.lost", null))).run();
      assertThat(deleted.errorRows).as(LogCapture.text()).isEmpty();
      assertThat(deleted.column("status")).containsExactly("DELETED");
      assertThat((String) deleted.column("message").get(0)).contains("state confirms");

      ChronosClient chronos = new ChronosClient(ServiceSettings.of(sim.chronosUrls().get(0)),
          ChronosVersion.V3, null);
      assertThat(new ChronosSubmit(chronos, null).submit(ChronosJob.builder("etl-lost")
          .command("true").schedule("R/2099-01-01T00:00:00Z/P1D").owner("ops@example.com")
          .build(), false, null, 10_000, null).success()).isTrue();
      ChronosJobActionMeta trigger = run();
      trigger.settings().set(ChronosJobActionMeta.WAITING.waitSwitch(), false);
      sim.faults().dropNext(SimFaults.CHRONOS, 1, "PUT");
      StepHarness queued = new StepHarness(trigger, cluster, StepHarness.FailedRows.TO_ERROR_HOP,
          fields, List.<Object[]>of(StepHarness.row("etl-lost", null))).run();
      assertThat(queued.errorRows).extracting(r -> r[code]).containsExactly("CHRONOS_UNKNOWN");
      assertThat((String) queued.errorRows.get(0)[fields.size() + 1])
          .contains("unknown whether it happened");
    }
  }
}
