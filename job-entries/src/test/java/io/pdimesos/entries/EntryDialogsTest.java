package io.pdimesos.entries;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdimesos.entries.chronossubmit.JobEntryChronosSubmitJob;
import io.pdimesos.entries.marathondeploy.JobEntryMarathonDeploy;
import io.pdimesos.entries.metronomerun.JobEntryMetronomeRunJob;
import io.pdimesos.entries.metronomesubmit.JobEntryMetronomeSubmitJob;
import io.pdimesos.pdiapi.ShownErrors;
import io.pdimesos.plugin.ConnectionSettings;
import io.pdimesos.plugin.KeyValue;
import io.pdimesos.plugin.Setting;
import io.pdimesos.plugin.SettingKind;
import io.pdimesos.plugin.SettingValues;
import io.pdimesos.plugin.testing.DialogDriver;
import io.pdimesos.plugin.testing.DialogShots;
import io.pdimesos.plugin.testing.SettingsFiller;
import io.pdimesos.plugin.ui.SettingsDialog;
import io.pdimesos.plugin.ui.SettingsForm;
import io.pdimesos.sim.ClusterSim;
import io.pdimesos.sim.dcos.DcosOptions;
import io.pdimesos.testsupport.FakeChronos;
import io.pdimesos.testsupport.FakeMarathon;
import io.pdimesos.testsupport.FakeMetronome;
import io.pdimesos.testsupport.MetronomeServer;
import io.pdimesos.testsupport.ServiceAccountKeys;
import java.lang.reflect.Constructor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pentaho.di.job.JobMeta;
import org.pentaho.di.job.entry.JobEntryInterface;
import org.pentaho.di.ui.core.widget.ComboVar;
import org.pentaho.di.ui.core.widget.TableView;
import org.pentaho.di.ui.core.widget.TextVar;

/**
 * Opens every entry's dialog under Xvfb (skipped without a display): the widgets show the entry's
 * values, OK stores the edits, Cancel stores nothing, a bad number keeps the dialog open, and
 * Validate and Test connection call the cluster; nothing is cut off or overlapping. The docs'
 * screenshots come from the real Spoon (pdi-it's SpoonDialogsIT).
 */
@EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".+")
class EntryDialogsTest {
  private static Display display;
  private final DialogDriver driver = new DialogDriver(display);
  private final List<String> shown = driver.shown;
  private JobMeta jobMeta;

  @BeforeAll
  static void openDisplay() {
    display = new Display();
  }

  @AfterAll
  static void closeDisplay() {
    display.dispose();
  }

  @BeforeEach
  void job() {
    jobMeta = new JobMeta();
    jobMeta.setVariable("APP", "carte");
    ShownErrors.clear();
  }

  static Stream<Supplier<ClusterJobEntry>> entries() {
    return AllEntries.all().stream();
  }

  @ParameterizedTest
  @MethodSource("entries")
  void widgetsShowTheValuesAndOkStoresTheEdits(Supplier<ClusterJobEntry> make) throws Exception {
    ClusterJobEntry entry = make.get();
    entry.setName("Before");
    SettingsFiller.fill(entry.settings());
    SettingValues expected = entry.settings().copy();

    Object result = open(entry, d -> {
      assertThat(d.nameField().getText()).isEqualTo("Before");
      assertThat(((TextVar) d.form().widget(ConnectionSettings.PASSWORD)).getTextWidget().getStyle()
          & SWT.PASSWORD).isEqualTo(SWT.PASSWORD);
      d.nameField().setText("After");
      edit(d.form(), expected);
      d.okButton().notifyListeners(SWT.Selection, new Event());
    });

    assertThat(result).isSameAs(entry);
    assertThat(entry.getName()).isEqualTo("After");
    assertThat(entry.settings()).isEqualTo(expected);
    assertThat(entry.settings().raw(ConnectionSettings.PASSWORD)).isEqualTo("n3w-s3cret");
    assertThat(entry.hasChanged()).isTrue();
  }

