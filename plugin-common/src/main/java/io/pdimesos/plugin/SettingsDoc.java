package io.pdimesos.plugin;

import java.util.List;

/**
 * The settings table of a docs page, generated from the declarations. The page keeps it between
 * {@link #BEGIN} and {@link #END}, so the prose around it is free and a test can tell when the
 * page and the declarations disagree.
 */
public final class SettingsDoc {
  public static final String BEGIN = "<!-- settings:begin (generated from the declarations;"
      + " do not edit) -->";
  public static final String END = "<!-- settings:end -->";

  private SettingsDoc() {}

  /** A Markdown table: tab, label, XML tag, kind, default, required, description (en_US). */
  public static String table(List<Setting> settings) {
    StringBuilder md = new StringBuilder();
    md.append("| Tab | Setting | XML tag | Kind | Default | Required | Description |\n");
    md.append("|---|---|---|---|---|---|---|\n");
    for (Setting s : settings) {
      md.append("| ").append(s.tab().label())
          .append(" | ").append(cell(s.label()))
          .append(" | `").append(s.tag()).append('`')
          .append(" | ").append(s.kind().behaviour().describe(s))
          .append(" | ").append(s.kind().behaviour().describeDefault(s))
          .append(" | ").append(s.required() ? "yes" : "")
          .append(" | ").append(cell(s.tooltip())).append(" |\n");
    }
    return md.toString();
  }

  /** {@code page} with the generated region replaced by {@code table}. */
  public static String replaceRegion(String page, String table) {
    int begin = page.indexOf(BEGIN);
    int end = page.indexOf(END);
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("The page has no " + BEGIN + " ... " + END + " region");
    }
    return page.substring(0, begin + BEGIN.length()) + "\n" + table + page.substring(end);
  }

  /** The generated region of {@code page} (between the markers, without them). */
  public static String region(String page) {
    int begin = page.indexOf(BEGIN);
    int end = page.indexOf(END);
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("The page has no " + BEGIN + " ... " + END + " region");
    }
    return page.substring(begin + BEGIN.length() + 1, end);
  }

  /** {@code text} fit for one table cell. */
  static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
