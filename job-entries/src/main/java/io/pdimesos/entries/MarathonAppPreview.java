package io.pdimesos.entries;

import io.pdimesos.core.error.NotFoundException;
import io.pdimesos.core.marathon.App;
import io.pdimesos.core.marathon.MarathonClient;
import io.pdimesos.plugin.ClusterRun;
import io.pdimesos.plugin.ui.SettingsDialog.Verdict;

/**
 * Validate for the Marathon app entries: checks the app id as the run would and asks Marathon
 * for the app, saying what the entry would act on. Reads only.
 */
public final class MarathonAppPreview {
  private MarathonAppPreview() {}

  /** Whether the app named by {@link MarathonAppSettings#APP_ID} exists, and its state. */
  public static Verdict ofAppId(ClusterRun run) {
    return describe(run, run.text(MarathonAppSettings.APP_ID), "exists", "does not exist");
  }

  /**
   * @param exists what to say after "app X" when Marathon has it
   * @param missing what to say when it does not
   */
  public static Verdict describe(ClusterRun run, String appId, String exists, String missing) {
    MarathonClient client = new MarathonClient(run.connection().marathon(), run.log());
    try {
      App app = client.app(appId, run.token());
      return Verdict.ok("App " + app.id() + " " + exists + ".\n" + app.instances()
          + " instances: " + app.tasksRunning() + " running, " + app.tasksHealthy()
          + " healthy; version " + app.version()
          + (app.deploymentIds().isEmpty() ? "" : "; a deployment is in progress"));
    } catch (NotFoundException e) {
      return Verdict.problem("App " + appId + " " + missing + ".");
    }
  }
}
