package io.pdimesos.plugin;

/**
 * Checks a setting's resolved (variable-substituted) value. Used by {@code check()} when the
 * value can be resolved at design time, and again at run time before anything is sent.
 */
public interface SettingValidator {
  /** The problem with {@code resolved} in a short sentence, or null when it is fine. */
  String problem(String resolved);
}
