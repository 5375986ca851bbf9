package io.pdimesos.steps.metronomeaction;

import static io.pdimesos.steps.StepHarness.FailedRows.FAIL_THE_STEP;
import static io.pdimesos.steps.StepHarness.FailedRows.TO_ERROR_HOP;
import static io.pdimesos.steps.StepHarness.row;
import static org.assertj.core.api.Assertions.assertThat;

import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.http.ServiceSettings;
import io.pdimesos.core.metronome.MetronomeClient;
import io.pdimesos.core.metronome.MetronomeJob;
import io.pdimesos.pdiapi.LogCapture;
import io.pdimesos.sim.ClusterSim;
import io.pdimesos.steps.StepHarness;
import io.pdimesos.steps.StepHarness.FailedRows;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Metronome Job Action against the emulator's Metronome: a chain of jobs upserted from field
 * values and one from a JSON field, run and waited for (and started without waiting), deleted
 * from the chain's end; failed rows to the error hop.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class MetronomeJobActionEmulatorTest {
  private static final List<String> FIELDS = List.of("id", "command", "cron", "dependencies",
      "cpus", "json");
  private static final CancellationToken T = CancellationToken.none();
  /** Where the error hop's rows hold PDI's description and code: after the input fields. */
  private static final int DESCRIPTION = FIELDS.size() + 1;
  private static final int CODE = FIELDS.size() + 3;

  @BeforeEach
  void clearLog() {
    LogCapture.clear();
  }

  private static MetronomeJobActionMeta meta(String action) {
    MetronomeJobActionMeta meta = new MetronomeJobActionMeta();
    meta.setDefault();
    meta.settings().set(MetronomeJobActionMeta.ACTION, action)
        .set(MetronomeJobActionMeta.JOB_ID_FIELD, "id")
        .set(MetronomeJobActionMeta.COMMAND_FIELD, "command")
        .set(MetronomeJobActionMeta.CRON_FIELD, "cron")
        .set(MetronomeJobActionMeta.DEPENDENCIES_FIELD, "dependencies")
        .set(MetronomeJobActionMeta.CPUS_FIELD, "cpus")
        .set(MetronomeJobActionMeta.JOB_JSON_FIELD, "json")
        .set(MetronomeJobActionMeta.WAITING.checkCycle(), "1")
        .set(MetronomeJobActionMeta.WAITING.timeout(), "60");
    return meta;
  }

  private static Object[] id(String id) {
    return row(id, null, null, null, null, null);
  }

  private static StepHarness run(Map<String, String> cluster, MetronomeJobActionMeta meta,
      FailedRows failedRows, Object[]... rows) {
    return new StepHarness(meta, cluster, failedRows, FIELDS, Arrays.asList(rows)).run();
  }

  @Test
  void upsertsRunsAndDeletesJobsRowByRow() {
    try (ClusterSim sim = ClusterSim.builder().agents(2).freePorts().speed(50).build().start()) {
      Map<String, String> cluster = Map.of("PDI_METRONOME_URL",
          String.join(",", sim.metronomeUrls()), "PDI_MESOS_MASTERS",
          String.join(",", sim.mesosUrls()));
      MetronomeClient metronome = new MetronomeClient(ServiceSettings.of(
          String.join(",", sim.metronomeUrls())), ProgressListener.NONE);

      String json = "{\"id\": \"adhoc.json\", \"description\": \"from a JSON field\","
          + " \"run\": {\"cmd\": \"echo json\", \"cpus\": 0.2, \"mem\": 64, \"disk\": 0}}";
      Object[][] chain = {
          row("nightly.extract", "echo extract", "0 2 * * *", null, "0.5", null),
          row("nightly.load", "echo load", null, "nightly.extract", null, null),
          row("nightly.report", "echo report", null, "nightly.extract, nightly.load", null, null),
          row(null, null, null, null, null, json)};
      StepHarness upsert = run(cluster, meta("upsert"), FAIL_THE_STEP, chain);
      assertThat(upsert.step.getErrors()).as(LogCapture.text()).isZero();
      assertThat(upsert.column("status")).containsExactly("CREATED", "CREATED", "CREATED",
          "CREATED");
      MetronomeJob report = metronome.getJob("nightly.report", T);
      assertThat(report.dependencies()).containsExactly("nightly.extract", "nightly.load");
      assertThat(report.cpus()).isEqualTo(1.0); // built from fields alone: the default
      MetronomeJob extract = metronome.getJob("nightly.extract", T);
      assertThat(extract.cpus()).isEqualTo(0.5);
      assertThat(extract.schedule().cron()).isEqualTo("0 2 * * *");
      assertThat(extract.schedule().id()).isEqualTo("default");
      assertThat(metronome.getJob("adhoc.json", T).description()).isEqualTo("from a JSON field");

      StepHarness again = run(cluster, meta("upsert"), FAIL_THE_STEP, chain[0]);
      assertThat(again.column("status")).containsExactly("UPDATED");

      MetronomeJobActionMeta waited = meta("run");
      waited.settings().set(MetronomeJobActionMeta.WAITING.waitSwitch(), true);
      StepHarness ran = run(cluster, waited, FAIL_THE_STEP, id("adhoc.json"));
      assertThat(ran.step.getErrors()).as(LogCapture.text()).isZero();
      assertThat(ran.column("status")).containsExactly("SUCCEEDED");
      String runId = (String) ran.column("run_id").get(0);
      assertThat((String) ran.column("task_id").get(0)).startsWith("adhoc_json_" + runId + ".");

      StepHarness started = run(cluster, meta("run"), FAIL_THE_STEP, id("nightly.report"));
      assertThat(started.column("status")).containsExactly("STARTED");
      assertThat((String) started.column("run_id").get(0)).isNotBlank();

      StepHarness failed = run(cluster, meta("upsert"), TO_ERROR_HOP,
          row("bad.cpus", "echo", null, null, "lots", null),
          row("Bad.Id", "echo", null, null, null, null),
          row("orphan.job", "echo", null, "no.such.job", null, null),
          row("both.set", "echo", "0 2 * * *", "nightly.extract", null, null),
          row("fine.job", "echo fine", null, null, null, null));
      assertThat(failed.step.getErrors()).isZero();
      assertThat(failed.column("id")).containsExactly("fine.job");
      assertThat(failed.errorRows).extracting(r -> r[0])
          .containsExactly("bad.cpus", "Bad.Id", "orphan.job", "both.set");
      assertThat(failed.errorRows).extracting(r -> r[CODE])
          .containsExactly("BAD_VALUE", "METRONOME_NOT_SUBMITTED", "METRONOME_422", "BAD_VALUE");
      assertThat(failed.errorRows).extracting(r -> (String) r[DESCRIPTION]).satisfiesExactly(
          d -> assertThat(d).contains("'cpus'").contains("lots"),
          d -> assertThat(d).contains("'B'"),
          d -> assertThat(d).contains("no.such.job"),
          d -> assertThat(d).contains("'cron' and 'dependencies' are both filled"));

      StepHarness missing = run(cluster, waited, FAIL_THE_STEP, id("no.such.job"));
      assertThat(missing.step.getErrors()).isEqualTo(1);
      assertThat(LogCapture.text()).contains("Row 1 failed (METRONOME_");

      // The extract first: Metronome refuses it while its dependants exist.
      MetronomeJobActionMeta delete = meta("delete");
      delete.settings().set(MetronomeJobActionMeta.MISSING_OK, true)
          .set(MetronomeJobActionMeta.STOP_RUNS, true);
      StepHarness refused = run(cluster, delete, TO_ERROR_HOP, id("nightly.extract"));
      assertThat(refused.errorRows).extracting(r -> r[CODE])
          .containsExactly("METRONOME_NOT_DELETED");
      assertThat((String) refused.errorRows.get(0)[DESCRIPTION])
          .contains("nightly.load").contains("nightly.report");

      StepHarness deleted = run(cluster, delete, FAIL_THE_STEP, id("nightly.report"),
          id("nightly.load"), id("nightly.extract"), id("adhoc.json"), id("fine.job"),
          id("never.existed"));
      assertThat(deleted.step.getErrors()).as(LogCapture.text()).isZero();
      assertThat(deleted.column("status")).containsExactly("DELETED", "DELETED", "DELETED",
          "DELETED", "DELETED", "NOT_FOUND");
      assertThat(metronome.listJobs(null, T)).isEmpty();
    }
  }
}
