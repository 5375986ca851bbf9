package io.pdimesos.plugin;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** One row of a {@link SettingKind#TABLE} setting: cell text by column tag. Immutable. */
public final class TableRow {
  private final Map<String, String> cells;

  public TableRow(Map<String, String> byColumnTag) {
    Map<String, String> copy = new LinkedHashMap<String, String>();
    for (Map.Entry<String, String> e : byColumnTag.entrySet()) {
      copy.put(e.getKey(), e.getValue() == null ? "" : e.getValue());
    }
    this.cells = Collections.unmodifiableMap(copy);
  }

  /** {@code TableRow.of("name", "id", "path", "/id")}. */
  public static TableRow of(String... tagValuePairs) {
    if (tagValuePairs.length % 2 != 0) {
      throw new IllegalArgumentException("TableRow.of takes column tag and value pairs, got "
          + tagValuePairs.length + " strings");
    }
    Map<String, String> cells = new LinkedHashMap<String, String>();
    for (int i = 0; i < tagValuePairs.length; i += 2) {
      cells.put(tagValuePairs[i], tagValuePairs[i + 1]);
    }
    return new TableRow(cells);
  }

  /** The cell of {@code columnTag}; "" when the row has none. */
  public String get(String columnTag) {
    String v = cells.get(columnTag);
    return v == null ? "" : v;
  }

  /** True when every cell is empty (or blank). */
  public boolean isEmpty() {
    for (String v : cells.values()) {
      if (!v.trim().isEmpty()) {
        return false;
      }
    }
    return true;
  }

  public Map<String, String> asMap() {
    return cells;
  }

  /** Rows are equal when every tag has the same text; a missing cell equals an empty one. */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof TableRow)) {
      return false;
    }
    return nonEmpty().equals(((TableRow) o).nonEmpty());
  }

  @Override
  public int hashCode() {
    return nonEmpty().hashCode();
  }

  private Map<String, String> nonEmpty() {
    Map<String, String> out = new LinkedHashMap<String, String>();
    for (Map.Entry<String, String> e : cells.entrySet()) {
      if (!e.getValue().isEmpty()) {
        out.put(e.getKey(), e.getValue());
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return cells.toString();
  }
}