  @ParameterizedTest
  @MethodSource("entries")
  void widgetsShowEveryValueAsStored(Supplier<ClusterJobEntry> make) throws Exception {
    ClusterJobEntry entry = make.get();
    SettingsFiller.fill(entry.settings());
    List<SettingValues> fromWidgets = new ArrayList<>();
    open(entry, d -> {
      SettingValues v = entry.settings().copy();
      v.setDefaults();
      d.form().store(v);
      fromWidgets.add(v);
      d.cancelButton().notifyListeners(SWT.Selection, new Event());
    });
    // Text lists come back trimmed, which the filler's lines already are.
    assertThat(fromWidgets.get(0)).isEqualTo(entry.settings());
  }

  @ParameterizedTest
  @MethodSource("entries")
  void cancelChangesNothing(Supplier<ClusterJobEntry> make) throws Exception {
    ClusterJobEntry entry = make.get();
    entry.setName("Kept");
    SettingsFiller.fill(entry.settings());
    SettingValues before = entry.settings().copy();

    Object result = open(entry, d -> {
      d.nameField().setText("Changed");
      edit(d.form(), entry.settings().copy());
      d.cancelButton().notifyListeners(SWT.Selection, new Event());
    });

    assertThat(result).isNull();
    assertThat(entry.getName()).isEqualTo("Kept");
    assertThat(entry.settings()).isEqualTo(before);
  }

  @Test
  void okRefusesANumberThatIsNotOneAndKeepsTheDialogOpen() throws Exception {
    JobEntryMarathonDeploy entry = new JobEntryMarathonDeploy();
    SettingValues before = entry.settings().copy();
    List<Boolean> stillOpen = new ArrayList<>();
    List<Integer> selectedTab = new ArrayList<>();

    Object result = open(entry, d -> {
      ((TextVar) d.form().widget(JobEntryMarathonDeploy.INSTANCES)).setText("three");
      d.okButton().notifyListeners(SWT.Selection, new Event());
      stillOpen.add(!d.shell().isDisposed());
      selectedTab.add(d.form().tabFolder().getSelectionIndex());
      d.cancelButton().notifyListeners(SWT.Selection, new Event());
    });

    assertThat(result).isNull();
    assertThat(stillOpen).containsExactly(true);
    assertThat(selectedTab).containsExactly(1); // Definition, where Instances is
    assertThat(shown).singleElement().asString().contains("Instances").contains("three");
    assertThat(entry.settings()).isEqualTo(before);
  }

  @Test
  void onlyTheChosenSourceAndAWaitingEntrysWaitBlockAreEditable() throws Exception {
    JobEntryMarathonDeploy entry = new JobEntryMarathonDeploy();
    List<String> states = new ArrayList<>();
    open(entry, d -> {
      SettingsForm f = d.form();
      ComboVar source = (ComboVar) f.widget(JobEntryMarathonDeploy.SOURCE);
      Runnable note = () -> states.add(source.getText() + ": json " + enabled(f.widget(JobEntryMarathonDeploy.JSON))
          + ", file " + enabled(f.widget(JobEntryMarathonDeploy.FILE))
          + ", env " + enabled(f.widget(JobEntryMarathonDeploy.ENV))
          + ", timeout " + enabled(f.widget(JobEntryMarathonDeploy.WAITING.timeout())));
      note.run();
      source.setText("form");
      note.run();
      source.setText("${SOURCE}");
      Button wait = (Button) f.widget(JobEntryMarathonDeploy.WAITING.waitSwitch());
      wait.setSelection(false);
      wait.notifyListeners(SWT.Selection, new Event());
      note.run();
      d.cancelButton().notifyListeners(SWT.Selection, new Event());
    });
    assertThat(states).containsExactly(
        "json: json true, file false, env false, timeout true",
        "form: json false, file false, env true, timeout true",
        "${SOURCE}: json true, file true, env true, timeout false");
  }

