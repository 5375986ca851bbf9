package io.pdimesos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdimesos.sim.ClusterSim;
import io.pdimesos.sim.SimFaults;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every operator command against the emulator, with each exit code and each kind of fault the
 * emulator can inject. Simulated time runs fast so deployments finish in a second or two.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OperatorCommandsIT {
  static ClusterSim sim;
  static String mesos;
  static String marathon;
  static String chronos;
  static String metronome;
  static String weave;

  @BeforeAll
  static void start() {
    sim = ClusterSim.builder().agents(3).masters(2).marathonInstances(2).freePorts().speed(50)
        .build().start();
    mesos = String.join(",", sim.mesosUrls());
    marathon = String.join(",", sim.marathonUrls());
    chronos = String.join(",", sim.chronosUrls());
    metronome = String.join(",", sim.metronomeUrls());
    weave = String.join(",", sim.weaveUrls());
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  @AfterEach
  void clearFaults() {
    sim.faults().clear();
  }

  /** Runs a command against the emulator (URL flags appended), table output. */
  static Cli cli(String... args) {
    return cliAs("table", args);
  }

  static Cli cliAs(String format, String... args) {
    return Cli.run(Cli.args(java.util.List.of(args), "--mesos=" + mesos, "--marathon=" + marathon,
        "--chronos=" + chronos, "--metronome=" + metronome, "--weave=" + weave,
        "--output=" + format));
  }

  static Path definition(Path dir, String name, String json) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(f, json);
    return f;
  }

  @Test
  @Order(1)
  void mesosLeaderStateAndCheck() {
    Cli leader = cli("mesos", "leader");
    assertThat(leader.exit()).as(leader.toString()).isZero();
    assertThat(leader.out().trim()).isEqualTo(sim.mesosUrls().get(0).replaceAll("/$", "") + "/");

    Cli agents = cliAs("csv", "mesos", "state", "--entity", "agents");
    assertThat(agents.exit()).as(agents.toString()).isZero();
    assertThat(agents.out().lines()).hasSize(1 + 3);

    Cli frameworks = cliAs("json", "mesos", "state", "--entity", "frameworks");
    assertThat(frameworks.out()).contains("\"name\" : \"marathon\"").contains("chronos");

    Cli ok = cli("mesos", "check", "--min-agents", "3", "--framework", "marathon");
    assertThat(ok.exit()).as(ok.toString()).isZero();
    assertThat(ok.out()).contains("passed");

    Cli failed = cli("mesos", "check", "--min-agents", "10");
    assertThat(failed.exit()).as(failed.toString()).isEqualTo(ExitCodes.FAILED);
    assertThat(failed.out()).contains("failed").contains("10");
  }

  @Test
  @Order(2)
  void mesosFollowsALeaderChange() {
    sim.faults().electMaster(2);
    Cli leader = cli("mesos", "leader");
    assertThat(leader.exit()).as(leader.toString()).isZero();
    assertThat(leader.out()).contains(hostPort(sim.mesosUrls().get(1)));

    sim.faults().electMaster(0); // no leader at all
    Cli none = cli("mesos", "leader");
    assertThat(none.exit()).as(none.toString()).isEqualTo(ExitCodes.FAILED);
    assertThat(none.err()).contains("No leader elected");
    sim.faults().electMaster(1);
  }

  @Test
  @Order(3)
  void weaveStatusAndCheck() {
    Cli status = cliAs("csv", "weave", "status");
    assertThat(status.exit()).as(status.toString()).isZero();
    assertThat(status.out().lines()).hasSize(1 + 3);

    Cli check = cli("weave", "check", "--min-peers", "3");
    assertThat(check.exit()).as(check.toString()).isZero();

    sim.faults().disconnectWeavePeer(2, true);
    Cli broken = cli("weave", "check", "--min-peers", "3");
    assertThat(broken.exit()).as(broken.toString()).isEqualTo(ExitCodes.FAILED);
    sim.faults().disconnectWeavePeer(2, false);
  }

  @Test
  @Order(4)
  void marathonDeployScaleRestartWaitDelete(@TempDir Path dir) throws Exception {
    Path def = definition(dir, "web.json", """
        {"id": "${APP}", "cmd": "python3 -m http.server 8080", "instances": 2,
         "cpus": 0.1, "mem": 64,
         "healthChecks": [{"protocol": "MESOS_HTTP", "path": "/", "portIndex": 0,
                           "gracePeriodSeconds": 10, "intervalSeconds": 5}]}
        """);
    Cli missing = cli("marathon", "deploy", def.toString());
    assertThat(missing.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(missing.err()).contains("${APP}");

    Cli deploy = cli("marathon", "deploy", def.toString(), "--set", "APP=/cli/web",
        "--timeout", "60");
    assertThat(deploy.exit()).as(deploy.toString()).isZero();
    assertThat(deploy.out()).contains("/cli/web").contains("SUCCEEDED");

    Cli apps = cliAs("csv", "marathon", "apps", "--id", "cli");
    assertThat(apps.out()).contains("/cli/web,2,2,2");

    Cli tasks = cliAs("csv", "marathon", "tasks", "/cli/web");
    assertThat(tasks.out().lines()).hasSize(1 + 2);

    Cli scale = cli("marathon", "scale", "/cli/web", "+1", "--timeout", "60");
    assertThat(scale.exit()).as(scale.toString()).isZero();
    assertThat(cliAs("csv", "marathon", "apps", "--id", "cli").out()).contains("/cli/web,3,3");

    // "-5" on 3 instances once scaled to 0 and said it succeeded: now refused, nothing sent
    Cli below = cli("marathon", "scale", "/cli/web", "-5");
    assertThat(below.exit()).as(below.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(below.err()).contains("below zero").contains("nothing was changed");
    assertThat(cliAs("csv", "marathon", "apps", "--id", "cli").out()).contains("/cli/web,3,3");

    Cli restart = cli("marathon", "restart", "/cli/web", "--timeout", "60");
    assertThat(restart.exit()).as(restart.toString()).isZero();

    Cli waitOk = cli("marathon", "wait", "/cli/web", "--healthy", "3", "--timeout", "30");
    assertThat(waitOk.exit()).as(waitOk.toString()).isZero();

    Cli waitTimeout = cli("marathon", "wait", "/cli/web", "--healthy", "5", "--timeout", "1");
    assertThat(waitTimeout.exit()).as(waitTimeout.toString()).isEqualTo(ExitCodes.TIMEOUT);

    Cli suspend = cli("marathon", "delete", "/cli/web", "--suspend", "--timeout", "60");
    assertThat(suspend.exit()).as(suspend.toString()).isZero();
    assertThat(cliAs("csv", "marathon", "apps", "--id", "cli").out()).contains("/cli/web,0,0");

    // The DELETE's answer is cut off: the retry gets 404, but the app is gone, so it succeeded
    // (it reported failure 3 of 3 times); the instance count of a gone app is no "-1".
    sim.faults().dropNext(SimFaults.MARATHON, 1, "DELETE");
    Cli delete = cliAs("csv", "marathon", "delete", "/cli/web", "--timeout", "60");
    assertThat(delete.exit()).as(delete.toString()).isZero();
    assertThat(delete.out()).contains("SUCCEEDED").contains("state confirms")
        .doesNotContain(",-1,");
    assertThat(cliAs("csv", "marathon", "apps", "--id", "cli").out().lines()).hasSize(1);
  }

  @Test
  @Order(5)
  void marathonRejectionsAndFaults(@TempDir Path dir) throws Exception {
    Path bad = definition(dir, "bad.json", "{\"id\": \"/Bad_Id\", \"cmd\": \"sleep 1\"}");
    Cli rejected = cli("marathon", "deploy", bad.toString());
    assertThat(rejected.exit()).as(rejected.toString()).isIn(ExitCodes.USAGE, ExitCodes.FAILED);
    assertThat(rejected.err()).contains("Bad_Id");

    // a burst of 503s is ridden out by the retries
    sim.faults().failNext(SimFaults.MARATHON, 2, 503);
    Cli retried = cli("marathon", "apps");
    assertThat(retried.exit()).as(retried.toString()).isZero();

    // the first Marathon instance goes away: the second one answers
    sim.faults().marathonDown(1, true);
    Cli failover = cli("marathon", "apps");
    assertThat(failover.exit()).as(failover.toString()).isZero();
    sim.faults().marathonDown(1, false);

    // a dropped connection mid-body is an error the user can read, not a crash
    sim.faults().dropNext(SimFaults.MARATHON, 10);
    Cli dropped = cli("marathon", "apps");
    assertThat(dropped.exit()).as(dropped.toString()).isIn(ExitCodes.FAILED, ExitCodes.UNREACHABLE);
    assertThat(dropped.err()).startsWith("error: ");

    // a deployment no agent can take, whose answer is lost, times out; its diagnostics were
    // printed twice (logged by the operation, then again by the command)
    sim.faults().clear();
    sim.faults().dropNext(SimFaults.MARATHON, 10, "PUT"); // every attempt of the idempotent PUT
    Path huge = definition(dir, "huge.json", "{\"id\": \"/cli/huge\", \"cmd\": \"sleep 100\","
        + " \"cpus\": 64, \"mem\": 32, \"instances\": 1}");
    Cli starved = cli("marathon", "deploy", huge.toString(), "--timeout", "3");
    assertThat(starved.exit()).as(starved.toString()).isEqualTo(ExitCodes.TIMEOUT);
    List<String> said = starved.err().lines().map(l -> l.replaceFirst("^\\d\\d:\\d\\d:\\d\\d", "")
        .trim()).filter(l -> !l.isEmpty()).toList();
    assertThat(said).as(starved.err()).isNotEmpty().doesNotHaveDuplicates()
        .anyMatch(l -> l.contains("state confirms")).anyMatch(l -> l.startsWith("Launch queue"));
    sim.faults().clear();
    Cli removed = cli("marathon", "delete", "/cli/huge", "--force", "--timeout", "60");
    assertThat(removed.exit()).as(removed.toString()).isZero();
  }

  @Test
  @Order(6)
  void chronosSubmitRunJobsDelete(@TempDir Path dir) throws Exception {
    Path job = definition(dir, "job.json", """
        {"name": "cli-batch", "command": "echo loading && sleep 2", "schedule": "R/2030-01-01T00:00:00Z/P1D",
         "owner": "etl@example.com", "cpus": 0.1, "mem": 64}
        """);
    Cli submit = cli("chronos", "submit", job.toString());
    assertThat(submit.exit()).as(submit.toString()).isZero();
    assertThat(submit.out()).contains("CREATED");

    Cli run = cli("chronos", "run", "cli-batch", "--timeout", "60");
    assertThat(run.exit()).as(run.toString()).isZero();
    assertThat(run.out()).contains("SUCCEEDED").contains("ct:");
    assertThat(run.err()).contains("stdout");

    Cli jobs = cliAs("csv", "chronos", "jobs");
    assertThat(jobs.out()).contains("cli-batch,success,idle");

    Path failing = definition(dir, "fail.json", """
        {"name": "cli-failing", "command": "exit 3", "schedule": "R/2030-01-01T00:00:00Z/P1D",
         "owner": "etl@example.com", "cpus": 0.1, "mem": 64}
        """);
    assertThat(cli("chronos", "submit", failing.toString()).exit()).isZero();
    Cli failed = cli("chronos", "run", "cli-failing", "--timeout", "120");
    assertThat(failed.exit()).as(failed.toString()).isEqualTo(ExitCodes.FAILED);
    assertThat(failed.out()).contains("FAILED");

    Cli delete = cli("chronos", "delete", "cli-failing");
    assertThat(delete.exit()).as(delete.toString()).isZero();
    Cli deleteAgain = cli("chronos", "delete", "cli-failing");
    assertThat(deleteAgain.exit()).as(deleteAgain.toString()).isEqualTo(ExitCodes.FAILED);
    assertThat(cli("chronos", "delete", "cli-failing", "--missing-ok").exit()).isZero();
  }

  @Test
  @Order(6)
  void metronomeSubmitRunJobsDelete(@TempDir Path dir) throws Exception {
    Path job = definition(dir, "job.json", """
        {"id": "cli.batch", "run": {"cmd": "echo loading && sleep 2", "cpus": 0.1, "mem": 64,
         "disk": 0}, "schedules": [{"id": "nightly", "cron": "0 2 * * *"}]}
        """);
    Cli submit = cli("metronome", "submit", job.toString());
    assertThat(submit.exit()).as(submit.toString()).isZero();
    assertThat(submit.out()).contains("CREATED").contains("ADDED");

    Cli run = cli("metronome", "run", "cli.batch", "--timeout", "60");
    assertThat(run.exit()).as(run.toString()).isZero();
    assertThat(run.out()).contains("SUCCEEDED").contains("cli_batch_");
    assertThat(run.err()).contains("--- stdout (tail) of cli_batch_").contains("loading");

    Cli jobs = cliAs("csv", "metronome", "jobs");
    assertThat(jobs.exit()).as(jobs.toString()).isZero();
    assertThat(jobs.out()).contains("cli.batch,idle,0 2 * * * UTC,");

    Path failing = definition(dir, "fail.json", """
        {"id": "cli.failing", "run": {"cmd": "exit 3", "cpus": 0.1, "mem": 64, "disk": 0}}
        """);
    assertThat(cli("metronome", "submit", failing.toString()).exit()).isZero();
    Cli failed = cli("metronome", "run", "cli.failing", "--timeout", "60");
    assertThat(failed.exit()).as(failed.toString()).isEqualTo(ExitCodes.FAILED);
    assertThat(failed.out()).contains("FAILED");

    Path huge = definition(dir, "huge.json", """
        {"id": "cli.huge", "run": {"cmd": "true", "cpus": 64, "mem": 64, "disk": 0}}
        """);
    assertThat(cli("metronome", "submit", huge.toString()).exit()).isZero();
    Cli starved = cli("metronome", "run", "cli.huge", "--max-starting", "1", "--stop-on-stop");
    assertThat(starved.exit()).as(starved.toString()).isEqualTo(ExitCodes.TIMEOUT);
    assertThat(starved.out()).contains("STARTING_TOO_LONG");
    assertThat(starved.err()).contains("no active Mesos agent has 64 CPUs");

    Path bad = definition(dir, "bad.json", """
        {"id": "cli.bad", "run": {"cmd": "true", "cpus": 0.1, "mem": 16, "disk": 0}}
        """);
    Cli refused = cli("metronome", "submit", bad.toString());
    assertThat(refused.exit()).isEqualTo(ExitCodes.USAGE); // refused here, nothing sent
    assertThat(refused.out()).contains("run.mem is 16 MB; Metronome's minimum is 32 MB");
    assertThat(cli("metronome", "run", "Cli.Bad").exit()).isEqualTo(ExitCodes.USAGE);

    // every answer to the delete is lost: the job is gone, so it succeeded
    sim.faults().dropNext(SimFaults.METRONOME, 3, "DELETE");
    Cli delete = cli("metronome", "delete", "cli.failing");
    assertThat(delete.exit()).as(delete.toString()).isZero();
    assertThat(delete.out()).contains("state confirms");
    assertThat(cli("metronome", "delete", "cli.failing").exit()).isEqualTo(ExitCodes.FAILED);
    assertThat(cli("metronome", "delete", "cli.failing", "--missing-ok").exit()).isZero();
  }

  @Test
  @Order(7)
  void mesosLogsShowTheSandboxOfAChronosRun() {
    Cli tasks = cliAs("csv", "mesos", "state", "--entity", "tasks");
    String taskId = tasks.out().lines().filter(l -> l.startsWith("ct:") && l.contains("cli-batch"))
        .map(l -> l.split(",")[0]).findFirst().orElseThrow(() -> new AssertionError(tasks));
    Cli logs = cli("mesos", "logs", taskId);
    assertThat(logs.exit()).as(logs.toString()).isZero();
    assertThat(logs.out()).contains("loading");
  }

  @Test
  @Order(8)
  void agentLossIsVisibleInTheCheck() {
    sim.faults().loseAgent(3);
    Cli check = cli("mesos", "check", "--min-agents", "3");
    assertThat(check.exit()).as(check.toString()).isEqualTo(ExitCodes.FAILED);
    sim.faults().restoreAgent(3);
  }

  @Test
  @Order(9)
  void exitCodesForUsageTimeoutAndUnreachable() throws Exception {
    Cli usage = Cli.run("marathon", "apps");
    assertThat(usage.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(usage.err()).contains("--marathon").contains("PDI_MARATHON_URL");

    Cli badFlag = Cli.run("marathon", "apps", "--no-such-flag");
    assertThat(badFlag.exit()).isEqualTo(ExitCodes.USAGE);

    int dead;
    try (ServerSocket s = new ServerSocket(0)) {
      dead = s.getLocalPort();
    }
    Cli unreachable = Cli.run("marathon", "apps", "--marathon", "http://127.0.0.1:" + dead);
    assertThat(unreachable.exit()).as(unreachable.toString()).isEqualTo(ExitCodes.UNREACHABLE);
    assertThat(unreachable.err()).contains("Cannot reach");

    sim.faults().latency(SimFaults.MARATHON, 3_000);
    Cli slow = cli("marathon", "wait", "/nothing-here", "--timeout", "1");
    assertThat(slow.exit()).as(slow.toString()).isIn(ExitCodes.TIMEOUT, ExitCodes.FAILED);
  }

  private static String hostPort(String url) {
    return url.replaceFirst("^https?://", "").replaceAll("/$", "");
  }
}
