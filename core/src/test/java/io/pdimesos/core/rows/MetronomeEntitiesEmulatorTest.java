package io.pdimesos.core.rows;

import static io.pdimesos.core.rows.WeaveEntitiesEmulatorTest.field;
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
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Metronome entities against the emulator: a finished, a failed and a running job. */
class MetronomeEntitiesEmulatorTest {
  private static final CancellationToken T = CancellationToken.none();

  @Test
  void jobsRunsAndHistoryReflectWhatRan() {
    try (ClusterSim sim = ClusterSim.builder().agents(1).freePorts().speed(50).build().start()) {
      MetronomeClient client = new MetronomeClient(ServiceSettings.of(
          String.join(",", sim.metronomeUrls())), ProgressListener.NONE);
      MetronomeSubmit submit = new MetronomeSubmit(client, ProgressListener.NONE);
      submit.submit(MetronomeJob.builder("rows.ok").cmd("echo ok").cpus(0.1).mem(32.0)
          .disk(0.0).schedule(MetronomeSchedule.of("nightly", "0 2 * * *")).build(), false,
          10_000, T);
      submit.submit(MetronomeJob.builder("rows.bad").cmd("exit 1").cpus(0.1).mem(32.0)
          .disk(0.0).build(), false, 10_000, T);
      submit.submit(MetronomeJob.builder("rows.long").cmd("sleep 3000").cpus(0.1).mem(32.0)
          .disk(0.0).build(), false, 10_000, T);
      MetronomeRun run = new MetronomeRun(client, ProgressListener.NONE);
      MetronomeRun.Options o = new MetronomeRun.Options("rows.ok").pollIntervalMillis(50)
          .timeoutMillis(20_000);
      String okRun = run.run(o, T).runId();
      run.run(new MetronomeRun.Options("rows.bad").pollIntervalMillis(50).timeoutMillis(20_000),
          T);
      String longRun = client.startRun("rows.long", T).id();

      List<Record> jobs = read(client, "jobs", RowFilter.NONE);
      List<SourceField> jf = MetronomeEntities.JOB_FIELDS;
      assertThat(jobs).extracting(r -> r.value(field(jf, "id")))
          .containsExactly("rows.ok", "rows.bad", "rows.long");
      Record ok = jobs.get(0);
      assertThat(ok.value(field(jf, "success_count"))).isEqualTo(1L);
      assertThat(ok.value(field(jf, "last_success_at"))).isInstanceOf(Date.class);
      assertThat(ok.value(field(jf, "schedule_cron"))).isEqualTo("0 2 * * *");
      assertThat(ok.value(field(jf, "next_run_at"))).isInstanceOf(Date.class);
      assertThat(ok.value(field(jf, "state"))).isEqualTo("idle");
      assertThat(jobs.get(1).value(field(jf, "failure_count"))).isEqualTo(1L);
      assertThat(jobs.get(2).value(field(jf, "active_run_ids"))).isEqualTo(longRun);
      assertThat(jobs.get(2).value(field(jf, "state"))).isIn("starting", "active");

      List<Record> runs = read(client, "runs", RowFilter.NONE);
      assertThat(runs).extracting(r -> r.value(field(MetronomeEntities.RUN_FIELDS, "run_id")))
          .containsExactly(longRun);
      assertThat(runs.get(0).value(field(MetronomeEntities.RUN_FIELDS, "created_at")))
          .isInstanceOf(Date.class);

      List<Record> history = read(client, "history", new RowFilter("", "", "", "rows\\.ok"));
      List<SourceField> hf = MetronomeEntities.HISTORY_FIELDS;
      assertThat(history).extracting(r -> r.value(field(hf, "run_id"))).containsExactly(okRun);
      assertThat(history.get(0).value(field(hf, "outcome"))).isEqualTo("success");
      assertThat((String) history.get(0).value(field(hf, "task_ids")))
          .startsWith("rows_ok_" + okRun + ".");
    }
  }

  private static List<Record> read(MetronomeClient client, String code, RowFilter filter) {
    CollectingSink sink = CollectingSink.collecting();
    MetronomeEntities.reader(code, client).read(filter, sink, T);
    assertThat(sink.answers).hasSize(1);
    return sink.records;
  }
}