  @Test
  void ctrlSpaceInTheJsonEditorInsertsAVariable() throws Exception {
    JobEntryMarathonDeploy entry = new JobEntryMarathonDeploy();
    List<String> texts = new ArrayList<>();
    open(entry, d -> {
      Text json = (Text) d.form().widget(JobEntryMarathonDeploy.JSON);
      json.setText("{\"id\": \"/etl/\"}");
      json.setSelection(13); // after "/etl/"
      Event ctrlSpace = new Event();
      ctrlSpace.character = ' ';
      ctrlSpace.stateMask = SWT.CONTROL;
      json.notifyListeners(SWT.KeyDown, ctrlSpace);
      org.eclipse.swt.widgets.List variables = Stream.of(display.getShells())
          .filter(s -> s.getParent() == d.shell() && s.getChildren().length == 1
              && s.getChildren()[0] instanceof org.eclipse.swt.widgets.List)
          .map(s -> (org.eclipse.swt.widgets.List) s.getChildren()[0])
          .filter(l -> l.indexOf("APP") >= 0).findFirst().orElseThrow(); // not a combo's drop-down
      variables.setSelection(variables.indexOf("APP"));
      variables.notifyListeners(SWT.DefaultSelection, new Event());
      texts.add(json.getText());
      d.cancelButton().notifyListeners(SWT.Selection, new Event());
    });
    assertThat(texts).containsExactly("{\"id\": \"/etl/${APP}\"}");
  }

  @Test
  void validateParsesTheDefinitionAndSaysWhetherItWouldCreateOrUpdate() throws Exception {
    try (FakeMarathon marathon = new FakeMarathon()) {
      JobEntryMarathonDeploy entry = new JobEntryMarathonDeploy();
      entry.settings().set(ConnectionSettings.MARATHON_URLS, marathon.url())
          .set(JobEntryMarathonDeploy.JSON, "{\"id\": \"/nginx-${APP}\", \"instances\": 1}");
      jobMeta.setVariable("APP", "green");
      marathon.on("GET /v2/apps/nginx-green", n -> n == 1 ? FakeMarathon.json(404,
          EntryTesting.resource("fixtures/marathon/errors/raml-apps.404-app-not-found.json"))
          : FakeMarathon.json(200, FakeMarathon.appBody()));

      open(entry, d -> {
        d.validateButton().notifyListeners(SWT.Selection, new Event());
        d.validateButton().notifyListeners(SWT.Selection, new Event());
        d.cancelButton().notifyListeners(SWT.Selection, new Event());
      });

      assertThat(shown).hasSize(2);
      assertThat(shown.get(0)).contains("/nginx-green does not exist: Deploy would create it");
      assertThat(shown.get(1)).contains("/nginx-green exists: Deploy would update it")
          .contains("3 healthy");
      assertThat(marathon.requests).allMatch(r -> r.getMethod().equals("GET"));
      assertThat(ShownErrors.shown()).isEmpty();
    }
  }

  @Test
  void validateOfSubmitJobSaysWhetherItWouldCreateOrUpdateAndPostsNothing() throws Exception {
    try (FakeChronos chronos = new FakeChronos()) {
      JobEntryChronosSubmitJob entry = new JobEntryChronosSubmitJob();
      entry.settings().set(ConnectionSettings.CHRONOS_URLS, chronos.url())
          .set(ConnectionSettings.CHRONOS_VERSION, "3")
          .set(JobEntryChronosSubmitJob.JSON, "{\"name\": \"${JOB}\", \"command\": \"true\","
              + " \"schedule\": \"R/2026-01-01T02:00:00Z/P1D\"}");
      open(entry, d -> {
        jobMeta.setVariable("JOB", FakeChronos.NAME);
        d.validateButton().notifyListeners(SWT.Selection, new Event());
        jobMeta.setVariable("JOB", "other-job");
        d.validateButton().notifyListeners(SWT.Selection, new Event());
        d.cancelButton().notifyListeners(SWT.Selection, new Event());
      });
      assertThat(ShownErrors.shown()).isEmpty();
      assertThat(shown).hasSize(2);
      assertThat(shown.get(0)).contains("Job " + FakeChronos.NAME + " exists: Submit would update it");
      assertThat(shown.get(1)).contains("Job other-job does not exist: Submit would create it");
      assertThat(chronos.calls).allMatch(c -> c.startsWith("GET "));
      assertThat(chronos.posted).isEmpty();
    }
  }

