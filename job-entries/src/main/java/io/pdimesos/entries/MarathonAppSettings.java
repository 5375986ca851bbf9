package io.pdimesos.entries;

import io.pdimesos.core.ops.MarathonAppOperation;
import io.pdimesos.core.ops.MarathonAppOperation.OnTimeout;
import io.pdimesos.plugin.ClusterRun;
import io.pdimesos.plugin.Setting;
import io.pdimesos.plugin.SettingTab;
import io.pdimesos.plugin.Validators;

/**
 * Settings the Marathon app entries share (deploy, scale, restart, delete), declared once, and
 * how they configure a core {@link MarathonAppOperation}.
 */
public final class MarathonAppSettings {
  private static final Class<?> PKG = MarathonAppSettings.class;

  private MarathonAppSettings() {}

  /** The app an operation acts on; required. */
  public static final Setting APP_ID = Setting.text(PKG, "app_id",
      "MarathonAppSettings.General.AppId").required().validator(Validators.MARATHON_APP_ID)
      .build();

  /** Off: Marathon refuses to touch an app that another deployment is changing. */
  public static final Setting FORCE = Setting.bool(PKG, "force",
      "MarathonAppSettings.General.Force")
      .build();

  /** On: a write that returns before the app is as asked is rarely what a job wants. */
  public static final Setting WAIT = Setting.bool(PKG, "wait", "MarathonAppSettings.Wait.Wait")
      .defaultValue(true).tab(SettingTab.WAIT).build();

  /** Leave: Marathon keeps trying, and nothing is undone behind the user's back. */
  public static final Setting ON_TIMEOUT = Setting.choice(PKG, "on_timeout",
      "MarathonAppSettings.Wait.OnTimeout", "leave", "roll_back").defaultValue("leave")
      .tab(SettingTab.WAIT).build();

  /** Ten minutes: long enough for an image pull, short enough to notice a stuck deployment. */
  public static final Setting TIMEOUT = WaitSettings.timeoutNoLimit(600);
  public static final Setting CHECK_CYCLE = WaitSettings.checkCycle(5);
  public static final Setting SUCCESS_ON_TIMEOUT = WaitSettings.successOnTimeout();

  /** Applies the wait block: wait or not, what to do on timeout, how often to poll. */
  public static <T extends MarathonAppOperation<T>> T configureWait(T operation, ClusterRun run) {
    return operation.waitForCompletion(run.bool(WAIT))
        .onTimeout("roll_back".equals(run.choice(ON_TIMEOUT)) ? OnTimeout.ROLL_BACK
            : OnTimeout.LEAVE)
        .pollInterval(1_000, Math.max(1_000, run.millis(CHECK_CYCLE)));
  }
}
