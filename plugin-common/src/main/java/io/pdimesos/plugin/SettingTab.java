package io.pdimesos.plugin;

import java.util.Locale;
import org.pentaho.di.i18n.BaseMessages;

/** The dialog tab a setting appears on, in this order. */
public enum SettingTab {
  GENERAL,
  DEFINITION,
  WAIT,
  /** A step's output: which fields it writes and under what names. */
  OUTPUT,
  CONNECTION;

  /** The tab's title in the user's locale, as the dialog shows it and the docs pages name it. */
  public String label() {
    String n = name();
    return BaseMessages.getString(SettingTab.class,
        "SettingTab." + n.charAt(0) + n.substring(1).toLowerCase(Locale.ROOT));
  }
}
