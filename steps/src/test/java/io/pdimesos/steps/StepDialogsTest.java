package io.pdimesos.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.chronos.ChronosClient;
import io.pdimesos.core.chronos.ChronosJob;
import io.pdimesos.core.chronos.ChronosVersion;
import io.pdimesos.core.metronome.MetronomeClient;
import io.pdimesos.core.metronome.MetronomeJob;
import io.pdimesos.core.http.RetryPolicy;
import io.pdimesos.core.http.ServiceSettings;
import io.pdimesos.core.http.Timeouts;
import io.pdimesos.core.marathon.AppDefinition;
import io.pdimesos.core.marathon.MarathonClient;
import io.pdimesos.pdiapi.ShownErrors;
import io.pdimesos.pdiapi.StepChain;
import io.pdimesos.plugin.ConnectionSettings;
import io.pdimesos.plugin.Setting;
import io.pdimesos.plugin.SettingValues;
import io.pdimesos.plugin.TableRow;
import io.pdimesos.plugin.testing.DialogShots;
import io.pdimesos.plugin.testing.SettingsFiller;
import io.pdimesos.plugin.ui.SettingsDialog;
import io.pdimesos.plugin.ui.SettingsForm;
import io.pdimesos.sim.ClusterSim;
import io.pdimesos.steps.chronosinput.ChronosJobsInputMeta;
import io.pdimesos.steps.metronomeinput.MetronomeJobsInputMeta;
import io.pdimesos.steps.marathoninput.MarathonAppsInputMeta;
import io.pdimesos.steps.mesosinput.MesosStateInputMeta;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pentaho.di.core.row.RowMeta;
import org.pentaho.di.core.row.value.ValueMetaInteger;
import org.pentaho.di.core.row.value.ValueMetaString;
import org.pentaho.di.trans.Trans;
import org.pentaho.di.trans.TransMeta;
import org.pentaho.di.trans.step.StepMeta;
import org.pentaho.di.ui.core.widget.ComboVar;
import org.pentaho.di.ui.core.widget.TableView;
import org.pentaho.di.ui.core.widget.TextVar;

/**
 * Opens every input step's dialog as Spoon does (its class from {@code getDialogClassName()},
 * Spoon's constructor) under Xvfb; skipped without a display. OK stores what was typed, Cancel
 * nothing; Get fields and Preview work on the values as typed, Preview against the emulator;
 * nothing is cut off or overlapping. The docs' screenshots come from the real Spoon (pdi-it).
 */
@EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".+")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StepDialogsTest {
  private static final String STEP = "Cluster state";

  private Display display;
  private ClusterSim sim;
  private int marathonApps;
  private int chronosJobs;
  private int metronomeJobs;
  private StepDialogDriver driver;
  private TransMeta transMeta;

  @BeforeAll
  void start() {
    display = new Display();
    sim = ClusterSim.builder().agents(3).masters(1).marathonInstances(1).chronosInstances(1)
        .freePorts().build().start();
    CancellationToken none = CancellationToken.none();
    MarathonClient marathon = new MarathonClient(settings(sim.marathonUrls()), ProgressListener.NONE);
    for (String id : List.of("/etl/load", "/etl/extract", "/web/front")) {
      marathon.upsert(AppDefinition.builder().id(id).cmd("sleep 100000").instances(0).cpus(0.1)
          .build(), false, true, none);
    }
    marathonApps = marathon.apps(null, null, null, null, none).size();
    ChronosClient chronos = new ChronosClient(settings(sim.chronosUrls()), ChronosVersion.AUTO,
        ProgressListener.NONE);
    for (String name : List.of("etl-extract", "etl-load")) {
      chronos.upsert(ChronosJob.builder(name).command("echo " + name)
          .schedule("R/2099-01-01T00:00:00Z/P1D").owner("ops@example.com").cpus(0.1).mem(32.0)
          .build(), none);
    }
    chronosJobs = chronos.listJobs(none).size();
    MetronomeClient metronome = new MetronomeClient(settings(sim.metronomeUrls()),
        ProgressListener.NONE);
    for (String id : List.of("nightly.extract", "nightly.load")) {
      metronome.createJob(MetronomeJob.builder(id).cmd("echo " + id).cpus(0.1).mem(32.0)
          .disk(0.0).build(), none);
    }
    metronomeJobs = metronome.listJobs(null, none).size();
  }

  private static ServiceSettings settings(List<String> urls) {
    return ServiceSettings.builder().urls(String.join(",", urls))
        .timeouts(Timeouts.of(2_000, 5_000, 10_000)).retry(RetryPolicy.none()).build();
  }

  @AfterAll
  void stop() {
    sim.close();
    display.dispose();
  }

  @BeforeEach
  void transformation() {
    transMeta = new TransMeta();
    transMeta.setVariable("AUTH", "basic");
    driver = new StepDialogDriver(display);
    ShownErrors.clear();
  }

  static Stream<Supplier<InputStepMeta>> inputs() {
    return NamedMetas.named(AllInputSteps.all());
  }

  // ---- OK, Cancel ----

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void okWithTheDefaultsStoresThemUnchanged(Supplier<InputStepMeta> make) throws Exception {
    InputStepMeta meta = make.get();
    meta.setDefault();
    SettingValues before = meta.settings().copy();

    String name = open(meta, d -> d.okButton().notifyListeners(SWT.Selection, new Event()));

    assertThat(name).isEqualTo(STEP);
    assertThat(meta.settings()).isEqualTo(before);
    assertThat(meta.settings().table(InputSettings.FIELDS)).isNotEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void widgetsShowEveryValueAndOkStoresExactlyWhatWasTyped(Supplier<InputStepMeta> make)
      throws Exception {
    InputStepMeta meta = make.get();
    SettingsFiller.fill(meta.settings());
    SettingValues expected = meta.settings().copy();
    List<SettingValues> fromWidgets = new ArrayList<>();

    String name = open(meta, d -> {
      assertThat(d.nameField().getText()).isEqualTo(STEP);
      SettingValues v = meta.settings().copy();
      v.setDefaults();
      d.form().store(v);
      fromWidgets.add(v);
      d.nameField().setText("Renamed");
      edit(d.form(), meta, expected);
      d.okButton().notifyListeners(SWT.Selection, new Event());
    });

    assertThat(fromWidgets).singleElement().isEqualTo(SettingsFiller.fill(make.get().settings()));
    assertThat(name).isEqualTo("Renamed");
    assertThat(meta.settings()).isEqualTo(expected);
    assertThat(meta.hasChanged()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void cancelChangesNothingAndReturnsNull(Supplier<InputStepMeta> make) throws Exception {
    InputStepMeta meta = make.get();
    SettingsFiller.fill(meta.settings());
    SettingValues before = meta.settings().copy();

    String name = open(meta, d -> {
      d.nameField().setText("Changed");
      edit(d.form(), meta, meta.settings().copy());
      d.cancelButton().notifyListeners(SWT.Selection, new Event());
    });

    assertThat(name).isNull();
    assertThat(meta.settings()).isEqualTo(before);
    assertThat(meta.hasChanged()).isFalse();
  }

  /** Edits a secret, a choice to a variable, a checkbox, a number, a text, the entity and the table. */
  private static void edit(SettingsForm form, InputStepMeta meta, SettingValues expected) {
    ((TextVar) form.widget(ConnectionSettings.PASSWORD)).setText("n3w-s3cret");
    expected.set(ConnectionSettings.PASSWORD, "n3w-s3cret");
    ((ComboVar) form.widget(ConnectionSettings.AUTH_TYPE)).setText("${AUTH}");
    expected.set(ConnectionSettings.AUTH_TYPE, "${AUTH}");
    Button insecure = (Button) form.widget(ConnectionSettings.INSECURE_TLS);
    insecure.setSelection(!insecure.getSelection());
    expected.set(ConnectionSettings.INSECURE_TLS, insecure.getSelection());
    ((TextVar) form.widget(ConnectionSettings.CONNECT_TIMEOUT)).setText("42");
    expected.set(ConnectionSettings.CONNECT_TIMEOUT, "42");
    ((TextVar) form.widget(InputSettings.RESPONSE_TIME_FIELD)).setText("took_ms");
    expected.set(InputSettings.RESPONSE_TIME_FIELD, "took_ms");
    String entity = meta.entitySetting().choices().get(0);
    ((ComboVar) form.widget(meta.entitySetting())).setText(entity);
    expected.set(meta.entitySetting(), entity);
    ((TableView) form.widget(InputSettings.FIELDS)).add("extra", "/extra", "Integer");
    List<TableRow> rows = new ArrayList<>(expected.table(InputSettings.FIELDS));
    rows.add(TableRow.of("name", "extra", "path", "/extra", "type", "Integer"));
    expected.setTable(InputSettings.FIELDS, rows);
  }

  // ---- Get fields, the entity, Preview ----

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void getFieldsFillsTheTableWithTheTypedEntitysFields(Supplier<InputStepMeta> make)
      throws Exception {
    InputStepMeta meta = make.get();
    meta.setDefault();
    meta.settings().setTable(InputSettings.FIELDS, List.of(TableRow.of("name", "mine")));
    List<String> entities = meta.entitySetting().choices();
    String entity = entities.get(entities.size() - 1);
    List<List<TableRow>> tables = new ArrayList<>();

    open(meta, d -> {
      ((ComboVar) d.form().widget(meta.entitySetting())).setText(entity);
      tables.add(d.form().table(InputSettings.FIELDS)); // an edited table stays
      getFields(d).notifyListeners(SWT.Selection, new Event());
      tables.add(d.form().table(InputSettings.FIELDS));
      d.cancelButton().notifyListeners(SWT.Selection, new Event());
    });

    assertThat(tables.get(0)).containsExactly(TableRow.of("name", "mine"));
    assertThat(tables.get(1)).isEqualTo(OutputFields.rowsOf(meta.defaultFields(entity)))
        .isNotEmpty();
    assertThat(ShownErrors.shown()).isEmpty();
  }

  @Test
  void theTableFollowsTheEntityUntilTheUserEditsIt() throws Exception {
    MesosStateInputMeta meta = new MesosStateInputMeta();
    meta.setDefault();
    List<List<TableRow>> tables = new ArrayList<>();

    String name = open(meta, d -> {
      ComboVar entity = (ComboVar) d.form().widget(MesosStateInputMeta.ENTITY);
      TableView table = (TableView) d.form().widget(InputSettings.FIELDS);
      entity.setText("age"); // typing: not an entity yet
      tables.add(d.form().table(InputSettings.FIELDS));
      entity.setText("agents");
      tables.add(d.form().table(InputSettings.FIELDS));
      entity.setText("${ENTITY}");
      entity.setText("frameworks");
      tables.add(d.form().table(InputSettings.FIELDS));
      table.table.getItem(0).setText(1, "framework_id");
      entity.setText("metrics");
      tables.add(d.form().table(InputSettings.FIELDS));
      d.okButton().notifyListeners(SWT.Selection, new Event());
    });

    List<TableRow> tasks = OutputFields.rowsOf(meta.defaultFields("tasks"));
    List<TableRow> frameworks = OutputFields.rowsOf(meta.defaultFields("frameworks"));
    assertThat(tables.get(0)).isEqualTo(tasks);
    assertThat(tables.get(1)).isEqualTo(OutputFields.rowsOf(meta.defaultFields("agents")));
    assertThat(tables.get(2)).isEqualTo(frameworks);
    assertThat(tables.get(3)).isNotEqualTo(frameworks).hasSameSizeAs(frameworks)
        .first().extracting(r -> r.get("name")).isEqualTo("framework_id");
    assertThat(name).isEqualTo(STEP);
    assertThat(meta.settings().raw(MesosStateInputMeta.ENTITY)).isEqualTo("metrics");
    assertThat(meta.settings().table(InputSettings.FIELDS)).isEqualTo(tables.get(3));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void previewShowsTheFirstRowsFromTheCluster(Supplier<InputStepMeta> make) throws Exception {
    InputStepMeta meta = make.get();
    meta.setDefault();
    String entity = previewEntity(meta);
    meta.settings().set(meta.entitySetting(), entity);
    meta.settings().setTable(InputSettings.FIELDS,
        OutputFields.rowsOf(meta.defaultFields(entity)));
    SettingValues before = meta.settings().copy();
    List<String> seen = new ArrayList<>();

    open(meta, d -> {
      // Typed, not yet confirmed with OK: Preview reads what the dialog shows.
      ((TextVar) d.form().widget(urlSetting(meta))).setText(String.join(",", urls(meta)));
      preview(d).notifyListeners(SWT.Selection, new Event());
      Shell previewShell = previewShells(d).findFirst().orElseThrow(
          () -> new AssertionError("no preview shell; errors: " + ShownErrors.shown()));
      Table table = (Table) Stream.of(previewShell.getChildren())
          .filter(c -> c instanceof Table).findFirst().orElseThrow();
      seen.add(previewShell.getText());
      seen.add(table.getColumnCount() + " columns, " + table.getItemCount() + " rows");
      previewShell.dispose();
      d.cancelButton().notifyListeners(SWT.Selection, new Event());
    });

    assertThat(ShownErrors.shown()).isEmpty();
    assertThat(seen).containsExactly(
        ClusterStepDialog.title(meta) + ": preview of the first 100 rows",
        meta.defaultFields(entity).size() + " columns, " + expectedRows(meta) + " rows");
    assertThat(meta.settings()).isEqualTo(before);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void previewOfAnUnreachableServiceShowsTheErrorAndKeepsTheDialog(Supplier<InputStepMeta> make)
      throws Exception {
    InputStepMeta meta = make.get();
    meta.setDefault();
    String url = "http://127.0.0.1:" + closedPort();
    meta.settings().set(urlSetting(meta), url).set(ConnectionSettings.CONNECT_TIMEOUT, "2");
    List<Boolean> stillOpen = new ArrayList<>();

    String name = open(meta, d -> {
      preview(d).notifyListeners(SWT.Selection, new Event());
      stillOpen.add(!d.shell().isDisposed());
      stillOpen.add(previewShells(d).findAny().isPresent());
      d.okButton().notifyListeners(SWT.Selection, new Event());
    });

    assertThat(stillOpen).containsExactly(true, false);
    assertThat(ShownErrors.shown()).singleElement().asString().startsWith("Preview: ")
        .contains("127.0.0.1");
    assertThat(name).isEqualTo(STEP);
  }

  private String previewEntity(InputStepMeta meta) {
    return meta instanceof MesosStateInputMeta ? "agents"
        : meta instanceof MarathonAppsInputMeta ? "apps"
        : meta instanceof ChronosJobsInputMeta || meta instanceof MetronomeJobsInputMeta ? "jobs"
        : "peers";
  }

  /** The emulator's own count of the entity {@link #previewEntity} reads. */
  private int expectedRows(InputStepMeta meta) {
    return meta instanceof MarathonAppsInputMeta ? marathonApps
        : meta instanceof ChronosJobsInputMeta ? chronosJobs
        : meta instanceof MetronomeJobsInputMeta ? metronomeJobs
        : sim.model().agents().size(); // agents; and a router's peers: one per agent
  }

  private static Setting urlSetting(InputStepMeta meta) {
    return meta.service().urls();
  }

  /** The step's service in the emulator (one Weave router: each router reports its own view). */
  private List<String> urls(InputStepMeta meta) {
    return meta instanceof MesosStateInputMeta ? sim.mesosUrls()
        : meta instanceof MarathonAppsInputMeta ? sim.marathonUrls()
        : meta instanceof ChronosJobsInputMeta ? sim.chronosUrls()
        : meta instanceof MetronomeJobsInputMeta ? sim.metronomeUrls()
        : sim.weaveUrls().subList(0, 1);
  }

  // ---- input-field pickers (the hook row-driven steps use) ----

  /** A dialog whose step reads a framework name from its input rows, as an action step would. */
  public static final class PickingDialog extends InputStepDialog {
    public PickingDialog(Shell parent, Object in, TransMeta transMeta, String stepname) {
      super(parent, in, transMeta, stepname);
    }

    @Override
    protected Collection<Setting> inputFieldSettings() {
      return List.of(InputSettings.FRAMEWORK_NAME);
    }
  }

  @Test
  void inputFieldSettingsListTheFieldsOfThePreviousSteps() throws Exception {
    MesosStateInputMeta meta = new MesosStateInputMeta();
    meta.setDefault();
    meta.settings().set(InputSettings.FRAMEWORK_NAME, "gone_upstream");
    RowMeta csv = new RowMeta();
    csv.addValueMeta(new ValueMetaString("framework"));
    csv.addValueMeta(new ValueMetaInteger("instances"));
    StepChain chain = new StepChain(transMeta, new Trans(transMeta));
    chain.source("CSV file input", csv, List.of());
    chain.step(STEP, meta, meta.getStepData());
    chain.hop("CSV file input", STEP);
    List<String> seen = new ArrayList<>();

    String name = open(new PickingDialog(new Shell(display), meta, transMeta, STEP), d -> {
      ComboVar picker = (ComboVar) d.form().widget(InputSettings.FRAMEWORK_NAME);
      seen.add(String.join(",", picker.getItems()) + " | " + picker.getText());
      seen.add(d.form().widget(InputSettings.TASK_STATE).getClass().getSimpleName());
      picker.select(0);
      d.okButton().notifyListeners(SWT.Selection, new Event());
    });

    assertThat(seen).containsExactly("framework,instances | gone_upstream", "TextVar");
    assertThat(name).isEqualTo(STEP);
    assertThat(meta.settings().raw(InputSettings.FRAMEWORK_NAME)).isEqualTo("framework");
  }

  @Test
  void aStepWithoutInputOffersNoFieldsButKeepsItsValue() throws Exception {
    MesosStateInputMeta meta = new MesosStateInputMeta();
    meta.setDefault();
    meta.settings().set(InputSettings.FRAMEWORK_NAME, "${FIELD}");
    transMeta.addStep(new StepMeta(STEP, meta));
    List<String> seen = new ArrayList<>();

    open(new PickingDialog(new Shell(display), meta, transMeta, STEP), d -> {
      ComboVar picker = (ComboVar) d.form().widget(InputSettings.FRAMEWORK_NAME);
      seen.add(picker.getItemCount() + " | " + picker.getText());
      d.okButton().notifyListeners(SWT.Selection, new Event());
    });

    assertThat(seen).containsExactly("0 | ${FIELD}");
    assertThat(meta.settings().raw(InputSettings.FRAMEWORK_NAME)).isEqualTo("${FIELD}");
  }

  // ---- what a user sees ----

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void dialogIsFoundWhereSpoonLooksAndLaysEveryTabOut(Supplier<InputStepMeta> make)
      throws Exception {
    InputStepMeta meta = make.get();
    assertThat(InputStepDialog.class).isAssignableFrom(Class.forName(meta.getDialogClassName()));
    meta.setDefault();
    List<String> problems = new ArrayList<>();
    List<String> buttons = new ArrayList<>();

    // Named as Spoon names a new step: after its palette entry.
    transMeta.addStep(new StepMeta(ClusterStepDialog.title(meta), meta));
    Shell spoon = new Shell(display);
    open(new InputStepDialog(spoon, meta, transMeta, ClusterStepDialog.title(meta)), d -> {
      for (Button b : d.addedButtons()) {
        buttons.add(b.getText());
      }
      problems.addAll(DialogShots.layoutProblems(d.shell(), d.form().tabFolder()));
      d.cancelButton().notifyListeners(SWT.Selection, new Event());
    });

    assertThat(buttons).containsExactly("Get fields", "Preview");
    assertThat(problems).isEmpty();
  }

  // ---- helpers ----

  private static Button getFields(SettingsDialog d) {
    return d.addedButtons().get(0);
  }

  private static Button preview(SettingsDialog d) {
    return d.addedButtons().get(1);
  }

  /** Shown shells over the dialog holding a table (combos' drop-downs are hidden shells too). */
  private Stream<Shell> previewShells(SettingsDialog d) {
    return Stream.of(display.getShells()).filter(s -> s.getParent() == d.shell() && s.isVisible()
        && Stream.of(s.getChildren()).anyMatch(c -> c instanceof Table));
  }

  private static int closedPort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private String open(ClusterStepMeta meta, Consumer<SettingsDialog> actions) throws Exception {
    return driver.open(transMeta, STEP, meta, actions);
  }

  private String open(ClusterStepDialog dialog, Consumer<SettingsDialog> actions) {
    return driver.open(dialog, actions);
  }
}
