package io.pdimesos.core.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.pdimesos.core.error.BadResponseException;
import io.pdimesos.core.error.Printable;
import java.io.IOException;

/**
 * The one Jackson mapper of the core: unknown JSON fields are never fatal (servers add fields
 * between versions), a value of the wrong type is (a number where a name belongs is not coerced
 * into the name "42"), and unreadable bodies become {@link BadResponseException} quoting the body.
 */
public final class Json {
  public static final ObjectMapper MAPPER = JsonMapper.builder()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
      .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, false)
      .configure(SerializationFeature.FAIL_ON_EMPTY_BEANS, false)
      .configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false)
      .build();

  private Json() {}

  /** Parses {@code body} of {@code response} into a tree, or explains why it cannot. */
  public static JsonNode tree(ApiResponse response) {
    return parse(response, JsonNode.class);
  }

  public static <T> T parse(ApiResponse response, Class<T> type) {
    String body = response.body();
    if (body == null || body.trim().isEmpty()) {
      throw new BadResponseException(response.describe() + " answered HTTP " + response.status()
          + " with an empty body where JSON was expected", response.status(),
          response.method(), response.url(), null);
    }
    try {
      T value = MAPPER.readValue(body, type);
      if (value == null || value instanceof JsonNode && ((JsonNode) value).isNull()) {
        throw new BadResponseException(response.describe() + " answered JSON null",
            response.status(), response.method(), response.url(), null);
      }
      return value;
    } catch (IOException e) {
      throw new BadResponseException(response.describe() + " answered HTTP "
          + response.status() + " with a body that is not the expected JSON ("
          + parserSays(e) + "): " + snippet(body), response.status(),
          response.method(), response.url(), e);
    }
  }

  /** {@code root} when it is an array; an {@link UnexpectedJsonException} naming it if not. */
  public static JsonNode array(JsonNode root, String what) {
    if (!root.isArray()) {
      throw io.pdimesos.core.error.UnexpectedJsonException.wrongType(what, root, "an array");
    }
    return root;
  }

  /** The answer's JSON, which must be an object; else a {@link BadResponseException}. */
  public static JsonNode object(ApiResponse r) {
    return shaped(r, true);
  }

  /** The answer's JSON, which must be an array; else a {@link BadResponseException}. */
  public static JsonNode array(ApiResponse r) {
    return shaped(r, false);
  }

  private static JsonNode shaped(ApiResponse r, boolean object) {
    JsonNode n = r.json();
    if (object ? !n.isObject() : !n.isArray()) {
      throw new BadResponseException(r.describe() + " answered " + n.getNodeType()
          + " where a JSON " + (object ? "object" : "array") + " was expected", r.status(),
          r.method(), r.url(), null);
    }
    return n;
  }

  /**
   * A user's definition ({@code what}: "Chronos job", "Metronome job") as a fresh JSON object.
   *
   * @throws IllegalArgumentException when the text is no JSON, or no object
   */
  public static com.fasterxml.jackson.databind.node.ObjectNode definition(String text,
      String what) {
    JsonNode n;
    try {
      n = MAPPER.readTree(text == null ? "" : text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("The " + what + " definition is not valid JSON: "
          + e.getOriginalMessage(), e);
    }
    return copyOf(n, "The " + what + " definition must be a JSON object");
  }

  /** A copy of {@code node}, which must be a JSON object; else {@code message}. */
  public static com.fasterxml.jackson.databind.node.ObjectNode copyOf(JsonNode node,
      String message) {
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException(message);
    }
    return ((com.fasterxml.jackson.databind.node.ObjectNode) node).deepCopy();
  }

  /**
   * What is wrong with {@code text} as JSON, in the parser's words with the line and column, or
   * null when it is well-formed.
   */
  public static String malformed(String text) {
    try {
      MAPPER.readTree(text);
      return null;
    } catch (JsonProcessingException e) {
      return e.getOriginalMessage() + (e.getLocation() == null ? "" : " (line "
          + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
    }
  }

  /** Serializes {@code value}; a failure here is a programming error. */
  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot serialize " + value.getClass().getName(), e);
    }
  }

  /**
   * The start of a body for an error message: HTML tags stripped, on one line, printable
   * ({@link Printable#quote}), at most {@value Printable#QUOTE_CHARS} characters.
   */
  public static String snippet(String body) {
    if (body == null) {
      return "";
    }
    // Only the start is quoted: a 3 MB body must not go through the regular expressions whole.
    String head = body.length() > SNIPPET_SCAN ? body.substring(0, SNIPPET_SCAN) : body;
    String s = head.replaceAll("(?s)<(script|style)[^>]*>.*?</\\1>", " ")
        .replaceAll("<[^>]+>", " ");
    return Printable.quote(body.length() > SNIPPET_SCAN ? s + " …" : s, Printable.QUOTE_CHARS);
  }

  /** How much of a body {@link #snippet} looks at: enough to get past an HTML page's head. */
  private static final int SNIPPET_SCAN = 16_384;

  /** The parser's complaint, which quotes the offending token: short, and printable. */
  static String parserSays(IOException e) {
    return Printable.quote(firstLine(e.getMessage()), Printable.QUOTE_CHARS / 2);
  }

  static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  /**
   * Whether {@code actual} (what a server stores) carries {@code wanted} (what was sent): equal,
   * numbers by value, objects field by field with any extra fields the server added. Lets an
   * operation read back whether a write whose answer was lost took effect.
   */
  public static boolean contains(JsonNode actual, JsonNode wanted) {
    if (actual == null) {
      return false;
    }
    if (wanted.isObject() && actual.isObject()) {
      java.util.Iterator<java.util.Map.Entry<String, JsonNode>> it = wanted.fields();
      while (it.hasNext()) {
        java.util.Map.Entry<String, JsonNode> e = it.next();
        if (!contains(actual.get(e.getKey()), e.getValue())) {
          return false;
        }
      }
      return true;
    }
    if (wanted.isNumber() && actual.isNumber()) {
      return wanted.decimalValue().compareTo(actual.decimalValue()) == 0;
    }
    return wanted.equals(actual);
  }
}
