package io.pdimesos.steps;

import io.pdimesos.core.rows.FieldType;
import io.pdimesos.core.rows.RowFilter;
import io.pdimesos.plugin.Setting;
import io.pdimesos.plugin.SettingTab;
import io.pdimesos.plugin.TableColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The settings every input step shares: the filters (each step declares those its entities
 * honour), the output-field table and the optional extra fields.
 */
public final class InputSettings {
  private static final Class<?> PKG = InputSettings.class;

  public static final Setting FRAMEWORK_NAME = Setting.text(PKG, RowFilter.FRAMEWORK_NAME,
      "InputSettings.Filter.FrameworkName").build();
  public static final Setting TASK_STATE = Setting.text(PKG, RowFilter.TASK_STATE,
      "InputSettings.Filter.TaskState").build();
  public static final Setting ID_PREFIX = Setting.text(PKG, RowFilter.ID_PREFIX,
      "InputSettings.Filter.IdPrefix").build();
  public static final Setting NAME_PATTERN = Setting.text(PKG, RowFilter.NAME_PATTERN,
      "InputSettings.Filter.NamePattern").build();

  /** Output field table columns; the type codes are PDI's type names, plus JSON (as String). */
  public static final String COLUMN_NAME = "name";
  public static final String COLUMN_PATH = "path";
  public static final String COLUMN_TYPE = "type";

  public static final Setting FIELDS = Setting.table(PKG, "fields", "InputSettings.Output.Fields",
      "field", TableColumn.text(COLUMN_NAME, "InputSettings.Output.Fields.Name").required(),
      TableColumn.text(COLUMN_PATH, "InputSettings.Output.Fields.Path").required(),
      TableColumn.choice(COLUMN_TYPE, "InputSettings.Output.Fields.Type", typeCodes()))
      .tab(SettingTab.OUTPUT).build();

  public static final Setting RESPONSE_TIME_FIELD = Setting.text(PKG, "response_time_field",
      "InputSettings.Output.ResponseTimeField").tab(SettingTab.OUTPUT).build();
  public static final Setting LEADER_URL_FIELD = Setting.text(PKG, "leader_url_field",
      "InputSettings.Output.LeaderUrlField").tab(SettingTab.OUTPUT).build();
  public static final Setting ERROR_FIELD = Setting.text(PKG, "error_field",
      "InputSettings.Output.ErrorField").tab(SettingTab.OUTPUT).build();

  private InputSettings() {
  }

  /** The type column's code of a core field type: "String", "Integer"... and "JSON". */
  public static String typeCode(FieldType type) {
    if (type == FieldType.JSON) {
      return "JSON";
    }
    String n = type.name();
    return n.charAt(0) + n.substring(1).toLowerCase(Locale.ROOT);
  }

  /** The core field type of a type code; an empty or unknown code is String (check() warns). */
  public static FieldType fieldType(String code) {
    for (FieldType t : FieldType.values()) {
      if (typeCode(t).equalsIgnoreCase(code == null ? "" : code.trim())) {
        return t;
      }
    }
    return FieldType.STRING;
  }

  private static String[] typeCodes() {
    List<String> codes = new ArrayList<String>();
    for (FieldType t : FieldType.values()) {
      codes.add(typeCode(t));
    }
    return codes.toArray(new String[0]);
  }
}
