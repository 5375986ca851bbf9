package io.pdimesos.plugin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pentaho.di.core.exception.KettleException;
import org.pentaho.di.core.row.ValueMetaInterface;
import org.pentaho.di.i18n.BaseMessages;
import org.pentaho.di.trans.step.StepInjectionMetaEntry;
import org.pentaho.di.trans.step.StepMetaInjectionInterface;

/**
 * Metadata injection of a step's declared settings through PDI's legacy interface, which ETL
 * Metadata Injection still calls on 9.4, 10.2 and 11.x (our step metas cannot carry
 * {@code @InjectionSupported}: see docs/architecture.md, "The Bowl decision").
 *
 * <p>One entry per scalar setting (key {@link Setting#injectionKey()}, type STRING, BOOLEAN or
 * INTEGER). A list setting is an entry of type NONE whose details are rows, each row an entry
 * whose details are its cells, the shape of PDI's own legacy injections:
 * <ul>
 *   <li>TABLE: {@code FIELDS} / row {@code FIELD} (the row tag) / cells {@code NAME}, {@code PATH}
 *       (the column tags);</li>
 *   <li>KEY_VALUES: {@code ENV} / {@code ENV_PAIR} / {@code ENV_KEY}, {@code ENV_VALUE};</li>
 *   <li>TEXT_LIST: {@code NAMES} / {@code NAMES_ITEM} / {@code NAMES_LINE}.</li>
 * </ul>
 * Metadata Injection finds a cell by its key alone, so every key of a step must be unique; the
 * constructor refuses a declaration list where two clash.
 */
public final class SettingsInjection implements StepMetaInjectionInterface {
  private static final Class<?> PKG = SettingsInjection.class;

  private final SettingValues values;
  /** Top-level key to setting, in declaration order. */
  private final Map<String, Setting> byKey = new LinkedHashMap<String, Setting>();

  /** Injects into and extracts from {@code values} (the step's own, not a copy). */
  public SettingsInjection(SettingValues values) {
    this.values = values;
    List<String> allKeys = new ArrayList<String>();
    for (Setting s : values.settings()) {
      byKey.put(s.injectionKey(), s);
      addUnique(allKeys, s.injectionKey(), s);
      if (!s.kind().isScalar()) {
        addUnique(allKeys, rowKey(s), s);
        for (String cell : cellKeys(s)) {
          addUnique(allKeys, cell, s);
        }
      }
    }
  }

  private static void addUnique(List<String> keys, String key, Setting s) {
    if (keys.contains(key)) {
      throw new IllegalArgumentException("Injection key '" + key + "' of setting '" + s.tag()
          + "' is used twice: Metadata Injection could not tell them apart");
    }
    keys.add(key);
  }

  // ---- the keys ----

  private static String rowKey(Setting s) {
    switch (s.kind()) {
      case TABLE:
        return s.rowTag().toUpperCase(Locale.ROOT);
      case KEY_VALUES:
        return s.injectionKey() + "_PAIR";
      default:
        return s.injectionKey() + "_ITEM";
    }
  }

  /** The cell keys of a list setting's row, in column order. */
  private static List<String> cellKeys(Setting s) {
    List<String> keys = new ArrayList<String>();
    switch (s.kind()) {
      case TABLE:
        for (TableColumn c : s.columns()) {
          keys.add(c.tag().toUpperCase(Locale.ROOT));
        }
        break;
      case KEY_VALUES:
        keys.add(s.injectionKey() + "_KEY");
        keys.add(s.injectionKey() + "_VALUE");
        break;
      default:
        keys.add(s.injectionKey() + "_LINE");
    }
    return keys;
  }

  private static List<String> cellDescriptions(Setting s) {
    List<String> out = new ArrayList<String>();
    switch (s.kind()) {
      case TABLE:
        for (TableColumn c : s.columns()) {
          out.add(s.columnLabel(c));
        }
        break;
      case KEY_VALUES:
        out.add(s.label() + ": " + BaseMessages.getString(PKG, "SettingsInjection.Key"));
        out.add(s.label() + ": " + BaseMessages.getString(PKG, "SettingsInjection.Value"));
        break;
      default:
        out.add(s.label() + ": " + BaseMessages.getString(PKG, "SettingsInjection.Line"));
    }
    return out;
  }

