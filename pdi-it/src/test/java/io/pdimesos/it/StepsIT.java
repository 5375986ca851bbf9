package io.pdimesos.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdimesos.sim.ClusterSim;
import io.pdimesos.sim.http.SimAuth;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Point 3 of the real-PDI suite: each step in a real transformation. Pan runs every step once
 * against the emulator (the action steps with a failing row each on their error hop), each
 * writing into PDI's "Serialize to file", which stores the row layout it received; then PDI's
 * real TransMeta says what it expects: getStepFields() and, behind each error hop, the layout
 * with PDI's error fields. They must be the same, field by field. checkSteps() gives the expected
 * remarks for missing and bad settings.
 */
@RealPdi.Suite
class StepsIT {
  private static final String USER = "etl";
  private static final String PASSWORD = "it-secret";
  /** {@link #PASSWORD} as the pdi-api mirror's Encr encrypts it; Pan must decrypt it with PDI's. */
  private static final String PASSWORD_ENCRYPTED = "Encrypted 2be98afc86aa7f28dbf54bd75dd80aace";
  private static ClusterSim sim;
  private static PdiWorkspace workspace;
  private static PdiRun pan;
  private static HarnessReport report;

  @BeforeAll
  static void runAndDescribe(PdiHome home) throws IOException {
    sim = Emulator.builder().auth(SimAuth.basic(USER, PASSWORD)).build().start();
    workspace = PdiWorkspace.create(home, "steps");
    Map<String, String> properties = new LinkedHashMap<>(Emulator.kettleProperties(sim));
    properties.put("PDI_MESOS_AUTH", "basic");
    properties.put("PDI_MESOS_USER", USER);
    properties.put("PDI_MESOS_PASSWORD", PASSWORD_ENCRYPTED);
    workspace.kettleProperties(properties);
    Emulator.deploySamples(sim, Emulator.basic(USER, PASSWORD));
    Path ktr = workspace.copyResource(EveryStep.RESOURCE);
    Files.createDirectories(ktr.resolveSibling("out")); // Serialize to file does not create folders
    pan = workspace.pan(Duration.ofMinutes(2), "-file=steps/every-step.ktr", "-level=Basic");

    Path checks = workspace.copyResource("steps/checks.ktr");
    Path entryChecks = workspace.copyResource("steps/checks.kjb");
    List<String> args = new ArrayList<>(List.of(workspace.dir().resolve("report.tsv").toString(), ktr.toString(),
        checks.toString(), entryChecks.toString()));
    args.addAll(EveryStep.cubeArguments(ktr));
    workspace.harness(Duration.ofMinutes(3), "io.pdimesos.it.harness.StepsProbe", args.toArray(new String[0]))
        .assertExit(0);
    report = HarnessReport.read(workspace.dir().resolve("report.tsv"));
  }

  @AfterAll
  static void stop() {
    if (sim != null) {
      sim.close();
    }
  }

  @Test
  void panRunsEveryStepAndSendsTheFailingRowsToTheErrorHops() {
    pan.assertExit(0);
    EveryStep.cubes().forEach(step -> assertThat(Integer.parseInt(report.one("rows", step)))
        .as("rows that reached " + step + ": a layout is only stored with a row").isPositive());
    assertThat(report.all("row", "Scale failures")).singleElement().satisfies(row -> assertThat(row)
        .startsWith("/it/missing").endsWith("MARATHON_404"));
    assertThat(report.all("row", "Run failures")).singleElement().satisfies(row -> assertThat(row)
        .startsWith("it-missing").last().asString().startsWith("CHRONOS_"));
    assertThat(report.all("row", "Scaled")).singleElement().satisfies(row -> assertThat(row)
        .startsWith("/it/carte", "2", "SUBMITTED", "200"));
    assertThat(report.all("row", "Start failures")).singleElement().satisfies(row -> assertThat(row)
        .startsWith("it.missing").last().asString().startsWith("METRONOME_"));
    assertThat(report.all("row", "Started")).singleElement().satisfies(row -> assertThat(row)
        .startsWith("it.batch", "STARTED").element(3).asString().isNotBlank());
  }

  /**
   * What each step wrote in Pan, field by field (name, type, length, precision, origin), is what
   * PDI's TransMeta says arrives at the next step: through getStepFields() of our step, which PDI
   * 9.4 asks through the legacy getFields and PDI 11 through the Bowl overload.
   */
  @Test
  void theLayoutEachStepWroteInPanIsTheOneTransMetaDeclares() {
    EveryStep.OUTPUTS.forEach((cube, step) -> {
      List<List<String>> written = report.all("written", cube);
      assertThat(written).as(cube + " written in Pan").hasSizeGreaterThan(3);
      assertThat(report.all("declared-out", "every-step.ktr/" + step)).as(step + ": getStepFields()")
          .isEqualTo(written);
      assertThat(report.all("declared-in", "every-step.ktr/" + cube)).as(cube + ": getPrevStepFields()")
          .isEqualTo(written);
    });
    // Our steps' own fields carry the step as their origin; the action steps append theirs to the input row.
    assertThat(report.all("written", "Scaled").stream().map(f -> f.get(0) + "<-" + f.get(4)))
        .containsExactly("app_id<-App rows", "instances<-App rows", "status<-Scale apps", "http_code<-Scale apps",
            "deployment_id<-Scale apps", "version<-Scale apps", "message<-Scale apps", "duration_ms<-Scale apps");
  }

