package io.pdimesos.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdimesos.pdiapi.ShownErrors;
import io.pdimesos.pdiapi.StepChain;
import io.pdimesos.plugin.ConnectionSettings;
import io.pdimesos.plugin.Setting;
import io.pdimesos.plugin.SettingKind;
import io.pdimesos.plugin.SettingValues;
import io.pdimesos.plugin.testing.DialogShots;
import io.pdimesos.plugin.testing.SettingsFiller;
import io.pdimesos.plugin.ui.SettingsForm;
import io.pdimesos.steps.chronosaction.ChronosJobActionMeta;
import io.pdimesos.steps.metronomeaction.MetronomeJobActionMeta;
import io.pdimesos.steps.marathonaction.MarathonAppActionMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pentaho.di.core.row.RowMeta;
import org.pentaho.di.core.row.ValueMetaInterface;
import org.pentaho.di.core.row.value.ValueMetaInteger;
import org.pentaho.di.core.row.value.ValueMetaString;
import org.pentaho.di.trans.Trans;
import org.pentaho.di.trans.TransMeta;
import org.pentaho.di.ui.core.widget.ComboVar;
import org.pentaho.di.ui.core.widget.TextVar;

/**
 * Opens the row-driven action steps' dialogs as Spoon does, under Xvfb (skipped without a
 * display): OK stores what was typed, Cancel nothing, and every setting naming an input field
 * lists the fields the hops bring; nothing is cut off or overlapping. The docs' screenshots come
 * from the real Spoon (pdi-it).
 */
@EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".+")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActionStepDialogsTest {
  private static final String INPUT = "CSV file input";

  private Display display;
  private StepDialogDriver driver;
  private TransMeta transMeta;

  @BeforeAll
  void openDisplay() {
    display = new Display();
  }

  @AfterAll
  void closeDisplay() {
    display.dispose();
  }

  @BeforeEach
  void transformation() {
    transMeta = new TransMeta();
    driver = new StepDialogDriver(display);
    ShownErrors.clear();
  }

  static Stream<Supplier<ActionStepMeta>> actions() {
    return NamedMetas.named(AllActionSteps.all());
  }

  /** The step as Spoon names a new one, after a CSV input giving {@code fields}. */
  private String stepAfterInput(ActionStepMeta meta, String... fields) {
    RowMeta csv = new RowMeta();
    for (String f : fields) {
      ValueMetaInterface v = f.equals("instances") || f.equals("cpus") || f.equals("mem")
          ? new ValueMetaInteger(f) : new ValueMetaString(f);
      csv.addValueMeta(v);
    }
    String name = ClusterStepDialog.title(meta);
    StepChain chain = new StepChain(transMeta, new Trans(transMeta));
    chain.source(INPUT, csv, List.of());
    chain.step(name, meta, meta.getStepData());
    chain.hop(INPUT, name);
    return name;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("actions")
  void okWithTheDefaultsStoresThemUnchanged(Supplier<ActionStepMeta> make) throws Exception {
    ActionStepMeta meta = make.get();
    meta.setDefault();
    SettingValues before = meta.settings().copy();
    String step = stepAfterInput(meta, "app_id", "instances");

    String name = driver.open(transMeta, step, meta,
        d -> d.okButton().notifyListeners(SWT.Selection, new Event()));

    assertThat(name).isEqualTo(step);
    assertThat(meta.settings()).isEqualTo(before);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("actions")
  void widgetsShowEveryValueAndOkStoresExactlyWhatWasTyped(Supplier<ActionStepMeta> make)
      throws Exception {
    ActionStepMeta meta = make.get();
    SettingsFiller.fill(meta.settings());
    SettingValues expected = meta.settings().copy();
    String step = stepAfterInput(meta, "app_id", "instances");
    List<SettingValues> fromWidgets = new ArrayList<>();

    String name = driver.open(transMeta, step, meta, d -> {
      SettingValues v = meta.settings().copy();
      v.setDefaults();
      d.form().store(v);
      fromWidgets.add(v);
      d.nameField().setText("Renamed");
      edit(d.form(), meta, expected);
      d.okButton().notifyListeners(SWT.Selection, new Event());
    });

    // Field names the input does not give (the filler's) are shown and kept as stored.
    assertThat(fromWidgets).singleElement().isEqualTo(SettingsFiller.fill(make.get().settings()));
    assertThat(name).isEqualTo("Renamed");
    assertThat(meta.settings()).isEqualTo(expected);
    assertThat(meta.hasChanged()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("actions")
  void cancelChangesNothingAndReturnsNull(Supplier<ActionStepMeta> make) throws Exception {
    ActionStepMeta meta = make.get();
    SettingsFiller.fill(meta.settings());
    SettingValues before = meta.settings().copy();
    String step = stepAfterInput(meta, "app_id");

    String name = driver.open(transMeta, step, meta, d -> {
      d.nameField().setText("Changed");
      edit(d.form(), meta, meta.settings().copy());
      d.cancelButton().notifyListeners(SWT.Selection, new Event());
    });

    assertThat(name).isNull();
    assertThat(meta.settings()).isEqualTo(before);
    assertThat(meta.hasChanged()).isFalse();
  }

  /** A secret, a choice as a variable, a number, a picked input field, a typed one. */
  private static void edit(SettingsForm form, ActionStepMeta meta, SettingValues expected) {
    ((TextVar) form.widget(ConnectionSettings.PASSWORD)).setText("n3w-s3cret");
    expected.set(ConnectionSettings.PASSWORD, "n3w-s3cret");
    ((ComboVar) form.widget(ConnectionSettings.AUTH_TYPE)).setText("${AUTH}");
    expected.set(ConnectionSettings.AUTH_TYPE, "${AUTH}");
    ((TextVar) form.widget(ActionSettings.CONCURRENCY)).setText("8");
    expected.set(ActionSettings.CONCURRENCY, "8");
    List<Setting> pickers = meta.fieldSettings();
    ComboVar first = (ComboVar) form.widget(pickers.get(0));
    first.select(List.of(first.getItems()).indexOf("app_id"));
    expected.set(pickers.get(0), "app_id");
    ((ComboVar) form.widget(pickers.get(1))).setText("${ROW_FIELD}");
    expected.set(pickers.get(1), "${ROW_FIELD}");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("actions")
  void everySettingNamingAnInputFieldListsTheFieldsTheHopsBring(Supplier<ActionStepMeta> make)
      throws Exception {
    ActionStepMeta meta = make.get();
    meta.setDefault();
    String step = stepAfterInput(meta, "app_id", "instances", "definition");
    List<String> seen = new ArrayList<>();

    driver.open(transMeta, step, meta, d -> {
      for (Setting s : meta.settings().settings()) {
        boolean picker = s.kind() == SettingKind.TEXT && d.form().widget(s) instanceof ComboVar c
            && String.join(",", c.getItems()).equals("app_id,instances,definition");
        if (picker) {
          seen.add(s.tag());
        }
      }
      d.cancelButton().notifyListeners(SWT.Selection, new Event());
    });

    assertThat(seen).containsExactlyInAnyOrderElementsOf(
        meta.fieldSettings().stream().map(Setting::tag).toList()).isNotEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("actions")
  void dialogIsFoundWhereSpoonLooksAndLaysEveryTabOut(Supplier<ActionStepMeta> make)
      throws Exception {
    ActionStepMeta meta = make.get();
    assertThat(ActionStepDialog.class).isAssignableFrom(Class.forName(meta.getDialogClassName()));
    meta.setDefault();
    String step;
    if (meta instanceof MarathonAppActionMeta) {
      step = stepAfterInput(meta, "app_id", "target_instances");
      meta.settings().set(MarathonAppActionMeta.APP_ID_FIELD, "app_id")
          .set(MarathonAppActionMeta.INSTANCES_FIELD, "target_instances");
    } else if (meta instanceof MetronomeJobActionMeta) {
      step = stepAfterInput(meta, "id", "command", "cron", "dependencies");
      meta.settings().set(MetronomeJobActionMeta.JOB_ID_FIELD, "id")
          .set(MetronomeJobActionMeta.COMMAND_FIELD, "command")
          .set(MetronomeJobActionMeta.CRON_FIELD, "cron")
          .set(MetronomeJobActionMeta.DEPENDENCIES_FIELD, "dependencies");
    } else {
      step = stepAfterInput(meta, "job", "run_arguments");
      meta.settings().set(ChronosJobActionMeta.ACTION, "run")
          .set(ChronosJobActionMeta.JOB_NAME_FIELD, "job")
          .set(ChronosJobActionMeta.ARGUMENTS_FIELD, "run_arguments");
    }
    List<String> problems = new ArrayList<>();

    String name = driver.open(transMeta, step, meta, d -> {
      problems.addAll(DialogShots.layoutProblems(d.shell(), d.form().tabFolder()));
      d.cancelButton().notifyListeners(SWT.Selection, new Event());
    });

    assertThat(name).isNull();
    assertThat(problems).isEmpty();
    assertThat(driver.shown).isEmpty();
    assertThat(ShownErrors.shown()).isEmpty();
  }

  /** The buttons an action step's dialog has: no Get fields or Preview (it changes the cluster). */
  @ParameterizedTest(name = "{0}")
  @MethodSource("actions")
  void noButtonRunsTheAction(Supplier<ActionStepMeta> make) throws Exception {
    ActionStepMeta meta = make.get();
    meta.setDefault();
    List<String> buttons = new ArrayList<>();
    driver.open(transMeta, stepAfterInput(meta, "app_id"), meta, d -> {
      for (Button b : d.addedButtons()) {
        buttons.add(b.getText());
      }
      buttons.add(String.valueOf(d.testButton() != null));
      d.cancelButton().notifyListeners(SWT.Selection, new Event());
    });
    assertThat(buttons).containsExactly("true");
  }
}
