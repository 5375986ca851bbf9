package io.pdimesos.plugin;

import java.util.List;
import java.util.Locale;

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
          .append(" | ").append(kind(s))
          .append(" | ").append(defaultOf(s))
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

  private static String kind(Setting s) {
    switch (s.kind()) {
      case CHOICE:
        return "choice: " + String.join(", ", s.choices());
      case KEY_VALUES:
        return "key/value table";
      case TEXT_LIST:
        return "list";
      case TABLE:
        return "table of `" + s.rowTag() + "`: " + columns(s);
      default:
        return s.kind().name().toLowerCase(Locale.ROOT);
    }
  }

  /** {@code `name` (Name, required), `type` (Type: String, Integer)}. */
  private static String columns(Setting s) {
    StringBuilder out = new StringBuilder();
    for (TableColumn c : s.columns()) {
      if (out.length() > 0) {
        out.append(", ");
      }
      out.append('`').append(c.tag()).append("` (").append(cell(s.columnLabel(c)));
      if (c.isChoice()) {
        out.append(": ").append(String.join(", ", c.choices()));
      }
      out.append(c.isRequired() ? ", required)" : ")");
    }
    return out.toString();
  }

  private static String defaultOf(Setting s) {
    if (s.kind() == SettingKind.TABLE) {
      return s.defaultRows().isEmpty() ? "" : s.defaultRows().size() + " rows";
    }
    if (s.kind() == SettingKind.BOOLEAN) {
      return "Y".equals(s.defaultValue()) ? "yes" : "no";
    }
    if (s.kind() == SettingKind.TEXT_LIST) {
      return s.defaultList().isEmpty() ? "" : "`" + String.join("`, `", s.defaultList()) + "`";
    }
    return s.defaultValue().isEmpty() ? "" : "`" + s.defaultValue().replace("|", "\\|") + "`";
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
