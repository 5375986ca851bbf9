package io.pdimesos.plugin;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pentaho.di.core.variables.VariableSpace;

/**
 * The values of an entry's or step's declared settings, as the user typed them (variables not
 * substituted: that happens at run time, through {@link #in(VariableSpace)}). XML
 * ({@link SettingsXml}), repository ({@link SettingsRepository}), check ({@link SettingsCheck})
 * and metadata injection ({@link SettingsInjection}) walk the declarations, each kind doing its
 * part ({@link SettingKind}), so a new setting needs only its declaration.
 */
public final class SettingValues {
  private final List<Setting> settings;
  private final Map<String, Object> values = new LinkedHashMap<String, Object>();

  public SettingValues(List<Setting> settings) {
    Set<String> tags = new HashSet<String>();
    for (Setting s : settings) {
      if (!tags.add(s.tag())) {
        throw new IllegalArgumentException("Setting tag '" + s.tag() + "' is declared twice");
      }
    }
    this.settings = Collections.unmodifiableList(new ArrayList<Setting>(settings));
    setDefaults();
  }

  /** Several declaration lists (an entry's own, its wait block, the connection block) as one. */
  @SafeVarargs
  public static List<Setting> concat(List<Setting>... lists) {
    List<Setting> all = new ArrayList<Setting>();
    for (List<Setting> list : lists) {
      all.addAll(list);
    }
    return Collections.unmodifiableList(all);
  }

  public List<Setting> settings() {
    return settings;
  }

  public void setDefaults() {
    for (Setting s : settings) {
      values.put(s.tag(), s.kind().behaviour().initial(s));
    }
  }

  /** The values with {@code space}'s variables substituted, as a run reads them. */
  public ResolvedSettings in(VariableSpace space) {
    return new ResolvedSettings(this, space);
  }

  // ---- raw values (what the dialog shows and edits) ----

  /** The unsubstituted text of a scalar setting ("Y"/"N" for booleans). */
  public String raw(Setting s) {
    requireScalar(s);
    return (String) values.get(known(s).tag());
  }

  public SettingValues set(Setting s, String raw) {
    requireScalar(s);
    values.put(known(s).tag(), raw == null ? "" : raw);
    return this;
  }

  public SettingValues set(Setting s, boolean value) {
    return set(s, value ? "Y" : "N");
  }

  public boolean bool(Setting s) {
    return "Y".equalsIgnoreCase(raw(s));
  }

  @SuppressWarnings("unchecked")
  public List<String> lines(Setting s) {
    require(s, SettingKind.TEXT_LIST);
    return Collections.unmodifiableList((List<String>) values.get(s.tag()));
  }

  public SettingValues setLines(Setting s, List<String> lines) {
    require(s, SettingKind.TEXT_LIST);
    List<String> copy = new ArrayList<String>();
    for (String line : lines) {
      copy.add(line == null ? "" : line);
    }
    values.put(s.tag(), copy);
    return this;
  }

  @SuppressWarnings("unchecked")
  public List<KeyValue> pairs(Setting s) {
    require(s, SettingKind.KEY_VALUES);
    return Collections.unmodifiableList((List<KeyValue>) values.get(s.tag()));
  }

  public SettingValues setPairs(Setting s, List<KeyValue> pairs) {
    require(s, SettingKind.KEY_VALUES);
    values.put(s.tag(), new ArrayList<KeyValue>(pairs));
    return this;
  }

  @SuppressWarnings("unchecked")
  public List<TableRow> table(Setting s) {
    require(s, SettingKind.TABLE);
    return Collections.unmodifiableList((List<TableRow>) values.get(s.tag()));
  }

  /** Replaces the rows; each keeps only the declared columns (a missing cell is ""). */
  public SettingValues setTable(Setting s, List<TableRow> rows) {
    require(s, SettingKind.TABLE);
    values.put(s.tag(), TableKind.normalized(s, rows));
    return this;
  }

  // ---- for the persistence, check and injection of this package ----

  /** The value of {@code s} as its kind holds it. */
  Object value(Setting s) {
    return values.get(known(s).tag());
  }

  void put(Setting s, Object value) {
    values.put(known(s).tag(), value);
  }

  /**
   * After loading: the settings whose tag was missing hold their default, or what their
   * {@link Setting.WhenMissing} rule says given the values loaded beside them.
   */
  void missingLoaded(List<Setting> missing) {
    for (Setting s : missing) {
      values.put(s.tag(), s.kind().behaviour().initial(s));
    }
    for (Setting s : missing) {
      String v = s.valueWhenMissing(this);
      if (v != null) {
        values.put(s.tag(), v);
      }
    }
  }

  // ---- copy, equality ----

  /** A deep copy, for the entry's or step's {@code clone()}. */
  public SettingValues copy() {
    SettingValues c = new SettingValues(settings);
    for (Setting s : settings) {
      c.values.put(s.tag(), s.kind().behaviour().copy(values.get(s.tag())));
    }
    return c;
  }

  /**
   * Tag to raw value (String, list of lines, of {@link KeyValue} or of {@link TableRow}): for
   * tests.
   */
  public Map<String, Object> asMap() {
    return Collections.unmodifiableMap(new LinkedHashMap<String, Object>(values));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SettingValues && ((SettingValues) o).values.equals(values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  /** Tags and kinds only: values may be secrets. */
  @Override
  public String toString() {
    return "SettingValues" + settings;
  }

  private Setting known(Setting s) {
    if (!values.containsKey(s.tag())) {
      throw new IllegalArgumentException("Setting '" + s.tag() + "' is not declared here");
    }
    return s;
  }

  private void requireScalar(Setting s) {
    if (!s.kind().isScalar()) {
      throw new IllegalArgumentException("Setting '" + s.tag() + "' is a " + s.kind());
    }
  }

  void require(Setting s, SettingKind kind) {
    known(s);
    if (s.kind() != kind) {
      throw new IllegalArgumentException("Setting '" + s.tag() + "' is a " + s.kind()
          + ", not a " + kind);
    }
  }
}
