package io.pdimesos.core.weave;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/** Go encodes nil slices and maps as JSON {@code null}; the models hand out empty ones instead. */
final class Empty {
  private Empty() {}

  static <T> List<T> list(List<T> list) {
    return list == null ? Collections.<T>emptyList() : Collections.unmodifiableList(list);
  }

  static <K, V> Map<K, V> map(Map<K, V> map) {
    return map == null ? Collections.<K, V>emptyMap() : Collections.unmodifiableMap(map);
  }

  static String text(String s) {
    return s == null ? "" : s;
  }
}
