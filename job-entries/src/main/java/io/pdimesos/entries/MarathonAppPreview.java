package io.pdimesos.entries;

import io.pdimesos.core.error.NotFoundException;
import io.pdimesos.core.marathon.App;
import io.pdimesos.core.marathon.MarathonClient;
import io.pdimesos.plugin.ClusterRun;
import io.pdimesos.plugin.ui.SettingsDialog.Verdict;
import org.pentaho.di.i18n.BaseMessages;

/**
 * Validate for the Marathon app entries: checks the app id as the run would and asks Marathon
 * for the app, saying what the entry would act on. Reads only.
 */
public final class MarathonAppPreview {
  private static final Class<?> PKG = MarathonAppPreview.class;

  private MarathonAppPreview() {}

  /** Whether the app named by {@link MarathonAppSettings#APP_ID} exists, and its state. */
  public static Verdict ofAppId(ClusterRun run) {
    return describe(run, run.text(MarathonAppSettings.APP_ID),
        BaseMessages.getString(PKG, "MarathonAppPreview.Exists"),
        BaseMessages.getString(PKG, "MarathonAppPreview.DoesNotExist"));
  }

  /**
   * @param exists what to say after "App X" when Marathon has it
   * @param missing what to say when it does not
   */
  public static Verdict describe(ClusterRun run, String appId, String exists, String missing) {
    MarathonClient client = new MarathonClient(run.connection().marathon(), run.log());
    try {
      App app = client.app(appId, run.token());
      return Verdict.ok(BaseMessages.getString(PKG, "MarathonAppPreview.App", app.id(), exists,
          String.valueOf(app.instances()), String.valueOf(app.tasksRunning()),
          String.valueOf(app.tasksHealthy()), app.version())
          + (app.deploymentIds().isEmpty() ? ""
              : BaseMessages.getString(PKG, "MarathonAppPreview.Deploying")));
    } catch (NotFoundException e) {
      return Verdict.problem(BaseMessages.getString(PKG, "MarathonAppPreview.Missing", appId,
          missing));
    }
  }
}
