package io.pdimesos.steps;

import io.pdimesos.plugin.ClusterRun;
import io.pdimesos.plugin.Setting;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The input fields a step copy's settings name, resolved once per copy rather than per row, and
 * the typed reads of them that the job action steps share. A value that cannot be used is a
 * {@link RowValues.BadValue} naming the field.
 */
public final class RowFields {
  private final Map<Setting, String> names = new HashMap<Setting, String>();

  public RowFields(ClusterRun run, List<Setting> fieldSettings) {
    for (Setting s : fieldSettings) {
      names.put(s, run.text(s));
    }
  }

  /** The name of the input field {@code s} names, "" when none. */
  public String name(Setting s) {
    return names.get(s);
  }

  /** The trimmed text of the field {@code s} names, "" when none is named or it is empty. */
  public String text(RowValues row, Setting s) {
    return row.text(name(s));
  }

  /** A number not below 0 from the field {@code s} names, or null when it is empty. */
  public Double number(RowValues row, Setting s) {
    String f = name(s);
    String v = row.text(f);
    if (v.isEmpty()) {
      return null;
    }
    try {
      double d = Double.parseDouble(v);
      if (d < 0 || Double.isNaN(d) || Double.isInfinite(d)) {
        throw new NumberFormatException();
      }
      return d;
    } catch (NumberFormatException e) {
      throw new RowValues.BadValue(f, "field '" + f + "' must be a number not below 0, got '"
          + v + "'");
    }
  }

  /**
   * The job a row defines, as a builder: the JSON in the field {@code jsonField} names, renamed
   * to the value of the field {@code nameField} names when that is filled, or else a new job of
   * that name. A row that holds neither, or JSON that cannot be read, names the field at fault.
   *
   * @param parse reads a job's JSON (throwing IllegalArgumentException for a bad one)
   * @param named starts a job of a name
   * @param rename sets a name on a parsed job
   */
  public <B> B definition(RowValues row, Setting jsonField, Setting nameField,
      Function<String, B> parse, Function<String, B> named, BiConsumer<B, String> rename) {
    String json = text(row, jsonField);
    String name = text(row, nameField);
    if (!json.isEmpty()) {
      B b;
      try {
        b = parse.apply(json);
      } catch (IllegalArgumentException e) {
        throw new RowValues.BadValue(name(jsonField), "field '" + name(jsonField) + "': "
            + e.getMessage());
      }
      if (!name.isEmpty()) {
        rename.accept(b, name);
      }
      return b;
    }
    if (name.isEmpty()) {
      String f = name(nameField).isEmpty() ? name(jsonField) : name(nameField);
      throw new RowValues.BadValue(f, "the row names no job: field '" + f + "' is empty");
    }
    return named.apply(name);
  }

  /** Job names or ids from the field {@code s} names: separated by commas, semicolons or spaces. */
  public List<String> names(RowValues row, Setting s) {
    List<String> out = new ArrayList<String>();
    for (String n : text(row, s).split("[,;\\s]+")) {
      if (!n.isEmpty()) {
        out.add(n);
      }
    }
    return out;
  }
}
