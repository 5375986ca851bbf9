package io.pdimesos.entries.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdimesos.core.error.Printable;
import io.pdimesos.core.testing.ChaosReport;
import io.pdimesos.core.testing.ClusterParameters;
import io.pdimesos.core.testing.HostileServer;
import io.pdimesos.core.testing.HostileServer.Hostility;
import io.pdimesos.entries.ClusterJobEntry;
import io.pdimesos.entries.EntryTesting;
import io.pdimesos.entries.MarathonAppSettings;
import io.pdimesos.entries.chronosdelete.ChronosDeleteJob;
import io.pdimesos.entries.chronosrun.ChronosRunJob;
import io.pdimesos.entries.chronossubmit.ChronosSubmitJob;
import io.pdimesos.entries.marathondelete.MarathonDelete;
import io.pdimesos.entries.marathondeploy.MarathonDeploy;
import io.pdimesos.entries.marathonrestart.MarathonRestart;
import io.pdimesos.entries.marathonscale.MarathonScale;
import io.pdimesos.entries.marathonwait.MarathonWaitForApp;
import io.pdimesos.entries.mesosclustercheck.MesosClusterCheck;
import io.pdimesos.entries.weavenetworkcheck.WeaveNetworkCheck;
import io.pdimesos.pdiapi.LogCapture;
import io.pdimesos.plugin.ConnectionSettings;
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
 * true; and on the emulator a write whose answer is lost is judged by the state, a scale below
 * zero fails unless "Stop at zero" is on.
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

  static List<Supplier<ClusterJobEntry>> entries() {
    List<Supplier<ClusterJobEntry>> all = new ArrayList<>();
    all.add(() -> {
      MarathonDeploy e = quick(new MarathonDeploy());
      e.settings().set(MarathonDeploy.SOURCE, "file").set(MarathonDeploy.FILE,
          SAMPLES.resolve("carte-server.marathon.json").toString())
          .set(MarathonDeploy.TIMEOUT, "2").set(MarathonDeploy.CHECK_CYCLE, "1");
      return e;
    });
    for (Supplier<ClusterJobEntry> app : List.<Supplier<ClusterJobEntry>>of(MarathonScale::new,
        MarathonRestart::new, MarathonDelete::new, MarathonWaitForApp::new)) {
      all.add(() -> {
        ClusterJobEntry e = quick(app.get());
        e.settings().set(MarathonAppSettings.APP_ID, "/etl/carte")
            .set(MarathonAppSettings.TIMEOUT, "2").set(MarathonAppSettings.CHECK_CYCLE, "1");
        if (e instanceof MarathonScale) {
          e.settings().set(MarathonScale.INSTANCES, "2");
        }
        return e;
      });
    }
    all.add(() -> {
      ChronosSubmitJob e = quick(new ChronosSubmitJob());
      e.settings().set(ChronosSubmitJob.SOURCE, "form").set(ChronosSubmitJob.JOB_NAME, "load")
          .set(ChronosSubmitJob.COMMAND, "true").set(ChronosSubmitJob.SCHEDULE,
              "R/2099-01-01T00:00:00Z/P1D").set(ChronosSubmitJob.OWNER, "etl@example.com")
          .set(ChronosSubmitJob.TIMEOUT, "2");
      return e;
    });
    all.add(() -> {
      ChronosRunJob e = quick(new ChronosRunJob());
      e.settings().set(ChronosRunJob.JOB_NAME, "load").set(ChronosRunJob.TIMEOUT, "2")
          .set(ChronosRunJob.CHECK_CYCLE, "1");
      return e;
    });
    all.add(() -> {
      ChronosDeleteJob e = quick(new ChronosDeleteJob());
      e.settings().set(ChronosDeleteJob.JOB_NAME, "load").set(ChronosDeleteJob.TIMEOUT, "2");
      return e;
    });
    all.add(() -> quick(new MesosClusterCheck()));
    all.add(() -> quick(new WeaveNetworkCheck()));
    return all;
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
            "PDI_WEAVE_URL")) {
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
      MarathonDeploy deploy = new MarathonDeploy();
      deploy.settings().set(MarathonDeploy.SOURCE, "file").set(MarathonDeploy.FILE,
          SAMPLES.resolve("carte-server.marathon.json").toString())
          .set(MarathonDeploy.CHECK_CYCLE, "1");
      assertThat(EntryTesting.run(deploy, job).getResult()).as(LogCapture.text()).isTrue();

      MarathonScale below = new MarathonScale();
      below.settings().set(MarathonAppSettings.APP_ID, "/etl/carte")
          .set(MarathonScale.INSTANCES, "-5").set(MarathonAppSettings.CHECK_CYCLE, "1");
      LogCapture.clear();
      assertThat(EntryTesting.run(below, job).getResult()).isFalse();
      assertThat(LogCapture.text()).contains("below zero").contains("nothing was changed");
      below.settings().set(MarathonScale.CLAMP_AT_ZERO, true);
      assertThat(EntryTesting.run(below, job).getResult()).as(LogCapture.text()).isTrue();
      assertThat(job.getVariable("MARATHON_TASKS_RUNNING")).isEqualTo("0");

      sim.faults().dropNext(SimFaults.MARATHON, 1, "DELETE");
      MarathonDelete delete = new MarathonDelete();
      delete.settings().set(MarathonAppSettings.APP_ID, "/etl/carte")
          .set(MarathonAppSettings.CHECK_CYCLE, "1");
      LogCapture.clear();
      assertThat(EntryTesting.run(delete, job).getResult()).as(LogCapture.text()).isTrue();
      assertThat(LogCapture.text()).contains("answer was lost").contains("state confirms");
    }
  }
}
