package io.pdimesos.entries;

import io.pdimesos.plugin.Setting;
import io.pdimesos.plugin.SettingTab;

/**
 * The wait block, PDI style: maximum timeout, check cycle, success on timeout. Declared here once;
 * entries pick the timeout flavour that fits (a check runs once at 0, a deployment waits without
 * limit at 0) and its default.
 */
public final class WaitSettings {
  private static final Class<?> PKG = WaitSettings.class;

  private WaitSettings() {}

  /** Seconds to keep re-checking; 0 = check once. */
  public static Setting timeoutCheckOnce(long defaultSeconds) {
    return Setting.integer(PKG, "timeout_seconds", "WaitSettings.Wait.TimeoutCheckOnce")
        .defaultValue(defaultSeconds).tab(SettingTab.WAIT).build();
  }

  /** Seconds to wait for completion; 0 = no limit. */
  public static Setting timeoutNoLimit(long defaultSeconds) {
    return Setting.integer(PKG, "timeout_seconds", "WaitSettings.Wait.TimeoutNoLimit")
        .defaultValue(defaultSeconds).tab(SettingTab.WAIT).build();
  }

  /** Seconds between checks. */
  public static Setting checkCycle(long defaultSeconds) {
    return Setting.integer(PKG, "check_cycle_seconds", "WaitSettings.Wait.CheckCycle")
        .defaultValue(defaultSeconds).tab(SettingTab.WAIT).build();
  }

  /** Off: a timeout is a failure unless the user says otherwise. */
  public static Setting successOnTimeout() {
    return Setting.bool(PKG, "success_on_timeout", "WaitSettings.Wait.SuccessOnTimeout")
        .tab(SettingTab.WAIT).build();
  }
}
