package io.pdimesos.core.marathon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.pdimesos.core.error.UnexpectedJsonException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Readers for Marathon JSON: a missing or null field gives the default (fields come and go
 * between 1.4 and 1.10), but a field of the wrong type is an {@link UnexpectedJsonException},
 * never coerced ("instances":"three" is not 1).
 */
final class Nodes {
  private Nodes() {}

  /** The field's value, or null when it is absent or JSON null (or {@code n} is no object). */
  private static JsonNode get(JsonNode n, String field) {
    JsonNode v = n == null || !n.isObject() ? null : n.get(field);
    return v == null || v.isNull() ? null : v;
  }

  static String text(JsonNode n, String field) {
    JsonNode v = get(n, field);
    if (v != null && !v.isTextual()) {
      throw UnexpectedJsonException.wrongType(field, v, "a string");
    }
    return v == null ? null : v.asText();
  }

  static int integer(JsonNode n, String field, int dflt) {
    JsonNode v = get(n, field);
    if (v != null && !v.isNumber()) {
      throw UnexpectedJsonException.wrongType(field, v, "a number");
    }
    return v == null ? dflt : v.asInt();
  }

  static double number(JsonNode n, String field, double dflt) {
    JsonNode v = get(n, field);
    if (v != null && !v.isNumber()) {
      throw UnexpectedJsonException.wrongType(field, v, "a number");
    }
    return v == null ? dflt : v.asDouble();
  }

  static Boolean bool(JsonNode n, String field) {
    JsonNode v = get(n, field);
    if (v != null && !v.isBoolean()) {
      throw UnexpectedJsonException.wrongType(field, v, "true or false");
    }
    return v == null ? null : v.asBoolean();
  }

  /** The array in {@code field}, or an empty node to iterate when it is absent or null. */
  static JsonNode array(JsonNode n, String field) {
    JsonNode v = get(n, field);
    if (v != null && !v.isArray()) {
      throw UnexpectedJsonException.wrongType(field, v, "an array");
    }
    return v == null ? MissingNode.getInstance() : v;
  }

  /** The array in {@code field}, which must be there: a list answer without its list is bad. */
  static JsonNode requiredArray(JsonNode n, String field) {
    if (get(n, field) == null) {
      throw UnexpectedJsonException.missing(field, "an array");
    }
    return array(n, field);
  }

  /** The object in {@code field}, which must be there. */
  static JsonNode requiredObject(JsonNode n, String field) {
    JsonNode v = object(n, field);
    if (v == null) {
      throw UnexpectedJsonException.missing(field, "an object");
    }
    return v;
  }

  /** {@code n} itself, when it is an object (an item of a list). */
  static JsonNode item(JsonNode n, String what) {
    if (n == null || !n.isObject()) {
      throw UnexpectedJsonException.wrongType(what, n == null
          ? com.fasterxml.jackson.databind.node.NullNode.getInstance() : n, "an object");
    }
    return n;
  }

  /** The object in {@code field}, or null when it is absent or null. */
  static JsonNode object(JsonNode n, String field) {
    JsonNode v = get(n, field);
    if (v != null && !v.isObject()) {
      throw UnexpectedJsonException.wrongType(field, v, "an object");
    }
    return v;
  }

  /** The strings of the array in {@code field}; absent or null is empty. */
  static List<String> texts(JsonNode n, String field) {
    List<String> out = new ArrayList<String>();
    for (JsonNode x : array(n, field)) {
      if (!x.isNull()) {
        if (!x.isTextual()) {
          throw UnexpectedJsonException.wrongType(field + "[]", x, "a string");
        }
        out.add(x.asText());
      }
    }
    return Collections.unmodifiableList(out);
  }

  /** The numbers of the array in {@code field}; absent or null is empty. */
  static List<Integer> ints(JsonNode n, String field) {
    List<Integer> out = new ArrayList<Integer>();
    for (JsonNode x : array(n, field)) {
      if (!x.isNumber()) {
        throw UnexpectedJsonException.wrongType(field + "[]", x, "a number");
      }
      out.add(x.asInt());
    }
    return Collections.unmodifiableList(out);
  }
}
