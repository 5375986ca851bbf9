package io.pdimesos.core.error;

/**
 * Makes text that came from a server safe to show: in a terminal, where control characters move
 * the cursor or change colours, and in a PDI log, where they garble the line. Characters that
 * could not be decoded and control or bidi-format characters never pass through; quotes of a body
 * are kept to about {@value #QUOTE_CHARS} characters.
 */
public final class Printable {
  /** How much of a server's body a message quotes. */
  public static final int QUOTE_CHARS = 200;
  /** No message is longer than this: a server's text is quoted, never copied whole. */
  public static final int MESSAGE_CHARS = 2_000;

  private Printable() {}

  /**
   * A quote of {@code text} on one line: whitespace runs become one space, unprintable
   * characters are escaped as {@code \\uXXXX} (undecodable bytes, already U+FFFD, are dropped),
   * and the result is cut to {@code max} characters followed by an ellipsis.
   */
  public static String quote(String text, int max) {
    return clean(text, max, false);
  }

  /**
   * A whole message: like {@link #quote} but line breaks stay (messages list field errors one
   * per line) and the limit is {@value #MESSAGE_CHARS} characters.
   */
  public static String message(String text) {
    return clean(text, MESSAGE_CHARS, true);
  }

  /** True when every character of {@code s} may be shown as it is (line breaks included). */
  public static boolean isPrintable(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isSurrogate(c)) {
        if (!pairAt(s, i)) {
          return false;
        }
        i++;
      } else if (c == '\uFFFD' || c != '\n' && c != '\t' && unprintable(c)) {
        return false;
      }
    }
    return true;
  }

  private static String clean(String text, int max, boolean keepLines) {
    if (text == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(Math.min(text.length(), max + 16));
    boolean space = false;
    int i = 0;
    for (; i < text.length() && sb.length() < max; i++) {
      char c = text.charAt(i);
      if (c == '\n' && keepLines) {
        trimEnd(sb);
        sb.append('\n');
        space = false;
      } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        if (keepLines && (c == ' ' || c == '\t') && endsWithIndent(sb)) {
          sb.append(' '); // the indentation of a listed item ("\n  /id: ...")
        } else {
          space = sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n';
        }
      } else if (c == '\uFFFD' || (Character.isSurrogate(c) && !pairAt(text, i))) {
        continue; // bytes that were not UTF-8, or half a character: nothing to show
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        if (unprintable(c)) {
          sb.append(String.format("\\u%04x", (int) c));
        } else {
          sb.append(c);
          if (Character.isHighSurrogate(c)) {
            sb.append(text.charAt(++i));
          }
        }
      }
    }
    trimEnd(sb);
    if (sb.length() > max || restIsNotBlank(text, i)) {
      int cut = Math.min(sb.length(), max);
      if (cut > 0 && Character.isHighSurrogate(sb.charAt(cut - 1))) {
        cut--;
      }
      sb.setLength(cut);
      trimEnd(sb);
      sb.append('…');
    }
    return sb.toString().trim();
  }

  /** Only spaces since the last line break. */
  private static boolean endsWithIndent(StringBuilder sb) {
    for (int i = sb.length() - 1; i >= 0; i--) {
      if (sb.charAt(i) == '\n') {
        return true;
      }
      if (sb.charAt(i) != ' ') {
        return false;
      }
    }
    return false;
  }

  private static boolean restIsNotBlank(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static void trimEnd(StringBuilder sb) {
    while (sb.length() > 0 && sb.charAt(sb.length() - 1) == ' ') {
      sb.setLength(sb.length() - 1);
    }
  }

  private static boolean pairAt(String s, int i) {
    char c = s.charAt(i);
    return Character.isHighSurrogate(c) && i + 1 < s.length()
        && Character.isLowSurrogate(s.charAt(i + 1));
  }

  /** Controls (C0, DEL, C1), bidi and other format characters, unassigned and private use. */
  private static boolean unprintable(char c) {
    int type = Character.getType(c);
    return type == Character.CONTROL || type == Character.FORMAT
        || type == Character.UNASSIGNED || type == Character.PRIVATE_USE
        || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
  }
}
