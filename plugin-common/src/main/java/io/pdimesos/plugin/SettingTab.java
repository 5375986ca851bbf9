package io.pdimesos.plugin;

/** The dialog tab a setting appears on, in this order. */
public enum SettingTab {
  GENERAL,
  DEFINITION,
  WAIT,
  /** A step's output: which fields it writes and under what names. */
  OUTPUT,
  CONNECTION
}
