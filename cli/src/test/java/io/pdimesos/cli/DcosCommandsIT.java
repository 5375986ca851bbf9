package io.pdimesos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdimesos.sim.ClusterSim;
import io.pdimesos.sim.dcos.DcosOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The operator commands against the emulator's DC/OS admin router, given nothing but the cluster
 * URL and a login: Mesos, Marathon, Chronos and Metronome through their routes, the sandbox
 * through the agent route, with tokens living half a simulated minute (0.6 s at 50x) so they
 * expire while commands wait.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DcosCommandsIT {
  @TempDir
  static Path keys;
  static ClusterSim sim;
  static Path privateKey;
  static Path strangerKey;

  @BeforeAll
  static void start() throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(2048);
    KeyPair account = g.generateKeyPair();
    privateKey = pem(keys.resolve("etl-runner.pem"), "PRIVATE KEY",
        account.getPrivate().getEncoded());
    Path publicKey = pem(keys.resolve("etl-runner.pub.pem"), "PUBLIC KEY",
        account.getPublic().getEncoded());
    strangerKey = pem(keys.resolve("stranger.pem"), "PRIVATE KEY",
        g.generateKeyPair().getPrivate().getEncoded());
    sim = ClusterSim.builder().agents(2).freePorts().speed(50)
        .dcos(DcosOptions.create().tokenLifetime(Duration.ofSeconds(30))
            .serviceAccount("etl-runner", Files.readString(publicKey))
            // a variable every environment has stands in for a password variable
            .user("ops", System.getenv("HOME")))
        .build().start();
  }

  private static Path pem(Path file, String kind, byte[] der) throws Exception {
    Files.writeString(file, "-----BEGIN " + kind + "-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
        + "\n-----END " + kind + "-----\n");
    return file;
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  /** A command given only the cluster URL and the service account. */
  static Cli dcos(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--dcos-url=" + sim.dcosUrl(), "--dcos-uid=etl-runner",
        "--dcos-private-key=" + privateKey, "--output=csv"));
    return Cli.run(all.toArray(new String[0]));
  }

  @Test
  @Order(1)
  void mesosCommandsReadTheLeaderThroughTheRouter() {
    Cli leader = dcos("mesos", "leader");
    assertThat(leader.exit()).as(leader.toString()).isZero();
    assertThat(leader.out().trim()).isEqualTo(sim.dcosUrl() + "/");

    Cli agents = dcos("mesos", "state", "--entity", "agents");
    assertThat(agents.exit()).as(agents.toString()).isZero();
    assertThat(agents.out().lines()).hasSize(1 + 2);

    Cli check = dcos("mesos", "check", "--min-agents", "2", "--framework", "marathon");
    assertThat(check.exit()).as(check.toString()).isZero();
  }

  @Test
  @Order(2)
  void marathonDeployScaleLogsAndDelete(@TempDir Path dir) throws Exception {
    Path def = dir.resolve("web.json");
    Files.writeString(def, """
        {"id": "/dcos/web", "cmd": "echo web up; sleep 100000", "instances": 1,
         "cpus": 0.1, "mem": 32}
        """);
    Cli deploy = dcos("marathon", "deploy", def.toString(), "--timeout", "60", "-v");
    assertThat(deploy.exit()).as(deploy.toString()).isZero();
    assertThat(deploy.out()).contains("/dcos/web").contains("SUCCEEDED");
    assertThat(deploy.err()).contains("Logged in to DC/OS as service account 'etl-runner'");

    Cli scale = dcos("marathon", "scale", "/dcos/web", "2", "--timeout", "60");
    assertThat(scale.exit()).as(scale.toString()).isZero();
    Cli tasks = dcos("marathon", "tasks", "/dcos/web");
    assertThat(tasks.out().lines()).hasSize(1 + 2);

    String taskId = tasks.out().lines().skip(1).findFirst().orElseThrow().split(",")[0];
    Cli logs = dcos("mesos", "logs", taskId);
    assertThat(logs.exit()).as(logs.toString()).isZero();
    assertThat(logs.out()).contains("web up");

    Cli delete = dcos("marathon", "delete", "/dcos/web", "--timeout", "60");
    assertThat(delete.exit()).as(delete.toString()).isZero();
    assertThat(dcos("marathon", "apps").out().lines()).hasSize(1);
  }

  @Test
  @Order(3)
  void chronosRunsAndShowsItsLogThroughTheRouter(@TempDir Path dir) throws Exception {
    // 60 simulated seconds, 1.2 s real: twice a token's life, so tokens expire while the run is
    // awaited (waits wake on events and poll from 0.1 s, so a short run would not outlive one)
    Path job = dir.resolve("job.json");
    Files.writeString(job, """
        {"name": "dcos-batch", "command": "echo loading via dcos && sleep 60",
         "schedule": "R/2030-01-01T00:00:00Z/P1D", "owner": "etl@example.com",
         "cpus": 0.1, "mem": 64}
        """);
    assertThat(dcos("chronos", "submit", job.toString()).exit()).isZero();
    Cli run = dcos("chronos", "run", "dcos-batch", "--timeout", "60");
    assertThat(run.exit()).as(run.toString()).isZero();
    assertThat(run.out()).contains("SUCCEEDED");
    assertThat(run.err()).contains("loading via dcos");
  }

  @Test
  @Order(4)
  void aMetronomeJobRunsAsDcosJobsDoAndShowsItsLog(@TempDir Path dir) throws Exception {
    Path job = dir.resolve("job.json");
    Files.writeString(job, """
        {"id": "dcos.batch", "run": {"cmd": "echo metronome via dcos && sleep 2", "cpus": 0.1,
         "mem": 64, "disk": 0}, "schedules": [{"id": "nightly", "cron": "0 2 * * *"}]}
        """);
    Cli submit = dcos("metronome", "submit", job.toString());
    assertThat(submit.exit()).as(submit.toString()).isZero();
    assertThat(submit.out()).contains("CREATED");

    Cli run = dcos("metronome", "run", "dcos.batch", "--timeout", "60");
    assertThat(run.exit()).as(run.toString()).isZero();
    assertThat(run.out()).contains("SUCCEEDED");
    assertThat(run.err()).contains("metronome via dcos");
    assertThat(dcos("metronome", "jobs").out()).contains("dcos.batch,idle,0 2 * * * UTC,");
  }

  @Test
  @Order(5)
  void tokensExpiredWhileCommandsRanAndNoLoginWasRefused() {
    assertThat(sim.dcosIam().refusedRequests()).as("tokens expired mid-command").isPositive();
    assertThat(sim.dcosIam().refusedLogins()).isZero();
  }

  @Test
  @Order(6)
  void aUserLogsInWithThePasswordFromTheNamedVariable() {
    Cli apps = Cli.run("marathon", "apps", "--dcos-url=" + sim.dcosUrl(), "--dcos-uid=ops",
        "--dcos-password-env=HOME");
    assertThat(apps.exit()).as(apps.toString()).isZero();

    Cli wrong = Cli.run("marathon", "apps", "--dcos-url=" + sim.dcosUrl(), "--dcos-uid=ops",
        "--dcos-password-env=PATH");
    assertThat(wrong.exit()).as(wrong.toString()).isEqualTo(ExitCodes.FAILED);
    assertThat(wrong.err()).contains("DC/OS refused the login of user 'ops'")
        .doesNotContain(System.getenv("PATH"));
  }

  @Test
  @Order(7)
  void loginProblemsAreOneReadableLine() {
    Cli refused = Cli.run("mesos", "state", "--dcos-url=" + sim.dcosUrl(),
        "--dcos-uid=etl-runner", "--dcos-private-key=" + strangerKey);
    assertThat(refused.exit()).as(refused.toString()).isEqualTo(ExitCodes.FAILED);
    assertThat(refused.err()).startsWith("error: ")
        .contains("DC/OS refused the login of service account 'etl-runner'")
        .doesNotContain("PRIVATE KEY");

    Cli noSecret = Cli.run("marathon", "apps", "--dcos-url=" + sim.dcosUrl(),
        "--dcos-uid=etl-runner", "--dcos-password-env=PDI_TEST_UNSET_VARIABLE");
    assertThat(noSecret.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(noSecret.err()).contains("--dcos-private-key FILE");

    Cli badKey = Cli.run("marathon", "apps", "--dcos-url=" + sim.dcosUrl(),
        "--dcos-uid=etl-runner", "--dcos-private-key=" + keys.resolve("etl-runner.pub.pem"));
    assertThat(badKey.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(badKey.err()).contains("holds no PEM private key");

    Cli noWeave = Cli.run("weave", "status", "--dcos-url=" + sim.dcosUrl());
    assertThat(noWeave.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(noWeave.err()).contains("--weave");
  }
}
