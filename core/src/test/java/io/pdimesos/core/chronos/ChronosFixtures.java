package io.pdimesos.core.chronos;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the upstream Chronos fixtures from the test classpath, copied into the module. */
public final class ChronosFixtures {
  private ChronosFixtures() {}

  public static String text(String file) {
    try (InputStream in = ChronosFixtures.class.getResourceAsStream("/fixtures/chronos/" + file)) {
      if (in == null) {
        throw new IllegalStateException("missing fixture " + file);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The tiny YAML subset of upstream's integration-test jobs: {@code key: value} lines and
   * {@code - item} lists below a {@code key:} line. Values stay strings.
   */
  public static Map<String, Object> yaml(String file) {
    Map<String, Object> out = new LinkedHashMap<>();
    String listKey = null;
    for (String line : text(file).split("\n")) {
      if (line.isBlank() || line.equals("---")) {
        continue;
      }
      String t = line.strip();
      if (t.startsWith("- ") && listKey != null) {
        @SuppressWarnings("unchecked")
        List<String> l = (List<String>) out.get(listKey);
        l.add(t.substring(2).strip());
        continue;
      }
      int colon = t.indexOf(':');
      String key = t.substring(0, colon).strip();
      String value = t.substring(colon + 1).strip();
      if (value.isEmpty()) {
        out.put(key, new ArrayList<String>());
        listKey = key;
      } else {
        out.put(key, value);
        listKey = null;
      }
    }
    return out;
  }
}
