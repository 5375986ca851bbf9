package io.pdimesos.plugin.ui;

import io.pdimesos.plugin.KeyValue;
import io.pdimesos.plugin.Setting;
import io.pdimesos.plugin.SettingException;
import io.pdimesos.plugin.SettingKind;
import io.pdimesos.plugin.SettingValues;
import io.pdimesos.plugin.TableColumn;
import io.pdimesos.plugin.TableRow;
import io.pdimesos.plugin.VariableRefs;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.pentaho.di.core.Props;
import org.pentaho.di.i18n.BaseMessages;
import org.pentaho.di.ui.core.widget.ColumnInfo;
import org.pentaho.di.ui.core.widget.ComboVar;
import org.pentaho.di.ui.core.widget.ControlSpaceKeyAdapter;
import org.pentaho.di.ui.core.widget.PasswordTextVar;
import org.pentaho.di.ui.core.widget.TableView;
import org.pentaho.di.ui.core.widget.TextVar;

/**
 * How the dialog shows the settings of one {@link SettingKind}: the widget, its height, and how
 * values move in and out of it. Every text widget keeps {@code ${VAR}} as typed (TextVar,
 * PasswordTextVar and ComboVar offer Ctrl+Space; multi-line texts get PDI's
 * ControlSpaceKeyAdapter). {@link #of} is the one place that maps kinds to widgets.
 */
abstract class KindWidget {
  private static final Class<?> PKG = KindWidget.class;
  private static final int SINGLE = SWT.SINGLE | SWT.LEFT | SWT.BORDER;
  private static final int JSON_LINES = 14;
  private static final int LIST_LINES = 4;
  private static final int TABLE_HEIGHT = 110;
  /** A TABLE setting is a tab's main content (an input step's fields): room for ~11 rows. */
  static final int WIDE_TABLE_HEIGHT = 300;

  static KindWidget of(SettingKind kind) {
    switch (kind) {
      case PASSWORD:
        return new Password();
      case BOOLEAN:
        return new Checkbox();
      case INTEGER:
      case NUMBER:
        return new Number();
      case CHOICE:
        return new Choice();
      case JSON:
        return new Json();
      case TEXT_LIST:
        return new Lines();
      case KEY_VALUES:
        return new Pairs();
      case TABLE:
        return new Table();
      default:
        return new TextField();
    }
  }

  /** The widget of {@code s} on {@code parent}. */
  abstract Control create(SettingsForm form, Composite parent, Setting s);

  /** Its height in pixels; 0 for a one-line widget, whose label sits centred beside it. */
  int height(Control c) {
    return 0;
  }

  /** Whether it takes the whole width of its tab, under its label (a table of fields). */
  boolean wide() {
    return false;
  }

  /** PDI's look for it ({@code Props.WIDGET_STYLE_*}). */
  int look() {
    return Props.WIDGET_STYLE_DEFAULT;
  }

  /** What it needs beyond PDI's look, applied after it. */
  void afterLook(Control c) {}

  /** Puts the raw value (variables unsubstituted) into the widget. */
  abstract void show(Control c, Setting s, SettingValues values);

  /** Writes the widget's value into {@code values}. */
  abstract void store(Control c, Setting s, SettingValues values);

  /**
   * What OK refuses in a value as typed (a word where a number goes), or null; values with
   * variables are left to the run.
   */
  SettingException typedProblem(Setting s, SettingValues typed) {
    return null;
  }

  /** The value as typed checked by its kind's rules and its validator, variables left alone. */
  static SettingException refused(Setting s, SettingValues typed) {
    String raw = typed.raw(s);
    if (raw.trim().isEmpty() || VariableRefs.contains(raw)) {
      return null;
    }
    try {
      typed.in(null).text(s);
      return null;
    } catch (SettingException e) {
      return e;
    }
  }

  /** TEXT: a TextVar, or an editable combo of the input fields when the setting names one. */
  static class TextField extends KindWidget {
    @Override
    Control create(SettingsForm form, Composite parent, Setting s) {
      return form.picksField(s) ? form.fieldPicker(parent, s)
          : new TextVar(form.space(), parent, SINGLE);
    }

    @Override
    void show(Control c, Setting s, SettingValues values) {
      if (c instanceof ComboVar) {
        // A field picker: the stored name is shown even when no previous step gives it.
        ((ComboVar) c).setText(values.raw(s));
      } else {
        ((TextVar) c).setText(values.raw(s));
      }
    }

