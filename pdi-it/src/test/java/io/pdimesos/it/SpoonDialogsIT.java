package io.pdimesos.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.pdimesos.sim.ClusterSim;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Point 9 of the real-PDI suite: every entry's and step's dialog in the real Spoon (PDI 9.4;
 * skipped where there is no Spoon or no X display), built as Spoon builds it, with PDI's real
 * PropsUI, TextVar, TableView, BaseStepDialog and JobEntryDialog. One Spoon JVM runs it all (see
 * the harness's SpoonProbe and src/spoon/java): the window with a sample job, a double-click on
 * one of its entries, then each dialog over a user's values (its widgets, layout, buttons, Test
 * connection, Validate, Get fields and Preview against the emulator), OK after typing into every
 * widget, and Cancel. The docs' screenshots come from this run: with {@code -Dscreenshots=DIR}
 * they are copied there ({@code DIR} = the repository's docs/images updates the docs).
 */
@RealPdi.Suite
class SpoonDialogsIT {
  private static final Duration SPOON_RUN = Duration.ofMinutes(7);
  private static final String SAMPLE_JOB = "sample-ktr/deploy-etl-stack.kjb";
  private static final String DOUBLE_CLICKED = "Deploy Carte";
  /** The apps and Chronos jobs Validate and Preview find; only /etl/* and etl-* match the steps' filters. */
  private static final List<String> ETL_APPS = List.of("/etl/carte", "/etl/load");
  private static final List<String> ETL_JOBS = List.of("etl-extract", "etl-load");
  /** The Metronome jobs; only nightly.* match the input step's filter. */
  private static final List<String> NIGHTLY_JOBS = List.of("nightly.extract", "nightly.load");

  private static ClusterSim sim;
  private static PdiWorkspace workspace;
  private static Path shots;
  private static HarnessReport report;
  private static PdiRun run;

  @BeforeAll
  static void runSpoon(PdiHome home) throws Exception {
    assumeTrue(home.hasSpoon(), "PDI " + home.line() + " has no Spoon: its dialogs are tried on PDI 9.4");
    String display = System.getenv("DISPLAY");
    assumeTrue(display != null && !display.isBlank(), "no X display: run under xvfb-run, as ./run-tests does");
    sim = Emulator.start();
    seed();
    workspace = PdiWorkspace.create(home, "spoon-dialogs");
    Map<String, String> properties = new LinkedHashMap<>(Emulator.kettleProperties(sim));
    // The variables of the definitions in dialogs.kjb: Validate parses them resolved.
    properties.put("CARTE_INSTANCES", "2");
    properties.put("PDI_VERSION", "9.4");
    properties.put("CARTE_PASSWORD", "not-shown");
    workspace.kettleProperties(properties);
    Path job = workspace.copyResource("spoon/dialogs.kjb");
    Path transformation = workspace.copyResource("spoon/dialogs.ktr");
    shots = workspace.dir().resolve("shots");
    Path reportFile = workspace.dir().resolve("spoon.tsv");
    String pluginSide = Harness.pluginSideClasses(home, pluginJars()) + File.pathSeparator
        + Harness.pluginCommonTestHelpers();
    run = workspace.harness(SPOON_RUN, Map.of("GTK_OVERLAY_SCROLLING", "0"), "io.pdimesos.it.harness.SpoonProbe",
        reportFile.toString(), BuiltPlugin.folder(), pluginSide, BuiltPlugin.repoFile(SAMPLE_JOB).toString(),
        shots.toString(), DOUBLE_CLICKED, job.toString(), transformation.toString());
    report = HarnessReport.read(reportFile);
    assertThat(report.all("failed")).as("the Spoon run (log: " + run.logFile() + ")").isEmpty();
    assertThat(report.all("done")).as("the Spoon run finished (log: " + run.logFile() + ")").hasSize(1);
    copyScreenshots();
  }

  @AfterAll
  static void stopEmulator() {
    if (sim != null) {
      sim.close();
    }
  }

  @Test
  void spoonShowsTheSampleJobWithOurIconsOnItsCanvas() throws IOException {
    List<String> window = report.all("window").get(0);
    assertThat(window.get(0)).contains("deploy-etl-stack");
    assertThat(window.get(1)).isEqualTo("deploy-etl-stack");
    assertThat(window.get(2)).isEqualTo("12");
    assertThat(report.all("icon")).as("our entries on the canvas").hasSize(9)
        .allSatisfy(icon -> assertThat(icon.get(1)).as(icon.get(0)).isEqualTo("true"));
    BufferedImage image = ImageIO.read(shots.resolve("spoon-window.png").toFile());
    assertThat(image.getWidth()).isGreaterThan(1000);
  }

  @Test
  void aDoubleClickOpensTheEntryFilledFromTheFileAndCancelKeepsIt() {
    List<String> seen = report.all("double-click").get(0);
    assertThat(seen.get(0)).isEqualTo("Marathon: Deploy App");
    assertThat(seen.get(1)).contains(DOUBLE_CLICKED)
        .contains("${Internal.Entry.Current.Directory}/definitions/carte-server.marathon.json");
    List<String> values = report.all("double-click-values").get(0);
    assertThat(values.get(1)).isEqualTo(values.get(0));
    assertThat(values.subList(2, 4)).as("the job's changed flag before and after").containsExactly("false", "false");
  }

  @Test
  void spoonBuildsEveryDialogFromThePluginsClassLoader() {
    assertThat(ids("entry")).containsExactlyElementsOf(PluginRegistryIT.ENTRY_IDS);
    assertThat(ids("step")).containsExactlyElementsOf(PluginRegistryIT.STEP_IDS);
    assertThat(report.all("plugin")).as("each found in dialogs.kjb / dialogs.ktr")
        .allSatisfy(p -> assertThat(p.get(2)).as(p.get(1)).isNotEmpty());
    for (String id : PluginRegistryIT.allIds()) {
      assertThat(report.all("dialog", id)).as(id + ": look, OK, Cancel").hasSize(3)
          .allSatisfy(d -> assertThat(d.get(1)).as(d.get(0)).isEqualTo("plugin"));
      assertThat(report.all("buttons", id)).singleElement().asList().as(id + ": PDI's Help, then ours")
          .startsWith("Help", "&OK", "&Test connection").endsWith("&Cancel");
    }
    assertThat(report.all("round-failed")).isEmpty();
    assertThat(report.all("error-dialog")).isEmpty();
  }

  @Test
  void okStoresWhatWasTypedIntoEveryWidget() {
    for (String id : PluginRegistryIT.allIds()) {
      List<String> values = report.all("ok-values", id).get(0);
      assertThat(values.get(1)).as(id + ": the meta after OK").isEqualTo(values.get(0));
      List<String> result = report.all("ok-result", id).get(0);
      assertThat(result.get(0)).as(id + ": open() after OK")
          .isEqualTo(PluginRegistryIT.ENTRY_IDS.contains(id) ? "the entry" : "Typed name");
      if (PluginRegistryIT.ENTRY_IDS.contains(id)) {
        assertThat(result.get(1)).as(id + ": the entry's name").isEqualTo("Typed name");
      }
      assertThat(result.get(2)).as(id + ": changed").isEqualTo("true");
    }
    assertThat(report.all("message")).as("refusals on OK").isEmpty();
    assertThat(report.all("left-open")).as("dialogs OK did not close").isEmpty();
  }

  @Test
  void widgetsShowEveryStoredValueAndCancelChangesNothing() {
    for (String id : PluginRegistryIT.allIds()) {
      List<String> shown = report.all("shown-values", id).get(0);
      assertThat(shown.get(1)).as(id + ": what the widgets show").isEqualTo(shown.get(0));
      // Also over the file's own values (defaults, ticked boxes), not only the filler's.
      List<String> fileShown = report.all("look-shown", id).get(0);
      assertThat(fileShown.get(1)).as(id + ": what the widgets show of the file's values")
          .isEqualTo(fileShown.get(0));
      List<String> cancelled = report.all("cancel-values", id).get(0);
      assertThat(cancelled.get(1)).as(id + ": the meta after typing and Cancel").isEqualTo(cancelled.get(0));
      List<String> result = report.all("cancel-result", id).get(0);
      assertThat(result.get(0)).as(id + ": open() after Cancel").isEqualTo("null");
      if (PluginRegistryIT.ENTRY_IDS.contains(id)) {
        assertThat(result.get(1)).as(id + ": the entry's name").isEqualTo("Filled");
      } else {
        assertThat(result.get(2)).as(id + ": changed").isEqualTo("false");
      }
      List<String> looked = report.all("look-values", id).get(0);
      assertThat(looked.get(1)).as(id + ": a file's entry or step after a look and Cancel").isEqualTo(looked.get(0));
      assertThat(report.one("look-result", id)).isEqualTo("null");
    }
  }

  @Test
  void secretsAreMaskedAndEveryVariableFieldHasPdisMarker() {
    for (String id : PluginRegistryIT.allIds()) {
      for (List<String> w : report.all("widget", id)) {
        String tag = w.get(0);
        String kind = w.get(1);
        String widget = w.get(2);
        switch (kind) {
          case "PASSWORD" -> assertThat(w.subList(2, 5)).as(id + " " + tag)
              .containsExactly("PasswordTextVar", "true", "true");
          case "TEXT", "INTEGER", "NUMBER" -> {
            assertThat(widget).as(id + " " + tag).isIn("TextVar", "ComboVar");
            assertThat(w.get(3)).as(id + " " + tag + " masked").isEqualTo("false");
            if (widget.equals("TextVar")) {
              assertThat(w.get(4)).as(id + " " + tag + ": PDI's variable marker").isEqualTo("true");
            }
          }
          case "CHOICE" -> assertThat(widget).as(id + " " + tag).isEqualTo("ComboVar");
          case "BOOLEAN" -> assertThat(widget).as(id + " " + tag).isEqualTo("Button");
          case "KEY_VALUES", "TABLE" -> assertThat(widget).as(id + " " + tag).isEqualTo("TableView");
          default -> assertThat(widget).as(id + " " + tag).isEqualTo("Text");
        }
      }
    }
  }

  @Test
  void aTickedBoxLooksTicked() {
    // PDI's look alone drew the tick white on white on GTK 3: every box looked empty.
    assertThat(report.all("tick")).isNotEmpty()
        .allSatisfy(t -> assertThat(t.get(t.size() - 1)).as(String.join(" ", t)).isEqualTo("true"));
  }

  @Test
  void nothingIsCutOffOrOverlapping() {
    assertThat(report.all("layout")).isEmpty();
    for (String id : PluginRegistryIT.allIds()) {
      assertThat(report.all("tabs", id)).as(id).singleElement().asList().contains("General", "Connection");
    }
  }

  @Test
  void testConnectionReachesEveryServiceThroughKettleProperties() {
    for (String id : PluginRegistryIT.allIds()) {
      assertThat(report.one("test-connection", id)).as(id).contains("OK  Mesos masters", "OK  Marathon URLs",
          "OK  Chronos URLs", "OK  Metronome URLs", "OK  Weave router URLs").doesNotContain("FAILED");
    }
  }

  @Test
  void validateAsksTheClusterAndChangesNothing() throws Exception {
    assertThat(report.all("validate").stream().map(v -> v.get(0)))
        .as("entries with Validate").hasSizeGreaterThanOrEqualTo(11);
    for (List<String> v : report.all("validate")) {
      assertThat(v.get(1)).as(v.get(0)).isNotBlank().doesNotStartWith("PROBLEM")
          .containsAnyOf("/etl/carte", "nightly-etl", "nightly.load");
    }
    assertThat(get(sim.marathonUrls().get(0) + "/v2/apps/etl/carte")).contains("\"instances\":1");
    assertThat(get(sim.chronosUrls().get(0) + "/v1/scheduler/jobs")).contains("nightly-etl");
    assertThat(get(sim.metronomeUrls().get(0) + "/v1/jobs")).contains("nightly.load")
        .doesNotContain("kitchen.sh -file=/jobs/load.kjb"); // Submit's Validate wrote nothing
  }

  @Test
  void getFieldsAndPreviewReadTheEntityAsTyped() {
    int agents = sim.model().agents().size();
    // Weave: every router (one per agent, all in PDI_WEAVE_URL) reports every peer it sees.
    Map<String, Integer> rows = Map.of("PdiMesosMesosStateInput", agents,
        "PdiMesosMarathonAppsInput", ETL_APPS.size(), "PdiMesosChronosJobsInput", ETL_JOBS.size(),
        "PdiMesosMetronomeJobsInput", NIGHTLY_JOBS.size(),
        "PdiMesosWeaveStatusInput", sim.weaveUrls().size() * agents);
    for (Map.Entry<String, Integer> input : rows.entrySet()) {
      String id = input.getKey();
      assertThat(report.all("added-buttons", id)).singleElement().asList().containsExactly("Get fields", "Preview");
      List<String> got = report.all("get-fields", id).get(0);
      List<String> documented = report.all("documented-fields", id).get(0);
      assertThat(got.get(1)).as(id + ": Get fields' message").isEmpty();
      assertThat(got.subList(2, got.size())).as(id + ": Get fields for " + got.get(0))
          .isNotEmpty().isEqualTo(documented.subList(1, documented.size()));
      List<String> preview = report.all("preview", id).get(0);
      assertThat(preview.get(0)).as(id).endsWith(": preview of the first 100 rows");
      assertThat(preview.get(1)).as(id + " preview rows").isEqualTo(String.valueOf(input.getValue()));
      assertThat(preview.get(2).split(",")).as(id + " preview columns")
          .containsExactlyElementsOf(got.subList(2, got.size()));
    }
  }

  @Test
  void actionStepsListTheFieldsTheHopBrings() {
    assertThat(report.all("added-buttons", "PdiMesosMarathonAppAction")).singleElement().asList().isEmpty();
    assertThat(report.all("picker", "PdiMesosMarathonAppAction")).isNotEmpty()
        .allSatisfy(p -> assertThat(p.subList(1, p.size())).as(p.get(0)).containsExactly("app_id", "target_instances"));
    assertThat(report.all("picker", "PdiMesosChronosJobAction")).isNotEmpty()
        .allSatisfy(p -> assertThat(p.subList(1, p.size())).as(p.get(0)).containsExactly("job", "run_arguments"));
    assertThat(report.all("picker", "PdiMesosMetronomeJobAction")).isNotEmpty()
        .allSatisfy(p -> assertThat(p.subList(1, p.size())).as(p.get(0)).containsExactly("id", "cron"));
  }

  /**
   * PDI's own widgets behave as the pdi-api mirror models them (its SpoonWidgetsTest pins the same
   * facts there): a "$" marker 13 px wide beside every TextVar and ComboVar, tooltips with the
   * variables resolved but none on a password, TableView's "#" column and add() appending after
   * the empty first row, PropsUI's dialog style and label split, and a row of equally wide buttons.
   */
  @Test
  void pdisOwnWidgetsBehaveAsTheMirrorModelsThem() {
    assertThat(report.all("props").get(0)).containsExactly("35", String.valueOf(2144 | 16 | 1024 | 128), "0",
        "false");
    assertThat(report.all("textvar").get(0)).containsExactly("FormLayout", "Text", "287", "300");
    assertThat(report.one("textvar-tooltip")).isEqualTo("http://carte:8080");
    assertThat(report.all("password").get(0)).containsExactly("true", "null");
    assertThat(report.all("combovar").get(0)).containsExactly("FormLayout", "CCombo", "287", "300");
    assertThat(report.all("tableview").get(0)).containsExactly("3", "#", "Key", "2", "1", "k1,v1");
    List<String> row = report.all("button-row").get(0);
    List<int[]> buttons = Stream.of(row.get(0).split(" ")).map(b -> Stream.of(b.split("[,x]"))
        .mapToInt(Integer::parseInt).toArray()).collect(Collectors.toList());
    int clientWidth = Integer.parseInt(row.get(2));
    int clientHeight = Integer.parseInt(row.get(3));
    int width = buttons.get(0)[2];
    assertThat(buttons).as("x, y, width, height of OK, Test connection, Cancel").allSatisfy(b -> {
      assertThat(b[2]).isEqualTo(width);
      assertThat(b[1] + b[3]).isEqualTo(clientHeight);
    });
    assertThat(buttons.get(1)[0] - buttons.get(0)[0]).isEqualTo(width + 4);
    assertThat(buttons.get(2)[0] - buttons.get(1)[0]).isEqualTo(width + 4);
    assertThat(buttons.get(1)[0] + width / 2).isCloseTo(clientWidth / 2, offset(4));
  }

  @Test
  void everyPictureTheDocsShowComesFromThisRun() throws IOException {
    assertThat(report.all("missing-tab")).isEmpty();
    for (String name : docsPictures()) {
      Path shot = shots.resolve(name);
      assertThat(shot).as(name).exists();
      BufferedImage image = ImageIO.read(shot.toFile());
      assertThat(image.getWidth() * image.getHeight()).as(name).isGreaterThan(200 * 200);
    }
  }

  // ---- helpers ----

  /** The pictures the docs' pages show of dialogs and of Spoon: what this run must take. */
  private static Set<String> docsPictures() throws IOException {
    Pattern image = Pattern.compile("\\]\\(\\.\\./images/([a-z0-9-]+\\.png)\\)|\\]\\(images/([a-z0-9-]+\\.png)\\)");
    Set<String> names = new TreeSet<>();
    try (Stream<Path> pages = Files.walk(BuiltPlugin.repoFile("docs"))) {
      for (Path page : pages.filter(p -> p.toString().endsWith(".md")).collect(Collectors.toList())) {
        Matcher m = image.matcher(Files.readString(page));
        while (m.find()) {
          names.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
      }
    }
    assertThat(names).as("pictures in docs/").contains("spoon-window.png", "connection-tab.png");
    return names;
  }

  /** With -Dscreenshots=DIR, the pictures go there too (DIR = docs/images updates the docs). */
  private static void copyScreenshots() throws IOException {
    String target = System.getProperty("screenshots");
    if (target == null || target.isBlank()) {
      return;
    }
    Path dir = Paths.get(target);
    Files.createDirectories(dir);
    try (Stream<Path> files = Files.list(shots)) {
      for (Path png : files.collect(Collectors.toList())) {
        Files.copy(png, dir.resolve(png.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  private static List<Path> pluginJars() throws IOException {
    try (Stream<Path> files = Files.walk(workspace.pluginFolder())) {
      return files.filter(p -> p.toString().endsWith(".jar")).sorted().collect(Collectors.toList());
    }
  }

  private static List<String> ids(String kind) {
    return report.all("plugin", kind).stream().map(p -> p.get(0)).sorted().collect(Collectors.toList());
  }

  /** Apps, Chronos and Metronome jobs for Validate to find and Preview to read, through the emulator's own API. */
  private static void seed() {
    String marathon = sim.marathonUrls().get(0);
    post(marathon + "/v2/apps", "{\"id\": \"/etl/carte\", \"cmd\": \"sleep 100000\", \"instances\": 1, "
        + "\"cpus\": 0.1, \"mem\": 32}");
    post(marathon + "/v2/apps", "{\"id\": \"/etl/load\", \"cmd\": \"sleep 100000\", \"instances\": 0, "
        + "\"cpus\": 0.1, \"mem\": 32}");
    post(marathon + "/v2/apps", "{\"id\": \"/web/front\", \"cmd\": \"sleep 100000\", \"instances\": 0, "
        + "\"cpus\": 0.1, \"mem\": 32}");
    String chronos = sim.chronosUrls().get(0);
    for (String name : List.of("nightly-etl", ETL_JOBS.get(0), ETL_JOBS.get(1))) {
      post(chronos + "/v1/scheduler/iso8601", "{\"name\": \"" + name + "\", \"command\": \"echo " + name
          + "\", \"schedule\": \"R/2099-01-01T00:00:00Z/P1D\", \"owner\": \"ops@example.com\", "
          + "\"cpus\": 0.1, \"mem\": 32}");
    }
    String metronome = sim.metronomeUrls().get(0);
    for (String id : List.of(NIGHTLY_JOBS.get(0), NIGHTLY_JOBS.get(1), "adhoc.cleanup")) {
      post(metronome + "/v1/jobs", "{\"id\": \"" + id + "\", \"run\": {\"cmd\": \"echo " + id
          + "\", \"cpus\": 0.1, \"mem\": 32, \"disk\": 0}}");
    }
  }

  private static void post(String url, String json) {
    try {
      HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as("POST " + url + ": " + response.body()).isBetween(200, 299);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String get(String url) throws IOException, InterruptedException {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
        HttpResponse.BodyHandlers.ofString()).body();
  }
}
