package io.pdimesos.entries.metronomedelete;

import io.pdimesos.core.metronome.MetronomeClient;
import io.pdimesos.core.ops.MetronomeDelete;
import io.pdimesos.entries.ClusterJobEntry;
import io.pdimesos.entries.EntryOutcome;
import io.pdimesos.entries.EntryOutcome.Logged;
import io.pdimesos.plugin.ClusterRun;
import io.pdimesos.plugin.ConnectionSettings;
import io.pdimesos.plugin.Setting;
import io.pdimesos.plugin.SettingValues;
import io.pdimesos.plugin.Validators;
import java.util.Arrays;
import java.util.List;
import org.pentaho.di.core.annotations.JobEntry;

/**
 * Metronome: Delete Job. Deletes a job and its history, optionally stopping its active runs
 * with it; a job other jobs depend on is refused, naming them.
 */
@JobEntry(id = "PdiMesosMetronomeDeleteJob",
    i18nPackageName = "io.pdimesos.entries.metronomedelete",
    name = "JobEntryMetronomeDeleteJob.Name", description = "JobEntryMetronomeDeleteJob.Description",
    categoryDescription = "PdiMesos.Category",
    image = "io/pdimesos/entries/metronomedelete/metronome-delete-job.svg",
    documentationUrl = ClusterJobEntry.DOCS_BASE + "metronome-delete-job.md")
public class JobEntryMetronomeDeleteJob extends ClusterJobEntry {
  private static final Class<?> PKG = JobEntryMetronomeDeleteJob.class;

  public static final Setting JOB_ID = Setting.text(PKG, "job_id",
      "JobEntryMetronomeDeleteJob.General.JobId").required()
      .validator(Validators.METRONOME_JOB_ID).build();
  /** Off, as Metronome itself: a job with active runs is refused rather than cut short. */
  public static final Setting STOP_RUNS = Setting.bool(PKG, "stop_current_runs",
      "JobEntryMetronomeDeleteJob.General.StopRuns").build();
  /** Off: a misspelt id should not pass silently. */
  public static final Setting MISSING_OK = Setting.bool(PKG, "missing_ok",
      "JobEntryMetronomeDeleteJob.General.MissingOk").build();

  public static final List<Setting> SETTINGS = SettingValues.concat(Arrays.asList(JOB_ID,
      STOP_RUNS, MISSING_OK), ConnectionSettings.SETTINGS);

  public JobEntryMetronomeDeleteJob() {
    super("Metronome: Delete Job", SETTINGS, ConnectionSettings.METRONOME_URLS);
  }

  @Override
  protected EntryOutcome run(ClusterRun run) {
    MetronomeClient client = new MetronomeClient(run.connection().metronome(), run.log());
    MetronomeDelete.Result r = new MetronomeDelete(client, run.log()).delete(run.text(JOB_ID),
        run.bool(STOP_RUNS), run.bool(MISSING_OK), run.token());
    return EntryOutcome.of(r).logged(Logged.SUMMARY)
        .variable("METRONOME_JOB_ID", r.jobId())
        .variable("METRONOME_JOB_DELETED", r.deleted() ? "Y" : "N")
        .variable("METRONOME_STOPPED_RUNS", String.join(",", r.stoppedRuns()))
        .variable("METRONOME_DEPENDANT_JOBS", String.join(",", r.dependants()));
  }
}
