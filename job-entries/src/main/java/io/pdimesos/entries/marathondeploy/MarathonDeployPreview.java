package io.pdimesos.entries.marathondeploy;

import io.pdimesos.core.marathon.AppDefinition;
import io.pdimesos.entries.MarathonAppEntries;
import io.pdimesos.plugin.ClusterRun;
import io.pdimesos.plugin.ui.SettingsDialog.Verdict;
import org.pentaho.di.i18n.BaseMessages;

/**
 * Validate for Deploy App: resolves and parses the definition exactly as the run does (source,
 * variables, app id) and asks Marathon whether the app exists. Never deploys.
 */
final class MarathonDeployPreview {
  private static final Class<?> PKG = MarathonDeployPreview.class;

  private MarathonDeployPreview() {}

  static Verdict run(ClusterRun run) {
    AppDefinition definition = JobEntryMarathonDeploy.definition(run);
    Verdict app = MarathonAppEntries.describe(run, definition.id(),
        BaseMessages.getString(PKG, "MarathonDeployPreview.WouldUpdate"),
        BaseMessages.getString(PKG, "MarathonDeployPreview.WouldCreate"));
    return Verdict.ok(BaseMessages.getString(PKG, "MarathonDeployPreview.Valid", app.message()));
  }
}
