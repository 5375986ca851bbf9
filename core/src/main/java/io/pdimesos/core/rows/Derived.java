package io.pdimesos.core.rows;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code @} values of one record. A streaming reader makes them only when a field asks
 * (most rows want a few of them), so a task's labels are not turned into JSON for a row that
 * does not show them.
 */
abstract class Derived {
  private static final Derived NONE = new Derived() {
    @Override
    Object get(String name) {
      return null;
    }

    @Override
    List<String> names() {
      return Collections.emptyList();
    }
  };

  /** The value of {@code @name} (without the {@code @}), or null. */
  abstract Object get(String name);

  /** The names this record derives. */
  abstract List<String> names();

  /** Every value, made now. */
  final Map<String, Object> all() {
    List<String> names = names();
    if (names.isEmpty()) {
      return Collections.emptyMap();
    }
    Map<String, Object> out = new LinkedHashMap<String, Object>();
    for (String n : names) {
      out.put(n, get(n));
    }
    return Collections.unmodifiableMap(out);
  }

  /** Values a reader has already made, kept as they are. */
  static Derived of(final Map<String, Object> values) {
    if (values == null || values.isEmpty()) {
      return NONE;
    }
    return new Derived() {
      @Override
      Object get(String name) {
        return values.get(name);
      }

      @Override
      List<String> names() {
        return new java.util.ArrayList<String>(values.keySet());
      }
    };
  }
}
