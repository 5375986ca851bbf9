package io.pdimesos.plugin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pentaho.di.core.encryption.Encr;
import org.pentaho.di.core.variables.VariableSpace;
import org.pentaho.di.i18n.BaseMessages;

/**
 * The values of declared settings with a job's or transformation's variables substituted (see
 * {@link SettingValues#in(VariableSpace)}): what a run uses. Each getter validates by the
 * setting's kind and validator and fails with a {@link SettingException} naming the setting.
 *
 * <p>A value that is nothing but one undefined variable (the connection defaults such as
 * {@code ${PDI_MESOS_USER}}) counts as not set: "". Other undefined references stay as they are,
 * as in PDI (a Marathon command may use the task's own {@code ${PORT0}}).
 */
public final class ResolvedSettings {
  private static final Class<?> PKG = ResolvedSettings.class;

  private final SettingValues values;
  private final VariableSpace space;

  ResolvedSettings(SettingValues values, VariableSpace space) {
    this.values = values;
    this.space = space;
  }

  /** The value as typed, variables not substituted. */
  String raw(Setting s) {
    return values.raw(s);
  }

  /** The value with variables substituted, not validated; "" when it is an undefined variable. */
  public String resolve(Setting s) {
    return unsetIfUndefined(substitute(values.raw(s), space));
  }

  /** {@link #resolve}, which must not be empty, validated. */
  public String required(Setting s) {
    String v = resolve(s);
    if (v.trim().isEmpty()) {
      String raw = values.raw(s).trim();
      throw new SettingException(s, raw.isEmpty()
          ? BaseMessages.getString(PKG, "ResolvedSettings.Problem.Empty")
          : BaseMessages.getString(PKG, "ResolvedSettings.Problem.Undefined", raw,
              String.join(", ", VariableRefs.names(raw))));
    }
    return valid(s, v);
  }

  /** The trimmed text, validated; "" when not set (unless required). */
  public String text(Setting s) {
    String v = resolve(s).trim();
    if (v.isEmpty()) {
      return s.required() ? required(s) : v;
    }
    return valid(s, v);
  }

  /**
   * A secret's value (never log it). A variable may hold it encrypted, as PDI's own steps allow
   * ({@code PDI_MESOS_PASSWORD=Encrypted 2be98...} in kettle.properties, from {@code encr.sh
   * -kettle}): like them, the value is decrypted after the variables are substituted.
   */
  public String secret(Setting s) {
    values.require(s, SettingKind.PASSWORD);
    return ValueKind.nullToEmpty(Encr.decryptPasswordOptionallyEncrypted(resolve(s)));
  }

  public boolean bool(Setting s) {
    return values.bool(s);
  }

  /** A whole number; an empty value means the declared default. */
  public long integer(Setting s) {
    values.require(s, SettingKind.INTEGER);
    return Long.parseLong(numeric(s));
  }

  /** A decimal number; an empty value means the declared default. */
  public double number(Setting s) {
    values.require(s, SettingKind.NUMBER);
    return Double.parseDouble(numeric(s));
  }

  private String numeric(Setting s) {
    String v = resolve(s).trim();
    if (v.isEmpty()) {
      v = s.defaultValue();
    }
    if (v.isEmpty()) {
      throw new SettingException(s, BaseMessages.getString(PKG,
          "ResolvedSettings.Problem.NumberEmpty"));
    }
    return valid(s, v);
  }

  /**
   * The chosen code; an empty value (or an undefined variable) means the declared default, or
   * the first choice when the default is itself a variable.
   */
  public String choice(Setting s) {
    values.require(s, SettingKind.CHOICE);
    String v = resolve(s).trim();
    if (v.isEmpty()) {
      v = VariableRefs.contains(s.defaultValue()) || s.defaultValue().isEmpty()
          ? s.choices().get(0) : s.defaultValue();
    }
    return valid(s, v);
  }

  /** The chosen code as the constant of {@code type} it stands for (see {@link Choice}). */
  public <E extends Enum<E>> E choice(Setting s, Class<E> type) {
    return Choice.of(type, choice(s));
  }

  /** The JSON text with variables substituted inside it; well-formed, or an error saying where. */
  public String json(Setting s) {
    values.require(s, SettingKind.JSON);
    String v = substitute(values.raw(s), space);
    if (v.trim().isEmpty()) {
      if (s.required()) {
        throw new SettingException(s, BaseMessages.getString(PKG,
            "ResolvedSettings.Problem.Empty"));
      }
      return "";
    }
    return valid(s, v);
  }

  /** The lines with variables substituted, blank lines dropped, each validated. */
  public List<String> lines(Setting s) {
    List<String> out = new ArrayList<String>();
    for (String line : values.lines(s)) {
      String v = unsetIfUndefined(substitute(line, space)).trim();
      if (!v.isEmpty()) {
        out.add(valid(s, v));
      }
    }
    if (out.isEmpty() && s.required()) {
      throw new SettingException(s, BaseMessages.getString(PKG,
          "ResolvedSettings.Problem.NoLines"));
    }
    return out;
  }

  /** The pairs with variables substituted in keys and values; rows without a key dropped. */
  public Map<String, String> pairs(Setting s) {
    Map<String, String> out = new LinkedHashMap<String, String>();
    for (KeyValue kv : values.pairs(s)) {
      String key = substitute(kv.key(), space).trim();
      if (key.isEmpty()) {
        if (!kv.value().trim().isEmpty()) {
          throw new SettingException(s, BaseMessages.getString(PKG,
              "ResolvedSettings.Problem.NoKey", kv.value()));
        }
        continue;
      }
      out.put(key, substitute(kv.value(), space));
    }
    return out;
  }

  /**
   * The rows with variables substituted in every cell, by the rules of {@link #resolve} (a cell
   * that is only an undefined variable is ""). Rows whose cells are all empty are dropped.
   */
  public List<TableRow> table(Setting s) {
    List<TableRow> out = new ArrayList<TableRow>();
    for (TableRow row : values.table(s)) {
      Map<String, String> cells = new LinkedHashMap<String, String>();
      for (Map.Entry<String, String> cell : row.asMap().entrySet()) {
        cells.put(cell.getKey(), unsetIfUndefined(substitute(cell.getValue(), space)));
      }
      TableRow resolved = new TableRow(cells);
      if (!resolved.isEmpty()) {
        out.add(resolved);
      }
    }
    return out;
  }

  private static String valid(Setting s, String v) {
    String problem = s.problem(v);
    if (problem != null) {
      throw new SettingException(s, problem);
    }
    return v;
  }

  static String substitute(String raw, VariableSpace space) {
    if (raw == null) {
      return "";
    }
    return space == null ? raw : ValueKind.nullToEmpty(space.environmentSubstitute(raw));
  }

  static String unsetIfUndefined(String resolved) {
    String t = resolved.trim();
    List<String> names = VariableRefs.names(t);
    if (names.size() == 1 && (t.equals("${" + names.get(0) + "}")
        || t.equals("%%" + names.get(0) + "%%"))) {
      return "";
    }
    return resolved;
  }
}
