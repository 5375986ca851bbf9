package io.pdimesos.steps;

import io.pdimesos.plugin.Setting;
import io.pdimesos.plugin.SettingValidator;
import io.pdimesos.plugin.WaitBlock;
import org.pentaho.di.i18n.BaseMessages;

/**
 * Settings the row-driven action steps share, declared once: how many rows run at once and the
 * wait block. The result fields are {@link ActionField}'s.
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
            return n >= 1 && n <= MAX_CONCURRENCY ? null : BaseMessages.getString(PKG,
                "ActionSettings.Problem.Concurrency", String.valueOf(MAX_CONCURRENCY),
                String.valueOf(n));
          } catch (NumberFormatException e) {
            return BaseMessages.getString(PKG, "ActionSettings.Problem.ConcurrencyNotANumber",
                String.valueOf(MAX_CONCURRENCY), resolved.trim());
          }
        }
      }).build();

  /**
   * The wait block of an action step. Off, unlike the entries: a step usually acts on many apps
   * or jobs, and a row that waits for its deployment holds one of the concurrent slots for
   * minutes; turn it on when the next step needs the result in place. Ten minutes per row, as
   * the Marathon entries: long enough for an image pull.
   */
  public static WaitBlock.Builder waiting() {
    return WaitBlock.forRow().waitSwitch(false).timeout(600).checkCycle(5).successOnTimeout();
  }
}
