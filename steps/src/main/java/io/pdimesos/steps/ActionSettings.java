package io.pdimesos.steps;

import io.pdimesos.plugin.Setting;
import io.pdimesos.plugin.SettingTab;
import io.pdimesos.plugin.SettingValidator;

/**
 * Settings the row-driven action steps share, declared once: how many rows run at once, the
 * wait block, and the names of the fields each row's result is written to (an empty name means
 * the field is not written).
 */
public final class ActionSettings {
  private static final Class<?> PKG = ActionSettings.class;

  /** The most rows one step copy runs at once: more only queues on the server. */
  public static final int MAX_CONCURRENCY = 32;

  private ActionSettings() {}

  /** Four: clearly faster than one at a time, gentle on a Marathon that deploys in parallel. */
  public static final Setting CONCURRENCY = Setting.integer(PKG, "concurrency",
      "ActionSettings.General.Concurrency").defaultValue(4).validator(new SettingValidator() {
        @Override
        public String problem(String resolved) {
          try {
            long n = Long.parseLong(resolved.trim());
            return n >= 1 && n <= MAX_CONCURRENCY ? null
                : "must be between 1 and " + MAX_CONCURRENCY + ", got " + n;
          } catch (NumberFormatException e) {
            return "must be a whole number between 1 and " + MAX_CONCURRENCY + ", got '"
                + resolved.trim() + "'";
          }
        }
      }).build();

  /**
   * Off, unlike the entries: a step usually acts on many apps or jobs, and a row that waits for
   * its deployment holds one of the concurrent slots for minutes. Turn it on when the next step
   * needs the result in place.
   */
  public static final Setting WAIT = Setting.bool(PKG, "wait", "ActionSettings.Wait.Wait")
      .tab(SettingTab.WAIT).build();
  /** Ten minutes per row, as the Marathon entries: long enough for an image pull. */
  public static final Setting TIMEOUT = Setting.integer(PKG, "timeout_seconds",
      "ActionSettings.Wait.Timeout").defaultValue(600).tab(SettingTab.WAIT).build();
  public static final Setting CHECK_CYCLE = Setting.integer(PKG, "check_cycle_seconds",
      "ActionSettings.Wait.CheckCycle").defaultValue(5).tab(SettingTab.WAIT).build();
  /** Off: a row whose wait timed out is a failed row unless the user says otherwise. */
  public static final Setting SUCCESS_ON_TIMEOUT = Setting.bool(PKG, "success_on_timeout",
      "ActionSettings.Wait.SuccessOnTimeout").tab(SettingTab.WAIT).build();

  public static final Setting STATUS_FIELD = outputField("status_field", "Status", "status");
  public static final Setting HTTP_CODE_FIELD = outputField("http_code_field", "HttpCode",
      "http_code");
  public static final Setting DEPLOYMENT_FIELD = outputField("deployment_field", "Deployment",
      "deployment_id");
  public static final Setting VERSION_FIELD = outputField("version_field", "Version", "version");
  /** Chronos has no deployments; a run's Mesos task id is what identifies what it did. */
  public static final Setting TASK_ID_FIELD = outputField("task_id_field", "TaskId", "task_id");
  public static final Setting MESSAGE_FIELD = outputField("message_field", "Message", "message");
  public static final Setting DURATION_FIELD = outputField("duration_field", "Duration",
      "duration_ms");

  private static Setting outputField(String tag, String item, String defaultName) {
    return Setting.text(PKG, tag, "ActionSettings.Output." + item).defaultValue(defaultName)
        .tab(SettingTab.OUTPUT).build();
  }
}
