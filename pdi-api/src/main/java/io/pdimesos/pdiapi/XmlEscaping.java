package io.pdimesos.pdiapi;

/**
 * XML text escaping as PDI's {@code XMLHandler} does it (OWASP Encoder {@code forXml}): the five markup
 * characters become entities ({@code "} and {@code '} as numeric references) and characters XML 1.0
 * cannot carry become a space. Attribute values ({@code forXmlAttribute}) leave {@code >} as is.
 */
public final class XmlEscaping {
  private XmlEscaping() {
  }

  public static String escape(String text) {
    return encode(text, true);
  }

  public static String escapeAttribute(String text) {
    return encode(text, false);
  }

  private static String encode(String text, boolean greaterThan) {
    if (text == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&':
          out.append("&amp;");
          break;
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append(greaterThan ? "&gt;" : ">");
          break;
        case '"':
          out.append("&#34;");
          break;
        case '\'':
          out.append("&#39;");
          break;
        default:
          out.append(isXmlChar(c) ? c : ' ');
      }
    }
    return out.toString();
  }

  private static boolean isXmlChar(char c) {
    return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
        || Character.isSurrogate(c);
  }
}
