package io.pdimesos.entries.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdimesos.core.error.Printable;
import io.pdimesos.core.testing.ChaosReport;
import io.pdimesos.core.testing.ClusterParameters;
import io.pdimesos.core.testing.HostileServer;
import io.pdimesos.core.testing.HostileServer.Hostility;
import io.pdimesos.entries.ClusterJobEntry;
import io.pdimesos.entries.EntryTesting;
import io.pdimesos.entries.MarathonAppEntries;
import io.pdimesos.entries.chronosdelete.JobEntryChronosDeleteJob;
import io.pdimesos.entries.chronosrun.JobEntryChronosRunJob;
import io.pdimesos.entries.chronossubmit.JobEntryChronosSubmitJob;
import io.pdimesos.entries.marathondelete.JobEntryMarathonDelete;
import io.pdimesos.entries.marathondeploy.JobEntryMarathonDeploy;
import io.pdimesos.entries.marathonrestart.JobEntryMarathonRestart;
import io.pdimesos.entries.marathonscale.JobEntryMarathonScale;
import io.pdimesos.entries.marathonwait.JobEntryMarathonWaitForApp;
import io.pdimesos.entries.mesosclustercheck.JobEntryMesosClusterCheck;
import io.pdimesos.entries.metronomedelete.JobEntryMetronomeDeleteJob;
import io.pdimesos.entries.metronomerun.JobEntryMetronomeRunJob;
import io.pdimesos.entries.metronomesubmit.JobEntryMetronomeSubmitJob;
import io.pdimesos.entries.weavenetworkcheck.JobEntryWeaveNetworkCheck;
import io.pdimesos.pdiapi.LogCapture;
import io.pdimesos.plugin.ConnectionSettings;
import io.pdimesos.plugin.WaitBlock;
import io.pdimesos.sim.ClusterSim;
import io.pdimesos.sim.SimFaults;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.pentaho.di.core.Result;
import org.pentaho.di.core.logging.LogLevel;
import org.pentaho.di.job.Job;

/**
 * The chaos suite's scenarios as a PDI job runs them: every entry against every kind of hostile
 * server ends false within its time limits with a printable, typed message in the log, never
 * true; and on the emulator a write whose answer is lost is judged by the state (Marathon,
 * Metronome), a scale below zero fails unless "Stop at zero" is on.
 */
@Timeout(180)
class EntriesUnderFaultsTest {
  private static final Path SAMPLES = Path.of("..", "sample-ktr", "definitions");

  /** Short limits: connect 1 s, read 1 s, so each request ends within 1 + 2 x 1 s. */
  private static <T extends ClusterJobEntry> T quick(T entry) {
    entry.settings().set(ConnectionSettings.CONNECT_TIMEOUT, "1")
        .set(ConnectionSettings.READ_TIMEOUT, "1");
    return entry;
  }

  /** The entry's own limit: 2 s, checking every second where it checks. */
  private static <T extends ClusterJobEntry> T limited(T entry, WaitBlock waiting) {
    entry.settings().set(waiting.timeout(), "2");
    if (waiting.checkCycle() != null) {
      entry.settings().set(waiting.checkCycle(), "1");
    }
    return entry;
  }

