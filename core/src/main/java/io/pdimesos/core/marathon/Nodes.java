package io.pdimesos.core.marathon;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Lenient readers for Marathon JSON: a missing or null field gives the default, never an error. */
final class Nodes {
  private Nodes() {}

  static String text(JsonNode n, String field) {
    JsonNode v = n == null ? null : n.get(field);
    return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
  }

  static int integer(JsonNode n, String field, int dflt) {
    JsonNode v = n == null ? null : n.get(field);
    return v == null || !v.isNumber() ? dflt : v.asInt();
  }

  static double number(JsonNode n, String field, double dflt) {
    JsonNode v = n == null ? null : n.get(field);
    return v == null || !v.isNumber() ? dflt : v.asDouble();
  }

  static Boolean bool(JsonNode n, String field) {
    JsonNode v = n == null ? null : n.get(field);
    return v == null || !v.isBoolean() ? null : v.asBoolean();
  }

  static List<String> texts(JsonNode array) {
    if (array == null || !array.isArray()) {
      return Collections.emptyList();
    }
    List<String> out = new ArrayList<String>();
    for (JsonNode x : array) {
      if (!x.isNull()) {
        out.add(x.asText());
      }
    }
    return Collections.unmodifiableList(out);
  }

  static List<Integer> ints(JsonNode array) {
    if (array == null || !array.isArray()) {
      return Collections.emptyList();
    }
    List<Integer> out = new ArrayList<Integer>();
    for (JsonNode x : array) {
      if (x.isNumber()) {
        out.add(x.asInt());
      }
    }
    return Collections.unmodifiableList(out);
  }
}
