package io.pdimesos.entries.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.testing.ClusterParameters;
import io.pdimesos.entries.EntryTesting;
import io.pdimesos.pdiapi.LogCapture;
import io.pdimesos.sim.ClusterSim;
import io.pdimesos.sim.dcos.DcosOptions;
import io.pdimesos.testsupport.ServiceAccountKeys;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.pentaho.di.core.logging.LogLevel;
import org.pentaho.di.job.Job;

/**
 * The sample deploy job in DC/OS mode, as a DC/OS user runs it: kettle.properties names only the
 * cluster URL and a service account (the sample's own service URL parameters are emptied, or
 * they would win over the cluster URL), and every entry reaches Mesos, Marathon, Chronos,
 * Metronome and the task's sandbox through the emulator's admin router with one login. Tokens
 * live 2 simulated seconds (0.2 s at 10x), shorter than a deployment with health checks (3
 * simulated seconds) or the batch's runs, so they expire again and again while the entries wait
 * (the waits wake on events, so an entry lasts no longer than what it waits for), yet long
 * enough that a token is still good for the request right after its login on a busy machine.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class DcosJobsTest {
  private static final Path DEPLOY_ETL_STACK = Path.of("..", "sample-ktr", "deploy-etl-stack.kjb");
  private static final Path NIGHTLY_BATCH_METRONOME = Path.of("..", "sample-ktr",
      "nightly-batch-metronome.kjb");
  @TempDir
  static Path keys;
  static ServiceAccountKeys account;
  static ClusterSim sim;

  @BeforeAll
  static void start() {
    account = ServiceAccountKeys.generate(keys, "etl-runner");
    sim = ClusterSim.builder().agents(3).freePorts().speed(10)
        .dcos(DcosOptions.create().serviceAccount(account.uid(), account.publicKeyPem())
            .tokenLifetime(Duration.ofSeconds(2)))
        .build().start();
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  @BeforeEach
  void clearLog() {
    LogCapture.clear();
  }

  /** The DC/OS cluster described once; Weave has no admin router route and keeps its URLs. */
  private static Map<String, String> dcosProperties() {
    Map<String, String> p = ClusterParameters.dcos(sim, account);
    p.put("PDI_MESOS_MASTERS", "");
    p.put("PDI_MARATHON_URL", "");
    p.put("PDI_CHRONOS_URL", "");
    p.put("PDI_METRONOME_URL", "");
    p.put("PDI_WEAVE_URL", String.join(",", sim.weaveUrls()));
    return p;
  }

  @Test
  void theDeployJobRunsThroughOneUrlWithAServiceAccountWhoseTokensExpire() throws Exception {
    KitchenLikeRunner runner = new KitchenLikeRunner(DEPLOY_ETL_STACK);
    // Debug: every HTTP request's URL is logged, so the log shows where each one went.
    Job job = EntryTesting.job(LogLevel.DEBUG, Map.of());

    KitchenLikeRunner.Outcome out = runner.run(job, dcosProperties());

    String log = LogCapture.text();
    assertThat(out.endType()).as(out.path() + "\n" + log).isEqualTo("SUCCESS");
    assertThat(out.path()).containsExactly("START", "Check Mesos", "Check Weave network",
        "Deploy datamart", "Deploy Carte", "Submit Kitchen batch", "Run Kitchen batch",
        "Scale Carte to 1", "Success");
    assertThat(job.getVariable("MESOS_LEADER")).startsWith(sim.dcosUrl());
    assertThat(job.getVariable("CHRONOS_RUN_STATE")).isEqualTo("SUCCEEDED");
    assertThat(job.getVariable("CHRONOS_TASK_STATE")).isEqualTo("TASK_FINISHED");
    // the batch's output, read from its agent's sandbox through /agent/<id>/files/read
    assertThat(log).contains("Kitchen - Finished!");
    assertThat(ClusterParameters.marathon(sim).app(runner.parameters().get("CARTE_APP_ID"),
        CancellationToken.none()).instances()).isEqualTo(1);

    // One URL: the cluster's routes, never a service's own port.
    assertThat(log).contains(sim.dcosUrl() + "/mesos/", sim.dcosUrl() + "/service/marathon/",
        sim.dcosUrl() + "/service/chronos/", sim.dcosUrl() + "/agent/");
    for (String direct : List.of(sim.mesosUrls(), sim.marathonUrls(), sim.chronosUrls()).stream()
        .flatMap(List::stream).toList()) {
      assertThat(log).doesNotContain(direct.endsWith("/") ? direct : direct + "/");
    }
    // Logged in as the service account, and again each time the cluster refused an expired token.
    assertThat(log).contains("Logged in to DC/OS as service account 'etl-runner'")
        .contains("DC/OS refused the token of service account 'etl-runner' (it expired, or the"
            + " cluster revoked it); logging in again");
    assertThat(sim.dcosIam().refusedRequests()).isPositive();
    assertThat(sim.dcosIam().logins()).isGreaterThan(1);
    assertThat(sim.dcosIam().refusedLogins()).isZero();
    // Neither the key nor a token (every JWT starts with eyJ) reaches the log.
    assertThat(log).doesNotContain(account.privateKeyExcerpt())
        .doesNotContain("eyJ");
  }

  @Test
  void theMetronomeChainRunsThroughOneUrlToo() throws Exception {
    KitchenLikeRunner runner = new KitchenLikeRunner(NIGHTLY_BATCH_METRONOME);
    Job job = EntryTesting.job(LogLevel.DEBUG, Map.of());
    Map<String, String> params = dcosProperties();
    params.put("NIGHTLY_CRON", SampleJobsTest.NOT_DURING_THE_TEST);

    KitchenLikeRunner.Outcome out = runner.run(job, params);

    String log = LogCapture.text();
    assertThat(out.endType()).as(out.path() + "\n" + log).isEqualTo("SUCCESS");
    assertThat(out.path()).containsExactly("START", "Check Mesos", "Submit extract",
        "Submit load", "Submit report", "Run extract now", "Success");
    assertThat(job.getVariable("METRONOME_RUN_OUTCOME")).isEqualTo("SUCCEEDED");
    assertThat(job.getVariable("METRONOME_TASK_STATE")).isEqualTo("TASK_FINISHED");
    assertThat(job.getVariable("METRONOME_STDOUT_TAIL")).contains("Running /jobs/extract_sales.kjb");
    assertThat(log).contains(sim.dcosUrl() + "/service/metronome/", sim.dcosUrl() + "/agent/");
    for (String direct : sim.metronomeUrls()) {
      assertThat(log).doesNotContain(direct.endsWith("/") ? direct : direct + "/");
    }
    assertThat(log).doesNotContain(account.privateKeyExcerpt()).doesNotContain("eyJ");
  }
}
