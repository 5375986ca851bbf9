package io.pdimesos.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdimesos.sim.ClusterSim;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Spoon's Stop on the real engine: {@code Job.stopAll()} on a job blocked in a Marathon wait and
 * on one blocked in a Chronos run, {@code Trans.stopAll()} on a transformation whose input step
 * is blocked in a read. Each must end within a second and say in its log what it left running.
 * One harness JVM runs all three (the harness {@code StopProbe} measures; this test decides).
 */
@RealPdi.Suite
class StopIT {
  /** What "within a second" means here; the entries' stop watcher polls every 100 ms. */
  private static final long STOP_BOUND_MILLIS = 1000;

  private static PdiWorkspace workspace;
  private static ClusterSim sim;
  /** Its masters answer every request 20 s late: a read from them blocks until stopped. */
  private static ClusterSim slow;

  @BeforeAll
  static void setUp(PdiHome home) {
    sim = Emulator.builder().speed(10).build().start();
    slow = Emulator.start();
    slow.faults().latency("mesos", 20_000);
    workspace = PdiWorkspace.create(home, "stop");
    Map<String, String> kettle = new LinkedHashMap<>(Emulator.kettleProperties(sim));
    kettle.put("SLOW_MESOS_MASTERS", String.join(",", slow.mesosUrls()));
    workspace.kettleProperties(kettle);
  }

  @AfterAll
  static void tearDown() {
    if (slow != null) {
      slow.faults().clear();
      slow.close();
    }
    if (sim != null) {
      sim.close();
    }
  }

  @Test
  void stopAllEndsEachRunWithinASecondAndItsLogSaysWhatWasLeftRunning() {
    Path report = workspace.dir().resolve("stop-report.tsv");
    workspace.harness(Duration.ofMinutes(2), "io.pdimesos.it.harness.StopProbe", report.toString(),
        "job", file("stop/marathon-wait.kjb"), "submitted as", "500",
        "job", file("stop/chronos-run.kjb"), "queued to run now", "1500",
        "trans", file("stop/mid-read.ktr"), "", "500").assertExit(0);
    HarnessReport facts = HarnessReport.read(report);
    assertThat(facts.all("failed")).isEmpty();

    for (String run : new String[] {"marathon-wait", "chronos-run", "mid-read"}) {
      assertThat(facts.one("blocked", run)).as(run + " reached its blocking point").isEqualTo("true");
      long millis = Long.parseLong(facts.one("stopped", run));
      assertThat(millis).as(run + ": ms from stopAll() to the end of the run").isBetween(0L, STOP_BOUND_MILLIS);
    }
    // A stopped entry fails the job; a stopped transformation has no errors (as with PDI's own steps).
    assertThat(facts.all("result", "marathon-wait")).containsExactly(List.of("false", "1"));
    assertThat(facts.all("result", "chronos-run")).containsExactly(List.of("false", "1"));
    assertThat(facts.all("result", "mid-read")).containsExactly(List.of("true", "0"));

    // The deployment goes on in Marathon; the entry says so, naming it.
    String deployment = new ClusterState(sim).deploymentIds("/stop/too-big").get(0);
    assertThat(facts.one("log", "marathon-wait")).contains("Deploy too big - ")
        .contains("stopped while waiting for deployment " + deployment)
        .contains("Deployment " + deployment + " left running");
    // The Chronos run goes on (kill on stop is off by default); the entry says so.
    assertThat(facts.one("log", "chronos-run")).contains("Run sleeper - ")
        .contains("Run of Chronos job 'stop-sleeper' cancelled; Chronos job 'stop-sleeper' is still 1 running (not killed)");
    assertThat(new ClusterState(sim).chronosJobState("stop-sleeper")).endsWith("running");
    // Nothing runs on the cluster for a read; the step says it stopped mid-read.
    assertThat(facts.one("log", "mid-read")).contains("Mesos tasks.0 - Stopped while reading tasks");
  }

  private static String file(String resource) {
    return workspace.copyResource(resource).toString();
  }
}
