package io.pdimesos.entries.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.http.ServiceSettings;
import io.pdimesos.core.marathon.MarathonClient;
import io.pdimesos.core.testing.ClusterParameters;
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
import io.pdimesos.sim.ClusterSim;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.pentaho.di.core.Result;
import org.pentaho.di.core.logging.LogLevel;
import org.pentaho.di.job.Job;

/**
 * Every entry as Kitchen runs it, against the emulator: the cluster is set up once through the
 * PDI_* variables (as in kettle.properties), the Marathon, Chronos and Metronome entries use the
 * project's sample definitions, and each step's job variables are what the next entry would read.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class EntriesOnEmulatorTest {
  private static final Path SAMPLES = Path.of("..", "sample-ktr", "definitions");
  static ClusterSim sim;
  static Map<String, String> cluster;

  @BeforeAll
  static void start() {
    sim = ClusterSim.builder().agents(3).freePorts().speed(50).build().start();
    cluster = ClusterParameters.urls(sim);
    cluster.putAll(Map.of(
        "CARTE_APP_ID", "/etl/carte",
        "CARTE_INSTANCES", "2",
        "PDI_IMAGE", "pentaho/pdi-ce:9.4",
        "DATAMART_HOST", "datamart.weave.local",
        "BATCH_JOB_NAME", "load-sales",
        "BATCH_JOB_ID", "etl.load-sales"));
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  @BeforeEach
  void clearLog() {
    LogCapture.clear();
  }

  private static Job job() {
    return EntryTesting.job(LogLevel.DETAILED, cluster);
  }

  private static Result run(ClusterJobEntry entry, Job job) {
    Result r = EntryTesting.run(entry, job);
    assertThat(r.getResult()).as(LogCapture.text()).isTrue();
    assertThat(r.getNrErrors()).isZero();
    return r;
  }

  private static <T extends ClusterJobEntry> T onCarte(T entry) {
    entry.settings().set(MarathonAppEntries.APP_ID, "${CARTE_APP_ID}")
        .set(MarathonAppEntries.WAITING.checkCycle(), "1");
    return entry;
  }

  @Test
  void checksPassOnAHealthyCluster() {
    Job job = job();
    JobEntryMesosClusterCheck mesos = new JobEntryMesosClusterCheck();
    mesos.settings().set(JobEntryMesosClusterCheck.MIN_ACTIVE_AGENTS, "3");
    run(mesos, job);
    assertThat(job.getVariable("MESOS_ACTIVE_AGENTS")).isEqualTo("3");
    assertThat(job.getVariable("MESOS_LEADER")).startsWith(sim.mesosUrls().get(0));

    JobEntryWeaveNetworkCheck weave = new JobEntryWeaveNetworkCheck();
    weave.settings().set(JobEntryWeaveNetworkCheck.MIN_PEERS, "3");
    run(weave, job);
    assertThat(job.getVariable("WEAVE_PEERS")).isEqualTo("3");
  }

  @Test
  void deploysTheSampleCarteServerAndManagesIt() {
    Job job = job();
    JobEntryMarathonDeploy deploy = new JobEntryMarathonDeploy();
    deploy.settings().set(JobEntryMarathonDeploy.SOURCE, "file")
        .set(JobEntryMarathonDeploy.FILE, SAMPLES.resolve("carte-server.marathon.json").toString())
        .set(JobEntryMarathonDeploy.WAITING.checkCycle(), "1");
    Result deployed = run(deploy, job);
    assertThat(job.getVariable("MARATHON_APP_ID")).isEqualTo("/etl/carte");
    assertThat(job.getVariable("MARATHON_DEPLOYMENT_ID")).isNotBlank();
    assertThat(job.getVariable("MARATHON_TASKS_HEALTHY")).isEqualTo("2");
    assertThat(deployed.getRows()).hasSize(2);

    JobEntryMarathonScale scale = onCarte(new JobEntryMarathonScale());
    scale.settings().set(JobEntryMarathonScale.INSTANCES, "+1");
    run(scale, job);
    assertThat(job.getVariable("MARATHON_TASKS_RUNNING")).isEqualTo("3");

    run(onCarte(new JobEntryMarathonRestart()), job);

    JobEntryMarathonWaitForApp wait = onCarte(new JobEntryMarathonWaitForApp());
    wait.settings().set(JobEntryMarathonWaitForApp.MIN_HEALTHY, "3");
    run(wait, job);

    JobEntryMarathonDelete delete = onCarte(new JobEntryMarathonDelete());
    run(delete, job);
    assertThat(marathon().apps("carte", null, null, List.of(), CancellationToken.none())).isEmpty();
  }

  @Test
  void submitsAndRunsTheSampleKitchenJobThenDeletesIt() {
    Job job = job();
    JobEntryChronosSubmitJob submit = new JobEntryChronosSubmitJob();
    submit.settings().set(JobEntryChronosSubmitJob.SOURCE, "file")
        .set(JobEntryChronosSubmitJob.FILE, SAMPLES.resolve("kitchen-batch.chronos.json").toString());
    run(submit, job);
    assertThat(job.getVariable("CHRONOS_SUBMIT_ACTION")).isEqualTo("CREATED");

    JobEntryChronosRunJob runJob = new JobEntryChronosRunJob();
    runJob.settings().set(JobEntryChronosRunJob.JOB_NAME, "${BATCH_JOB_NAME}")
        .set(JobEntryChronosRunJob.WAITING.checkCycle(), "1");
    run(runJob, job);
    assertThat(job.getVariable("CHRONOS_RUN_STATE")).isEqualTo("SUCCEEDED");
    assertThat(job.getVariable("CHRONOS_TASK_ID")).startsWith("ct:").endsWith(":load-sales:");
    assertThat(job.getVariable("CHRONOS_TASK_STATE")).isEqualTo("TASK_FINISHED");
    assertThat(LogCapture.text()).contains("Kitchen - Finished!");

    JobEntryChronosDeleteJob delete = new JobEntryChronosDeleteJob();
    delete.settings().set(JobEntryChronosDeleteJob.JOB_NAME, "${BATCH_JOB_NAME}");
    run(delete, job);
    assertThat(job.getVariable("CHRONOS_JOB_DELETED")).isEqualTo("Y");
  }

  @Test
  void submitsAndRunsTheSampleKitchenJobOnMetronomeThenDeletesIt() {
    Job job = job();
    JobEntryMetronomeSubmitJob submit = new JobEntryMetronomeSubmitJob();
    submit.settings().set(JobEntryMetronomeSubmitJob.SOURCE, "file")
        .set(JobEntryMetronomeSubmitJob.FILE, SAMPLES.resolve("kitchen-batch.metronome.json").toString());
    run(submit, job);
    assertThat(job.getVariable("METRONOME_SUBMIT_ACTION")).isEqualTo("CREATED");
    assertThat(job.getVariable("METRONOME_SCHEDULE_ACTION")).isEqualTo("ADDED");

    JobEntryMetronomeRunJob runJob = new JobEntryMetronomeRunJob();
    runJob.settings().set(JobEntryMetronomeRunJob.JOB_ID, "${BATCH_JOB_ID}")
        .set(JobEntryMetronomeRunJob.WAITING.checkCycle(), "1");
    run(runJob, job);
    String runId = job.getVariable("METRONOME_RUN_ID");
    assertThat(job.getVariable("METRONOME_RUN_OUTCOME")).isEqualTo("SUCCEEDED");
    assertThat(job.getVariable("METRONOME_TASK_ID")).startsWith("etl_load-sales_" + runId + ".");
    assertThat(job.getVariable("METRONOME_TASK_STATE")).isEqualTo("TASK_FINISHED");
    assertThat(job.getVariable("METRONOME_STDOUT_TAIL")).contains("Kitchen - Finished!");

    JobEntryMetronomeDeleteJob delete = new JobEntryMetronomeDeleteJob();
    delete.settings().set(JobEntryMetronomeDeleteJob.JOB_ID, "${BATCH_JOB_ID}");
    run(delete, job);
    assertThat(job.getVariable("METRONOME_JOB_DELETED")).isEqualTo("Y");
  }

  @Test
  void aMetronomeRunNoAgentCanTakeEndsStartingTooLongWithMesossReasonAndIsStopped() {
    Job job = job();
    JobEntryMetronomeSubmitJob submit = new JobEntryMetronomeSubmitJob();
    submit.settings().set(JobEntryMetronomeSubmitJob.SOURCE, "form")
        .set(JobEntryMetronomeSubmitJob.JOB_ID, "etl.too-big")
        .set(JobEntryMetronomeSubmitJob.COMMAND, "true")
        .set(JobEntryMetronomeSubmitJob.CPUS, "64");
    run(submit, job);

    JobEntryMetronomeRunJob runJob = new JobEntryMetronomeRunJob();
    runJob.settings().set(JobEntryMetronomeRunJob.JOB_ID, "etl.too-big")
        .set(JobEntryMetronomeRunJob.WAITING.checkCycle(), "1")
        .set(JobEntryMetronomeRunJob.MAX_STARTING, "2")
        .set(JobEntryMetronomeRunJob.STOP_ON_STOP, true);
    Result r = EntryTesting.run(runJob, job);
    assertThat(r.getResult()).isFalse();
    assertThat(r.getNrErrors()).isEqualTo(1);
    assertThat(job.getVariable("METRONOME_RUN_OUTCOME")).isEqualTo("STARTING_TOO_LONG");
    assertThat(LogCapture.text()).contains("no active Mesos agent has 64 CPUs")
        .contains("the run was stopped");

    JobEntryMetronomeDeleteJob delete = new JobEntryMetronomeDeleteJob();
    delete.settings().set(JobEntryMetronomeDeleteJob.JOB_ID, "etl.too-big");
    run(delete, job);
  }

  @Test
  void aRejectedDefinitionFailsWithMarathonsOwnWords() {
    JobEntryMarathonDeploy deploy = new JobEntryMarathonDeploy();
    deploy.settings().set(JobEntryMarathonDeploy.JSON,
        "{\"id\": \"/etl/bad\", \"cmd\": \"sleep 1\", \"cpus\": -1}");
    Result r = EntryTesting.run(deploy, job());
    assertThat(r.getResult()).isFalse();
    assertThat(r.getNrErrors()).isEqualTo(1);
    assertThat(LogCapture.text()).contains("/cpus");
  }

  /**
   * Stops the job once Marathon has the stuck deployment, i.e. while the entry waits for it, and
   * deletes the app afterwards so that no other test meets it.
   */
  @Test
  void stopDuringAWaitReturnsWithinASecond() throws Exception {
    JobEntryMarathonDeploy deploy = new JobEntryMarathonDeploy();
    // an app whose health check never passes: its deployment never finishes
    deploy.settings().set(JobEntryMarathonDeploy.JSON, "{\"id\": \"/etl/stuck\", \"cmd\": \"unhealthy\","
        + " \"healthChecks\": [{\"protocol\": \"MESOS_TCP\", \"portIndex\": 0}]}")
        .set(JobEntryMarathonDeploy.WAITING.checkCycle(), "1");
    Job job = job();
    MarathonClient marathon = marathon();
    try {
      Result r = EntryTesting.stopOnceWaiting(deploy, job, () -> marathon
          .deployments(CancellationToken.none()).stream()
          .anyMatch(d -> d.affectedApps().contains("/etl/stuck")));
      assertThat(r.getResult()).isFalse();
      assertThat(LogCapture.text()).containsIgnoringCase("left running");
    } finally {
      marathon.delete("/etl/stuck", true, CancellationToken.none());
    }
  }

  private static MarathonClient marathon() {
    return new MarathonClient(ServiceSettings.of(String.join(",", sim.marathonUrls())),
        ProgressListener.NONE);
  }

  @Test
  void anUnreachableClusterSaysSo() {
    Map<String, String> gone = new HashMap<>(cluster);
    gone.put("PDI_MARATHON_URL", "http://127.0.0.1:" + EntryTesting.closedPort());
    Job job = EntryTesting.job(LogLevel.BASIC, gone);

    JobEntryMarathonScale scale = new JobEntryMarathonScale();
    scale.settings().set(MarathonAppEntries.APP_ID, "/etl/carte").set(JobEntryMarathonScale.INSTANCES, "2");
    Result r = EntryTesting.run(scale, job);
    assertThat(r.getResult()).isFalse();
    assertThat(r.getNrErrors()).isEqualTo(1);
    assertThat(LogCapture.text()).contains("Cannot reach");

    // a wait rides out an unreachable Marathon (it may be restarting) until its timeout
    LogCapture.clear();
    JobEntryMarathonWaitForApp wait = new JobEntryMarathonWaitForApp();
    wait.settings().set(MarathonAppEntries.APP_ID, "/etl/carte")
        .set(MarathonAppEntries.WAITING.timeout(), "2").set(MarathonAppEntries.WAITING.checkCycle(), "1");
    Result waited = EntryTesting.run(wait, job);
    assertThat(waited.getResult()).isFalse();
    assertThat(LogCapture.text()).contains("Cannot reach");
  }
}
