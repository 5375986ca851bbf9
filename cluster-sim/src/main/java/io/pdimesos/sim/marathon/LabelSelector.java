package io.pdimesos.sim.marathon;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;

/** Marathon's label selector (marathon.md §3.6): comma = AND; key, ==, !=, in, notin. */
final class LabelSelector {
  private LabelSelector() {}

  static boolean matches(String selector, JsonNode labels) {
    for (String term : selector.split(",(?![^(]*\\))")) {
      String t = term.trim();
      if (t.contains("!=")) {
        String[] kv = t.split("!=", 2);
        if (kv[1].trim().equals(labels.path(kv[0].trim()).asText(null))) {
          return false;
        }
      } else if (t.contains("==")) {
        String[] kv = t.split("==", 2);
        if (!kv[1].trim().equals(labels.path(kv[0].trim()).asText(null))) {
          return false;
        }
      } else if (t.matches(".+\\s+(in|notin)\\s*\\(.*\\)")) {
        boolean notin = t.matches(".+\\s+notin\\s*\\(.*\\)");
        String key = t.split("\\s+")[0];
        List<String> values = Arrays.stream(t.substring(t.indexOf('(') + 1, t.lastIndexOf(')')).split(","))
            .map(String::trim).toList();
        boolean in = values.contains(labels.path(key).asText(null));
        if (in == notin) {
          return false;
        }
      } else if (!labels.has(t)) {
        return false;
      }
    }
    return true;
  }
}