    @Override
    void store(Control c, Setting s, SettingValues values) {
      values.set(s, c instanceof ComboVar ? ((ComboVar) c).getText() : ((TextVar) c).getText());
    }
  }

  /** INTEGER, NUMBER: text, so that the value may be a variable; OK refuses a word. */
  static final class Number extends TextField {
    @Override
    SettingException typedProblem(Setting s, SettingValues typed) {
      return refused(s, typed);
    }
  }

  static final class Password extends KindWidget {
    @Override
    Control create(SettingsForm form, Composite parent, Setting s) {
      return new PasswordTextVar(form.space(), parent, SINGLE);
    }

    @Override
    void show(Control c, Setting s, SettingValues values) {
      ((TextVar) c).setText(values.raw(s));
    }

    @Override
    void store(Control c, Setting s, SettingValues values) {
      values.set(s, ((TextVar) c).getText());
    }
  }

  static final class Checkbox extends KindWidget {
    @Override
    Control create(SettingsForm form, Composite parent, Setting s) {
      return new Button(parent, SWT.CHECK);
    }

    /**
     * PDI's look gives the box a background but no foreground; on GTK 3 (Adwaita) the tick is then
     * drawn in the theme's checked colour, white, on that white background: a ticked box looked
     * empty in the real Spoon. A black tick, like PDI's text on that background, stays visible
     * (the theme's own foreground does not: SWT takes it for "no foreground set").
     */
    @Override
    void afterLook(Control c) {
      c.setForeground(c.getDisplay().getSystemColor(SWT.COLOR_BLACK));
    }

    @Override
    void show(Control c, Setting s, SettingValues values) {
      ((Button) c).setSelection(values.bool(s));
    }

    @Override
    void store(Control c, Setting s, SettingValues values) {
      values.set(s, ((Button) c).getSelection());
    }
  }

  /**
   * An editable ComboVar, never a read-only combo: the value may be a variable (the connection
   * block's defaults are). OK refuses a code that is not among the choices.
   */
  static final class Choice extends KindWidget {
    @Override
    Control create(SettingsForm form, Composite parent, Setting s) {
      ComboVar combo = new ComboVar(form.space(), parent, SWT.BORDER);
      combo.setItems(s.choices().toArray(new String[0]));
      return combo;
    }

    @Override
    void show(Control c, Setting s, SettingValues values) {
      ((ComboVar) c).setText(values.raw(s));
    }

    @Override
    void store(Control c, Setting s, SettingValues values) {
      values.set(s, ((ComboVar) c).getText().trim());
    }

    @Override
    SettingException typedProblem(Setting s, SettingValues typed) {
      return refused(s, typed);
    }
  }

  /** A multi-line monospace text that scrolls and keeps {@code ${VAR}}. */
  static final class Json extends KindWidget {
    @Override
    Control create(SettingsForm form, Composite parent, Setting s) {
      Text text = multiLine(form, parent, SWT.V_SCROLL | SWT.H_SCROLL);
      text.setFont(form.fixedFont(text));
      return text;
    }

    @Override
    int height(Control c) {
      return ((Text) c).getLineHeight() * JSON_LINES;
    }

    /** PDI's fixed-width style for code (its own font in Spoon; ours is the fallback). */
    @Override
    int look() {
      return Props.WIDGET_STYLE_FIXED;
    }

    @Override
    void show(Control c, Setting s, SettingValues values) {
      ((Text) c).setText(values.raw(s));
    }

    @Override
    void store(Control c, Setting s, SettingValues values) {
      values.set(s, ((Text) c).getText());
    }
  }

  /** One value per line; blank lines are dropped. */
  static final class Lines extends KindWidget {
    @Override
    Control create(SettingsForm form, Composite parent, Setting s) {
      return multiLine(form, parent, SWT.V_SCROLL);
    }

    @Override
    int height(Control c) {
      return ((Text) c).getLineHeight() * LIST_LINES;
    }

    @Override
    void show(Control c, Setting s, SettingValues values) {
      ((Text) c).setText(String.join(Text.DELIMITER, values.lines(s)));
    }

    @Override
    void store(Control c, Setting s, SettingValues values) {
      List<String> lines = new ArrayList<String>();
      for (String line : Arrays.asList(((Text) c).getText().split("\r?\n"))) {
        if (!line.trim().isEmpty()) {
          lines.add(line.trim());
        }
      }
      values.setLines(s, lines);
    }
  }

