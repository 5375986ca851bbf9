package io.pdimesos.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.pdimesos.core.http.Json;
import java.io.IOException;

/** Small token-level reads shared by the streaming readers. */
public final class Tokens {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Tokens() {}

  /**
   * The value the parser is on as a node, exactly as reading the document into a tree would
   * make it (same node type, same number), leaving the parser on the value's last token. A
   * scalar costs one small node; only an object or array builds a tree.
   */
  public static JsonNode value(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == null) {
      throw new IOException("no JSON value here");
    }
    switch (t) {
      case VALUE_STRING:
        return TextNode.valueOf(p.getText());
      case VALUE_NUMBER_INT:
        switch (p.getNumberType()) {
          case INT:
            return NODES.numberNode(p.getIntValue());
          case LONG:
            return NODES.numberNode(p.getLongValue());
          default:
            return NODES.numberNode(p.getBigIntegerValue());
        }
      case VALUE_TRUE:
        return BooleanNode.TRUE;
      case VALUE_FALSE:
        return BooleanNode.FALSE;
      case VALUE_NULL:
        return NullNode.instance;
      case VALUE_NUMBER_FLOAT:
        if (p.getNumberTypeFP() == JsonParser.NumberTypeFP.UNKNOWN
            || p.getNumberTypeFP() == JsonParser.NumberTypeFP.DOUBLE64) {
          return NODES.numberNode(p.getDoubleValue());
        }
        return Json.MAPPER.readTree(p); // other formats' float kinds: Jackson's own rules
      default:
        return Json.MAPPER.readTree(p);
    }
  }

  /** A parser over {@code node}, on its first token, for a reader that reads tokens. */
  public static JsonParser replay(JsonNode node) throws IOException {
    JsonParser p = node.traverse(Json.MAPPER);
    p.nextToken();
    return p;
  }

  /**
   * The text of a scalar as a tree's {@code asText()} gives it ({@code 2.50} reads "2.5"); null
   * for JSON null and for an object or array, which are skipped.
   */
  public static String text(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_STRING) {
      return p.getText();
    }
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t.isStructStart()) {
      p.skipChildren();
      return null;
    }
    return value(p).asText();
  }
}