  @Test
  void validateOfMetronomeSubmitSaysWhenItRunsNextAndWhetherItWouldCreateOrUpdate() throws Exception {
    try (MetronomeServer metronome = new MetronomeServer()) {
      JobEntryMetronomeSubmitJob entry = new JobEntryMetronomeSubmitJob();
      entry.settings().set(ConnectionSettings.METRONOME_URLS, metronome.url())
          .set(JobEntryMetronomeSubmitJob.SOURCE, "form").set(JobEntryMetronomeSubmitJob.JOB_ID, "${JOB}")
          .set(JobEntryMetronomeSubmitJob.CONCURRENCY, "${POLICY}")
          .set(JobEntryMetronomeSubmitJob.COMMAND, "true")
          .set(JobEntryMetronomeSubmitJob.CRON, "30 2 * * *")
          .set(JobEntryMetronomeSubmitJob.TIME_ZONE, "Europe/Berlin");
      jobMeta.setVariable("JOB", FakeMetronome.JOB);
      jobMeta.setVariable("POLICY", "forbid");
      open(entry, d -> {
        d.validateButton().notifyListeners(SWT.Selection, new Event());
        metronome.fake.jobExists = false;
        d.validateButton().notifyListeners(SWT.Selection, new Event());
        d.cancelButton().notifyListeners(SWT.Selection, new Event());
      });
      assertThat(ShownErrors.shown()).isEmpty();
      assertThat(shown).hasSize(2);
      assertThat(shown.get(0)).contains("Job " + FakeMetronome.JOB + " exists: Submit would update it")
          .containsPattern("Schedule 30 2 \\* \\* \\* \\(Europe/Berlin\\) runs next at 20\\d\\d-\\d\\d-\\d\\d 02:30 \\+0[12]:00");
      assertThat(shown.get(1)).contains("Job " + FakeMetronome.JOB + " does not exist: Submit would create it");
      assertThat(metronome.fake.calls).allMatch(c -> c.startsWith("GET "));
    }
  }

  @Test
  void validateOfMetronomeRunShowsTheJobAsMetronomeHasIt() throws Exception {
    try (MetronomeServer metronome = new MetronomeServer()) {
      JobEntryMetronomeRunJob entry = new JobEntryMetronomeRunJob();
      entry.settings().set(ConnectionSettings.METRONOME_URLS, metronome.url())
          .set(JobEntryMetronomeRunJob.JOB_ID, FakeMetronome.JOB);
      open(entry, d -> {
        d.validateButton().notifyListeners(SWT.Selection, new Event());
        metronome.fake.jobExists = false;
        d.validateButton().notifyListeners(SWT.Selection, new Event());
        d.cancelButton().notifyListeners(SWT.Selection, new Event());
      });
      assertThat(ShownErrors.shown()).isEmpty();
      assertThat(shown).hasSize(2);
      assertThat(shown.get(0)).contains("Job " + FakeMetronome.JOB + " exists on Metronome 0.3.0:"
          + " no schedule (runs when started).").contains("0 active run(s); 0 succeeded and 0 failed");
      assertThat(shown.get(1)).contains("Job " + FakeMetronome.JOB + " does not exist: Run Job would fail");
      assertThat(metronome.fake.calls).allMatch(c -> c.startsWith("GET "));
    }
  }

  @Test
  void validateShowsABrokenDefinitionInTheErrorDialog() throws Exception {
    JobEntryMarathonDeploy entry = new JobEntryMarathonDeploy();
    entry.settings().set(ConnectionSettings.MARATHON_URLS, "http://127.0.0.1:" + EntryTesting.closedPort())
        .set(JobEntryMarathonDeploy.JSON, "{\"id\": \"/a\", ");
    open(entry, d -> {
      d.validateButton().notifyListeners(SWT.Selection, new Event());
      d.cancelButton().notifyListeners(SWT.Selection, new Event());
    });
    assertThat(shown).isEmpty();
    assertThat(ShownErrors.shown()).singleElement().asString().contains("App definition (JSON)").contains("is not well-formed JSON");
  }

