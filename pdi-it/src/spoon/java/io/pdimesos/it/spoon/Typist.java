package io.pdimesos.it.spoon;

import io.pdimesos.plugin.KeyValue;
import io.pdimesos.plugin.Setting;
import io.pdimesos.plugin.SettingValues;
import io.pdimesos.plugin.TableColumn;
import io.pdimesos.plugin.TableRow;
import io.pdimesos.plugin.ui.SettingsForm;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.pentaho.di.ui.core.widget.ComboVar;
import org.pentaho.di.ui.core.widget.TableView;
import org.pentaho.di.ui.core.widget.TextVar;

/**
 * Types values into a dialog's widgets through PDI's own widget API (TextVar, ComboVar, TableView
 * and SWT's), as a user's typing ends up, never through the form's show(): what OK then stores
 * is what the real widgets hold.
 */
final class Typist {
  private Typist() {}

  /** Every setting of {@code values}, each into its widget. */
  static void type(SettingsForm form, SettingValues values) {
    for (Setting s : values.settings()) {
      Control c = form.widget(s);
      switch (s.kind()) {
        case BOOLEAN:
          Button check = (Button) c;
          check.setSelection(values.bool(s));
          check.notifyListeners(SWT.Selection, new Event()); // as a click: rules such as "wait" react
          break;
        case JSON:
          ((Text) c).setText(values.raw(s));
          break;
        case TEXT_LIST:
          ((Text) c).setText(String.join("\n", values.lines(s)));
          break;
        case KEY_VALUES:
          List<String[]> pairs = new ArrayList<>();
          for (KeyValue pair : values.pairs(s)) {
            pairs.add(new String[] {pair.key(), pair.value()});
          }
          rows((TableView) c, pairs);
          break;
        case TABLE:
          List<String[]> rows = new ArrayList<>();
          for (TableRow row : values.table(s)) {
            rows.add(s.columns().stream().map(TableColumn::tag).map(row::get).toArray(String[]::new));
          }
          rows((TableView) c, rows);
          break;
        default:
          if (c instanceof ComboVar) {
            ((ComboVar) c).setText(values.raw(s));
          } else {
            ((TextVar) c).setText(values.raw(s));
          }
      }
    }
  }

  /** Replaces a table's rows, as deleting them all and typing new ones would. */
  static void rows(TableView table, List<String[]> rows) {
    table.table.removeAll();
    for (String[] row : rows) {
      table.add(row);
    }
    table.setRowNums();
    table.optWidth(true);
  }
}
