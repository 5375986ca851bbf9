package io.pdimesos.entries;

import io.pdimesos.core.chronos.ChronosClient;
import io.pdimesos.core.chronos.ChronosJob;
import io.pdimesos.plugin.ClusterRun;
import io.pdimesos.plugin.Setting;
import io.pdimesos.plugin.ui.SettingsDialog.Verdict;
import org.pentaho.di.i18n.BaseMessages;

/**
 * Validate for the Chronos job entries: checks the job name as the run would and asks Chronos for
 * the job, saying what the entry would act on. Reads only.
 */
public final class ChronosJobPreview {
  private static final Class<?> PKG = ChronosJobPreview.class;

  private ChronosJobPreview() {}

  /**
   * @param jobName the entry's job name setting
   * @param missing what to say after "Job X" when Chronos does not have it
   */
  public static Verdict describe(ClusterRun run, Setting jobName, String missing) {
    String name = run.text(jobName);
    ChronosClient client = new ChronosClient(run.connection().chronos(),
        run.connection().chronosVersion(), run.log());
    ChronosJob job = client.findJob(name, run.token());
    if (job == null) {
      return Verdict.problem(BaseMessages.getString(PKG, "ChronosJobPreview.Missing", name,
          missing));
    }
    String when = job.isDependent()
        ? BaseMessages.getString(PKG, "ChronosJobPreview.RunsAfter",
            String.join(", ", job.parents()))
        : BaseMessages.getString(PKG, "ChronosJobPreview.Schedule", job.schedule());
    String version = client.version(run.token()).label();
    return Verdict.ok(job.disabled()
        ? BaseMessages.getString(PKG, "ChronosJobPreview.ExistsDisabled", job.name(), version,
            when)
        : BaseMessages.getString(PKG, "ChronosJobPreview.Exists", job.name(), version, when));
  }
}