  static List<Supplier<ClusterJobEntry>> entries() {
    List<Supplier<ClusterJobEntry>> all = new ArrayList<>();
    all.add(() -> {
      JobEntryMarathonDeploy e = limited(quick(new JobEntryMarathonDeploy()),
          JobEntryMarathonDeploy.WAITING);
      e.settings().set(JobEntryMarathonDeploy.SOURCE, "file").set(JobEntryMarathonDeploy.FILE,
          SAMPLES.resolve("carte-server.marathon.json").toString());
      return e;
    });
    all.add(() -> {
      JobEntryMarathonScale e = app(new JobEntryMarathonScale());
      e.settings().set(JobEntryMarathonScale.INSTANCES, "2");
      return e;
    });
    all.add(() -> app(new JobEntryMarathonRestart()));
    all.add(() -> app(new JobEntryMarathonDelete()));
    all.add(() -> {
      JobEntryMarathonWaitForApp e = limited(quick(new JobEntryMarathonWaitForApp()),
          JobEntryMarathonWaitForApp.WAITING);
      e.settings().set(MarathonAppEntries.APP_ID, "/etl/carte");
      return e;
    });
    all.add(() -> {
      JobEntryChronosSubmitJob e = limited(quick(new JobEntryChronosSubmitJob()),
          JobEntryChronosSubmitJob.WAITING);
      e.settings().set(JobEntryChronosSubmitJob.SOURCE, "form")
          .set(JobEntryChronosSubmitJob.JOB_NAME, "load")
          .set(JobEntryChronosSubmitJob.COMMAND, "true")
          .set(JobEntryChronosSubmitJob.SCHEDULE, "R/2099-01-01T00:00:00Z/P1D")
          .set(JobEntryChronosSubmitJob.OWNER, "etl@example.com");
      return e;
    });
    all.add(() -> {
      JobEntryChronosRunJob e = limited(quick(new JobEntryChronosRunJob()),
          JobEntryChronosRunJob.WAITING);
      e.settings().set(JobEntryChronosRunJob.JOB_NAME, "load");
      return e;
    });
    all.add(() -> {
      JobEntryChronosDeleteJob e = limited(quick(new JobEntryChronosDeleteJob()),
          JobEntryChronosDeleteJob.WAITING);
      e.settings().set(JobEntryChronosDeleteJob.JOB_NAME, "load");
      return e;
    });
    all.add(() -> {
      JobEntryMetronomeSubmitJob e = limited(quick(new JobEntryMetronomeSubmitJob()),
          JobEntryMetronomeSubmitJob.WAITING);
      e.settings().set(JobEntryMetronomeSubmitJob.SOURCE, "form")
          .set(JobEntryMetronomeSubmitJob.JOB_ID, "etl.load")
          .set(JobEntryMetronomeSubmitJob.COMMAND, "true")
          .set(JobEntryMetronomeSubmitJob.CRON, "0 2 * * *")
          .set(JobEntryMetronomeSubmitJob.RUN_NOW, true);
      return e;
    });
    all.add(() -> {
      JobEntryMetronomeRunJob e = limited(quick(new JobEntryMetronomeRunJob()),
          JobEntryMetronomeRunJob.WAITING);
      e.settings().set(JobEntryMetronomeRunJob.JOB_ID, "etl.load");
      return e;
    });
    all.add(() -> {
      JobEntryMetronomeDeleteJob e = quick(new JobEntryMetronomeDeleteJob());
      e.settings().set(JobEntryMetronomeDeleteJob.JOB_ID, "etl.load");
      return e;
    });
    all.add(() -> quick(new JobEntryMesosClusterCheck()));
    all.add(() -> quick(new JobEntryWeaveNetworkCheck()));
    return all;
  }

  private static <T extends ClusterJobEntry> T app(T entry) {
    limited(quick(entry), MarathonAppEntries.WAITING).settings()
        .set(MarathonAppEntries.APP_ID, "/etl/carte");
    return entry;
  }

