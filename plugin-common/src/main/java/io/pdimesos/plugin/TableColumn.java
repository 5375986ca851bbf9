package io.pdimesos.plugin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One column of a {@link SettingKind#TABLE} setting: its XML child tag (also the repository
 * attribute suffix and, upper-cased, the injection key), its label and, for a choice column, the
 * allowed codes. Immutable; {@link #required()} returns a copy.
 */
public final class TableColumn {
  private static final Pattern TAG = Pattern.compile("[a-z][a-z0-9_]*");

  private final String tag;
  private final String messageKey;
  private final List<String> choices;
  private final boolean required;

  private TableColumn(String tag, String messageKey, List<String> choices, boolean required) {
    if (tag == null || !TAG.matcher(tag).matches()) {
      throw new IllegalArgumentException("Column tag '" + tag + "' must be snake_case");
    }
    this.tag = tag;
    this.messageKey = messageKey;
    this.choices = Collections.unmodifiableList(new ArrayList<String>(choices));
    this.required = required;
  }

  /** A free-text column; variables allowed. */
  public static TableColumn text(String tag, String messageKey) {
    return new TableColumn(tag, messageKey, Collections.<String>emptyList(), false);
  }

  /** A column holding one of {@code codes} (or a variable holding one). */
  public static TableColumn choice(String tag, String messageKey, String... codes) {
    if (codes.length == 0) {
      throw new IllegalArgumentException("Choice column '" + tag + "' has no choices");
    }
    return new TableColumn(tag, messageKey, Arrays.asList(codes), false);
  }

  /** This column, which every non-empty row must fill. */
  public TableColumn required() {
    return new TableColumn(tag, messageKey, choices, true);
  }

  public String tag() {
    return tag;
  }

  public String messageKey() {
    return messageKey;
  }

  /** The column header's key in the setting's bundle. */
  public String labelKey() {
    return messageKey + ".Label";
  }

  public boolean isChoice() {
    return !choices.isEmpty();
  }

  /** The allowed codes of a choice column, in display order; empty for a text column. */
  public List<String> choices() {
    return choices;
  }

  public boolean isRequired() {
    return required;
  }

  @Override
  public String toString() {
    return tag + (isChoice() ? " " + choices : "") + (required ? " (required)" : "");
  }
}
