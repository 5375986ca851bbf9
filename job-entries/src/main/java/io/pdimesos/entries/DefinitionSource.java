package io.pdimesos.entries;

import io.pdimesos.plugin.Choice;
import io.pdimesos.plugin.Setting;
import java.util.Locale;

/** Where an entry's definition (a Marathon app, a Chronos job) comes from. */
public enum DefinitionSource implements Choice {
  /** The JSON typed on the Definition tab. */
  JSON,
  /** A JSON file, by path or VFS URL. */
  FILE,
  /** The form fields on the Definition tab. */
  FORM;

  @Override
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The source setting of an entry: inline JSON by default, what most users paste. */
  public static Setting setting(Class<?> messagesClass, String messageKey) {
    return Setting.choice(messagesClass, "definition_source", messageKey, values())
        .defaultValue(JSON).build();
  }
}
