package io.pdimesos.pdiapi;

import java.util.Map;
import org.pentaho.di.core.exception.KettleValueException;
import org.pentaho.di.core.row.RowMetaInterface;

/**
 * PDI's variable syntax, written from its documented behaviour: {@code ${NAME}} (Unix style) and
 * {@code %%NAME%%} (Windows style) are replaced by the variable's value; a reference to an unknown
 * variable stays in the text unchanged, so it can still be resolved later; {@code ?{FIELD}} in
 * {@code fieldSubstitute} takes a field of the current row.
 */
public final class VariableSubstitution {
  private VariableSubstitution() {
  }

  public static String substitute(String text, Map<String, String> values, boolean escapeXml) {
    if (text == null) {
      return null;
    }
    String once = replace(text, "${", "}", values, escapeXml);
    return replace(once, "%%", "%%", values, escapeXml);
  }

  /** True when the text holds at least one complete {@code ${NAME}} or {@code %%NAME%%} reference. */
  public static boolean containsVariable(String text) {
    return text != null && (hasReference(text, "${", "}") || hasReference(text, "%%", "%%"));
  }

  public static String substituteFields(String text, RowMetaInterface rowMeta, Object[] row)
      throws KettleValueException {
    if (text == null || rowMeta == null) {
      return text;
    }
    StringBuilder out = new StringBuilder();
    int from = 0;
    while (true) {
      int start = text.indexOf("?{", from);
      int end = start < 0 ? -1 : text.indexOf('}', start + 2);
      if (end < 0) {
        out.append(text, from, text.length());
        return out.toString();
      }
      String field = text.substring(start + 2, end);
      int index = rowMeta.indexOfValue(field);
      out.append(text, from, start);
      if (index < 0) {
        out.append(text, start, end + 1);
      } else {
        String value = rowMeta.getString(row, index);
        out.append(value == null ? "" : value);
      }
      from = end + 1;
    }
  }

  private static boolean hasReference(String text, String open, String close) {
    int start = text.indexOf(open);
    while (start >= 0) {
      int end = text.indexOf(close, start + open.length());
      if (end < 0) {
        return false;
      }
      if (end > start + open.length()) {
        return true;
      }
      start = text.indexOf(open, end + close.length());
    }
    return false;
  }

  private static String replace(String text, String open, String close, Map<String, String> values,
      boolean escapeXml) {
    StringBuilder out = new StringBuilder(text.length());
    int from = 0;
    while (true) {
      int start = text.indexOf(open, from);
      int end = start < 0 ? -1 : text.indexOf(close, start + open.length());
      if (end < 0) {
        out.append(text, from, text.length());
        return out.toString();
      }
      String name = text.substring(start + open.length(), end);
      String value = values.get(name);
      out.append(text, from, start);
      if (value == null) {
        out.append(text, start, end + close.length());
      } else {
        out.append(escapeXml ? XmlEscaping.escape(value) : value);
      }
      from = end + close.length();
    }
  }
}
