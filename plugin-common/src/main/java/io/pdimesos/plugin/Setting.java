package io.pdimesos.plugin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.pentaho.di.i18n.BaseMessages;

/**
 * One setting of an entry or step, declared once: XML tag (also the repository attribute code),
 * message key, kind, default, whether it is required, validation, dialog tab and injection key.
 * XML and repository I/O, {@code check()}, the dialog and the docs page are all driven by these
 * declarations, so no setting is spelled out anywhere else. Immutable.
 *
 * <p>Messages: {@code <messageKey>.Label} and {@code <messageKey>.Tooltip} in the bundle of the
 * package of {@code messagesClass} ({@code <package>/messages/messages_en_US.properties}).
 */
public final class Setting {
  private static final Pattern TAG = Pattern.compile("[a-z][a-z0-9_]*");
  /** Written by Kettle itself inside an {@code <entry>} or {@code <step>}: never ours. */
  private static final List<String> RESERVED_TAGS = Arrays.asList("name", "description", "type",
      "attributes", "parallel", "draw", "nr", "xloc", "yloc", "distribute", "custom_distribution",
      "copies", "partitioning", "cluster_schema", "remotesteps", "gui",
      SettingsRepository.SAVED_TAGS);

  private final String tag;
  private final SettingKind kind;
  private final Class<?> messagesClass;
  private final String messageKey;
  private final String defaultValue;
  private final List<String> defaultList;
  private final boolean required;
  private final List<String> choices;
  private final SettingValidator validator;
  private final SettingTab tab;
  private final String injectionKey;
  private final String rowTag;
  private final List<TableColumn> columns;
  private final List<TableRow> defaultRows;
  private final List<Setting> enables;
  private final WhenMissing whenMissing;

  /**
   * What a tag missing from a saved entry or step means when that depends on the other values
   * saved with it (files written before the setting existed); without one, the default.
   */
  public interface WhenMissing {
    /** The raw value for the missing tag, given the values loaded beside it. */
    String value(SettingValues loaded);
  }

  private Setting(Builder b) {
    if (!TAG.matcher(b.tag).matches() || RESERVED_TAGS.contains(b.tag)) {
      throw new IllegalArgumentException("Setting tag '" + b.tag + "' must be snake_case and not"
          + " one of Kettle's own tags " + RESERVED_TAGS);
    }
    if (b.kind == SettingKind.CHOICE && b.choices.isEmpty()) {
      throw new IllegalArgumentException("Choice setting '" + b.tag + "' has no choices");
    }
    this.tag = b.tag;
    this.kind = b.kind;
    this.messagesClass = b.messagesClass;
    this.messageKey = b.messageKey;
    this.defaultValue = b.defaultValue;
    this.defaultList = Collections.unmodifiableList(new ArrayList<String>(b.defaultList));
    this.required = b.required;
    this.choices = Collections.unmodifiableList(new ArrayList<String>(b.choices));
    this.validator = b.validator;
    this.tab = b.tab;
    this.injectionKey = b.injectionKey != null ? b.injectionKey
        : b.tag.toUpperCase(Locale.ROOT);
    this.rowTag = b.rowTag;
    this.columns = Collections.unmodifiableList(new ArrayList<TableColumn>(b.columns));
    this.defaultRows = Collections.unmodifiableList(new ArrayList<TableRow>(b.defaultRows));
    this.enables = Collections.unmodifiableList(new ArrayList<Setting>(b.enables));
    this.whenMissing = b.whenMissing;
    if (!enables.isEmpty() && kind != SettingKind.BOOLEAN) {
      throw new IllegalArgumentException("Setting '" + tag + "' is a " + kind + ": only a"
          + " checkbox enables other settings");
    }
    if (kind == SettingKind.TABLE) {
      checkTable();
    }
    if (kind == SettingKind.CHOICE && !defaultValue.isEmpty() && !choices.contains(defaultValue)
        && !VariableRefs.contains(defaultValue)) {
      throw new IllegalArgumentException("Choice setting '" + tag + "' defaults to '"
          + defaultValue + "', which is not among " + choices);
    }
  }

  public static Builder text(Class<?> messagesClass, String tag, String messageKey) {
    return new Builder(SettingKind.TEXT, messagesClass, tag, messageKey);
  }

  public static Builder password(Class<?> messagesClass, String tag, String messageKey) {
    return new Builder(SettingKind.PASSWORD, messagesClass, tag, messageKey);
  }

