package io.pdimesos.entries;

import io.pdimesos.core.metronome.JobHistory;
import io.pdimesos.core.metronome.MetronomeClient;
import io.pdimesos.core.metronome.MetronomeClient.Embed;
import io.pdimesos.core.metronome.MetronomeJob;
import io.pdimesos.core.metronome.MetronomeSchedule;
import io.pdimesos.plugin.ClusterRun;
import io.pdimesos.plugin.Setting;
import io.pdimesos.plugin.ui.SettingsDialog.Verdict;
import java.util.EnumSet;
import org.pentaho.di.i18n.BaseMessages;

/**
 * Validate for the Metronome job entries: checks the job id as the run would and asks Metronome
 * for the job, saying what the entry would act on: when it runs, what is active, how it went.
 * Reads only.
 */
public final class MetronomeJobPreview {
  private static final Class<?> PKG = MetronomeJobPreview.class;

  private MetronomeJobPreview() {}

  /**
   * @param jobId the entry's job id setting
   * @param missing what to say after "Job X" when Metronome does not have it
   */
  public static Verdict describe(ClusterRun run, Setting jobId, String missing) {
    String id = run.text(jobId);
    MetronomeClient client = new MetronomeClient(run.connection().metronome(), run.log());
    MetronomeJob job = client.findJob(id, EnumSet.of(Embed.ACTIVE_RUNS, Embed.HISTORY_SUMMARY),
        run.token());
    if (job == null) {
      return Verdict.problem(BaseMessages.getString(PKG, "MetronomeJobPreview.Missing", id,
          missing));
    }
    MetronomeSchedule schedule = job.schedule();
    String when = !job.dependencies().isEmpty()
        ? BaseMessages.getString(PKG, "MetronomeJobPreview.RunsAfter",
            String.join(", ", job.dependencies()))
        : schedule != null
            ? BaseMessages.getString(PKG, "MetronomeJobPreview.Schedule", schedule.cron(),
                schedule.timezone())
            : BaseMessages.getString(PKG, "MetronomeJobPreview.Manual");
    JobHistory h = job.historySummary();
    return Verdict.ok(BaseMessages.getString(PKG, "MetronomeJobPreview.Exists", job.id(),
        client.version(run.token()), when, String.valueOf(job.activeRuns().size()),
        String.valueOf(h == null ? 0 : h.successCount()),
        String.valueOf(h == null ? 0 : h.failureCount())));
  }
}
