package io.pdimesos.plugin.ui;

import static io.pdimesos.plugin.sample.SampleSettings.APP_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pdimesos.plugin.ConnectionSettings;
import io.pdimesos.plugin.SettingValues;
import io.pdimesos.plugin.sample.SampleSettings;
import io.pdimesos.plugin.testing.DialogDriver;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.pentaho.di.core.variables.Variables;
import org.pentaho.di.ui.core.widget.ComboVar;
import org.pentaho.di.ui.core.widget.TextVar;

/** Settings that name an input field become combos of the incoming fields (run under Xvfb). */
@EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".+")
class SettingsDialogFieldChoicesTest {
  private static Display display;
  private Shell spoon;
  private DialogDriver driver;

  @BeforeAll
  static void openDisplay() {
    display = new Display();
  }

  @AfterAll
  static void closeDisplay() {
    display.dispose();
  }

  @BeforeEach
  void spoon() {
    spoon = new Shell(display);
    driver = new DialogDriver(display);
  }

  @AfterEach
  void closeSpoon() {
    spoon.dispose();
    // The driver keeps message boxes from blocking: none was expected here.
    assertThat(driver.shown).isEmpty();
  }

  private String open(SettingsDialog dialog, SettingValues values, Consumer<SettingsDialog> actions) {
    return driver.run(dialog, spoon, () -> dialog.open("Step", values), actions);
  }

  @Test
  void pickersListTheFieldsAndKeepAStoredNameThatIsNotAmongThem() {
    AtomicInteger asked = new AtomicInteger();
    SettingsDialog dialog = new SettingsDialog(spoon, new Variables(), "Sample", "Step name")
        .fieldChoices(List.of(APP_ID, ConnectionSettings.USER), () -> {
          asked.incrementAndGet();
          return new String[] {"app", "instances"};
        });
    SettingValues v = new SettingValues(SampleSettings.ALL).set(APP_ID, "renamed_upstream")
        .set(ConnectionSettings.USER, "app");
    List<String> seen = new ArrayList<>();
    String name = open(dialog, v, d -> {
      ComboVar appId = (ComboVar) d.form().widget(APP_ID);
      ComboVar user = (ComboVar) d.form().widget(ConnectionSettings.USER);
      seen.add(String.join(",", appId.getItems()) + " | " + appId.getText() + " | " + user.getText());
      assertThat(d.form().widget(ConnectionSettings.MESOS_MASTERS)).isInstanceOf(TextVar.class);
      d.okButton().notifyListeners(SWT.Selection, new Event());
    });
    assertThat(name).isEqualTo("Step");
    assertThat(seen).containsExactly("app,instances | renamed_upstream | app");
    assertThat(v.raw(APP_ID)).isEqualTo("renamed_upstream");
    assertThat(v.raw(ConnectionSettings.USER)).isEqualTo("app");
    assertThat(asked).hasValue(1);
  }

  @Test
  void aPickedNameOrATypedVariableIsStored() {
    SettingsDialog dialog = new SettingsDialog(spoon, new Variables(), "Sample", "Step name")
        .fieldChoices(List.of(APP_ID, ConnectionSettings.USER), () -> new String[] {"app", "instances"});
    SettingValues v = new SettingValues(SampleSettings.ALL);
    open(dialog, v, d -> {
      ComboVar appId = (ComboVar) d.form().widget(APP_ID);
      appId.select(1);
      ((ComboVar) d.form().widget(ConnectionSettings.USER)).setText("${USER_FIELD}");
      d.okButton().notifyListeners(SWT.Selection, new Event());
    });
    assertThat(v.raw(APP_ID)).isEqualTo("instances");
    assertThat(v.raw(ConnectionSettings.USER)).isEqualTo("${USER_FIELD}");
  }

  @Test
  void noFieldsLeavesAnEmptyComboToTypeInto() {
    SettingsDialog dialog = new SettingsDialog(spoon, new Variables(), "Sample", "Step name")
        .fieldChoices(List.of(APP_ID), () -> null);
    SettingValues v = new SettingValues(SampleSettings.ALL);
    open(dialog, v, d -> {
      ComboVar appId = (ComboVar) d.form().widget(APP_ID);
      assertThat(appId.getItemCount()).isZero();
      appId.setText("typed");
      d.okButton().notifyListeners(SWT.Selection, new Event());
    });
    assertThat(v.raw(APP_ID)).isEqualTo("typed");
  }

  @Test
  void onlyTextSettingsCanListFields() {
    SettingsDialog dialog = new SettingsDialog(spoon, new Variables(), "Sample", "Step name");
    assertThatThrownBy(() -> dialog.fieldChoices(List.of(SampleSettings.INSTANCES), () -> new String[0]))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'instances' is a INTEGER");
  }
}
