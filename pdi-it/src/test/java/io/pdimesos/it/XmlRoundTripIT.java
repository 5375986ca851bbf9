package io.pdimesos.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * Point 2 of the real-PDI suite: every golden XML (one per entry and step, every setting set to
 * a non-default value) and every shipped sample loads through PDI's real JobMeta/TransMeta and
 * comes back from getXML() with every setting as it was; passwords go through PDI's real Encr.
 */
@RealPdi.Suite
class XmlRoundTripIT {
  /** The value SettingsFiller (plugin-common's tests) gave every secret when the goldens were written. */
  private static final String GOLDEN_PASSWORD = "pw-auth_password-\"secret\"";
  private static final String PLAIN_PASSWORD = "s3cret & <x> \u00e4";
  private static final String VARIABLE_PASSWORD = "${PDI_MESOS_PASSWORD}";

  private static PdiWorkspace workspace;
  private static HarnessReport report;
  /** Golden file name without .xml (e.g. marathon-app-action) to its root element. */
  private static final Map<String, Element> ENTRY_GOLDENS = new LinkedHashMap<>();
  private static final Map<String, Element> STEP_GOLDENS = new LinkedHashMap<>();

  @BeforeAll
  static void loadAndSaveThroughPdi(PdiHome home) throws IOException {
    workspace = PdiWorkspace.create(home, "xml");
    List<String> files = new ArrayList<>();
    for (Path golden : goldens("job-entries")) {
      String slug = slug(golden);
      ENTRY_GOLDENS.put(slug, Xml.parse(golden));
      files.add(workspace.write("in/entry-" + slug + ".kjb", "<job><name>golden-" + slug + "</name><entries>"
          + Files.readString(golden) + "</entries><hops/></job>").toString());
    }
    for (Path golden : goldens("steps")) {
      String slug = slug(golden);
      STEP_GOLDENS.put(slug, Xml.parse(golden));
      files.add(workspace.write("in/step-" + slug + ".ktr", transformation(slug, stepId(slug),
          settingsOf(Files.readString(golden)))).toString());
    }
    String mesosSettings = settingsOf(Files.readString(goldenFile("steps", "mesos-state-input")));
    files.add(workspace.write("in/plain-password.ktr", transformation("plain", "PdiMesosMesosStateInput",
        withPassword(mesosSettings, "s3cret &amp; &lt;x&gt; \u00e4"))).toString());
    files.add(workspace.write("in/variable-password.ktr", transformation("variable", "PdiMesosMesosStateInput",
        withPassword(mesosSettings, VARIABLE_PASSWORD))).toString());
    for (Path sample : samples()) {
      files.add(sample.toString());
    }
    String goldenEncrypted = Xml.text(STEP_GOLDENS.get("mesos-state-input"), "auth_password");
    Path passwords = workspace.write("passwords.txt", "encrypt\t" + PLAIN_PASSWORD + "\ndecrypt\t"
        + goldenEncrypted + "\n");
    Files.createDirectories(workspace.dir().resolve("saved"));
    List<String> args = new ArrayList<>(List.of(workspace.dir().resolve("report.tsv").toString(),
        workspace.dir().resolve("saved").toString(), passwords.toString()));
    args.addAll(files);
    workspace.harness(Duration.ofMinutes(3), "io.pdimesos.it.harness.XmlProbe", args.toArray(new String[0]))
        .assertExit(0);
    report = HarnessReport.read(workspace.dir().resolve("report.tsv"));
    assertThat(report.all("failed")).as("files PDI could not load or save").isEmpty();
    assertThat(report.all("saved")).hasSize(files.size());
  }

  @Test
  void everyGoldenEntryComesBackFromJobMetaWithEverySetting() {
    assertThat(ENTRY_GOLDENS).hasSize(PluginRegistryIT.ENTRY_IDS.size());
    ENTRY_GOLDENS.forEach((slug, golden) -> {
      Element saved = Xml.named(saved("entry-" + slug + ".kjb"), Xml.text(golden, "name"));
      assertSettingsKept(slug, golden, saved);
    });
  }

  @Test
  void everyGoldenStepComesBackFromTransMetaWithEverySetting() {
    assertThat(STEP_GOLDENS).hasSize(PluginRegistryIT.STEP_IDS.size());
    STEP_GOLDENS.forEach((slug, golden) -> {
      Element saved = Xml.named(saved("step-" + slug + ".ktr"), slug);
      assertThat(Xml.text(saved, "type")).isEqualTo(stepId(slug));
      assertSettingsKept(slug, golden, saved);
    });
  }

