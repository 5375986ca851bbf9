package io.pdimesos.entries;

import io.pdimesos.plugin.MarathonSettings;
import io.pdimesos.plugin.Setting;
import io.pdimesos.plugin.WaitBlock;

/** Settings the Marathon app entries share (deploy, scale, restart, delete), declared once. */
public final class MarathonAppSettings {
  private static final Class<?> PKG = MarathonAppSettings.class;

  private MarathonAppSettings() {}

  /** The app an operation acts on; required. */
  public static final Setting APP_ID = MarathonSettings.appId(PKG,
      "MarathonAppSettings.General.AppId").required().build();

  public static final Setting FORCE = MarathonSettings.force(PKG,
      "MarathonAppSettings.General.Force");

  /**
   * Waits by default (a write that returns before the app is as asked is rarely what a job
   * wants), ten minutes at most: long enough for an image pull, short enough to notice a stuck
   * deployment.
   */
  public static final WaitBlock WAITING = WaitBlock.forEntry().waitSwitch(true).timeout(600)
      .checkCycle(5).successOnTimeout().onTimeout().build();
}
