package io.pdimesos.plugin;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds variable references ({@code ${NAME}}, {@code %%NAME%%}) that substitution left alone. */
public final class VariableRefs {
  private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^}]+)}|%%([^%]+)%%");

  private VariableRefs() {}

  /** True when {@code text} contains a variable reference. */
  public static boolean contains(String text) {
    return text != null && REFERENCE.matcher(text).find();
  }

  /** The names of the references in {@code text}, in order. */
  public static List<String> names(String text) {
    List<String> out = new ArrayList<String>();
    if (text == null) {
      return out;
    }
    Matcher m = REFERENCE.matcher(text);
    while (m.find()) {
      out.add(m.group(1) != null ? m.group(1) : m.group(2));
    }
    return out;
  }
}
