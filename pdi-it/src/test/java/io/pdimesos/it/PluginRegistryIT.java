package io.pdimesos.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Point 1 of the real-PDI suite: the zip installed as a user does, then looked at through PDI's
 * real {@code PluginRegistry}: exactly our ids, their texts resolved from our bundles, images
 * that PDI's SVG support renders, documentation URLs that lead to our docs pages, and every class
 * coming from the loader it must (PDI's API from PDI, ours and the relocated libraries from the
 * plugin), with nothing of ours duplicating anything on PDI's class path.
 */
@RealPdi.Suite
class PluginRegistryIT {
  /**
   * The ids are stored in every user's .kjb and .ktr: they never change (assemblies'
   * PluginInstallIT pins the same list on the zip; this pins what the real registry registers).
   */
  static final List<String> ENTRY_IDS = List.of("PdiMesosChronosDeleteJob", "PdiMesosChronosRunJob",
      "PdiMesosChronosSubmitJob", "PdiMesosMarathonDeleteApp", "PdiMesosMarathonDeployApp",
      "PdiMesosMarathonRestartApp", "PdiMesosMarathonScaleApp", "PdiMesosMarathonWaitForApp",
      "PdiMesosMesosCheckCluster", "PdiMesosMetronomeDeleteJob", "PdiMesosMetronomeRunJob",
      "PdiMesosMetronomeSubmitJob", "PdiMesosWeaveCheckNetwork");
  static final List<String> STEP_IDS = List.of("PdiMesosChronosJobAction", "PdiMesosChronosJobsInput",
      "PdiMesosMarathonAppAction", "PdiMesosMarathonAppsInput", "PdiMesosMesosStateInput",
      "PdiMesosMetronomeJobAction", "PdiMesosMetronomeJobsInput", "PdiMesosWeaveStatusInput");
  private static final String DOCS_PREFIX = "https://github.com/pdi-mesos/pdi-mesos/blob/main/";

  private static PdiHome home;
  private static PdiWorkspace workspace;
  private static HarnessReport report;

  @BeforeAll
  static void probe(PdiHome pdi) {
    home = pdi;
    workspace = PdiWorkspace.create(pdi, "plugin-registry");
    Path file = workspace.dir().resolve("registry.tsv");
    workspace.harness(Duration.ofMinutes(3), "io.pdimesos.it.harness.RegistryProbe", file.toString(),
        BuiltPlugin.folder(), "PdiMesos").assertExit(0);
    report = HarnessReport.read(file);
  }

  @Test
  void theRegistryListsExactlyOurEntriesAndSteps() {
    List<String> folders = report.all("plugin").stream().map(p -> p.get(3).replaceFirst("/$", "")).distinct()
        .collect(Collectors.toList());
    assertThat(folders).as("plugin folders of what registered under our id prefix")
        .containsExactly(workspace.pluginFolder().toUri().toString().replaceFirst("/$", ""));
    assertThat(ids("entry")).containsExactlyElementsOf(ENTRY_IDS);
    assertThat(ids("step")).containsExactlyElementsOf(STEP_IDS);
    assertThat(report.all("plugin").stream().map(p -> p.get(2)))
        .as("each plugin has one id, no aliases").allMatch(ids -> !ids.contains(","));
    assertThat(report.all("load-failed")).isEmpty();
  }

  @Test
  void namesDescriptionsAndCategoriesAreOurTextsNotKeys() {
    PluginTexts texts = new PluginTexts(workspace);
    for (String id : allIds()) {
      List<String> raw = report.all("annotation", id).get(0);
      assertThat(report.one("name", id)).as(id + " name").isEqualTo(texts.get(raw.get(0)));
      assertThat(report.one("description", id)).as(id + " description").isEqualTo(texts.get(raw.get(1)));
      assertThat(report.one("category", id)).as(id + " category").isEqualTo(texts.get(raw.get(2)))
          .isEqualTo("Mesos Cluster");
    }
    List<String> names = allIds().stream().map(id -> report.one("name", id)).collect(Collectors.toList());
    assertThat(names).as("palette labels").doesNotHaveDuplicates().allMatch(n -> n.contains(" "));
  }

  @Test
  void everyImageIsAnSvgThatPdiRenders() {
    for (String id : allIds()) {
      assertThat(report.one("image", id)).as(id).endsWith(".svg");
      List<String> svg = report.all("svg", id).get(0);
      assertThat(svg.get(0)).as(id + " image through PDI's SvgSupport: " + svg).isEqualTo("loaded");
      assertThat(svg.get(1)).as(id + " image from the plugin's jar").contains(BuiltPlugin.folder() + ".jar!/");
    }
  }

  @Test
  void documentationUrlsLeadToOurDocsPages() {
    for (String id : allIds()) {
      String url = report.one("documentation-url", id);
      assertThat(url).as(id).startsWith(DOCS_PREFIX).endsWith(".md");
      BuiltPlugin.repoFile(url.substring(DOCS_PREFIX.length()));
    }
  }

  @Test
  void pdiClassesComeFromPdiAndOursFromThePluginsLoader() {
    for (String id : allIds()) {
      for (List<String> cls : report.all("class", id)) {
        String name = cls.get(0);
        String origin = cls.get(1);
        if (name.startsWith("org.pentaho.")) {
          assertThat(origin).as(id + ": " + name).isEqualTo("pdi");
        } else if (name.startsWith("io.pdimesos.")) {
          assertThat(origin).as(id + ": " + name).isEqualTo("plugin");
        } else {
          assertThat(origin).as(id + ": " + name).isEqualTo("jdk");
        }
      }
      List<String> seen = report.all("class", id).stream().map(c -> c.get(0)).collect(Collectors.toList());
      assertThat(seen).as(id + " classes checked").contains("io.pdimesos.shaded.okhttp3.OkHttpClient",
          "io.pdimesos.shaded.com.fasterxml.jackson.databind.ObjectMapper", "org.pentaho.di.core.Const");
      assertThat(seen).as(id + ": PDI's base class in its superclass chain")
          .containsAnyOf("org.pentaho.di.trans.step.BaseStepMeta", "org.pentaho.di.job.entry.JobEntryBase");
      String dialog = report.one("dialog", id);
      if (home.hasSpoon()) {
        assertThat(seen).as(id + " dialog " + dialog + " loads with Spoon's classes").contains(dialog);
      } else {
        // No Spoon classes in this PDI: the dialog cannot link, which only matters in Spoon.
        assertThat(report.all("class-unloadable", id, dialog)).hasSize(1);
      }
    }
    assertThat(report.all("class-unloadable").stream().filter(u -> !u.get(1).endsWith("Dialog")))
        .as("classes that do not load").isEmpty();
  }

  @Test
  void nothingOfThePluginIsAlsoOnPdisClassPath() {
    assertThat(report.all("library").stream().map(l -> Path.of(l.get(0)).getFileName().toString()))
        .as("the plugin's class path").contains(BuiltPlugin.folder() + ".jar").hasSizeGreaterThan(1);
    assertThat(Integer.parseInt(report.one("library-entries"))).isGreaterThan(1000);
    assertThat(report.all("shared-with-pdi")).as("classes or resources both in the plugin and on PDI's class path")
        .isEmpty();
  }

  private static List<String> ids(String kind) {
    return report.all("plugin", kind).stream().map(p -> p.get(0)).sorted().collect(Collectors.toList());
  }

  /** Every entry id, then every step id. */
  static List<String> allIds() {
    List<String> ids = new ArrayList<>(ENTRY_IDS);
    ids.addAll(STEP_IDS);
    return ids;
  }
}
