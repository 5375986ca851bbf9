package io.pdimesos.core.mesos;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import io.pdimesos.core.error.UnexpectedJsonException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads of Mesos JSON: fields come and go between 0.19 and 1.11, and counts may be written as
 * {@code 2.0} (double gauges) or, by old masters, as text; so an absent field falls back to a
 * default. A value of the wrong kind ({@code "cpus":"lots"}, an object where a name belongs) is an
 * {@link UnexpectedJsonException}, never a silent default.
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

  /** A boolean that old masters may write as a number or string. */
  static boolean bool(JsonNode n, String field, boolean fallback) {
    JsonNode v = n == null ? null : n.get(field);
    if (v == null || v.isNull()) {
      return fallback;
    }
    if (v.isBoolean()) {
      return v.asBoolean();
    }
    if (v.isNumber()) {
      return v.asDouble() != 0;
    }
    if (v.isTextual() && ("true".equalsIgnoreCase(v.asText())
        || "false".equalsIgnoreCase(v.asText()))) {
      return "true".equalsIgnoreCase(v.asText());
    }
    throw UnexpectedJsonException.wrongType(field, v, "true or false");
  }

  /** Mesos labels {@code [{key, value}]}, or the protobuf shape {@code {labels: [...]}}. */
  static Map<String, String> labels(JsonNode n) {
    if (n == null || n.isNull()) {
      return Collections.emptyMap();
    }
    JsonNode list = n.isObject() && n.has("labels") ? n.get("labels") : n;
    if (!list.isArray() || list.size() == 0) {
      return Collections.emptyMap();
    }
    Map<String, String> out = new LinkedHashMap<String, String>();
    for (JsonNode l : list) {
      String key = text(l, "key");
      if (key != null) {
        out.put(key, text(l, "value", ""));
      }
    }
    return Collections.unmodifiableMap(out);
  }

  /** A flat object's members as strings (agent attributes, flags). */
  static Map<String, String> flatStrings(JsonNode n) {
    if (n == null || !n.isObject() || n.size() == 0) {
      return Collections.emptyMap();
    }
    Map<String, String> out = new LinkedHashMap<String, String>();
    for (Map.Entry<String, JsonNode> e : n.properties()) {
      JsonNode v = e.getValue();
      out.put(e.getKey(), v.isValueNode() ? v.asText() : v.toString());
    }
    return Collections.unmodifiableMap(out);
  }

  /** The {@code TASK_*} counters that state-summary adds to agents and frameworks. */
  static Map<String, Long> taskCounters(JsonNode n) {
    if (n == null || !n.isObject()) {
      return Collections.emptyMap();
    }
    Map<String, Long> out = new LinkedHashMap<String, Long>();
    for (Map.Entry<String, JsonNode> e : n.properties()) {
      if (e.getKey().startsWith("TASK_") && e.getValue().isNumber()) {
        out.put(e.getKey(), Math.round(e.getValue().asDouble()));
      }
    }
    return out.isEmpty() ? Collections.<String, Long>emptyMap()
        : Collections.unmodifiableMap(out);
  }

  static List<String> strings(JsonNode n) {
    if (n == null || !n.isArray() || n.size() == 0) {
      return Collections.emptyList();
    }
    List<String> out = new ArrayList<String>(n.size());
    for (JsonNode v : n) {
      out.add(v.isValueNode() ? v.asText() : v.toString());
    }
    return Collections.unmodifiableList(out);
  }
}