  @Test
  void testConnectionSaysWhatAnsweredAndWhatDidNot() throws Exception {
    try (FakeMarathon marathon = new FakeMarathon()) {
      marathon.on("GET /v2/info", n -> FakeMarathon.json(200,
          EntryTesting.resource("fixtures/marathon/examples/info.json")));
      JobEntryMarathonDeploy entry = new JobEntryMarathonDeploy();
      // Typed but not yet confirmed with OK: the test uses what the dialog shows.
      open(entry, d -> {
        ((TextVar) d.form().widget(ConnectionSettings.MARATHON_URLS)).setText(marathon.url());
        ((TextVar) d.form().widget(ConnectionSettings.WEAVE_URLS))
            .setText("http://127.0.0.1:" + EntryTesting.closedPort());
        ((TextVar) d.form().widget(ConnectionSettings.CONNECT_TIMEOUT)).setText("2");
        d.testButton().notifyListeners(SWT.Selection, new Event());
        d.cancelButton().notifyListeners(SWT.Selection, new Event());
      });

      assertThat(shown).singleElement().asString()
          .contains("OK  Marathon URLs: Marathon 1.5.0-SNAPSHOT, leader localhost:8080")
          .contains("FAILED  Weave router URLs: ")
          .contains("--  Mesos masters: not set");
      assertThat(entry.settings().raw(ConnectionSettings.MARATHON_URLS)).isEqualTo("${PDI_MARATHON_URL}");
    }
  }

  /**
   * The Connection tab in DC/OS mode: only the fields the chosen login reads are editable, and
   * Test connection asks each service through the cluster URL with the service account's login,
   * as a run does. (The docs' picture of this tab comes from the real Spoon: SpoonDialogsIT.)
   */
  @Test
  void theConnectionTabInDcosModeTestsEachServiceThroughTheClusterUrl(@TempDir Path keys)
      throws Exception {
    ServiceAccountKeys account = ServiceAccountKeys.generate(keys, "etl-runner");
    try (ClusterSim sim = ClusterSim.builder().agents(1).freePorts()
        .dcos(DcosOptions.create().serviceAccount(account.uid(), account.publicKeyPem()))
        .build().start()) {
      JobEntryMarathonDeploy entry = new JobEntryMarathonDeploy();
      entry.settings().set(ConnectionSettings.DCOS_URL, "https://dcos.example.com")
          .set(ConnectionSettings.DCOS_LOGIN, "service_account")
          .set(ConnectionSettings.DCOS_UID, account.uid())
          .set(ConnectionSettings.DCOS_PRIVATE_KEY, "/etc/pdi/etl-runner.pem")
          .set(ConnectionSettings.MESOS_MASTERS, "").set(ConnectionSettings.MARATHON_URLS, "")
          .set(ConnectionSettings.CHRONOS_URLS, "").set(ConnectionSettings.METRONOME_URLS, "");
      List<String> states = new ArrayList<>();
      open(entry, d -> {
        SettingsForm f = d.form();
        CTabFolder tabs = f.tabFolder();
        tabs.setSelection(tabs.getItemCount() - 1);
        ComboVar login = (ComboVar) f.widget(ConnectionSettings.DCOS_LOGIN);
        Runnable note = () -> states.add(login.getText() + ": uid "
            + enabled(f.widget(ConnectionSettings.DCOS_UID)) + ", password "
            + enabled(f.widget(ConnectionSettings.DCOS_PASSWORD)) + ", key "
            + enabled(f.widget(ConnectionSettings.DCOS_PRIVATE_KEY)));
        note.run();
        for (String kind : List.of("token", "password", "none", "auto", "service_account")) {
          login.setText(kind);
          note.run();
        }
        ((TextVar) f.widget(ConnectionSettings.DCOS_URL)).setText(sim.dcosUrl());
        ((TextVar) f.widget(ConnectionSettings.DCOS_PRIVATE_KEY))
            .setText(account.privateKeyFile().toString());
        d.testButton().notifyListeners(SWT.Selection, new Event());
        d.cancelButton().notifyListeners(SWT.Selection, new Event());
      });

      assertThat(states).containsExactly(
          "service_account: uid true, password false, key true",
          "token: uid false, password true, key false",
          "password: uid true, password true, key false",
          "none: uid false, password false, key false",
          "auto: uid true, password true, key true",
          "service_account: uid true, password false, key true");
      assertThat(shown).singleElement().asString()
          .contains("OK  Mesos masters: leader " + sim.dcosUrl() + "/ runs Mesos ")
          .contains("OK  Marathon URLs: Marathon ").contains("OK  Chronos URLs: Chronos ")
          .contains("OK  Metronome URLs: Metronome ")
          .contains("--  Weave router URLs: not set");
      assertThat(shown.get(0).lines().filter(l -> l.endsWith("(through DC/OS)"))).hasSize(4);
      assertThat(sim.dcosIam().logins()).isPositive();
      assertThat(sim.dcosIam().refusedLogins()).isZero();
    }
  }

