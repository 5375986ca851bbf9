package io.pdimesos.entries.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.error.NotFoundException;
import io.pdimesos.core.http.ServiceSettings;
import io.pdimesos.core.marathon.MarathonClient;
import io.pdimesos.entries.EntryTesting;
import io.pdimesos.pdiapi.LogCapture;
import io.pdimesos.sim.ClusterSim;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.pentaho.di.core.logging.LogLevel;
import org.pentaho.di.job.Job;

/**
 * The sample jobs in sample-ktr/ run as Kitchen would, against the emulator: only the cluster
 * URLs are overridden (the emulator runs on free ports here, not on the defaults of
 * {@code pdi-mesos sim}), every other parameter keeps its default.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SampleJobsTest {
  private static final Path DEPLOY_ETL_STACK = Path.of("..", "sample-ktr", "deploy-etl-stack.kjb");
  private ClusterSim sim;

  @BeforeEach
  void start() {
    LogCapture.clear();
    sim = ClusterSim.builder().agents(3).freePorts().speed(50).build().start();
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  private Map<String, String> clusterUrls() {
    Map<String, String> urls = new HashMap<>();
    urls.put("PDI_MESOS_MASTERS", String.join(",", sim.mesosUrls()));
    urls.put("PDI_MARATHON_URL", String.join(",", sim.marathonUrls()));
    urls.put("PDI_CHRONOS_URL", String.join(",", sim.chronosUrls()));
    urls.put("PDI_WEAVE_URL", String.join(",", sim.weaveUrls()));
    return urls;
  }

  private MarathonClient marathon() {
    return new MarathonClient(ServiceSettings.of(String.join(",", sim.marathonUrls())),
        ProgressListener.NONE);
  }

  @Test
  void deployEtlStackDeploysRunsTheBatchAndScalesCarteDown() throws Exception {
    KitchenLikeRunner runner = new KitchenLikeRunner(DEPLOY_ETL_STACK);
    // Detailed, as kitchen -level=Detailed: the batch's log tail is logged at that level
    Job job = EntryTesting.job(LogLevel.DETAILED, Map.of());

    KitchenLikeRunner.Outcome out = runner.run(job, clusterUrls());

    assertThat(out.endType()).as(out.path() + "\n" + LogCapture.text()).isEqualTo("SUCCESS");
    assertThat(out.path()).containsExactly("START", "Check Mesos", "Check Weave network",
        "Deploy datamart", "Deploy Carte", "Submit Kitchen batch", "Run Kitchen batch",
        "Scale Carte to 1", "Success");
    assertThat(job.getVariable("CHRONOS_RUN_STATE")).isEqualTo("SUCCEEDED");
    assertThat(LogCapture.text()).contains("Kitchen - Finished!");
    CancellationToken none = CancellationToken.none();
    assertThat(marathon().app(runner.parameters().get("CARTE_APP_ID"), none).instances())
        .isEqualTo(1);
    assertThat(marathon().app(runner.parameters().get("DATAMART_APP_ID"), none).instances())
        .isEqualTo(1);
  }

  @Test
  void deployEtlStackRollsBackAndAbortsWhenMarathonIsUnreachable() throws Exception {
    KitchenLikeRunner runner = new KitchenLikeRunner(DEPLOY_ETL_STACK);
    Job job = EntryTesting.job(LogLevel.BASIC, Map.of());
    Map<String, String> urls = clusterUrls();
    urls.put("PDI_MARATHON_URL", "http://127.0.0.1:" + EntryTesting.closedPort());

    KitchenLikeRunner.Outcome out = runner.run(job, urls);

    assertThat(out.endType()).as(out.path() + "\n" + LogCapture.text()).isEqualTo("ABORT");
    assertThat(out.path()).containsExactly("START", "Check Mesos", "Check Weave network",
        "Deploy datamart", "Roll back datamart", "Abort");
    assertThat(LogCapture.text()).contains("Cannot reach");
    // nothing reached the real Marathon
    Assertions.assertThatThrownBy(() -> marathon().app("/etl/datamart", CancellationToken.none()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void everySampleHopAndEntryTypeIsKnown() throws Exception {
    KitchenLikeRunner runner = new KitchenLikeRunner(DEPLOY_ETL_STACK);
    for (var e : runner.entries().values()) {
      String type = KitchenLikeRunner.text(e, "type");
      if (!type.equals("SPECIAL") && !type.equals("SUCCESS") && !type.equals("ABORT")) {
        assertThat(KitchenLikeRunner.newEntry(type)).as(type).isNotNull();
      }
    }
    for (KitchenLikeRunner.Hop h : runner.hops()) {
      assertThat(runner.entries()).as("hop " + h).containsKeys(h.from(), h.to());
    }
    assertThat(runner.parameters().get("PDI_MARATHON_URL")).isEqualTo("http://127.0.0.1:8080");
  }
}
