package io.pdimesos.plugin;

import org.pentaho.di.i18n.BaseMessages;

/**
 * A setting whose value cannot be used. The message names the setting by its label and XML tag,
 * so the user knows which field to fix, and says the problem in words from the caller's message
 * bundle; it never contains a secret's value.
 */
public class SettingException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private static final Class<?> PKG = SettingException.class;

  private final transient Setting setting;
  private final String problem;

  public SettingException(Setting setting, String problem) {
    super(BaseMessages.getString(PKG, "SettingException.Message", setting.label(), setting.tag(),
        problem));
    this.setting = setting;
    this.problem = problem;
  }

  public Setting setting() {
    return setting;
  }

  /** What is wrong, without the setting's name ("is empty"). */
  public String problem() {
    return problem;
  }
}
