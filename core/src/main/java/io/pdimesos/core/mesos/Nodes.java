package io.pdimesos.core.mesos;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Lenient reads of Mesos JSON trees (the small endpoints): fields come and go between 0.19 and
 * 1.11, and counts may be written as {@code 2.0} (double gauges), so absent or odd values fall
 * back to a default. Items of a streamed state are read from tokens by {@link MesosTokens}, with
 * the same rules.
 */
final class Nodes {
  private Nodes() {}

  static String text(JsonNode n, String field) {
    JsonNode v = n == null ? null : n.get(field);
    return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
  }

  static String text(JsonNode n, String field, String fallback) {
    String s = text(n, field);
    return s == null ? fallback : s;
  }

  static double number(JsonNode n, String field, double fallback) {
    JsonNode v = n == null ? null : n.get(field);
    if (v == null || v.isNull()) {
      return fallback;
    }
    if (v.isNumber()) {
      return v.asDouble();
    }
    if (v.isTextual()) {
      try {
        return Double.parseDouble(v.asText().trim());
      } catch (NumberFormatException e) {
        return fallback;
      }
    }
    return fallback;
  }

  static long count(JsonNode n, String field) {
    return Math.round(number(n, field, 0));
  }
}