  @ParameterizedTest
  @MethodSource("entries")
  void dialogIsFoundWhereSpoonLooksAndLaysEveryTabOut(Supplier<ClusterJobEntry> make) throws Exception {
    ClusterJobEntry entry = make.get();
    Class<?> dialogClass = Class.forName(entry.getDialogClassName());
    assertThat(ClusterJobEntryDialog.class).isAssignableFrom(dialogClass);
    List<String> problems = new ArrayList<>();
    open(entry, d -> {
      problems.addAll(DialogShots.layoutProblems(d.shell(), d.form().tabFolder()));
      d.cancelButton().notifyListeners(SWT.Selection, new Event());
    });
    assertThat(problems).isEmpty();
  }

  // ---- helpers ----

  /** Opens the entry's own dialog (found as Spoon finds it), runs {@code actions} inside it. */
  private Object open(ClusterJobEntry entry, Consumer<SettingsDialog> actions) throws Exception {
    Shell spoon = new Shell(display);
    try {
      Constructor<?> ctor = Class.forName(entry.getDialogClassName()).getConstructor(Shell.class,
          JobEntryInterface.class, org.pentaho.di.repository.Repository.class, JobMeta.class);
      ClusterJobEntryDialog dialog = (ClusterJobEntryDialog) ctor.newInstance(spoon, entry, null, jobMeta);
      return driver.run(dialog.settingsDialog(), spoon, dialog::open, actions);
    } finally {
      spoon.dispose();
    }
  }

  /** Edits a password, a JSON definition with a variable, a checkbox, a list, a table and a number. */
  private static void edit(SettingsForm form, SettingValues expected) {
    ((TextVar) form.widget(ConnectionSettings.PASSWORD)).setText("n3w-s3cret");
    expected.set(ConnectionSettings.PASSWORD, "n3w-s3cret");
    ((ComboVar) form.widget(ConnectionSettings.AUTH_TYPE)).setText("${AUTH}");
    expected.set(ConnectionSettings.AUTH_TYPE, "${AUTH}");
    Setting bool = first(expected, SettingKind.BOOLEAN);
    Button check = (Button) form.widget(bool);
    check.setSelection(!check.getSelection());
    expected.set(bool, !expected.bool(bool));
    Setting integer = first(expected, SettingKind.INTEGER);
    ((TextVar) form.widget(integer)).setText("42");
    expected.set(integer, "42");
    Setting json = first(expected, SettingKind.JSON);
    if (json != null) {
      String definition = "{\n  \"id\": \"/etl/${APP}\",\n  \"instances\": ${N}\n}";
      ((Text) form.widget(json)).setText(definition);
      expected.set(json, definition);
    }
    Setting list = first(expected, SettingKind.TEXT_LIST);
    if (list != null) {
      ((Text) form.widget(list)).setText("  first \n\n${SECOND}\n");
      expected.setLines(list, List.of("first", "${SECOND}"));
    }
    Setting pairs = first(expected, SettingKind.KEY_VALUES);
    if (pairs != null) {
      ((TableView) form.widget(pairs)).add("NEW", "${VALUE}");
      List<KeyValue> all = new ArrayList<>(expected.pairs(pairs));
      all.add(new KeyValue("NEW", "${VALUE}"));
      expected.setPairs(pairs, all);
    }
  }

  /** TextVar and ComboVar, like PDI's, enable their inner widget, not themselves. */
  private static boolean enabled(Control c) {
    return c instanceof TextVar t ? t.getTextWidget().getEnabled()
        : c instanceof ComboVar v ? v.getCComboWidget().getEnabled() : c.getEnabled();
  }

  private static Setting first(SettingValues values, SettingKind kind) {
    return values.settings().stream().filter(s -> s.kind() == kind).findFirst().orElse(null);
  }
}
