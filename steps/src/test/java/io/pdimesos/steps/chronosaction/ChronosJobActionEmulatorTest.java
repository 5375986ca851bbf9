package io.pdimesos.steps.chronosaction;

import static io.pdimesos.steps.StepHarness.FailedRows.FAIL_THE_STEP;
import static io.pdimesos.steps.StepHarness.FailedRows.TO_ERROR_HOP;
import static io.pdimesos.steps.StepHarness.resource;
import static io.pdimesos.steps.StepHarness.row;
import static org.assertj.core.api.Assertions.assertThat;

import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.chronos.ChronosClient;
import io.pdimesos.core.chronos.ChronosJob;
import io.pdimesos.core.chronos.ChronosVersion;
import io.pdimesos.core.http.ServiceSettings;
import io.pdimesos.pdiapi.LogCapture;
import io.pdimesos.sim.ClusterSim;
import io.pdimesos.steps.ActionSettings;
import io.pdimesos.steps.StepHarness;
import io.pdimesos.steps.StepHarness.FailedRows;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Chronos Job Action against the emulator's Chronos 2.x and 3.x (the version detected from the
 * connection's "auto"): jobs upserted from field values and from a JSON field, run and waited
 * for, deleted; failed rows to the error hop.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ChronosJobActionEmulatorTest {
  private static final List<String> FIELDS = List.of("name", "command", "schedule", "parents",
      "owner", "cpus", "json", "args");
  private static final String SCHEDULE = "R/2030-01-01T02:00:00Z/P1D";

  @BeforeEach
  void clearLog() {
    LogCapture.clear();
  }

  private static ChronosJobActionMeta meta(String action) {
    ChronosJobActionMeta meta = new ChronosJobActionMeta();
    meta.setDefault();
    meta.settings().set(ChronosJobActionMeta.ACTION, action)
        .set(ChronosJobActionMeta.JOB_NAME_FIELD, "name")
        .set(ChronosJobActionMeta.COMMAND_FIELD, "command")
        .set(ChronosJobActionMeta.SCHEDULE_FIELD, "schedule")
        .set(ChronosJobActionMeta.PARENTS_FIELD, "parents")
        .set(ChronosJobActionMeta.OWNER_FIELD, "owner")
        .set(ChronosJobActionMeta.CPUS_FIELD, "cpus")
        .set(ChronosJobActionMeta.JOB_JSON_FIELD, "json")
        .set(ChronosJobActionMeta.ARGUMENTS_FIELD, "args")
        .set(ChronosJobActionMeta.WAITING.checkCycle(), "1").set(ChronosJobActionMeta.WAITING.timeout(), "60");
    return meta;
  }

  private static Object[] job(String name, String command, String schedule, String parents, String cpus) {
    return row(name, command, schedule, parents, "etl@example.com", cpus, null, null);
  }

  private static StepHarness run(Map<String, String> cluster, ChronosJobActionMeta meta, FailedRows failedRows,
      Object[]... rows) {
    return new StepHarness(meta, cluster, failedRows, FIELDS, Arrays.asList(rows)).run();
  }

  @ParameterizedTest(name = "Chronos {0}.x")
  @ValueSource(ints = {2, 3})
  void upsertsRunsAndDeletesJobsRowByRow(int version) {
    try (ClusterSim sim = ClusterSim.builder().agents(2).freePorts().speed(50).chronosVersion(version)
        .build().start()) {
      Map<String, String> cluster = Map.of("PDI_CHRONOS_URL", String.join(",", sim.chronosUrls()),
          "PDI_MESOS_MASTERS", String.join(",", sim.mesosUrls()));
      ChronosClient chronos = new ChronosClient(ServiceSettings.of(String.join(",", sim.chronosUrls())),
          ChronosVersion.AUTO, ProgressListener.NONE);

      String json = resource("fixtures/chronos/docs-api.scheduled-job.SAMPLE_JOB1.json");
      Object[][] jobs = {
          job("extract", "echo extract", SCHEDULE, null, "0.5"),
          job("transform", "echo transform", null, "extract", null),
          job("load", "echo load", null, "extract, transform", "1"),
          row("sample-job1", null, null, null, null, null, json, null)};
      StepHarness upsert = run(cluster, meta("upsert"), FAIL_THE_STEP, jobs);
      assertThat(upsert.step.getErrors()).as(LogCapture.text()).isZero();
      assertThat(upsert.column("name")).containsExactly("extract", "transform", "load", "sample-job1");
      assertThat(upsert.column("status")).containsExactly("CREATED", "CREATED", "CREATED", "CREATED");
      ChronosJob load = chronos.getJob("load", CancellationToken.none());
      assertThat(load.parents()).containsExactly("extract", "transform");
      assertThat(load.owner()).isEqualTo("etl@example.com");
      assertThat(load.cpus()).isEqualTo(1.0);
      ChronosJob sample = chronos.getJob("sample-job1", CancellationToken.none());
      assertThat(sample.command()).isEqualTo("echo 'FOO' >> /tmp/JOB1_OUT");
      assertThat(sample.owner()).isEqualTo("bob@airbnb.com");

      StepHarness again = run(cluster, meta("upsert"), FAIL_THE_STEP, jobs[0]);
      assertThat(again.column("status")).containsExactly("UNCHANGED");

      ChronosJobActionMeta runMeta = meta("run");
      runMeta.settings().set(ChronosJobActionMeta.WAITING.waitSwitch(), true);
      StepHarness ran = run(cluster, runMeta, FAIL_THE_STEP, row("extract", null, null, null, null, null, null, null));
      assertThat(ran.step.getErrors()).as(LogCapture.text()).isZero();
      assertThat(ran.column("status")).containsExactly("SUCCEEDED");
      assertThat((String) ran.column("task_id").get(0)).startsWith("ct:").contains(":extract");

      StepHarness queued = run(cluster, meta("run"), FAIL_THE_STEP, row("load", null, null, null, null, null, null, null));
      assertThat(queued.column("status")).containsExactly("TRIGGERED");

      StepHarness failed = run(cluster, meta("upsert"), TO_ERROR_HOP,
          job("bad-cpus", "echo", SCHEDULE, null, "lots"),
          job("orphan", "echo", null, "no-such-parent", null),
          job("fine", "echo fine", SCHEDULE, null, null));
      assertThat(failed.step.getErrors()).isZero();
      assertThat(failed.column("name")).containsExactly("fine");
      assertThat(failed.errorRows).extracting(r -> r[0]).containsExactly("bad-cpus", "orphan");

      StepHarness missing = run(cluster, runMeta, FAIL_THE_STEP, row("no-such-job", null, null, null, null, null, null, null));
      assertThat(missing.step.getErrors()).isEqualTo(1);
      assertThat(LogCapture.text()).contains("Row 1 failed (CHRONOS_");

      ChronosJobActionMeta delete = meta("delete");
      delete.settings().set(ChronosJobActionMeta.MISSING_OK, true);
      StepHarness deleted = run(cluster, delete, FAIL_THE_STEP,
          row("load", null, null, null, null, null, null, null),
          row("transform", null, null, null, null, null, null, null),
          row("extract", null, null, null, null, null, null, null),
          row("sample-job1", null, null, null, null, null, null, null),
          row("fine", null, null, null, null, null, null, null),
          row("never-existed", null, null, null, null, null, null, null));
      assertThat(deleted.step.getErrors()).as(LogCapture.text()).isZero();
      assertThat(deleted.column("status")).containsExactly("DELETED", "DELETED", "DELETED", "DELETED",
          "DELETED", "NOT_FOUND");
      assertThat(chronos.listJobs(CancellationToken.none())).isEmpty();
    }
  }
}
