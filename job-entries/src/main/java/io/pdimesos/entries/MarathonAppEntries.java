package io.pdimesos.entries;

import io.pdimesos.core.error.NotFoundException;
import io.pdimesos.core.marathon.App;
import io.pdimesos.core.marathon.MarathonClient;
import io.pdimesos.core.marathon.Task;
import io.pdimesos.core.ops.MarathonAppResult;
import io.pdimesos.plugin.ClusterRun;
import io.pdimesos.plugin.MarathonSettings;
import io.pdimesos.plugin.Setting;
import io.pdimesos.plugin.WaitBlock;
import io.pdimesos.plugin.WaitBlock.Wait;
import io.pdimesos.plugin.ui.SettingsDialog.Verdict;
import java.util.List;
import org.pentaho.di.i18n.BaseMessages;

/**
 * What the Marathon app entries (deploy, scale, restart, delete, wait) share: their settings,
 * declared once, their Validate (asks Marathon for the app, reads only) and how they report
 * (job variables, one result row per task, success on timeout).
 */
public final class MarathonAppEntries {
  private static final Class<?> PKG = MarathonAppEntries.class;

  private MarathonAppEntries() {}

  /** The app an operation acts on; required. */
  public static final Setting APP_ID = MarathonSettings.appId(PKG,
      "MarathonAppEntries.General.AppId").required().build();

  public static final Setting FORCE = MarathonSettings.force(PKG,
      "MarathonAppEntries.General.Force");

  /**
   * Waits by default (a write that returns before the app is as asked is rarely what a job
   * wants), ten minutes at most: long enough for an image pull, short enough to notice a stuck
   * deployment.
   */
  public static final WaitBlock WAITING = WaitBlock.forEntry().waitSwitch(true).timeout(600)
      .checkCycle(5).successOnTimeout().onTimeout().build();

  /** The outcome of an app operation after {@code wait}; a failure counts as an error. */
  public static EntryOutcome outcome(MarathonAppResult r, Wait wait) {
    ResultRows rows = new ResultRows().string("app_id").string("task_id").string("host")
        .string("ports").string("ip_addresses").string("state").bool("healthy").string("version");
    for (Task t : r.tasks()) {
      rows.add(r.appId(), t.id(), t.host(), join(t.ports()), join(t.ipAddresses()), t.state(),
          t.isHealthy(), t.version());
    }
    // The core logged the outcome and its diagnostics already.
    EntryOutcome outcome = EntryOutcome.of(r).logged(EntryOutcome.Logged.EVERYTHING)
        .variable("MARATHON_APP_ID", r.appId())
        .variable("MARATHON_DEPLOYMENT_ID", r.deploymentId())
        .variable("MARATHON_APP_VERSION", r.version())
        .variable("MARATHON_TASKS_RUNNING", r.tasksRunning())
        .variable("MARATHON_TASKS_HEALTHY", r.tasksHealthy())
        .variable("MARATHON_OUTCOME", r.outcome())
        .rows(rows);
    return outcome.after(wait, r.outcome() == MarathonAppResult.Outcome.TIMED_OUT);
  }

  private static String join(List<?> values) {
    StringBuilder s = new StringBuilder();
    for (Object v : values) {
      s.append(s.length() == 0 ? "" : ",").append(v);
    }
    return s.toString();
  }

  /** Validate: whether the app named by {@link #APP_ID} exists, and its state. */
  public static Verdict preview(ClusterRun run) {
    return describe(run, run.text(APP_ID),
        BaseMessages.getString(PKG, "MarathonAppEntries.Preview.Exists"),
        BaseMessages.getString(PKG, "MarathonAppEntries.Preview.DoesNotExist"));
  }

  /**
   * @param exists what to say after "App X" when Marathon has it
   * @param missing what to say when it does not
   */
  public static Verdict describe(ClusterRun run, String appId, String exists, String missing) {
    MarathonClient client = new MarathonClient(run.connection().marathon(), run.log());
    try {
      App app = client.app(appId, run.token());
      return Verdict.ok(BaseMessages.getString(PKG, "MarathonAppEntries.Preview.App", app.id(),
          exists, String.valueOf(app.instances()), String.valueOf(app.tasksRunning()),
          String.valueOf(app.tasksHealthy()), app.version())
          + (app.deploymentIds().isEmpty() ? ""
              : BaseMessages.getString(PKG, "MarathonAppEntries.Preview.Deploying")));
    } catch (NotFoundException e) {
      return Verdict.problem(BaseMessages.getString(PKG, "MarathonAppEntries.Preview.Missing",
          appId, missing));
    }
  }
}
