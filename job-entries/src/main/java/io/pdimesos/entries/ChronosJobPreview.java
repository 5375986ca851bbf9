package io.pdimesos.entries;

import io.pdimesos.core.chronos.ChronosClient;
import io.pdimesos.core.chronos.ChronosJob;
import io.pdimesos.plugin.ClusterRun;
import io.pdimesos.plugin.Setting;
import io.pdimesos.plugin.ui.SettingsDialog.Verdict;

/**
 * Validate for the Chronos job entries: checks the job name as the run would and asks Chronos for
 * the job, saying what the entry would act on. Reads only.
 */
public final class ChronosJobPreview {
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
      return Verdict.problem("Job " + name + " " + missing + ".");
    }
    return Verdict.ok("Job " + job.name() + " exists on Chronos " + client.version(run.token())
        .label() + ": " + (job.isDependent() ? "runs after " + String.join(", ", job.parents())
        : "schedule " + job.schedule()) + (job.disabled() ? " (disabled)" : "") + ".");
  }
}
