package io.pdimesos.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdimesos.sim.ClusterSim;
import io.pdimesos.sim.http.SimAuth;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * Point 5 of the real-PDI suite: metadata injection into every step on the real engine. The
 * template is every-step.ktr with its connection pointing nowhere; the connection, output field
 * names, flags, a number and a table of fields are injected into each step the way PDI's ETL
 * Metadata Injection step does it for a step without {@code @InjectionSupported} (through the
 * step's {@code StepMetaInjectionInterface}, typed as that step types Data Grid cells), the
 * result is saved through getXML(), and Pan runs it against the emulator. This settles "Bowl vs
 * {@code @InjectionSupported}" (docs/architecture.md) on PDI 9.4 and 11.0.
 *
 * <p>What it does not run is PDI's MetaInject step class itself: it is the plugin
 * {@code plugins/meta-inject} upstream, not part of kettle-engine, and the PDI that CI assembles
 * does not ship it (see docs/testing.md).
 */
@RealPdi.Suite
class MetadataInjectionIT {
  private static final String USER = "etl";
  private static final String PASSWORD = "it-secret";
  /** Where the template's connection points: nothing listens there, so only injected URLs work. */
  private static final String NOWHERE = "http://127.0.0.1:9";

  private static PdiHome home;
  private static ClusterSim sim;
  private static PdiWorkspace workspace;
  private static HarnessReport injection;
  private static PdiRun pan;
  private static HarnessReport run;
  private static Element injected;

  @BeforeAll
  static void injectAndRun(PdiHome pdi) throws IOException {
    home = pdi;
    sim = Emulator.builder().auth(SimAuth.basic(USER, PASSWORD)).build().start();
    Emulator.deploySamples(sim, Emulator.basic(USER, PASSWORD));
    workspace = PdiWorkspace.create(pdi, "injection");
    Path template = workspace.write("injection/template.ktr", template());
    Path values = workspace.write("injection/values.tsv", String.join("\n", values()) + "\n");
    Path ktr = template.resolveSibling("injected.ktr");
    workspace.harness(Duration.ofMinutes(3), "io.pdimesos.it.harness.InjectionProbe",
        workspace.dir().resolve("injection.tsv").toString(), template.toString(), values.toString(), ktr.toString())
        .assertExit(0);
    injection = HarnessReport.read(workspace.dir().resolve("injection.tsv"));
    injected = Xml.parse(ktr);

    Files.createDirectories(ktr.resolveSibling("out"));
    pan = workspace.pan(Duration.ofMinutes(2), "-file=injection/injected.ktr", "-level=Basic");
    List<String> args = new ArrayList<>(List.of(workspace.dir().resolve("run.tsv").toString(), ktr.toString()));
    args.addAll(EveryStep.cubeArguments(ktr));
    workspace.harness(Duration.ofMinutes(3), "io.pdimesos.it.harness.StepsProbe", args.toArray(new String[0]))
        .assertExit(0);
    run = HarnessReport.read(workspace.dir().resolve("run.tsv"));
  }

  @AfterAll
  static void stop() {
    if (sim != null) {
      sim.close();
    }
  }

  /** every-step.ktr with the connection of every step pointing nowhere and no credentials. */
  private static String template() throws IOException {
    try (InputStream in = MetadataInjectionIT.class.getClassLoader().getResourceAsStream(EveryStep.RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .replace("${PDI_MESOS_MASTERS}", NOWHERE).replace("${PDI_MARATHON_URL}", NOWHERE)
          .replace("${PDI_CHRONOS_URL}", NOWHERE).replace("${PDI_METRONOME_URL}", NOWHERE)
          .replace("${PDI_WEAVE_URL}", NOWHERE)
          .replace("${PDI_MESOS_AUTH}", "none").replace("${PDI_MESOS_USER}", "")
          .replace("${PDI_MESOS_PASSWORD}", "");
    }
  }

  /** One line per injected value: {@code step TAB KEY TAB value}, or a table cell with its row. */
  private static List<String> values() {
    List<String> lines = new ArrayList<>();
    for (String step : EveryStep.STEPS.keySet()) {
      lines.add(step + "\tMESOS_MASTERS\t" + String.join(",", sim.mesosUrls()));
      lines.add(step + "\tMARATHON_URLS\t" + String.join(",", sim.marathonUrls()));
      lines.add(step + "\tCHRONOS_URLS\t" + String.join(",", sim.chronosUrls()));
      lines.add(step + "\tMETRONOME_URLS\t" + String.join(",", sim.metronomeUrls()));
      lines.add(step + "\tWEAVE_URLS\t" + String.join(",", sim.weaveUrls()));
      lines.add(step + "\tAUTH_TYPE\tbasic");
      lines.add(step + "\tAUTH_USER\t" + USER);
      lines.add(step + "\tAUTH_PASSWORD\t" + PASSWORD);
      lines.add(step + "\tCONNECT_TIMEOUT\t7");
    }
    String[][] fields = {{"id", "/id", "String"}, {"hostname", "/hostname", "String"},
        {"cpus", "/resources/cpus", "Number"}};
    for (int row = 0; row < fields.length; row++) {
      lines.add("Mesos agents\tFIELDS\t" + row + "\tNAME\t" + fields[row][0]);
      lines.add("Mesos agents\tFIELDS\t" + row + "\tPATH\t" + fields[row][1]);
      lines.add("Mesos agents\tFIELDS\t" + row + "\tTYPE\t" + fields[row][2]);
    }
    lines.add("Mesos agents\tERROR_FIELD\tmesos_error");
    lines.add("Marathon apps\tRESPONSE_TIME_FIELD\ttook_ms");
    lines.add("Chronos jobs\tRESPONSE_TIME_FIELD\ttook_ms");
    lines.add("Weave peers\tERROR_FIELD\tweave_error");
    lines.add("Scale apps\tSTATUS_FIELD\toutcome");
    lines.add("Scale apps\tWAIT\tN");
    lines.add("Run jobs\tSTATUS_FIELD\toutcome");
    lines.add("Run jobs\tMISSING_OK\tN");
    lines.add("Metronome jobs\tRESPONSE_TIME_FIELD\ttook_ms");
    lines.add("Start runs\tSTATUS_FIELD\toutcome");
    return lines;
  }

  /**
   * PDI's ETL Metadata Injection takes the annotation path only for a class carrying
   * {@code @InjectionSupported}; ours do not, so it takes the step's injection interface. The
   * annotation path could not work on 9.4 anyway: it reflects over the meta class's declared
   * methods (PDI's BeanLevelInfo), and ours declare getFields(Bowl, ...), a type 9.4 does not have.
   */
  @Test
  void pdiTakesTheStepsInjectionInterfaceAndCouldNotTakeTheAnnotationPathOn94() {
    for (String step : EveryStep.STEPS.keySet()) {
      assertThat(injection.one("annotation-path", step)).as(step).isEqualTo("false");
      assertThat(injection.one("injected", step)).as(step + ": entries injected").isNotEqualTo("0");
      if (home.callsBowlOverloads()) {
        assertThat(Integer.parseInt(injection.one("declared-methods", step))).as(step).isPositive();
      } else {
        assertThat(injection.one("declared-methods", step)).as(step)
            .isEqualTo("java.lang.NoClassDefFoundError: org/pentaho/di/core/bowl/Bowl");
      }
    }
  }

  /** Every setting the .ktr stores can be injected: one key per setting of the step's golden file. */
  @Test
  void everyStoredSettingOfEveryStepCanBeInjected() {
    EveryStep.STEPS.forEach((step, golden) -> {
      List<String> tags = Xml.children(Xml.parse(BuiltPlugin.repoFile("steps/src/test/resources/golden/" + golden
          + ".xml"))).stream().map(e -> e.getTagName().toUpperCase(Locale.ROOT)).collect(Collectors.toList());
      assertThat(injection.all("offered", step).stream().map(o -> o.get(0))).as(step)
          .containsExactlyInAnyOrderElementsOf(tags);
    });
  }

  @Test
  void theInjectedValuesAreWhatTheSavedTransformationHolds() {
    for (String step : EveryStep.STEPS.keySet()) {
      Element saved = Xml.named(injected, step);
      assertThat(Xml.text(saved, "marathon_urls")).as(step).isEqualTo(String.join(",", sim.marathonUrls()));
      assertThat(Xml.text(saved, "auth_type")).isEqualTo("basic");
      assertThat(Xml.text(saved, "connect_timeout")).isEqualTo("7");
      assertThat(Xml.text(saved, "auth_password")).as(step + ": stored encrypted").startsWith("Encrypted ")
          .doesNotContain(PASSWORD);
    }
    Element mesos = Xml.named(injected, "Mesos agents");
    assertThat(Xml.children(Xml.child(mesos, "fields").orElseThrow(), "field").stream()
        .map(f -> Xml.text(f, "name") + " " + Xml.text(f, "path") + " " + Xml.text(f, "type")))
        .containsExactly("id /id String", "hostname /hostname String", "cpus /resources/cpus Number");
    assertThat(Xml.text(Xml.named(injected, "Scale apps"), "wait")).isEqualTo("N");
    assertThat(Xml.text(Xml.named(injected, "Scale apps"), "status_field")).isEqualTo("outcome");
  }

  /** Pan runs the injected transformation, and each step writes what was injected into it. */
  @Test
  void panRunsTheInjectedTransformationWithTheInjectedSettings() {
    pan.assertExit(0);
    for (String cube : EveryStep.cubes()) {
      assertThat(Integer.parseInt(run.one("rows", cube))).as(cube).isPositive();
      assertThat(run.all("declared-in", "injected.ktr/" + cube)).as(cube).isEqualTo(run.all("written", cube));
    }
    assertThat(names("Mesos agents out")).containsExactly("id", "hostname", "cpus", "response_ms", "leader",
        "mesos_error");
    assertThat(run.all("row", "Mesos agents out")).allSatisfy(row -> assertThat(row.get(5)).isEqualTo("null"));
    assertThat(names("Marathon apps out")).endsWith("took_ms");
    assertThat(names("Weave peers out")).endsWith("weave_error");
    assertThat(names("Scaled")).contains("outcome").doesNotContain("status");
    assertThat(names("Ran")).contains("outcome").doesNotContain("status");
    assertThat(names("Metronome jobs out")).endsWith("took_ms");
    assertThat(names("Started")).contains("outcome", "run_id").doesNotContain("status");
  }

  private static List<String> names(String cube) {
    return run.all("written", cube).stream().map(f -> f.get(0)).collect(Collectors.toList());
  }
}
