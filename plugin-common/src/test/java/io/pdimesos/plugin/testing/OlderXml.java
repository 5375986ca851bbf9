package io.pdimesos.plugin.testing;

import io.pdimesos.plugin.Setting;
import java.util.regex.Pattern;

/**
 * A saved entry or step as an older release wrote it, for the tests that prove old jobs load
 * unchanged: the golden XML without the tags of the settings added since.
 */
public final class OlderXml {
  private OlderXml() {}

  /** {@code xml} without the lines that hold the tags of {@code added}; fails if one is absent. */
  public static String without(String xml, Setting... added) {
    String out = xml;
    for (Setting s : added) {
      Pattern line = Pattern.compile("(?m)^[ \\t]*<" + s.tag() + "(/>|>.*</" + s.tag() + ">)\\R");
      String less = line.matcher(out).replaceAll("");
      if (less.equals(out)) {
        throw new IllegalArgumentException("The XML has no <" + s.tag() + "> line to take out");
      }
      out = less;
    }
    return out;
  }
}