  /** Behind an error hop: the input row, then PDI's error fields as the hop's error handling names them. */
  @Test
  void theErrorHopLayoutIsTheInputRowPlusPdisErrorFields() {
    for (String cube : EveryStep.FAILURES) {
      List<List<String>> written = report.all("written", cube);
      assertThat(report.all("declared-in", "every-step.ktr/" + cube)).as(cube + ": getPrevStepFields()")
          .isEqualTo(written);
      assertThat(written.subList(written.size() - 4, written.size()).stream().map(f -> f.get(0) + ":" + f.get(1)))
          .as(cube).containsExactly("error_count:Integer", "error_text:String", "error_fields:String",
              "error_code:String");
    }
    assertThat(report.all("written", "Scale failures").subList(0, 2).stream().map(f -> f.get(0)))
        .containsExactly("app_id", "instances");
    assertThat(report.all("written", "Run failures").get(0).get(0)).isEqualTo("job");
    assertThat(report.all("written", "Start failures").get(0).get(0)).isEqualTo("id");
  }

  /** Spoon's Verify: one remark per finding, each naming the setting as the dialog labels it. */
  @Test
  void checkStepsReportsEachMistakeOnceNamingTheSetting() {
    PluginTexts texts = new PluginTexts(workspace);
    for (String step : EveryStep.STEPS.keySet()) {
      assertThat(remarks("every-step.ktr/" + step)).as(step + ", correctly set up")
          .containsExactly(ok(texts.get("SettingsCheck.AllValid")));
    }
    assertThat(remarks("checks.ktr/No masters")).containsExactly(error(texts.get("SettingsCheck.Required",
        texts.label("ConnectionSettings.Connection.MesosMasters"))));
    assertThat(remarks("checks.ktr/Bad Marathon URL")).singleElement().asString()
        .startsWith(ERROR + " '" + texts.label("ConnectionSettings.Connection.MarathonUrls") + "' ")
        .contains("ftp://m1:8080");
    assertThat(remarks("checks.ktr/Bad Chronos version")).singleElement().asString()
        .startsWith(ERROR + " '" + texts.label("ConnectionSettings.Connection.ChronosVersion") + "' ")
        .endsWith("got '7'");
    assertThat(remarks("checks.ktr/Bad timeout")).singleElement().asString()
        .startsWith(ERROR + " '" + texts.label("ConnectionSettings.Connection.ConnectTimeout") + "' ")
        .endsWith("got 'soon'");
    // The action steps check their field names beyond the declared settings (which are valid
    // here); "all valid" is not said beside those errors.
    assertThat(remarks("checks.ktr/Scale nothing")).containsExactlyInAnyOrder(
        warning(texts.get("ActionStepMeta.Check.NoInput")),
        error(texts.get("ActionStepMeta.Check.FieldNeeded", texts.label("MarathonAppAction.General.AppIdField"))),
        error(texts.get("ActionStepMeta.Check.FieldNeeded",
            texts.label("MarathonAppAction.General.InstancesField"))));
    assertThat(remarks("checks.ktr/Run unknown field")).containsExactlyInAnyOrder(
        error(texts.get("ActionStepMeta.Check.FieldMissing", texts.label("ChronosJobAction.General.JobNameField"),
            "nosuch")),
        error(texts.get("ActionStepMeta.Check.OutputIsInput", texts.label("ActionField.Output.Status"), "job")));
  }

  /** The same for job entries, through JobMeta.checkJobEntries(). */
  @Test
  void checkJobEntriesReportsEachMistakeOnce() {
    PluginTexts texts = new PluginTexts(workspace);
    assertThat(remarks("checks.kjb/Check Mesos")).containsExactly(ok(texts.get("SettingsCheck.AllValid")));
    assertThat(remarks("checks.kjb/Deploy nothing")).containsExactly(error(texts.get(
        "SettingsCheck.Required", texts.label("ConnectionSettings.Connection.MarathonUrls"))));
  }

  // CheckResultInterface.TYPE_RESULT_OK, _WARNING, _ERROR
  private static final String OK = "1";
  private static final String WARNING = "3";
  private static final String ERROR = "4";

  private static List<String> remarks(String fileAndStep) {
    return report.all("remark", fileAndStep).stream().map(r -> r.get(0) + " " + r.get(1)).toList();
  }

  private static String ok(String text) {
    return OK + " " + text;
  }

  private static String warning(String text) {
    return WARNING + " " + text;
  }

  private static String error(String text) {
    return ERROR + " " + text;
  }
}