  /**
   * The samples as shipped in the zip: every step and entry is still there, every hop, and each of
   * ours has every setting its golden lists (the ones the sample leaves out get their defaults)
   * with the sample's value where it sets one.
   */
  @Test
  void everySampleComesBackWithEverySettingOfOurStepsAndEntries() throws IOException {
    List<Path> samples = samples();
    assertThat(samples).hasSize(5);
    Map<String, Element> goldenByType = new LinkedHashMap<>();
    ENTRY_GOLDENS.values().forEach(g -> goldenByType.put(Xml.text(g, "type"), g));
    STEP_GOLDENS.forEach((slug, g) -> goldenByType.put(stepId(slug), g));
    int ours = 0;
    for (Path sample : samples) {
      Element original = Xml.parse(sample);
      Element saved = saved(sample.getFileName().toString());
      assertThat(names(Xml.stepsOrEntries(saved))).as(sample + " steps/entries")
          .isEqualTo(names(Xml.stepsOrEntries(original)));
      assertThat(hops(saved)).as(sample + " hops").isEqualTo(hops(original));
      for (Element element : Xml.stepsOrEntries(original)) {
        Element golden = goldenByType.get(Xml.text(element, "type"));
        if (golden == null) {
          continue; // PDI's own steps (Text file output, Abort, ...)
        }
        ours++;
        Element back = Xml.named(saved, Xml.text(element, "name"));
        for (Element setting : Xml.children(golden)) {
          String tag = setting.getTagName();
          assertThat(Xml.child(back, tag)).as(sample.getFileName() + " / " + Xml.text(element, "name") + " keeps <"
              + tag + ">").isPresent();
          Xml.child(element, tag).ifPresent(value -> assertThat(Xml.canonical(Xml.child(back, tag).get()))
              .as(sample.getFileName() + " / " + Xml.text(element, "name")).isEqualTo(Xml.canonical(value)));
        }
      }
    }
    assertThat(ours).as("our steps and entries in the samples").isGreaterThanOrEqualTo(20);
  }

  @Test
  void passwordsAreStoredThroughPdisEncr() {
    String goldenEncrypted = Xml.text(STEP_GOLDENS.get("mesos-state-input"), "auth_password");
    assertThat(goldenEncrypted).startsWith("Encrypted ");
    // The goldens were encrypted by the mirror's Encr; PDI's reads them back as the plain value.
    assertThat(report.one("decrypted", goldenEncrypted)).isEqualTo(GOLDEN_PASSWORD);

    String pdiEncrypted = report.one("encrypted", PLAIN_PASSWORD);
    assertThat(pdiEncrypted).startsWith("Encrypted ");
    assertThat(Xml.text(Xml.named(saved("plain-password.ktr"), "plain"), "auth_password"))
        .as("a plain password read from a .ktr is saved encrypted, as PDI's Encr encrypts it")
        .isEqualTo(pdiEncrypted);
    assertThat(Xml.text(Xml.named(saved("variable-password.ktr"), "variable"), "auth_password"))
        .as("a password that is a variable is stored as is").isEqualTo(VARIABLE_PASSWORD);
    for (Path file : List.of(savedPath("plain-password.ktr"), savedPath("step-mesos-state-input.ktr"))) {
      assertThat(file).content(StandardCharsets.UTF_8).doesNotContain("s3cret", "secret");
    }
  }

  private static void assertSettingsKept(String slug, Element golden, Element saved) {
    assertThat(Xml.children(golden)).as(slug + " golden settings").hasSizeGreaterThan(5);
    for (Element setting : Xml.children(golden)) {
      assertThat(Xml.child(saved, setting.getTagName()).map(Xml::canonical)).as(slug + " <" + setting.getTagName()
          + ">").hasValue(Xml.canonical(setting));
    }
  }

  private static String transformation(String name, String type, String stepSettings) {
    return "<transformation><info><name>" + name + "</name></info><order/><step><name>" + name + "</name><type>"
        + type + "</type>" + stepSettings + "</step></transformation>";
  }

  /** The golden's settings: what sits inside its {@code <step>} element. */
  private static String settingsOf(String stepGolden) {
    return stepGolden.substring(stepGolden.indexOf("<step>") + "<step>".length(), stepGolden.lastIndexOf("</step>"));
  }

  private static String withPassword(String settings, String xmlValue) {
    return settings.replaceFirst("<auth_password>[^<]*</auth_password>", "<auth_password>"
        + java.util.regex.Matcher.quoteReplacement(xmlValue) + "</auth_password>");
  }

  private static List<Path> goldens(String module) throws IOException {
    try (Stream<Path> files = Files.list(BuiltPlugin.repoFile(module + "/src/test/resources/golden"))) {
      return files.filter(p -> p.toString().endsWith(".xml")).sorted().collect(Collectors.toList());
    }
  }

  private static Path goldenFile(String module, String slug) {
    return BuiltPlugin.repoFile(module + "/src/test/resources/golden/" + slug + ".xml");
  }

  /** The samples as the zip ships them. */
  private static List<Path> samples() throws IOException {
    try (Stream<Path> files = Files.list(workspace.pluginFolder().resolve("samples"))) {
      return files.filter(p -> p.toString().matches(".*\\.(kjb|ktr)$")).sorted().collect(Collectors.toList());
    }
  }

  private static String slug(Path golden) {
    String name = golden.getFileName().toString();
    return name.substring(0, name.length() - ".xml".length());
  }

  /** marathon-app-action: PdiMesosMarathonAppAction (the golden files are named after the step). */
  private static String stepId(String slug) {
    StringBuilder id = new StringBuilder("PdiMesos");
    for (String word : slug.split("-")) {
      id.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
    }
    return id.toString();
  }

  private static Element saved(String fileName) {
    return Xml.parse(savedPath(fileName));
  }

  private static Path savedPath(String fileName) {
    return workspace.dir().resolve("saved").resolve(fileName);
  }

  /** Sorted: TransMeta saves its steps in name order, whatever order the file had. */
  private static List<String> names(List<Element> elements) {
    return elements.stream().map(e -> Xml.text(e, "name")).sorted().collect(Collectors.toList());
  }

  private static List<String> hops(Element root) {
    Element hops = Xml.child(root, root.getTagName().equals("job") ? "hops" : "order").orElseThrow();
    return Xml.children(hops, "hop").stream().map(h -> Xml.text(h, "from") + " -> " + Xml.text(h, "to"))
        .collect(Collectors.toList());
  }
}