  /** A checkbox; defaults to false unless {@link Builder#defaultValue(boolean)} says otherwise. */
  public static Builder bool(Class<?> messagesClass, String tag, String messageKey) {
    return new Builder(SettingKind.BOOLEAN, messagesClass, tag, messageKey).defaultValue(false);
  }

  /** A whole number that must not be negative. */
  public static Builder integer(Class<?> messagesClass, String tag, String messageKey) {
    return new Builder(SettingKind.INTEGER, messagesClass, tag, messageKey);
  }

  /** A decimal number that must not be negative. */
  public static Builder number(Class<?> messagesClass, String tag, String messageKey) {
    return new Builder(SettingKind.NUMBER, messagesClass, tag, messageKey);
  }

  public static Builder choice(Class<?> messagesClass, String tag, String messageKey,
      String... codes) {
    return new Builder(SettingKind.CHOICE, messagesClass, tag, messageKey).choices(codes);
  }

  /** A choice among the codes of an enum's constants ({@link Choice#codeOf}), in their order. */
  public static Builder choice(Class<?> messagesClass, String tag, String messageKey,
      Enum<?>... codes) {
    String[] texts = new String[codes.length];
    for (int i = 0; i < codes.length; i++) {
      texts[i] = Choice.codeOf(codes[i]);
    }
    return choice(messagesClass, tag, messageKey, texts);
  }

  public static Builder json(Class<?> messagesClass, String tag, String messageKey) {
    return new Builder(SettingKind.JSON, messagesClass, tag, messageKey);
  }

  public static Builder keyValues(Class<?> messagesClass, String tag, String messageKey) {
    return new Builder(SettingKind.KEY_VALUES, messagesClass, tag, messageKey);
  }

  public static Builder textList(Class<?> messagesClass, String tag, String messageKey) {
    return new Builder(SettingKind.TEXT_LIST, messagesClass, tag, messageKey);
  }

  /**
   * A table (an input step's output fields): XML {@code <tag><rowTag><column>..</column>..
   * </rowTag>..</tag>}, repository attributes {@code <tag>_<column>} per row, a TableView in the
   * dialog. Column labels are {@code <column messageKey>.Label} in {@code messagesClass}'s bundle.
   */
  public static Builder table(Class<?> messagesClass, String tag, String messageKey,
      String rowTag, TableColumn... columns) {
    Builder b = new Builder(SettingKind.TABLE, messagesClass, tag, messageKey);
    b.rowTag = rowTag;
    b.columns.addAll(Arrays.asList(columns));
    return b;
  }

