package io.pdimesos.plugin;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pentaho.di.core.exception.KettleException;
import org.pentaho.di.core.row.ValueMetaInterface;
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
 * Each kind names its own rows and cells. Metadata Injection finds a cell by its key alone, so
 * every key of a step must be unique; the constructor refuses a declaration list where two clash.
 */
public final class SettingsInjection implements StepMetaInjectionInterface {
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
      ListKind<?> list = list(s);
      if (list != null) {
        addUnique(allKeys, list.rowKey(s), s);
        for (String cell : list.cellKeys(s)) {
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

  /** The list kind of {@code s}, or null for a scalar. */
  private static ListKind<?> list(Setting s) {
    ValueKind kind = s.kind().behaviour();
    return kind instanceof ListKind ? (ListKind<?>) kind : null;
  }

  private static ScalarKind scalar(Setting s) {
    return (ScalarKind) s.kind().behaviour();
  }

  private static int valueType(Setting s) {
    ListKind<?> list = list(s);
    return list != null ? list.injectionType() : scalar(s).injectionType();
  }

  // ---- StepMetaInjectionInterface ----

  /** What can be injected: scalars without values, each list with one empty template row. */
  @Override
  public List<StepInjectionMetaEntry> getStepInjectionMetadataEntries() {
    List<StepInjectionMetaEntry> entries = new ArrayList<StepInjectionMetaEntry>();
    for (Setting s : byKey.values()) {
      StepInjectionMetaEntry entry = entryOf(s);
      if (list(s) != null) {
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
      final ListKind<?> list = list(s);
      if (list == null) {
        if (entry.getValue() != null) {
          // Secrets may arrive encrypted ("Encrypted ...") or plain; both are accepted.
          final String raw = scalar(s).injected(s, entry.getValue());
          changes.add(() -> values.set(s, raw));
        }
        continue;
      }
      final List<List<String>> rows = rowsOf(s, list, entry);
      changes.add(() -> values.put(s, list.fromCells(s, rows)));
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
      StepInjectionMetaEntry entry = entryOf(s);
      ListKind<?> list = list(s);
      if (list == null) {
        entry.setValue(scalar(s).extracted(s, values.raw(s)));
      } else {
        for (List<String> cells : list.cells(s, values.value(s))) {
          entry.getDetails().add(row(s, cells));
        }
      }
      entries.add(entry);
    }
    return entries;
  }

  /** The setting's entry, without a value or rows yet. */
  private static StepInjectionMetaEntry entryOf(Setting s) {
    return new StepInjectionMetaEntry(s.injectionKey(), valueType(s), s.label());
  }

  /** A row entry: one cell entry per cell key, valued from {@code cells} (null: a template). */
  private static StepInjectionMetaEntry row(Setting s, List<String> cells) {
    ListKind<?> list = list(s);
    StepInjectionMetaEntry row = new StepInjectionMetaEntry(list.rowKey(s),
        ValueMetaInterface.TYPE_NONE, s.label());
    List<String> keys = list.cellKeys(s);
    List<String> descriptions = list.cellDescriptions(s);
    for (int i = 0; i < keys.size(); i++) {
      row.getDetails().add(new StepInjectionMetaEntry(keys.get(i),
          cells == null ? null : cells.get(i), ValueMetaInterface.TYPE_STRING,
          descriptions.get(i)));
    }
    return row;
  }

  /** The injected rows of a list setting, cells in key order (a cell not given is ""). */
  private static List<List<String>> rowsOf(Setting s, ListKind<?> list,
      StepInjectionMetaEntry entry) throws KettleException {
    List<String> keys = list.cellKeys(s);
    List<List<String>> rows = new ArrayList<List<String>>();
    for (StepInjectionMetaEntry row : entry.getDetails()) {
      if (!list.rowKey(s).equals(row.getKey())) {
        throw unknown(row.getKey(), Collections.singletonList(list.rowKey(s)));
      }
      List<String> cells = new ArrayList<String>(Collections.nCopies(keys.size(), ""));
      for (StepInjectionMetaEntry cell : row.getDetails()) {
        int at = keys.indexOf(cell.getKey());
        if (at < 0) {
          throw unknown(cell.getKey(), keys);
        }
        cells.set(at, cell.getValue() == null ? "" : cell.getValue().toString());
      }
      rows.add(cells);
    }
    return rows;
  }

  private static KettleException unknown(String key, List<String> valid) {
    return new KettleException("Unknown injection key '" + key + "'; the valid keys here are "
        + String.join(", ", valid));
  }
}