  private static int valueType(Setting s) {
    switch (s.kind()) {
      case BOOLEAN:
        return ValueMetaInterface.TYPE_BOOLEAN;
      case INTEGER:
        return ValueMetaInterface.TYPE_INTEGER;
      default:
        // Numbers stay text: "0.5" must not become 0.5000001, and a variable must still fit.
        return s.kind().isScalar() ? ValueMetaInterface.TYPE_STRING : ValueMetaInterface.TYPE_NONE;
    }
  }

  // ---- StepMetaInjectionInterface ----

  /** What can be injected: scalars without values, each list with one empty template row. */
  @Override
  public List<StepInjectionMetaEntry> getStepInjectionMetadataEntries() {
    List<StepInjectionMetaEntry> entries = new ArrayList<StepInjectionMetaEntry>();
    for (Setting s : byKey.values()) {
      StepInjectionMetaEntry entry = new StepInjectionMetaEntry(s.injectionKey(), valueType(s),
          s.label());
      if (!s.kind().isScalar()) {
        entry.getDetails().add(row(s, null));
      }
      entries.add(entry);
    }
    return entries;
  }

  /**
   * Sets the injected values. A scalar whose value is null (its source field is absent) keeps its
   * value; a list entry replaces the whole list. Nothing changes when any key is unknown.
   */
  @Override
  public void injectStepMetadataEntries(List<StepInjectionMetaEntry> metadata)
      throws KettleException {
    List<Runnable> changes = new ArrayList<Runnable>();
    for (StepInjectionMetaEntry entry : metadata) {
      final Setting s = byKey.get(entry.getKey());
      if (s == null) {
        throw unknown(entry.getKey(), new ArrayList<String>(byKey.keySet()));
      }
      if (s.kind().isScalar()) {
        if (entry.getValue() != null) {
          final String raw = scalarOf(s, entry.getValue());
          changes.add(() -> values.set(s, raw));
        }
        continue;
      }
      final List<Map<String, String>> rows = rowsOf(s, entry);
      changes.add(() -> setRows(s, rows));
    }
    for (Runnable change : changes) {
      change.run();
    }
  }

  /** The current values, secrets in their stored (encrypted) form. */
  @Override
  public List<StepInjectionMetaEntry> extractStepMetadataEntries() {
    List<StepInjectionMetaEntry> entries = new ArrayList<StepInjectionMetaEntry>();
    for (Setting s : byKey.values()) {
      StepInjectionMetaEntry entry = new StepInjectionMetaEntry(s.injectionKey(), valueType(s),
          s.label());
      if (s.kind().isScalar()) {
        entry.setValue(extracted(s));
      } else {
        for (Map<String, String> cells : currentRows(s)) {
          entry.getDetails().add(row(s, cells));
        }
      }
      entries.add(entry);
    }
    return entries;
  }

  // ---- scalars ----

  private static String scalarOf(Setting s, Object value) {
    if (s.kind() == SettingKind.BOOLEAN) {
      boolean b = value instanceof Boolean ? (Boolean) value
          : "Y".equalsIgnoreCase(value.toString().trim())
              || "true".equalsIgnoreCase(value.toString().trim());
      return b ? "Y" : "N";
    }
    // Secrets may arrive encrypted ("Encrypted ...") or plain; both are accepted.
    return SettingValues.loaded(s, value.toString());
  }

  private Object extracted(Setting s) {
    String raw = values.raw(s);
    switch (s.kind()) {
      case BOOLEAN:
        return Boolean.valueOf(values.bool(s));
      case INTEGER:
        try {
          return Long.valueOf(raw.trim());
        } catch (NumberFormatException e) {
          return raw; // a variable or empty: only text can carry it
        }
      default:
        return SettingValues.stored(s, raw);
    }
  }

  // ---- lists ----

