package io.pdimesos.entries.marathondeploy;

import io.pdimesos.core.marathon.AppDefinition;
import io.pdimesos.entries.MarathonAppPreview;
import io.pdimesos.plugin.ClusterRun;
import io.pdimesos.plugin.ui.SettingsDialog.Verdict;

/**
 * Validate for Deploy App: resolves and parses the definition exactly as the run does (source,
 * variables, app id) and asks Marathon whether the app exists. Never deploys.
 */
final class MarathonDeployPreview {
  private MarathonDeployPreview() {}

  static Verdict run(ClusterRun run) {
    AppDefinition definition = JobEntryMarathonDeploy.definition(run);
    Verdict app = MarathonAppPreview.describe(run, definition.id(),
        "exists: Deploy would update it", "does not exist: Deploy would create it");
    return Verdict.ok("The definition is valid.\n" + app.message());
  }
}
