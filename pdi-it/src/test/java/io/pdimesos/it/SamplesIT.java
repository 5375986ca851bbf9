package io.pdimesos.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.pdimesos.sim.ClusterSim;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The five shipped samples, unchanged, through the real {@code kitchen.sh} and {@code pan.sh}
 * against the emulator: the success path and every failure branch of the Chronos and Metronome
 * chains and of the deploy job (each failure injected through the emulator's fault API), the error hop of {@code bulk-scale.ktr}, a failing
 * input of {@code cluster-inventory.ktr}. Each run asserts the exit code, the entries the real
 * {@code Job} walked, the emulator's state afterwards and the rows in the output files.
 *
 * <p>The cluster comes from {@code -param:} on the command line (the samples declare the
 * {@code PDI_*} parameters with defaults for {@code pdi-mesos sim}). Each run has an emulator of
 * its own, so no run sees another's leftovers. The three branches where a check fails wait out
 * the check's 60 s timeout; they run in the background while the others run.
 */
@RealPdi.Suite
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SamplesIT {
  private static final Duration RUN_TIMEOUT = Duration.ofMinutes(3);
  private static final String DEPLOY = "sample-ktr/deploy-etl-stack.kjb";
  private static final String NIGHTLY = "sample-ktr/nightly-batch.kjb";
  private static final String NIGHTLY_METRONOME = "sample-ktr/nightly-batch-metronome.kjb";
  /**
   * The emulator's clock runs ten times faster: the Metronome sample's daily schedule could fire
   * during a run and run the chain a second time, so the runs schedule the extract in 2099.
   */
  private static final String NOT_DURING_THE_RUN = "-param:NIGHTLY_CRON=0 2 1 1 * 2099";
  private static final List<String> DEPLOY_TO_CARTE = List.of("Check Mesos", "Check Weave network",
      "Deploy datamart", "Deploy Carte");
  private static final List<String> NIGHTLY_SUBMITS = List.of("Check Mesos", "Submit extract", "Submit load",
      "Submit report");

  private static PdiWorkspace workspace;
  private static final List<ClusterSim> SIMS = new ArrayList<>();
  private static ExecutorService background;
  private static Future<Finished> mesosCheckFails;
  private static Future<Finished> weaveCheckFails;
  private static Future<Finished> nightlyMesosCheckFails;

  /** A finished run and the emulator it ran against. */
  private record Finished(PdiRun run, ClusterSim sim) {
    ClusterState state() {
      return new ClusterState(sim);
    }
  }

  @BeforeAll
  static void setUp(PdiHome home) throws IOException {
    workspace = PdiWorkspace.create(home, "samples");
    Path samples = BuiltPlugin.repoFile("sample-ktr");
    try (Stream<Path> files = Files.walk(samples)) {
      for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        workspace.write("sample-ktr/" + samples.relativize(file), Files.readString(file));
      }
    }
    // Idle waits, no CPU: started first, they overlap with every other run.
    background = Executors.newFixedThreadPool(3);
    mesosCheckFails = background.submit(() -> kitchen(DEPLOY, sim -> sim.faults().electMaster(0)));
    weaveCheckFails = background.submit(() -> kitchen(DEPLOY, sim -> sim.faults().disconnectWeavePeer(1, true)));
    nightlyMesosCheckFails = background.submit(() -> kitchen(NIGHTLY, sim -> {
      sim.faults().loseAgent(1);
      sim.faults().loseAgent(2);
    }));
  }

  @AfterAll
  static void tearDown() {
    if (background != null) {
      background.shutdownNow();
    }
    synchronized (SIMS) {
      SIMS.forEach(ClusterSim::close);
    }
  }

  // ---- deploy-etl-stack.kjb, then the two transformations on the stack it leaves

  @Test
  @Order(1)
  void deployEtlStackSucceedsThenBulkScaleAndClusterInventoryRunOnItsStack() throws IOException {
    Finished deployed = kitchen(DEPLOY, sim -> { });
    deployed.run().assertExit(0);
    assertThat(path(deployed.run())).containsExactly("Check Mesos", "Check Weave network", "Deploy datamart",
        "Deploy Carte", "Submit Kitchen batch", "Run Kitchen batch", "Scale Carte to 1", "Success");
    assertThat(deployed.run().log()).contains("Kitchen - Finished!");
    Map<String, JsonNode> apps = deployed.state().apps();
    assertThat(apps).containsOnlyKeys("/etl/datamart", "/etl/carte");
    assertThat(apps.get("/etl/carte").path("instances").asInt()).isEqualTo(1);
    assertThat(apps.get("/etl/datamart").path("tasksHealthy").asInt()).isEqualTo(1);
    JsonNode batch = deployed.state().chronosJobs().get("load-sales");
    assertThat(batch.path("successCount").asInt()).isEqualTo(1);
    assertThat(batch.path("errorCount").asInt()).isZero();

    // bulk-scale.csv: /etl/carte to 2 (scaled), /etl/datamart to 1 (Marathon refuses: injected),
    // /etl/reports to 2 (does not exist): one row scaled, two on the error hop
    ClusterSim sim = deployed.sim();
    refuse("marathon", "PUT /v2/apps/etl/datamart").accept(sim);
    PdiRun scale = workspace.pan(RUN_TIMEOUT, "-file=sample-ktr/bulk-scale.ktr", "-level=Basic",
        "-param:PDI_MARATHON_URL=" + String.join(",", sim.marathonUrls()), "-param:RESULT_DIR=" + workspace.dir().resolve("bulk-scale"))
        .assertExit(0);
    sim.faults().clear();
    List<Map<String, String>> scaled = Csv.read(workspace.dir().resolve("bulk-scale/bulk-scale-done.csv"));
    List<Map<String, String>> failed = Csv.read(workspace.dir().resolve("bulk-scale/bulk-scale-failed.csv"));
    assertThat(scaled).extracting(r -> r.get("app_id")).as(scale.tail(40)).containsExactly("/etl/carte");
    assertThat(scaled.get(0)).containsEntry("instances", "2").containsEntry("http_code", "200");
    assertThat(scaled.get(0).get("deployment_id")).isNotBlank();
    assertThat(failed).extracting(r -> r.get("app_id")).containsExactlyInAnyOrder("/etl/datamart", "/etl/reports");
    for (Map<String, String> row : failed) {
      assertThat(row.get("error_count")).isEqualTo("1");
      assertThat(row.get("error_code")).isEqualTo(row.get("app_id").equals("/etl/reports") ? "MARATHON_404"
          : "MARATHON_500");
      assertThat(row.get("error_description")).isNotBlank();
    }
    apps = deployed.state().apps();
    assertThat(apps.get("/etl/carte").path("instances").asInt()).isEqualTo(2);
    assertThat(apps.get("/etl/datamart").path("instances").asInt()).isEqualTo(1);
    assertThat(apps).doesNotContainKey("/etl/reports");

    // cluster-inventory.ktr: one CSV line per agent, per task and per app the emulator holds
    workspace.pan(RUN_TIMEOUT, "-file=sample-ktr/cluster-inventory.ktr", "-level=Basic",
        "-param:PDI_MESOS_MASTERS=" + String.join(",", sim.mesosUrls()),
        "-param:PDI_MARATHON_URL=" + String.join(",", sim.marathonUrls()), "-param:INVENTORY_DIR=" + workspace.dir().resolve("inventory"))
        .assertExit(0);
    JsonNode state = deployed.state().mesosState();
    assertThat(Csv.read(workspace.dir().resolve("inventory/mesos-agents.csv"))).extracting(r -> r.get("hostname"))
        .containsExactlyInAnyOrderElementsOf(texts(state.path("slaves"), "hostname"));
    List<String> taskIds = new ArrayList<>();
    for (JsonNode framework : state.path("frameworks")) {
      taskIds.addAll(texts(framework.path("tasks"), "id"));
      taskIds.addAll(texts(framework.path("completed_tasks"), "id"));
    }
    assertThat(Csv.read(workspace.dir().resolve("inventory/mesos-tasks.csv"))).extracting(r -> r.get("id"))
        .containsExactlyInAnyOrderElementsOf(taskIds);
    assertThat(Csv.read(workspace.dir().resolve("inventory/marathon-apps.csv"))).extracting(r -> r.get("id"))
        .containsExactlyInAnyOrder("/etl/carte", "/etl/datamart");
  }

  @Test
  @Order(2)
  void deployEtlStackRollsBackTheDatamartWhenItsDeployFails() {
    Finished f = aborted(kitchen(DEPLOY, refuse("marathon", "PUT /v2/apps/etl/datamart")), List.of("Check Mesos",
        "Check Weave network", "Deploy datamart", "Roll back datamart", "Abort"));
    assertThat(f.state().apps()).isEmpty();
  }

  @Test
  @Order(3)
  void deployEtlStackRollsBackCarteAndTheDatamartWhenTheCarteDeployFails() {
    Finished f = aborted(kitchen(DEPLOY, refuse("marathon", "PUT /v2/apps/etl/carte")), concat(DEPLOY_TO_CARTE,
        "Roll back Carte", "Roll back datamart", "Abort"));
    assertThat(f.state().apps()).isEmpty();
  }

  @Test
  @Order(4)
  void deployEtlStackRollsBackWhenChronosRefusesTheBatch() {
    Finished f = aborted(kitchen(DEPLOY, refuse("chronos", "POST /v1/scheduler/(iso8601|dependency)")),
        concat(DEPLOY_TO_CARTE, "Submit Kitchen batch", "Roll back Carte", "Roll back datamart", "Abort"));
    assertThat(f.state().apps()).isEmpty();
    assertThat(f.state().chronosJobs()).isEmpty();
  }

  @Test
  @Order(5)
  void deployEtlStackRollsBackWhenTheBatchRunCannotStart() {
    Finished f = aborted(kitchen(DEPLOY, refuse("chronos", "PUT /v1/scheduler/job/load-sales")),
        concat(DEPLOY_TO_CARTE, "Submit Kitchen batch", "Run Kitchen batch", "Roll back Carte", "Roll back datamart",
            "Abort"));
    assertThat(f.state().apps()).isEmpty();
    // the batch stays defined (the job deletes only what it deployed on Marathon), never run
    assertThat(f.state().chronosJobs()).containsOnlyKeys("load-sales");
    assertThat(f.state().chronosJobs().get("load-sales").path("successCount").asInt()).isZero();
  }

  @Test
  @Order(6)
  void deployEtlStackAbortsAndLeavesTheStackWhenTheScaleDownFails() {
    // the first PUT of /etl/carte is its deploy, the second the scale to 1
    Finished f = aborted(kitchen(DEPLOY, refuseAfter(1, "marathon", "PUT /v2/apps/etl/carte")),
        concat(DEPLOY_TO_CARTE, "Submit Kitchen batch", "Run Kitchen batch", "Scale Carte to 1", "Abort"));
    Map<String, JsonNode> apps = f.state().apps();
    assertThat(apps.get("/etl/carte").path("instances").asInt()).isEqualTo(2);
    assertThat(apps.get("/etl/datamart").path("instances").asInt()).isEqualTo(1);
    assertThat(f.state().chronosJobs().get("load-sales").path("successCount").asInt()).isEqualTo(1);
  }

  // ---- nightly-batch.kjb

  @Test
  @Order(7)
  void nightlyBatchSubmitsTheChainAndChronosRunsItToTheReport() throws InterruptedException {
    Finished f = kitchen(NIGHTLY, sim -> { });
    f.run().assertExit(0);
    assertThat(path(f.run())).containsExactlyElementsOf(concat(NIGHTLY_SUBMITS, "Run extract now", "Success"));
    // Chronos runs the load after the extract, then the report, on its own
    Map<String, JsonNode> jobs = f.state().awaitChronosJobs(
        j -> j.containsKey("nightly-report") && j.get("nightly-report").path("successCount").asInt() > 0,
        Duration.ofSeconds(30));
    assertThat(jobs).containsOnlyKeys("nightly-extract", "nightly-load", "nightly-report");
    for (JsonNode job : jobs.values()) {
      assertThat(job.path("successCount").asInt()).as(job.path("name").asText()).isEqualTo(1);
      assertThat(job.path("errorCount").asInt()).as(job.path("name").asText()).isZero();
    }
  }

  @Test
  @Order(8)
  void nightlyBatchDeletesTheExtractWhenItsSubmitFails() {
    Finished f = aborted(kitchen(NIGHTLY, refuse("chronos", "POST /v1/scheduler/iso8601")), List.of("Check Mesos",
        "Submit extract", "Delete extract", "Abort"));
    assertThat(f.state().chronosJobs()).isEmpty();
  }

  @Test
  @Order(9)
  void nightlyBatchDeletesTheChainSoFarWhenTheLoadSubmitFails() {
    Finished f = aborted(kitchen(NIGHTLY, refuse("chronos", "POST /v1/scheduler/dependency")), List.of("Check Mesos",
        "Submit extract", "Submit load", "Delete load", "Delete extract", "Abort"));
    assertThat(f.state().chronosJobs()).isEmpty();
  }

  @Test
  @Order(10)
  void nightlyBatchDeletesTheChainWhenTheReportSubmitFails() {
    Finished f = aborted(kitchen(NIGHTLY, refuseAfter(1, "chronos", "POST /v1/scheduler/dependency")),
        concat(NIGHTLY_SUBMITS, "Delete report", "Delete load", "Delete extract", "Abort"));
    assertThat(f.state().chronosJobs()).isEmpty();
  }

  @Test
  @Order(11)
  void nightlyBatchDeletesTheChainWhenTheExtractRunFails() {
    // The extract's own command fails in its Mesos task (the emulator runs "exit 3" as a failure).
    Finished f = aborted(kitchen(NIGHTLY, sim -> { }, "-param:EXTRACT_COMMAND=echo extract failed >&2; exit 3"),
        concat(NIGHTLY_SUBMITS, "Run extract now", "Delete report", "Delete load", "Delete extract", "Abort"));
    assertThat(f.run().log()).contains("extract failed");
    assertThat(f.state().chronosJobs()).isEmpty();
  }

  // ---- nightly-batch-metronome.kjb

  @Test
  @Order(13)
  void nightlyBatchMetronomeSubmitsTheChainAndMetronomeRunsItToTheReport() throws InterruptedException {
    Finished f = kitchen(NIGHTLY_METRONOME, sim -> { }, NOT_DURING_THE_RUN);
    f.run().assertExit(0);
    assertThat(path(f.run())).containsExactlyElementsOf(concat(NIGHTLY_SUBMITS, "Run extract now", "Success"));
    // Metronome runs the load after the extract, then the report, on its own
    Map<String, JsonNode> jobs = f.state().awaitMetronomeJobs(
        j -> j.containsKey("nightly.report")
            && j.get("nightly.report").path("historySummary").path("successCount").asInt() > 0,
        Duration.ofSeconds(30));
    assertThat(jobs).containsOnlyKeys("nightly.extract", "nightly.load", "nightly.report");
    for (JsonNode job : jobs.values()) {
      assertThat(job.path("historySummary").path("successCount").asInt()).as(job.path("id").asText())
          .isEqualTo(1);
      assertThat(job.path("historySummary").path("failureCount").asInt()).as(job.path("id").asText())
          .isZero();
    }
    assertThat(jobs.get("nightly.extract").path("schedules").path(0).path("timezone").asText())
        .isEqualTo("Europe/Berlin");
    assertThat(jobs.get("nightly.report").path("dependencies").path(0).path("id").asText())
        .isEqualTo("nightly.load");
  }

  @Test
  @Order(14)
  void nightlyBatchMetronomeDeletesTheChainSoFarWhenTheLoadSubmitFails() {
    // the first POST /v1/jobs creates the extract (its schedule has a path of its own), the second the load
    Finished f = aborted(kitchen(NIGHTLY_METRONOME, refuseAfter(1, "metronome", "POST /v1/jobs"),
        NOT_DURING_THE_RUN), List.of("Check Mesos", "Submit extract", "Submit load", "Delete load",
        "Delete extract", "Abort"));
    assertThat(f.state().metronomeJobs()).isEmpty();
  }

  @Test
  @Order(15)
  void nightlyBatchMetronomeDeletesTheChainWhenTheExtractRunFails() {
    Finished f = aborted(kitchen(NIGHTLY_METRONOME, sim -> { }, NOT_DURING_THE_RUN,
        "-param:EXTRACT_COMMAND=echo extract failed >&2; exit 3"),
        concat(NIGHTLY_SUBMITS, "Run extract now", "Delete report", "Delete load", "Delete extract", "Abort"));
    assertThat(f.run().log()).contains("extract failed");
    assertThat(f.state().metronomeJobs()).isEmpty();
  }

  // ---- cluster-inventory.ktr when an input fails

  @Test
  @Order(12)
  void clusterInventoryFailsWhenMarathonFailsAndWritesNoAppRows() throws IOException {
    ClusterSim sim = emulator();
    refuse("marathon", "GET /v2/apps").accept(sim);
    workspace.pan(RUN_TIMEOUT, "-file=sample-ktr/cluster-inventory.ktr", "-level=Basic",
        "-param:PDI_MESOS_MASTERS=" + String.join(",", sim.mesosUrls()),
        "-param:PDI_MARATHON_URL=" + String.join(",", sim.marathonUrls()), "-param:INVENTORY_DIR=" + workspace.dir().resolve("inventory-failed"))
        .assertExit(1);
    Path apps = workspace.dir().resolve("inventory-failed/marathon-apps.csv");
    assertThat(Files.exists(apps) ? Csv.read(apps) : List.of()).isEmpty();
  }

  // ---- the check failures, started in the background by setUp

  @Test
  @Order(20)
  void deployEtlStackAbortsWithoutDeployingWhenNoMesosMasterLeads() throws Exception {
    Finished f = aborted(mesosCheckFails.get(), List.of("Check Mesos", "Abort"));
    assertThat(f.state().apps()).isEmpty();
  }

  @Test
  @Order(21)
  void deployEtlStackAbortsWithoutDeployingWhenTheWeaveNetworkIsSplit() throws Exception {
    Finished f = aborted(weaveCheckFails.get(), List.of("Check Mesos", "Check Weave network", "Abort"));
    assertThat(f.state().apps()).isEmpty();
    // a minute of re-checks at Basic: the first check's lines and the verdict, not ~7 lines a second
    assertThat(new PdiLog(f.run().log()).of("Check Weave network")).hasSizeLessThan(20);
  }

  @Test
  @Order(22)
  void nightlyBatchAbortsWithoutSubmittingWhenNoAgentIsActive() throws Exception {
    Finished f = aborted(nightlyMesosCheckFails.get(), List.of("Check Mesos", "Abort"));
    assertThat(f.state().chronosJobs()).isEmpty();
  }

  // ---- helpers

  /** Marathon, Chronos or Metronome refuses every request like {@code request} ({@code METHOD /path} regex) with a 500. */
  private static Consumer<ClusterSim> refuse(String service, String request) {
    return refuseAfter(0, service, request);
  }

  /** As {@link #refuse}, letting the first {@code skip} such requests through. */
  private static Consumer<ClusterSim> refuseAfter(int skip, String service, String request) {
    return sim -> sim.faults().failMatching(service, request, skip, 100, 500);
  }

  /**
   * Asserts that Kitchen exited 1 after walking exactly {@code path}, then ends the injected
   * faults so the emulator's state can be read.
   */
  private static Finished aborted(Finished f, List<String> path) {
    f.run().assertExit(1);
    assertThat(path(f.run())).containsExactlyElementsOf(path);
    f.sim().faults().clear();
    return f;
  }

  /** Kitchen on {@code job} against a fresh emulator with {@code fault} injected, the cluster as -param:. */
  private static Finished kitchen(String job, Consumer<ClusterSim> fault, String... extra) {
    ClusterSim sim = emulator();
    fault.accept(sim);
    List<String> args = new ArrayList<>(List.of("-file=" + job, "-level=Basic"));
    Emulator.kettleProperties(sim).forEach((k, v) -> args.add("-param:" + k + "=" + v));
    args.addAll(List.of(extra));
    return new Finished(workspace.kitchen(RUN_TIMEOUT, args.toArray(String[]::new)), sim);
  }

  private static ClusterSim emulator() {
    // Ten times real time: the deploys and Chronos runs wait seconds on the emulator's clock.
    ClusterSim sim = Emulator.builder().speed(10).build().start();
    synchronized (SIMS) {
      SIMS.add(sim);
    }
    return sim;
  }

  private static final Pattern STARTING = Pattern.compile(" - Starting entry \\[(.+)]$");

  /** The entries the real Job started, in order, from Kitchen's log. */
  static List<String> path(PdiRun run) {
    List<String> entries = new ArrayList<>();
    for (String line : run.log().lines().toList()) {
      Matcher m = STARTING.matcher(line);
      if (m.find()) {
        entries.add(m.group(1));
      }
    }
    return entries;
  }

  private static List<String> concat(List<String> head, String... tail) {
    List<String> all = new ArrayList<>(head);
    all.addAll(List.of(tail));
    return all;
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.path(field).asText()));
    return out;
  }
}