  @Test
  void everyEntryEndsFalseInTimeWithAPrintableTypedMessageOnEveryHostileServer()
      throws Exception {
    LogCapture.clear();
    ChaosReport report = new ChaosReport("hostile-entries", "cases", "false outcomes",
        "unbounded", "unreadable messages", "untyped failures");
    List<HostileServer> servers = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<?>> runs = new ArrayList<>();
      for (Hostility h : Hostility.values()) {
        HostileServer server = HostileServer.start(h).dripMillis(300);
        servers.add(server);
        Map<String, String> urls = new HashMap<>();
        for (String v : List.of("PDI_MESOS_MASTERS", "PDI_MARATHON_URL", "PDI_CHRONOS_URL",
            "PDI_METRONOME_URL", "PDI_WEAVE_URL")) {
          urls.put(v, server.url());
        }
        for (Supplier<ClusterJobEntry> make : entries()) {
          runs.add(pool.submit(() -> {
            ClusterJobEntry entry = make.get();
            String name = entry.getClass().getSimpleName() + " <- " + h;
            long t0 = System.nanoTime();
            Result r = EntryTesting.run(entry, EntryTesting.job(LogLevel.DETAILED, urls));
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            report.count("cases");
            report.max("slowest case (ms)", ms);
            if (r.getResult()) {
              report.violation("false outcomes", name, "ended true");
            }
            // the entry's own limit (2 s) plus one request (3 s), and slack for a busy machine
            if (ms > 20_000) {
              report.violation("unbounded", name, ms + " ms");
            }
          }));
        }
      }
      for (Future<?> f : runs) {
        f.get(150, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
      servers.forEach(HostileServer::close);
    }
    String log = LogCapture.text();
    if (!Printable.isPrintable(log)) {
      report.violation("unreadable messages", "the job's log", "unprintable characters");
    }
    for (String line : log.split("\n")) {
      // ClusterJobEntry logs a failure that is not a ClusterException as "Unexpected <class>"
      if (line.matches(".*Unexpected [a-z]+\\.[a-z.]+[A-Z]\\w*: .*")
          || line.contains("\tat ")) {
        report.violation("untyped failures", "the job's log", Printable.quote(line, 200));
      }
    }
    String summary = report.write();
    assertThat(report.get("cases")).isEqualTo((long) entries().size()
        * Hostility.values().length);
    assertThat(report.violations()).as(summary).isEmpty();
  }

  @Test
  void onTheEmulatorALostAnswerIsJudgedByTheStateAndNegativeScalesNeedStopAtZero() {
    try (ClusterSim sim = ClusterSim.builder().agents(2).freePorts().speed(50).build().start()) {
      Map<String, String> cluster = ClusterParameters.urls(sim);
      cluster.putAll(Map.of("CARTE_APP_ID", "/etl/carte", "CARTE_INSTANCES", "1", "PDI_IMAGE",
          "pentaho/pdi-ce:9.4", "DATAMART_HOST", "datamart.weave.local"));
      Job job = EntryTesting.job(LogLevel.DETAILED, cluster);
      JobEntryMarathonDeploy deploy = new JobEntryMarathonDeploy();
      deploy.settings().set(JobEntryMarathonDeploy.SOURCE, "file")
          .set(JobEntryMarathonDeploy.FILE, SAMPLES.resolve("carte-server.marathon.json")
              .toString()).set(MarathonAppEntries.WAITING.checkCycle(), "1");
      assertThat(EntryTesting.run(deploy, job).getResult()).as(LogCapture.text()).isTrue();

      JobEntryMarathonScale below = new JobEntryMarathonScale();
      below.settings().set(MarathonAppEntries.APP_ID, "/etl/carte")
          .set(JobEntryMarathonScale.INSTANCES, "-5")
          .set(MarathonAppEntries.WAITING.checkCycle(), "1");
      LogCapture.clear();
      assertThat(EntryTesting.run(below, job).getResult()).isFalse();
      assertThat(LogCapture.text()).contains("below zero").contains("nothing was changed");
      below.settings().set(JobEntryMarathonScale.CLAMP_AT_ZERO, true);
      assertThat(EntryTesting.run(below, job).getResult()).as(LogCapture.text()).isTrue();
      assertThat(job.getVariable("MARATHON_TASKS_RUNNING")).isEqualTo("0");

      sim.faults().dropNext(SimFaults.MARATHON, 1, "DELETE");
      JobEntryMarathonDelete delete = new JobEntryMarathonDelete();
      delete.settings().set(MarathonAppEntries.APP_ID, "/etl/carte")
          .set(MarathonAppEntries.WAITING.checkCycle(), "1");
      LogCapture.clear();
      assertThat(EntryTesting.run(delete, job).getResult()).as(LogCapture.text()).isTrue();
      assertThat(LogCapture.text()).contains("answer was lost").contains("state confirms");
    }
  }

  /**
   * The job entries under lost answers: a waited Metronome run whose start answer is lost finds
   * its run and ends with it; one not waited for is unknown (false, outcome UNKNOWN), not a
   * timeout; a Metronome or Chronos delete whose every answer is lost ends true, as the job is
   * gone.
   */
  @Test
  void onTheEmulatorTheJobEntriesJudgeLostAnswersByTheState() {
    try (ClusterSim sim = ClusterSim.builder().agents(2).freePorts().speed(50).build().start()) {
      Job job = EntryTesting.job(LogLevel.DETAILED, ClusterParameters.urls(sim));
      JobEntryMetronomeSubmitJob submit = new JobEntryMetronomeSubmitJob();
      submit.settings().set(JobEntryMetronomeSubmitJob.SOURCE, "form")
          .set(JobEntryMetronomeSubmitJob.JOB_ID, "etl.lost")
          .set(JobEntryMetronomeSubmitJob.COMMAND, "echo ok");
      assertThat(EntryTesting.run(submit, job).getResult()).as(LogCapture.text()).isTrue();

      JobEntryMetronomeRunJob run = new JobEntryMetronomeRunJob();
      run.settings().set(JobEntryMetronomeRunJob.JOB_ID, "etl.lost")
          .set(JobEntryMetronomeRunJob.WAITING.timeout(), "60")
          .set(JobEntryMetronomeRunJob.WAITING.checkCycle(), "1");
      sim.faults().dropNext(SimFaults.METRONOME, 1, "POST");
      LogCapture.clear();
      assertThat(EntryTesting.run(run, job).getResult()).as(LogCapture.text()).isTrue();
      assertThat(job.getVariable("METRONOME_RUN_OUTCOME")).isEqualTo("SUCCEEDED");

      run.settings().set(JobEntryMetronomeRunJob.WAITING.waitSwitch(), false);
      sim.faults().dropNext(SimFaults.METRONOME, 1, "POST");
      LogCapture.clear();
      assertThat(EntryTesting.run(run, job).getResult()).isFalse();
      assertThat(job.getVariable("METRONOME_RUN_OUTCOME")).isEqualTo("UNKNOWN");
      assertThat(LogCapture.text()).contains("unknown whether it happened")
          .doesNotContain("Timed out");

      JobEntryMetronomeDeleteJob delete = new JobEntryMetronomeDeleteJob();
      delete.settings().set(JobEntryMetronomeDeleteJob.JOB_ID, "etl.lost")
          .set(JobEntryMetronomeDeleteJob.STOP_RUNS, true);
      sim.faults().dropNext(SimFaults.METRONOME, 3, "DELETE");
      LogCapture.clear();
      assertThat(EntryTesting.run(delete, job).getResult()).as(LogCapture.text()).isTrue();
      assertThat(LogCapture.text()).contains("answer was lost").contains("state confirms");
      assertThat(job.getVariable("METRONOME_JOB_DELETED")).isEqualTo("Y");

      JobEntryChronosSubmitJob chronos = new JobEntryChronosSubmitJob();
      chronos.settings().set(JobEntryChronosSubmitJob.SOURCE, "form")
          .set(JobEntryChronosSubmitJob.JOB_NAME, "etl-lost")
          .set(JobEntryChronosSubmitJob.COMMAND, "true")
          .set(JobEntryChronosSubmitJob.SCHEDULE, "R/2099-01-01T00:00:00Z/P1D")
          .set(JobEntryChronosSubmitJob.OWNER, "etl@example.com");
      assertThat(EntryTesting.run(chronos, job).getResult()).as(LogCapture.text()).isTrue();
      JobEntryChronosDeleteJob chronosDelete = new JobEntryChronosDeleteJob();
      chronosDelete.settings().set(JobEntryChronosDeleteJob.JOB_NAME, "etl-lost");
      sim.faults().dropNext(SimFaults.CHRONOS, 10, "DELETE");
      LogCapture.clear();
      assertThat(EntryTesting.run(chronosDelete, job).getResult()).as(LogCapture.text())
          .isTrue();
      assertThat(LogCapture.text()).contains("answer was lost").contains("state confirms");
    }
  }
}
