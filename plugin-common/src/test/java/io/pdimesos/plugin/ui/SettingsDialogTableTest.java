package io.pdimesos.plugin.ui;

import static io.pdimesos.plugin.sample.SampleSettings.APP_ID;
import static io.pdimesos.plugin.sample.SampleSettings.FIELDS;
import static org.assertj.core.api.Assertions.assertThat;

import io.pdimesos.pdiapi.ShownErrors;
import io.pdimesos.plugin.SettingValues;
import io.pdimesos.plugin.TableRow;
import io.pdimesos.plugin.sample.SampleSettings;
import io.pdimesos.plugin.testing.DialogDriver;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FormData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.pentaho.di.core.variables.Variables;
import org.pentaho.di.ui.core.widget.ColumnInfo;
import org.pentaho.di.ui.core.widget.TableView;
import org.pentaho.di.ui.core.widget.TextVar;

/** A TABLE setting in the dialog, and the buttons a step adds (run under Xvfb; skipped without a display). */
@EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".+")
class SettingsDialogTableTest {
  private static Display display;
  private DialogDriver driver;
  private List<String> shown;
  private Shell spoon;

  @BeforeAll
  static void openDisplay() {
    Locale.setDefault(Locale.US);
    display = new Display();
  }

  @AfterAll
  static void closeDisplay() {
    display.dispose();
  }

  @BeforeEach
  void clear() {
    ShownErrors.clear();
    spoon = new Shell(display);
    driver = new DialogDriver(display);
    shown = driver.shown;
  }

  @AfterEach
  void closeSpoon() {
    spoon.dispose();
  }

  private static SettingValues values(TableRow... rows) {
    return new SettingValues(SampleSettings.ALL).set(APP_ID, "/a").setTable(FIELDS, List.of(rows));
  }

  private String open(SettingsDialog dialog, SettingValues values, Consumer<SettingsDialog> actions) {
    return driver.run(dialog, spoon, () -> dialog.open("Step", values), actions);
  }

  private SettingsDialog dialog() {
    return new SettingsDialog(spoon, new Variables(), "Sample", "Step name");
  }

  @Test
  void aTableIsATableViewAcrossItsTabWithTypedColumns() {
    SettingValues v = values(TableRow.of("name", "id", "path", "/id", "type", "String"),
        TableRow.of("name", "${F}", "type", "${T}"));
    List<String> seen = new ArrayList<>();
    open(dialog(), v, d -> {
      TableView table = (TableView) d.form().widget(FIELDS);
      FormData fd = (FormData) table.getLayoutData();
      seen.add("left " + fd.left.numerator + ", right " + fd.right.numerator);
      ColumnInfo[] columns = table.getColumns();
      seen.add(columns[0].getName() + " " + columns[0].getType() + " " + columns[0].isUsingVariables());
      seen.add(columns[2].getName() + " " + columns[2].getType() + " " + String.join("/", columns[2].getComboValues())
          + " " + columns[2].isReadOnly());
      for (int i = 0; i < table.getItemCount(); i++) {
        seen.add(String.join("|", table.getItem(i)));
      }
      d.cancelButton().notifyListeners(SWT.Selection, new Event());
    });
    assertThat(seen).containsExactly("left 0, right 100",
        "Name " + ColumnInfo.COLUMN_TYPE_TEXT + " true",
        "Type " + ColumnInfo.COLUMN_TYPE_CCOMBO + " String/Integer/Boolean false",
        "id|/id|String", "${F}||${T}");
  }

  @Test
  void okStoresTheRowsAndSkipsEmptyOnes() {
    SettingValues v = values(TableRow.of("name", "id", "path", "/id", "type", "String"));
    String name = open(dialog(), v, d -> {
      TableView table = (TableView) d.form().widget(FIELDS);
      new TableItem(table.table, SWT.NONE);
      TableItem added = new TableItem(table.table, SWT.NONE);
      added.setText(1, "up");
      added.setText(3, "Boolean");
      d.okButton().notifyListeners(SWT.Selection, new Event());
    });
    assertThat(name).isEqualTo("Step");
    assertThat(v.table(FIELDS)).containsExactly(TableRow.of("name", "id", "path", "/id", "type", "String"),
        TableRow.of("name", "up", "type", "Boolean"));
  }

  @Test
  void anEmptyTableShowsOneRowToTypeIntoAndStoresNone() {
    SettingValues v = values();
    List<Integer> rows = new ArrayList<>();
    open(dialog(), v, d -> {
      rows.add(((TableView) d.form().widget(FIELDS)).getItemCount());
      d.okButton().notifyListeners(SWT.Selection, new Event());
    });
    assertThat(rows).containsExactly(1);
    assertThat(v.table(FIELDS)).isEmpty();
  }

  @Test
  void anAddedButtonGetsTheTypedValuesAndFillsTheTable() {
    SettingValues v = values(TableRow.of("name", "old"));
    List<String> typedAppIds = new ArrayList<>();
    SettingsDialog dialog = dialog().addButton("&Get fields", (typed, form) -> {
      typedAppIds.add(typed.raw(APP_ID));
      form.showTable(FIELDS, List.of(TableRow.of("name", "id", "path", "/id", "type", "String"),
          TableRow.of("name", "cpus", "path", "/cpus", "type", "Integer")));
    });
    List<String> buttons = new ArrayList<>();
    open(dialog, v, d -> {
      for (Button b : d.addedButtons()) {
        buttons.add(b.getText());
      }
      ((TextVar) d.form().widget(APP_ID)).setText("/typed");
      d.addedButtons().get(0).notifyListeners(SWT.Selection, new Event());
      d.okButton().notifyListeners(SWT.Selection, new Event());
    });
    assertThat(buttons).containsExactly("&Get fields");
    assertThat(typedAppIds).containsExactly("/typed");
    assertThat(v.raw(APP_ID)).isEqualTo("/typed");
    assertThat(v.table(FIELDS)).containsExactly(TableRow.of("name", "id", "path", "/id", "type", "String"),
        TableRow.of("name", "cpus", "path", "/cpus", "type", "Integer"));
    assertThat(ShownErrors.shown()).isEmpty();
  }

  @Test
  void aFailingAddedButtonShowsTheErrorAndKeepsTheDialogAndValues() {
    SettingValues v = values(TableRow.of("name", "kept"));
    SettingValues before = v.copy();
    List<Boolean> stillOpen = new ArrayList<>();
    SettingsDialog dialog = dialog().addButton("Get fields", (typed, form) -> {
      throw new IllegalStateException("no service answered at http://127.0.0.1:9");
    });
    String result = open(dialog, v, d -> {
      d.addedButtons().get(0).notifyListeners(SWT.Selection, new Event());
      stillOpen.add(!d.shell().isDisposed());
      d.cancelButton().notifyListeners(SWT.Selection, new Event());
    });
    assertThat(result).isNull();
    assertThat(stillOpen).containsExactly(true);
    assertThat(ShownErrors.shown()).singleElement().asString().contains("Get fields")
        .contains("no service answered at http://127.0.0.1:9");
    assertThat(v).isEqualTo(before);
  }
}