  private void checkTable() {
    if (rowTag == null || !TAG.matcher(rowTag).matches()) {
      throw new IllegalArgumentException("Table setting '" + tag + "' needs a snake_case row tag,"
          + " got '" + rowTag + "'");
    }
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("Table setting '" + tag + "' has no columns");
    }
    List<String> seen = new ArrayList<String>();
    for (TableColumn c : columns) {
      if (seen.contains(c.tag())) {
        throw new IllegalArgumentException("Table setting '" + tag + "' declares column '"
            + c.tag() + "' twice");
      }
      seen.add(c.tag());
    }
    for (TableRow row : defaultRows) {
      for (String cell : row.asMap().keySet()) {
        if (!seen.contains(cell)) {
          throw new IllegalArgumentException("A default row of table setting '" + tag
              + "' has a cell '" + cell + "', which is not among its columns " + seen);
        }
      }
    }
  }

  /** XML tag and repository attribute code. */
  public String tag() {
    return tag;
  }

  public SettingKind kind() {
    return kind;
  }

  public boolean secret() {
    return kind == SettingKind.PASSWORD;
  }

  public Class<?> messagesClass() {
    return messagesClass;
  }

  /** {@code <Class>.<Area>.<Item>}; the label and tooltip keys append .Label and .Tooltip. */
  public String messageKey() {
    return messageKey;
  }

  public String labelKey() {
    return messageKey + ".Label";
  }

  public String tooltipKey() {
    return messageKey + ".Tooltip";
  }

  /** The label in the user's locale ({@code !key!} when the bundle lacks it). */
  public String label() {
    return BaseMessages.getString(messagesClass, labelKey());
  }

  public String tooltip() {
    return BaseMessages.getString(messagesClass, tooltipKey());
  }

  /** Default of a scalar setting ("Y"/"N" for booleans); "" for lists and tables. */
  public String defaultValue() {
    return defaultValue;
  }

  /** Default lines of a {@link SettingKind#TEXT_LIST}. */
  public List<String> defaultList() {
    return defaultList;
  }

  public boolean required() {
    return required;
  }

  /** Allowed codes of a {@link SettingKind#CHOICE}, in display order. */
  public List<String> choices() {
    return choices;
  }

  /** Extra validation of the resolved value, or null. */
  public SettingValidator validator() {
    return validator;
  }

  /**
   * What is wrong with a resolved value of this setting, by its kind's rules and then its
   * validator's, or null when it may be used.
   */
  String problem(String resolved) {
    String problem = kind.behaviour().problem(this, resolved);
    return problem != null || validator == null ? problem : validator.problem(resolved);
  }

  public SettingTab tab() {
    return tab;
  }

  /** Name of the setting in metadata injection (steps). */
  public String injectionKey() {
    return injectionKey;
  }

  /** The columns of a {@link SettingKind#TABLE}; empty for other kinds. */
  public List<TableColumn> columns() {
    return columns;
  }

  /** The XML tag of one row of a {@link SettingKind#TABLE}; null for other kinds. */
  public String rowTag() {
    return rowTag;
  }

  /** The rows a {@link SettingKind#TABLE} starts with (and that a missing XML tag means). */
  public List<TableRow> defaultRows() {
    return defaultRows;
  }

  /**
   * The settings this checkbox enables: the dialog greys them out while it is not ticked (a wait
   * block's timeout while the entry does not wait). Empty for most settings.
   */
  public List<Setting> enables() {
    return enables;
  }

  /** The raw value a missing tag stands for, given the values loaded beside it. */
  String valueWhenMissing(SettingValues loaded) {
    return whenMissing == null ? null : whenMissing.value(loaded);
  }

  /** The header of {@code column} in the user's locale, from this setting's bundle. */
  public String columnLabel(TableColumn column) {
    return BaseMessages.getString(messagesClass, column.labelKey());
  }

  @Override
  public String toString() {
    return tag + " (" + kind + ")";
  }

  /** Declares a setting; see the factory methods of {@link Setting}. */
  public static final class Builder {
    private final SettingKind kind;
    private final Class<?> messagesClass;
    private final String tag;
    private final String messageKey;
    private String defaultValue = "";
    private final List<String> defaultList = new ArrayList<String>();
    private boolean required;
    private final List<String> choices = new ArrayList<String>();
    private SettingValidator validator;
    private SettingTab tab = SettingTab.GENERAL;
    private String injectionKey;
    private String rowTag;
    private final List<TableColumn> columns = new ArrayList<TableColumn>();
    private final List<TableRow> defaultRows = new ArrayList<TableRow>();
    private final List<Setting> enables = new ArrayList<Setting>();
    private WhenMissing whenMissing;

    private Builder(SettingKind kind, Class<?> messagesClass, String tag, String messageKey) {
      this.kind = kind;
      this.messagesClass = messagesClass;
      this.tag = tag;
      this.messageKey = messageKey;
    }

    public Builder defaultValue(String v) {
      this.defaultValue = v == null ? "" : v;
      return this;
    }

    public Builder defaultValue(boolean v) {
      return defaultValue(v ? "Y" : "N");
    }

    public Builder defaultValue(long v) {
      return defaultValue(String.valueOf(v));
    }

    /** A choice's default as its enum constant. */
    public Builder defaultValue(Enum<?> code) {
      return defaultValue(Choice.codeOf(code));
    }

    public Builder defaultLines(String... lines) {
      defaultList.clear();
      defaultList.addAll(Arrays.asList(lines));
      return this;
    }

    /** The rows a {@link SettingKind#TABLE} starts with. */
    public Builder defaultRows(TableRow... rows) {
      defaultRows.clear();
      defaultRows.addAll(Arrays.asList(rows));
      return this;
    }

    public Builder required() {
      this.required = true;
      return this;
    }

    public Builder choices(String... codes) {
      choices.clear();
      choices.addAll(Arrays.asList(codes));
      return this;
    }

    public Builder validator(SettingValidator v) {
      this.validator = v;
      return this;
    }

    public Builder tab(SettingTab t) {
      this.tab = t;
      return this;
    }

    public Builder injectionKey(String key) {
      this.injectionKey = key;
      return this;
    }

    /** A checkbox that the dialog lets enable {@code dependents} only while it is ticked. */
    public Builder enables(List<Setting> dependents) {
      enables.clear();
      enables.addAll(dependents);
      return this;
    }

    /** What a missing tag means, when the default alone would change an old file's behaviour. */
    public Builder whenMissing(WhenMissing rule) {
      this.whenMissing = rule;
      return this;
    }

    public Setting build() {
      return new Setting(this);
    }
  }
}
