package io.pdimesos.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.http.ServiceSettings;
import io.pdimesos.core.metronome.MetronomeClient;
import io.pdimesos.core.metronome.MetronomeJob;
import io.pdimesos.core.metronome.MetronomeSchedule;
import io.pdimesos.core.ops.MetronomeRun;
import io.pdimesos.core.ops.MetronomeSubmit;
import io.pdimesos.sim.ClusterSim;
import io.pdimesos.steps.metronomeinput.MetronomeJobsInputMeta;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pentaho.di.core.row.ValueMetaInterface;

/**
 * Metronome Jobs Input against the emulator's Metronome: jobs with their schedule, dependencies,
 * history summary and what is active; the active runs; the finished runs; a name pattern; a
 * Metronome that is down as an error row.
 */
class MetronomeJobsInputTest {
  private static final CancellationToken T = CancellationToken.none();

  @Test
  void jobsRunsAndHistoryAreRowsAsMetronomeReportsThem() throws Exception {
    try (ClusterSim sim = ClusterSim.builder().agents(1).freePorts().speed(50).build().start()) {
      MetronomeClient client = new MetronomeClient(ServiceSettings.of(
          String.join(",", sim.metronomeUrls())), ProgressListener.NONE);
      MetronomeSubmit submit = new MetronomeSubmit(client, ProgressListener.NONE);
      submit.submit(job("adhoc.long", "sleep 3000").build(), false, 10_000, T);
      submit.submit(job("nightly.extract", "echo extract").schedule(MetronomeSchedule
          .of("nightly", "0 2 * * *").withTimezone("Europe/Berlin")).build(), false, 10_000, T);
      // runs after adhoc.long, which never ends here: only the run started below runs it
      submit.submit(job("nightly.report", "exit 3").dependencies(List.of("adhoc.long"))
          .build(), false, 10_000, T);
      MetronomeRun run = new MetronomeRun(client, ProgressListener.NONE);
      String extractRun = run.run(new MetronomeRun.Options("nightly.extract")
          .pollIntervalMillis(50).timeoutMillis(20_000), T).runId();
      run.run(new MetronomeRun.Options("nightly.report").pollIntervalMillis(50)
          .timeoutMillis(20_000), T);
      String longRun = client.startRun("adhoc.long", T).id();

      MetronomeJobsInputMeta jobs = meta(sim, "jobs");
      jobs.settings().set(InputSettings.LEADER_URL_FIELD, "answered_by");
      InputRun read = InputRun.run(jobs).assertSucceededAsDeclared();
      assertThat(read.column("id")).containsExactly("adhoc.long", "nightly.extract",
          "nightly.report");
      Object[] extract = read.rowWhere("id", "nightly.extract");
      assertThat(read.value(extract, "schedule_cron")).isEqualTo("0 2 * * *");
      assertThat(read.value(extract, "schedule_timezone")).isEqualTo("Europe/Berlin");
      assertThat(read.value(extract, "next_run_at")).isInstanceOf(Date.class);
      assertThat(read.value(extract, "success_count")).isEqualTo(1L);
      assertThat(read.valueMeta("success_count").getType())
          .isEqualTo(ValueMetaInterface.TYPE_INTEGER);
      assertThat(read.value(extract, "last_success_at")).isInstanceOf(Date.class);
      assertThat(read.value(extract, "state")).isEqualTo("idle");
      Object[] report = read.rowWhere("id", "nightly.report");
      assertThat(read.value(report, "dependencies")).isEqualTo("adhoc.long");
      assertThat(read.value(report, "failure_count")).isEqualTo(1L);
      assertThat(read.value(read.rowWhere("id", "adhoc.long"), "active_run_ids"))
          .isEqualTo(longRun);
      assertThat(read.column("answered_by")).containsOnly(sim.metronomeUrls().get(0));

      InputRun runs = InputRun.run(meta(sim, "runs")).assertSucceededAsDeclared();
      assertThat(runs.column("run_id")).containsExactly(longRun);
      assertThat(runs.column("job_id")).containsExactly("adhoc.long");

      MetronomeJobsInputMeta history = meta(sim, "history");
      history.settings().set(InputSettings.NAME_PATTERN, "nightly\\..*");
      InputRun finished = InputRun.run(history).assertSucceededAsDeclared();
      assertThat(finished.column("job_id")).containsExactlyInAnyOrder("nightly.extract",
          "nightly.report");
      Object[] ok = finished.rowWhere("run_id", extractRun);
      assertThat(finished.value(ok, "outcome")).isEqualTo("success");
      assertThat(finished.value(ok, "finished_at")).isInstanceOf(Date.class);
      assertThat((String) finished.value(ok, "task_ids"))
          .startsWith("nightly_extract_" + extractRun + ".");
      assertThat(finished.value(finished.rowWhere("job_id", "nightly.report"), "outcome"))
          .isEqualTo("failure");
    }
  }

  @Test
  void aMetronomeThatIsDownBecomesAnErrorRow() {
    try (ClusterSim sim = ClusterSim.builder().agents(1).marathonInstances(0).chronosInstances(0)
        .freePorts().build().start()) {
      MetronomeJobsInputMeta meta = meta(sim, "jobs");
      meta.settings().set(InputSettings.ERROR_FIELD, "error");
      sim.faults().metronomeDown(1, true);
      InputRun run = InputRun.run(meta);
      assertThat(run.ok).isTrue();
      assertThat(run.rows).hasSize(1);
      assertThat((String) run.value(run.rows.get(0), "error")).contains("Metronome");
      assertThat(run.value(run.rows.get(0), "id")).isNull();
    }
  }

  private static MetronomeJob.Builder job(String id, String cmd) {
    return MetronomeJob.builder(id).cmd(cmd).cpus(0.1).mem(32.0).disk(0.0);
  }

  private static MetronomeJobsInputMeta meta(ClusterSim sim, String entity) {
    return InputRun.meta(new MetronomeJobsInputMeta(), entity, sim.metronomeUrls());
  }
}
