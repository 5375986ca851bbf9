package io.pdimesos.core.mesos;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import io.pdimesos.core.error.UnexpectedJsonException;

/**
 * Reads of Mesos JSON trees (the small endpoints): fields come and go between 0.19 and 1.11, and
 * counts may be written as {@code 2.0} (double gauges) or, by old masters, as text; so an absent
 * field falls back to a default. A value of the wrong kind ({@code "cpus":"lots"}, an object where
 * a name belongs) is an {@link UnexpectedJsonException}, never a silent default. Items of a
 * streamed state are read from tokens by {@link MesosTokens}, with the same rules.
 */
final class Nodes {
  private Nodes() {}

  static String text(JsonNode n, String field) {
    JsonNode v = n == null ? null : n.get(field);
    if (v != null && v.isContainerNode()) {
      throw UnexpectedJsonException.wrongType(field, v, "a string");
    }
    return v == null || v.isNull() ? null : v.asText();
  }

  /** {@code n} itself, when it is an object (an agent, a framework, a task). */
  static JsonNode item(JsonNode n, String what) {
    if (n == null || !n.isObject()) {
      throw UnexpectedJsonException.wrongType(what, n == null ? NullNode.getInstance() : n,
          "an object");
    }
    return n;
  }

  /** The array in {@code field} of an answer that must list it ({@code slaves}). */
  static JsonNode requiredArray(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      throw UnexpectedJsonException.missing(field, "an array");
    }
    if (!v.isArray()) {
      throw UnexpectedJsonException.wrongType(field, v, "an array");
    }
    return v;
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
        throw UnexpectedJsonException.wrongType(field, v, "a number");
      }
    }
    throw UnexpectedJsonException.wrongType(field, v, "a number");
  }

  static long count(JsonNode n, String field) {
    return Math.round(number(n, field, 0));
  }
}
