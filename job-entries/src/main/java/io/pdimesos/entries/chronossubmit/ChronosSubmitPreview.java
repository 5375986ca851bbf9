package io.pdimesos.entries.chronossubmit;

import io.pdimesos.core.chronos.ChronosClient;
import io.pdimesos.core.chronos.ChronosJob;
import io.pdimesos.core.chronos.ChronosValidation;
import io.pdimesos.plugin.ClusterRun;
import io.pdimesos.plugin.ui.SettingsDialog.Verdict;
import java.util.List;
import org.pentaho.di.i18n.BaseMessages;

/**
 * Validate for Submit Job: builds the job exactly as the run does (source, variables, name),
 * checks it as the client does before posting, and asks Chronos whether the job exists. Never
 * posts nor runs.
 */
final class ChronosSubmitPreview {
  private static final Class<?> PKG = ChronosSubmitPreview.class;

  private ChronosSubmitPreview() {}

  static Verdict run(ClusterRun run) {
    ChronosJob job = JobEntryChronosSubmitJob.definition(run);
    ChronosClient client = new ChronosClient(run.connection().chronos(),
        run.connection().chronosVersion(), run.log());
    List<String> warnings = ChronosValidation.validate(job, client.version(run.token()));
    boolean exists = client.findJob(job.name(), run.token()) != null;
    StringBuilder text = new StringBuilder(exists
        ? BaseMessages.getString(PKG, "ChronosSubmitPreview.WouldUpdate", job.name())
        : BaseMessages.getString(PKG, "ChronosSubmitPreview.WouldCreate", job.name()));
    for (String w : warnings) {
      text.append('\n').append(BaseMessages.getString(PKG, "ChronosSubmitPreview.Warning", w));
    }
    return Verdict.ok(text.toString());
  }
}
