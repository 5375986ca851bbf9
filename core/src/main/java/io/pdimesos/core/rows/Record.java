package io.pdimesos.core.rows;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.pdimesos.core.http.Json;
import io.pdimesos.core.metronome.MetronomeTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One item of an entity (a task, an app, a peer...): the item's JSON as the server sent it, plus
 * the values derived from it or carried from its context (the {@code @name} paths of
 * {@link SourceField}). Small: a streaming reader makes one per item and forgets it.
 */
public final class Record {
  private static final Map<String, JsonPointer> POINTERS = new ConcurrentHashMap<>();
  private static final int MAX_CACHED_POINTERS = 4096;

  private final JsonNode item;
  private final Map<String, Object> derived;

  /**
   * @param item the item's JSON (never null; use an empty object for purely derived records)
   * @param derived values by {@code @} name without the {@code @} (String, Number, Boolean, a
   *     Collection of those, a JsonNode, or null)
   */
  public Record(JsonNode item, Map<String, ?> derived) {
    this(derived == null || derived.isEmpty() ? null
        : new LinkedHashMap<String, Object>(derived), item);
  }

  private Record(Map<String, Object> owned, JsonNode item) {
    this.item = item == null ? JsonNodeFactory.instance.objectNode() : item;
    this.derived = owned == null || owned.isEmpty() ? Collections.<String, Object>emptyMap()
        : Collections.unmodifiableMap(owned);
  }

  /**
   * For the readers, which build a fresh map for each record and never touch it again: the map is
   * kept as it is rather than copied, one allocation less per item of a 50k-task stream.
   */
  static Record owning(JsonNode item, Map<String, Object> derived) {
    return new Record(derived, item);
  }

  public static Record of(JsonNode item) {
    return owning(item, null);
  }

  public JsonNode item() {
    return item;
  }

  public Map<String, Object> derived() {
    return derived;
  }

  /** The value at {@code field}'s path, converted to its type; null when absent or JSON null. */
  public Object value(SourceField field) {
    return value(field.path(), field.type());
  }

  /**
   * The value at {@code path} converted to {@code type}; null when absent.
   *
   * @throws IllegalArgumentException when the value cannot be converted (names the path)
   */
  public Object value(String path, FieldType type) {
    Object raw = raw(path);
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
    JsonNode n = item.at(pointer(path));
    return n.isMissingNode() || n.isNull() ? null : n;
  }

  private static JsonPointer pointer(String path) {
    JsonPointer p = POINTERS.get(path);
    if (p == null) {
      p = JsonPointer.compile(path);
      if (POINTERS.size() < MAX_CACHED_POINTERS) {
        POINTERS.put(path, p);
      }
    }
    return p;
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
    return derived.isEmpty() ? describe(item) : describe(item) + " " + derived;
  }
}
