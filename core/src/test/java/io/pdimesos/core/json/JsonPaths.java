package io.pdimesos.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;

/** Every JSON Pointer of a document, for tests that compare a read path by path. */
public final class JsonPaths {
  private JsonPaths() {}

  /** Adds the pointer of every node under {@code n} (not {@code n} itself) to {@code out}. */
  public static void of(JsonNode n, Collection<String> out) {
    add(n, "", out);
  }

  private static void add(JsonNode n, String at, Collection<String> out) {
    if (!at.isEmpty()) {
      out.add(at);
    }
    if (n.isObject()) {
      n.properties().forEach(e -> add(e.getValue(),
          at + "/" + e.getKey().replace("~", "~0").replace("/", "~1"), out));
    } else if (n.isArray()) {
      for (int i = 0; i < n.size(); i++) {
        add(n.get(i), at + "/" + i, out);
      }
    }
  }
}