  /** A row entry: one cell entry per cell key, valued from {@code cells} (null: a template). */
  private static StepInjectionMetaEntry row(Setting s, Map<String, String> cells) {
    StepInjectionMetaEntry row = new StepInjectionMetaEntry(rowKey(s),
        ValueMetaInterface.TYPE_NONE, s.label());
    List<String> keys = cellKeys(s);
    List<String> descriptions = cellDescriptions(s);
    for (int i = 0; i < keys.size(); i++) {
      row.getDetails().add(new StepInjectionMetaEntry(keys.get(i),
          cells == null ? null : cells.get(keys.get(i)), ValueMetaInterface.TYPE_STRING,
          descriptions.get(i)));
    }
    return row;
  }

  private List<Map<String, String>> currentRows(Setting s) {
    List<Map<String, String>> rows = new ArrayList<Map<String, String>>();
    List<String> keys = cellKeys(s);
    switch (s.kind()) {
      case TABLE:
        for (TableRow r : values.table(s)) {
          Map<String, String> cells = new LinkedHashMap<String, String>();
          for (int i = 0; i < keys.size(); i++) {
            cells.put(keys.get(i), r.get(s.columns().get(i).tag()));
          }
          rows.add(cells);
        }
        break;
      case KEY_VALUES:
        for (KeyValue kv : values.pairs(s)) {
          Map<String, String> cells = new LinkedHashMap<String, String>();
          cells.put(keys.get(0), kv.key());
          cells.put(keys.get(1), kv.value());
          rows.add(cells);
        }
        break;
      default:
        for (String line : values.lines(s)) {
          Map<String, String> cells = new LinkedHashMap<String, String>();
          cells.put(keys.get(0), line);
          rows.add(cells);
        }
    }
    return rows;
  }

  /** The injected rows of list setting {@code s} as cell key to text (null cells are ""). */
  private static List<Map<String, String>> rowsOf(Setting s, StepInjectionMetaEntry list)
      throws KettleException {
    List<String> keys = cellKeys(s);
    List<Map<String, String>> rows = new ArrayList<Map<String, String>>();
    for (StepInjectionMetaEntry row : list.getDetails()) {
      if (!rowKey(s).equals(row.getKey())) {
        throw unknown(row.getKey(), java.util.Collections.singletonList(rowKey(s)));
      }
      Map<String, String> cells = new LinkedHashMap<String, String>();
      for (String key : keys) {
        cells.put(key, "");
      }
      for (StepInjectionMetaEntry cell : row.getDetails()) {
        if (!keys.contains(cell.getKey())) {
          throw unknown(cell.getKey(), keys);
        }
        cells.put(cell.getKey(), cell.getValue() == null ? "" : cell.getValue().toString());
      }
      rows.add(cells);
    }
    return rows;
  }

  private void setRows(Setting s, List<Map<String, String>> rows) {
    List<String> keys = cellKeys(s);
    switch (s.kind()) {
      case TABLE: {
        List<TableRow> table = new ArrayList<TableRow>();
        for (Map<String, String> cells : rows) {
          Map<String, String> byTag = new LinkedHashMap<String, String>();
          for (int i = 0; i < keys.size(); i++) {
            byTag.put(s.columns().get(i).tag(), cells.get(keys.get(i)));
          }
          table.add(new TableRow(byTag));
        }
        values.setTable(s, table);
        break;
      }
      case KEY_VALUES: {
        List<KeyValue> pairs = new ArrayList<KeyValue>();
        for (Map<String, String> cells : rows) {
          pairs.add(new KeyValue(cells.get(keys.get(0)), cells.get(keys.get(1))));
        }
        values.setPairs(s, pairs);
        break;
      }
      default: {
        List<String> lines = new ArrayList<String>();
        for (Map<String, String> cells : rows) {
          lines.add(cells.get(keys.get(0)));
        }
        values.setLines(s, lines);
      }
    }
  }

  private static KettleException unknown(String key, List<String> valid) {
    return new KettleException("Unknown injection key '" + key + "'; the valid keys here are "
        + String.join(", ", valid));
  }
}