  /** A two-column table (Key, Value), both variable-aware. */
  static final class Pairs extends KindWidget {
    @Override
    Control create(SettingsForm form, Composite parent, Setting s) {
      return form.tableView(parent, column(BaseMessages.getString(PKG, "KindWidget.Column.Key")),
          column(BaseMessages.getString(PKG, "KindWidget.Column.Value")));
    }

    private static ColumnInfo column(String label) {
      ColumnInfo info = new ColumnInfo(label, ColumnInfo.COLUMN_TYPE_TEXT, false);
      info.setUsingVariables(true);
      return info;
    }

    @Override
    int height(Control c) {
      return TABLE_HEIGHT;
    }

    @Override
    void show(Control c, Setting s, SettingValues values) {
      List<List<String>> rows = new ArrayList<List<String>>();
      for (KeyValue kv : values.pairs(s)) {
        rows.add(Arrays.asList(kv.key(), kv.value()));
      }
      showCells((TableView) c, rows);
    }

    @Override
    void store(Control c, Setting s, SettingValues values) {
      List<KeyValue> pairs = new ArrayList<KeyValue>();
      TableView table = (TableView) c;
      for (int i = 0; i < table.nrNonEmpty(); i++) {
        TableItem item = table.getNonEmpty(i);
        pairs.add(new KeyValue(item.getText(1), item.getText(2)));
      }
      values.setPairs(s, pairs);
    }
  }

  /**
   * A table across the whole tab under its label: text columns take variables, choice columns
   * are editable combos (a cell may be a variable).
   */
  static final class Table extends KindWidget {
    @Override
    Control create(SettingsForm form, Composite parent, Setting s) {
      List<ColumnInfo> columns = new ArrayList<ColumnInfo>();
      for (TableColumn c : s.columns()) {
        ColumnInfo info = c.isChoice()
            ? new ColumnInfo(s.columnLabel(c), ColumnInfo.COLUMN_TYPE_CCOMBO,
                c.choices().toArray(new String[0]), false)
            : new ColumnInfo(s.columnLabel(c), ColumnInfo.COLUMN_TYPE_TEXT, false);
        info.setUsingVariables(true);
        columns.add(info);
      }
      return form.tableView(parent, columns.toArray(new ColumnInfo[0]));
    }

    @Override
    boolean wide() {
      return true;
    }

    @Override
    int height(Control c) {
      return WIDE_TABLE_HEIGHT;
    }

    @Override
    void show(Control c, Setting s, SettingValues values) {
      showRows(s, (TableView) c, values.table(s));
    }

    @Override
    void store(Control c, Setting s, SettingValues values) {
      values.setTable(s, rows(s, (TableView) c));
    }

    static void showRows(Setting s, TableView table, List<TableRow> rows) {
      List<List<String>> cells = new ArrayList<List<String>>();
      for (TableRow row : rows) {
        List<String> line = new ArrayList<String>();
        for (TableColumn c : s.columns()) {
          line.add(row.get(c.tag()));
        }
        cells.add(line);
      }
      showCells(table, cells);
    }

    /** The non-empty rows, cells as typed. */
    static List<TableRow> rows(Setting s, TableView table) {
      List<TableRow> rows = new ArrayList<TableRow>();
      for (int i = 0; i < table.nrNonEmpty(); i++) {
        TableItem item = table.getNonEmpty(i);
        Map<String, String> cells = new LinkedHashMap<String, String>();
        for (int c = 0; c < s.columns().size(); c++) {
          cells.put(s.columns().get(c).tag(), item.getText(c + 1));
        }
        rows.add(new TableRow(cells));
      }
      return Collections.unmodifiableList(rows);
    }
  }

  /** A multi-line text whose Ctrl+Space lists the variables, as PDI's own multi-line fields. */
  static Text multiLine(SettingsForm form, Composite parent, int scrollBars) {
    Text text = new Text(parent, SWT.MULTI | SWT.LEFT | SWT.BORDER | scrollBars);
    text.addKeyListener(new ControlSpaceKeyAdapter(form.space(), text));
    return text;
  }

  static void showCells(TableView table, List<List<String>> rows) {
    table.table.removeAll();
    for (List<String> row : rows) {
      TableItem item = new TableItem(table.table, SWT.NONE);
      for (int i = 0; i < row.size(); i++) {
        item.setText(i + 1, row.get(i));
      }
    }
    if (rows.isEmpty()) {
      // One empty row to type into, as every PDI table starts.
      new TableItem(table.table, SWT.NONE);
    }
    table.setRowNums();
    table.optWidth(true);
  }
}
