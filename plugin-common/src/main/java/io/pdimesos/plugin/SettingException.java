package io.pdimesos.plugin;

/**
 * A setting whose value cannot be used. The message names the setting by its label and XML tag,
 * so the user knows which field to fix; it never contains a secret's value.
 */
public class SettingException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient Setting setting;

  public SettingException(Setting setting, String problem) {
    super("Setting '" + setting.label() + "' (" + setting.tag() + "): " + problem);
    this.setting = setting;
  }

  public Setting setting() {
    return setting;
  }
}
