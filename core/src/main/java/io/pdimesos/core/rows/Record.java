package io.pdimesos.core.rows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.pdimesos.core.http.Json;
import io.pdimesos.core.json.JsonValues;
import io.pdimesos.core.metronome.MetronomeTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Date;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One item of an entity (a task, an app, a peer...): the item's JSON values the read kept (every
 * path of an item read whole, or the pointers of the fields a step asked for), plus the values
 * derived from it or carried from its context (the {@code @name} paths of {@link SourceField}).
 * Small: a streaming reader makes one per item and forgets it.
 */
public final class Record {
  private final JsonValues values;
  private final Derived derived;

  /**
   * @param item the item's JSON (never null; use an empty object for purely derived records)
   * @param derived values by {@code @} name without the {@code @} (String, Number, Boolean, a
   *     Collection of those, a JsonNode, or null)
   */
  public Record(JsonNode item, Map<String, ?> derived) {
    this(JsonValues.of(item == null ? JsonNodeFactory.instance.objectNode() : item),
        Derived.of(derived == null || derived.isEmpty() ? null
            : new LinkedHashMap<String, Object>(derived)));
  }

  private Record(JsonValues values, Derived derived) {
    this.values = values;
    this.derived = derived;
  }

  /**
   * For the readers, which build a fresh map for each record and never touch it again: the map is
   * kept as it is rather than copied, one allocation less per item of a 50k-task stream.
   */
  static Record owning(JsonNode item, Map<String, Object> derived) {
    return new Record(JsonValues.of(item), Derived.of(derived));
  }

  /** The streaming readers' records: the values they kept, and derived values made on demand. */
  static Record of(JsonValues values, Derived derived) {
    return new Record(values, derived);
  }

  public static Record of(JsonNode item) {
    return owning(item, null);
  }

  /** The item's JSON when the read kept it whole (a read without a field list), else null. */
  public JsonNode item() {
    return values.whole();
  }

  /** Every derived value by name, made now. */
  public Map<String, Object> derived() {
    return derived.all();
  }

  /** The value at {@code field}'s path, converted to its type; null when absent or JSON null. */
  public Object value(SourceField field) {
    Object raw = field.derived() ? derived.get(field.derivedName()) : node(field.path());
    return converted(raw, field.path(), field.type());
  }

  /**
   * The value at {@code path} converted to {@code type}; null when absent.
   *
   * @throws IllegalArgumentException when the value cannot be converted (names the path), or the
   *     read did not keep that path
   */
  public Object value(String path, FieldType type) {
    return converted(raw(path), path, type);
  }

  private static Object converted(Object raw, String path, FieldType type) {
    try {
      return convert(raw, type);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("Value at " + path + " (" + describe(raw)
          + ") is not a " + type.name().toLowerCase(Locale.ROOT) + ": " + e.getMessage(), e);
    }
  }

  /** The unconverted value: a JsonNode for pointers, the derived object for {@code @} names. */
  public Object raw(String path) {
    if (path.startsWith("@")) {
      return derived.get(path.substring(1));
    }
    return node(path);
  }

  private Object node(String pointer) {
    JsonNode n = values.at(pointer);
    return n == null || n.isNull() ? null : n;
  }

  static Object convert(Object raw, FieldType type) {
    if (raw == null) {
      return null;
    }
    if (raw instanceof JsonNode && ((JsonNode) raw).isNull()) {
      return null;
    }
    switch (type) {
      case STRING:
        return text(raw);
      case JSON:
        return Json.write(raw);
      case INTEGER:
        return integer(raw);
      case NUMBER:
        return number(raw);
      case BOOLEAN:
        return bool(raw);
      case DATE:
        return date(raw);
      default:
        throw new IllegalStateException("unknown type " + type);
    }
  }

  private static String text(Object raw) {
    if (raw instanceof JsonNode) {
      JsonNode n = (JsonNode) raw;
      if (n.isValueNode()) {
        return n.asText();
      }
      if (n.isArray() && allScalars(n.elements())) {
        StringBuilder sb = new StringBuilder();
        for (JsonNode e : n) {
          if (sb.length() > 0) {
            sb.append(',');
          }
          sb.append(e.asText());
        }
        return sb.toString();
      }
      return Json.write(n);
    }
    if (raw instanceof Collection) {
      StringBuilder sb = new StringBuilder();
      for (Object o : (Collection<?>) raw) {
        if (sb.length() > 0) {
          sb.append(',');
        }
        sb.append(o);
      }
      return sb.toString();
    }
    return String.valueOf(raw);
  }

  private static boolean allScalars(Iterator<JsonNode> it) {
    while (it.hasNext()) {
      if (!it.next().isValueNode()) {
        return false;
      }
    }
    return true;
  }

  private static Long integer(Object raw) {
    if (raw instanceof JsonNode && ((JsonNode) raw).isNumber()) {
      return ((JsonNode) raw).asLong();
    }
    if (raw instanceof Number) {
      return ((Number) raw).longValue();
    }
    String t = text(raw).trim();
    try {
      return Long.valueOf(t);
    } catch (NumberFormatException e) {
      return (long) Double.parseDouble(t);
    }
  }

  private static Double number(Object raw) {
    if (raw instanceof JsonNode && ((JsonNode) raw).isNumber()) {
      return ((JsonNode) raw).asDouble();
    }
    if (raw instanceof Number) {
      return ((Number) raw).doubleValue();
    }
    return Double.valueOf(text(raw).trim());
  }

  private static Boolean bool(Object raw) {
    if (raw instanceof JsonNode && ((JsonNode) raw).isBoolean()) {
      return ((JsonNode) raw).asBoolean();
    }
    if (raw instanceof Boolean) {
      return (Boolean) raw;
    }
    String t = text(raw).trim();
    if (t.equalsIgnoreCase("true") || t.equalsIgnoreCase("Y")) {
      return Boolean.TRUE;
    }
    if (t.equalsIgnoreCase("false") || t.equalsIgnoreCase("N")) {
      return Boolean.FALSE;
    }
    throw new IllegalArgumentException("expected true/false");
  }

  private static Date date(Object raw) {
    if (raw instanceof Date) {
      return (Date) raw;
    }
    boolean numeric = raw instanceof Number
        || (raw instanceof JsonNode && ((JsonNode) raw).isNumber());
    if (numeric) {
      return new Date(Math.round(number(raw) * 1000.0));
    }
    String t = text(raw).trim();
    if (t.isEmpty()) {
      return null;
    }
    try {
      return Date.from(OffsetDateTime.parse(t).toInstant());
    } catch (DateTimeParseException e) {
      try {
        // Metronome writes the offset without a colon (2016-07-15T13:02:59.735+0000)
        return Date.from(MetronomeTime.parse(t));
      } catch (IllegalArgumentException e2) {
        throw new IllegalArgumentException("expected ISO 8601 or seconds since the epoch");
      }
    }
  }

  private static String describe(Object raw) {
    String s = raw instanceof JsonNode ? Json.write((JsonNode) raw) : String.valueOf(raw);
    return s.length() > 60 ? s.substring(0, 57) + "..." : s;
  }

  @Override
  public String toString() {
    Map<String, Object> d = derived.all();
    String v = values.whole() != null ? describe(values.whole()) : values.toString();
    return d.isEmpty() ? v : v + " " + d;
  }
}
