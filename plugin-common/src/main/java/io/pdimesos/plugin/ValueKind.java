package io.pdimesos.plugin;

import java.util.List;
import java.util.Locale;
import org.pentaho.di.core.exception.KettleException;
import org.w3c.dom.Node;

/**
 * What one {@link SettingKind} does with its values, all in one place: its default, a copy, its
 * XML and repository form, its check, the rules a resolved value must meet and its words in the
 * docs table. Scalars ({@link ScalarKind}) hold one string, lists ({@link ListKind}) rows of
 * cells. A new kind is a subclass here and a widget in {@code ui.KindWidget}.
 */
abstract class ValueKind {
  /** Indentation of a setting's tag inside an {@code <entry>} or {@code <step>}. */
  static final String INDENT = "      ";

  /** The declared default as a value (a String, or a list for the list kinds). */
  abstract Object initial(Setting s);

  /** A copy the caller may change: lists are copied, strings are not. */
  Object copy(Object value) {
    return value;
  }

  /** Appends the setting's tag(s) holding {@code value}. */
  abstract void writeXml(StringBuilder xml, Setting s, Object value);

  /** The value held by {@code tag}, the setting's own element. */
  abstract Object readXml(Setting s, Node tag);

  abstract void save(RepositoryAttributes rep, Setting s, Object value) throws KettleException;

  /** The saved value (the caller knows it was saved). */
  abstract Object read(RepositoryAttributes rep, Setting s) throws KettleException;

  /** Adds a remark per problem of {@code value}, as Spoon's Verify shows them. */
  abstract void check(SettingsCheck check, Setting s, Object value, boolean required);

  /** What is wrong with a resolved value by this kind's rules (not its validator's), or null. */
  String problem(Setting s, String resolved) {
    return null;
  }

  /** The docs table's kind column, e.g. {@code integer}. */
  String describe(Setting s) {
    return s.kind().name().toLowerCase(Locale.ROOT);
  }

  /** The docs table's default column. */
  abstract String describeDefault(Setting s);

  static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  static boolean hasText(List<String> lines) {
    for (String l : lines) {
      if (!l.trim().isEmpty()) {
        return true;
      }
    }
    return false;
  }
}
