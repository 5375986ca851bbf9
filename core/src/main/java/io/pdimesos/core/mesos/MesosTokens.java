package io.pdimesos.core.mesos;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.pdimesos.core.error.UnexpectedJsonException;
import io.pdimesos.core.json.FieldReader;
import io.pdimesos.core.json.Tokens;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads of Mesos JSON on the token stream, by the rules of {@link Nodes}: fields come and go
 * between 0.19 and 1.11, and counts may be written as {@code 2.0} or as text, so an absent value
 * falls back to a default; a value of the wrong kind is an {@link UnexpectedJsonException} naming
 * the field, never a default. The typed items are read from tokens, and items that arrive as
 * trees are replayed through the same code ({@link #readTree}), so both give the same values.
 * Each read leaves the parser on the value's last token.
 */
final class MesosTokens {
  private MesosTokens() {}

  /** Feeds the fields {@code reader} wants of a tree item (the small, non-streamed endpoints). */
  static void readTree(JsonNode item, FieldReader reader) {
    try {
      for (Map.Entry<String, JsonNode> e : item.properties()) {
        if (reader.wants(e.getKey())) {
          reader.read(e.getKey(), Tokens.replay(e.getValue()));
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("reading a tree cannot fail", e);
    }
  }

  /** Text as {@link Nodes#text(JsonNode, String)} reads it: null for null; an object or array
   * in {@code field} is a wrong type. */
  static String text(JsonParser p, String field) throws IOException {
    if (p.currentToken().isStructStart()) {
      throw UnexpectedJsonException.wrongType(field, Tokens.value(p), "a string");
    }
    return Tokens.text(p);
  }

  /** As {@link Nodes#number}: a number, or numeric text; {@code fallback} for null. */
  static double number(JsonParser p, String field, double fallback) throws IOException {
    Double v = numberOrNull(p, field);
    return v == null ? fallback : v;
  }

  /** {@link #number}, with null for JSON null; anything but a number or numeric text is a
   * wrong type. */
  static Double numberOrNull(JsonParser p, String field) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      return p.getDoubleValue();
    }
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t == JsonToken.VALUE_STRING) {
      try {
        return Double.parseDouble(p.getText().trim());
      } catch (NumberFormatException e) {
        // not a number: a wrong type, below
      }
    }
    throw UnexpectedJsonException.wrongType(field, Tokens.value(p), "a number");
  }

  /**
   * A boolean that old masters may write as a number (non-zero is true) or as text ("true",
   * "false"); null for JSON null, where the caller's fallback applies. Anything else is a wrong
   * type.
   */
  static Boolean bool(JsonParser p, String field) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
      return t == JsonToken.VALUE_TRUE;
    }
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      return p.getDoubleValue() != 0;
    }
    if (t == JsonToken.VALUE_STRING && ("true".equalsIgnoreCase(p.getText())
        || "false".equalsIgnoreCase(p.getText()))) {
      return "true".equalsIgnoreCase(p.getText());
    }
    throw UnexpectedJsonException.wrongType(field, Tokens.value(p), "true or false");
  }

  /**
   * Mesos labels {@code [{key, value}]}, or the protobuf shape {@code {labels: [...]}}; a
   * label without a key is left out, one without a value reads "".
   */
  static Map<String, String> labels(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_ARRAY) {
      return labelList(p);
    }
    if (t != JsonToken.START_OBJECT) {
      return Collections.emptyMap();
    }
    Map<String, String> labels = Collections.emptyMap();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken v = p.nextToken();
      if ("labels".equals(name)) {
        if (v == JsonToken.START_ARRAY) {
          labels = labelList(p);
        } else {
          p.skipChildren();
          labels = Collections.emptyMap();
        }
      } else {
        p.skipChildren();
      }
    }
    return labels;
  }

  private static Map<String, String> labelList(JsonParser p) throws IOException {
    Map<String, String> out = null;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        p.skipChildren();
        continue;
      }
      String key = null;
      String value = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        if ("key".equals(name)) {
          key = text(p, name);
        } else if ("value".equals(name)) {
          value = text(p, name);
        } else {
          p.skipChildren();
        }
      }
      if (key != null) {
        if (out == null) {
          out = new LinkedHashMap<String, String>();
        }
        out.put(key, value == null ? "" : value);
      }
    }
    return out == null ? Collections.<String, String>emptyMap()
        : Collections.unmodifiableMap(out);
  }

  /** A flat object's members as text, nested ones as JSON (agent attributes). */
  static Map<String, String> flatStrings(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      p.skipChildren();
      return Collections.emptyMap();
    }
    Map<String, String> out = new LinkedHashMap<String, String>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      JsonNode v = Tokens.value(p);
      out.put(name, v.isValueNode() ? v.asText() : v.toString());
    }
    return out.isEmpty() ? Collections.<String, String>emptyMap()
        : Collections.unmodifiableMap(out);
  }

  /** An array's elements as text, nested ones as JSON. */
  static List<String> strings(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      p.skipChildren();
      return Collections.emptyList();
    }
    List<String> out = new ArrayList<String>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      JsonNode v = Tokens.value(p);
      out.add(v.isValueNode() ? v.asText() : v.toString());
    }
    return out.isEmpty() ? Collections.<String>emptyList() : Collections.unmodifiableList(out);
  }

  /**
   * One of the {@code TASK_*} counters that state-summary adds to agents and frameworks (a number,
   * rounded), or its removal when a repeated key is not a number.
   */
  static void taskCounter(String name, JsonParser p, Map<String, Long> counters)
      throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      counters.put(name, Math.round(p.getDoubleValue()));
    } else {
      p.skipChildren();
      counters.remove(name);
    }
  }

  static boolean isTaskCounter(String name) {
    return name.startsWith("TASK_");
  }

  static Map<String, Long> counters(Map<String, Long> counters) {
    return counters == null || counters.isEmpty() ? Collections.<String, Long>emptyMap()
        : Collections.unmodifiableMap(counters);
  }
}
