package io.pdimesos.assemblies;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Installs the built zip the way the Marketplace does and then looks at it the way PDI's plugin
 * scan and Spoon do, with nothing of this build on the class path: only the plugin folder over a
 * parent that holds what PDI provides (the pdi-api mirror, SWT, JFace).
 */
class PluginInstallIT {
  /**
   * The ids are stored as the entry type in every user's .kjb and as the step type in every .ktr:
   * renaming one breaks their jobs and transformations. Extend these lists for new plugins; never
   * edit an id in them.
   */
  private static final List<String> PINNED_ENTRY_IDS = List.of(
      "PdiMesosChronosDeleteJob",
      "PdiMesosChronosRunJob",
      "PdiMesosChronosSubmitJob",
      "PdiMesosMarathonDeleteApp",
      "PdiMesosMarathonDeployApp",
      "PdiMesosMarathonRestartApp",
      "PdiMesosMarathonScaleApp",
      "PdiMesosMarathonWaitForApp",
      "PdiMesosMesosCheckCluster",
      "PdiMesosMetronomeDeleteJob",
      "PdiMesosMetronomeRunJob",
      "PdiMesosMetronomeSubmitJob",
      "PdiMesosWeaveCheckNetwork");
  private static final List<String> PINNED_STEP_IDS = List.of(
      "PdiMesosChronosJobAction",
      "PdiMesosChronosJobsInput",
      "PdiMesosMarathonAppAction",
      "PdiMesosMarathonAppsInput",
      "PdiMesosMesosStateInput",
      "PdiMesosMetronomeJobAction",
      "PdiMesosMetronomeJobsInput",
      "PdiMesosWeaveStatusInput");

  private static final String JOB_ENTRY_DIALOG_CTOR =
      "org.eclipse.swt.widgets.Shell,org.pentaho.di.job.entry.JobEntryInterface,"
          + "org.pentaho.di.repository.Repository,org.pentaho.di.job.JobMeta";
  private static final String STEP_DIALOG_CTOR =
      "org.eclipse.swt.widgets.Shell,java.lang.Object,org.pentaho.di.trans.TransMeta,java.lang.String";

  @TempDir
  static Path scratch;
  private static Path pluginFolder;
  private static List<Path> scannedJars;
  private static List<Path> libraryJars;
  private static URLClassLoader host;
  private static ChildFirstClassLoader plugin;
  private static List<PluginAnnotation> plugins;

  @BeforeAll
  static void install() throws Exception {
    Path plugins = Files.createDirectories(scratch.resolve("data-integration/plugins"));
    BuiltPlugin.extract(BuiltPlugin.zip(), plugins);
    pluginFolder = plugins.resolve(BuiltPlugin.pluginFolder());

    // PDI: every jar below a plugins/ folder, except in folders named lib; a jar's class path is the jar
    // plus every jar below <its folder>/lib.
    try (Stream<Path> files = Files.walk(plugins)) {
      scannedJars = files.filter(p -> p.toString().endsWith(".jar"))
          .filter(p -> plugins.relativize(p).toString().replace('\\', '/').matches("(?!.*(^|/)lib/).*"))
          .sorted().collect(Collectors.toList());
    }
    try (Stream<Path> files = Files.walk(pluginFolder.resolve("lib"))) {
      libraryJars = files.filter(p -> p.toString().endsWith(".jar")).sorted().collect(Collectors.toList());
    }
    List<URL> hostUrls = new ArrayList<>();
    for (Path path : BuiltPlugin.hostClasspath()) {
      hostUrls.add(path.toUri().toURL());
    }
    host = new URLClassLoader(hostUrls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
    List<URL> pluginUrls = new ArrayList<>();
    for (Path jar : libraryJars) {
      pluginUrls.add(jar.toUri().toURL());
    }
    for (Path jar : scannedJars) {
      pluginUrls.add(jar.toUri().toURL());
    }
    plugin = new ChildFirstClassLoader(pluginUrls.toArray(new URL[0]), host);

    PluginInstallIT.plugins = new ArrayList<>();
    for (Path jar : scannedJars) {
      PluginInstallIT.plugins.addAll(PluginAnnotation.scan(jar));
    }
  }

  @AfterAll
  static void close() throws IOException {
    if (plugin != null) {
      plugin.close();
    }
    if (host != null) {
      host.close();
    }
  }

  @Test
  void theZipHoldsExactlyOneFolderNamedLikeTheMarketplaceEntry() throws IOException {
    try (ZipFile zip = new ZipFile(BuiltPlugin.zip().toFile())) {
      TreeSet<String> topLevel = Collections.list(zip.entries()).stream()
          .map(e -> e.getName().split("/", 2)[0]).collect(Collectors.toCollection(TreeSet::new));
      assertThat(topLevel).containsExactly(BuiltPlugin.pluginFolder());
    }
    try (Stream<Path> children = Files.list(pluginFolder)) {
      assertThat(children.map(p -> p.getFileName().toString() + (Files.isDirectory(p) ? "/" : "")))
          .containsExactlyInAnyOrder(BuiltPlugin.pluginFolder() + ".jar", "lib/", "samples/", "version.xml",
              "LICENSE", "THIRD-PARTY.txt");
    }
    assertThat(Files.readString(pluginFolder.resolve("LICENSE"))).contains("Apache License", "Version 2.0");
    assertThat(pluginFolder.resolve("samples/definitions/carte-server.marathon.json")).isRegularFile();
    for (String sample : List.of("deploy-etl-stack.kjb", "nightly-batch.kjb",
        "nightly-batch-metronome.kjb", "definitions/kitchen-batch.metronome.json",
        "cluster-inventory.ktr", "bulk-scale.ktr", "bulk-scale.csv")) {
      assertThat(pluginFolder.resolve("samples/" + sample)).as("sample " + sample).isRegularFile();
    }
    assertThat(scannedJars).containsExactly(pluginFolder.resolve(BuiltPlugin.pluginFolder() + ".jar"));
    assertThat(libraryJars).isNotEmpty();
  }

  @Test
  void thePluginIdsAreUniqueAndThePinnedOnes() {
    List<String> ids = plugins.stream().map(p -> p.value("id")).sorted().collect(Collectors.toList());
    assertThat(ids).doesNotHaveDuplicates();
    assertThat(idsOf("JobEntry")).as("job entries").containsExactlyElementsOf(sorted(PINNED_ENTRY_IDS));
    assertThat(idsOf("Step")).as("transformation steps").containsExactlyElementsOf(sorted(PINNED_STEP_IDS));
    assertThat(ids).hasSize(PINNED_ENTRY_IDS.size() + PINNED_STEP_IDS.size());
  }

  private static List<String> idsOf(String kind) {
    return plugins.stream().filter(p -> p.kind().equals(kind)).map(p -> p.value("id")).sorted()
        .collect(Collectors.toList());
  }

  private static List<String> sorted(List<String> ids) {
    return ids.stream().sorted().collect(Collectors.toList());
  }

  @Test
  void everyPluginLoadsAndHasWhatSpoonShows() throws Exception {
    assertThat(plugins).isNotEmpty();
    Map<String, String> names = new LinkedHashMap<>();
    for (PluginAnnotation annotation : plugins) {
      String id = annotation.value("id");
      Class<?> type = Class.forName(annotation.className(), true, plugin);
      assertThat(type.getClassLoader()).as(id + " loaded by the plugin's loader").isSameAs(plugin);
      assertThat(Modifier.isPublic(type.getModifiers()) && !Modifier.isAbstract(type.getModifiers()))
          .as(id + " is a public concrete class").isTrue();
      Constructor<?> noArgs = type.getConstructor();
      Object instance = noArgs.newInstance();
      // PDI casts a @Step class to StepMetaInterface and a @JobEntry class to JobEntryInterface,
      // both from its own (here: the host's) class loader.
      Class<?> pdiInterface = Class.forName(annotation.kind().equals("Step")
          ? "org.pentaho.di.trans.step.StepMetaInterface" : "org.pentaho.di.job.entry.JobEntryInterface", false, host);
      assertThat(pdiInterface.isAssignableFrom(type)).as(id + " implements " + pdiInterface.getName()).isTrue();

      String image = annotation.value("image");
      assertThat(image).as(id + " image").endsWith(".svg");
      try (JarFile jar = new JarFile(pluginFolder.resolve(annotation.jar()).toFile())) {
        assertThat(jar.getEntry(image)).as(id + " image " + image + " in " + annotation.jar()).isNotNull();
      }
      try (InputStream svg = plugin.getResourceAsStream(image)) {
        assertThat(svg).as(id + " image through the plugin's loader").isNotNull();
        assertThat(new String(svg.readAllBytes(), StandardCharsets.UTF_8)).contains("<svg");
      }

      String name = translate(annotation, annotation.value("name"), type);
      translate(annotation, annotation.value("description"), type);
      String category = translate(annotation, annotation.value("categoryDescription"), type);
      assertThat(category).as(id + " category").isEqualTo("Mesos Cluster");
      names.put(id, name);

      assertThat(annotation.value("documentationUrl")).as(id + " documentation URL").startsWith("https://");

      String dialogName = (String) type.getMethod("getDialogClassName").invoke(instance);
      Class<?> dialog = Class.forName(dialogName, false, plugin);
      assertThat(dialog.getClassLoader()).as(id + " dialog from the plugin").isSameAs(plugin);
      String expectedCtor = annotation.kind().equals("Step") ? STEP_DIALOG_CTOR : JOB_ENTRY_DIALOG_CTOR;
      assertThat(Stream.of(dialog.getConstructors()).map(c -> Stream.of(c.getParameterTypes())
          .map(Class::getName).collect(Collectors.joining(","))))
          .as(id + " dialog " + dialogName + " has Spoon's constructor").contains(expectedCtor);
    }
    assertThat(names.values()).as("palette labels").doesNotHaveDuplicates();
  }

  /**
   * Every setting of every entry and step has its label and tooltip in the zip: the dialogs and the
   * check() messages are built from these, read through the plugin's own loader as in Spoon.
   */
  @Test
  void everySettingsLabelAndTooltipResolvesFromThePlugin() throws Exception {
    List<String> missing = new ArrayList<>();
    int settings = 0;
    for (PluginAnnotation annotation : plugins) {
      Object instance = Class.forName(annotation.className(), true, plugin).getConstructor().newInstance();
      Object values = instance.getClass().getMethod("settings").invoke(instance);
      for (Object setting : (List<?>) values.getClass().getMethod("settings").invoke(values)) {
        settings++;
        for (String text : new String[] {"label", "tooltip"}) {
          String resolved = (String) setting.getClass().getMethod(text).invoke(setting);
          if (resolved == null || resolved.isBlank() || resolved.startsWith("!")) {
            missing.add(annotation.value("id") + " " + setting + " " + text + ": " + resolved);
          }
        }
      }
    }
    assertThat(missing).as("labels or tooltips missing from the plugin's message bundles").isEmpty();
    assertThat(settings).as("settings checked").isGreaterThan(plugins.size() * 10);
  }

  /**
   * PDI's rule: {@code i18n:<package>:<key>} is looked up in that package's bundle; otherwise, with
   * {@code i18nPackageName} set, the value is a key in that package's bundle, read through the
   * plugin's loader, en_US first, as UTF-8, through MessageFormat.
   */
  private static String translate(PluginAnnotation annotation, String value, Class<?> type) throws IOException {
    String id = annotation.value("id");
    assertThat(value).as(id + " text").isNotEmpty();
    String pkg;
    String key;
    ClassLoader loader;
    String[] parts = value.split(":");
    if (value.startsWith("i18n:") && parts.length == 3) {
      pkg = parts[1];
      key = parts[2];
      loader = host;
    } else {
      pkg = annotation.value("i18nPackageName");
      assertThat(pkg).as(id + " i18nPackageName (else " + value + " shows verbatim)").isNotEmpty();
      key = value;
      loader = type.getClassLoader();
    }
    String bundle = pkg.replace('.', '/') + "/messages/messages_en_US.properties";
    Properties messages = new Properties();
    try (InputStream in = loader.getResourceAsStream(bundle)) {
      assertThat(in).as(id + " bundle " + bundle).isNotNull();
      messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    String text = messages.getProperty(key);
    assertThat(text).as(id + " " + key + " in " + bundle).isNotBlank();
    return new MessageFormat(text).format(new Object[0]);
  }

  @Test
  void everyClassOnThePluginsPathIsOursOrRelocated() throws IOException {
    List<String> offending = new ArrayList<>();
    int classes = 0;
    for (Path jar : Stream.concat(scannedJars.stream(), libraryJars.stream()).collect(Collectors.toList())) {
      try (JarFile file = new JarFile(jar.toFile())) {
        for (ZipEntry entry : Collections.list(file.entries())) {
          String name = entry.getName();
          if (entry.isDirectory()) {
            continue;
          }
          String path = name.replaceFirst("^META-INF/versions/\\d+/", "");
          if (path.startsWith("META-INF/")) {
            continue; // manifests, services, licences, native-image hints
          }
          classes += name.endsWith(".class") ? 1 : 0;
          boolean ours = path.startsWith("io/pdimesos/");
          boolean hostApi = path.matches("(io/pdimesos/shaded/)?(org/pentaho|org/eclipse|io/pdimesos/pdiapi)/.*");
          if (!ours || hostApi) {
            offending.add(jar.getFileName() + "!/" + name);
          }
        }
      }
    }
    assertThat(offending).as("unrelocated third-party or PDI/SWT classes on the plugin's path").isEmpty();
    assertThat(classes).isGreaterThan(1000);
  }

  @Test
  void theLibrariesJarIsMultiReleaseAndItsVariantsAreRelocatedToo() throws IOException {
    Path libraries = pluginFolder.resolve("lib/" + BuiltPlugin.pluginFolder() + "-libraries.jar");
    try (JarFile jar = new JarFile(libraries.toFile())) {
      assertThat(jar.getManifest().getMainAttributes().getValue("Multi-Release")).isEqualTo("true");
      List<String> variants = Collections.list(jar.entries()).stream().map(ZipEntry::getName)
          .filter(n -> n.startsWith("META-INF/versions/") && n.endsWith(".class")).collect(Collectors.toList());
      assertThat(variants).isNotEmpty()
          .allMatch(n -> n.matches("META-INF/versions/\\d+/io/pdimesos/shaded/.*"));
      assertThat(jar.getEntry("META-INF/licenses/THIRD-PARTY.txt")).isNotNull();
      assertThat(Collections.list(jar.entries()).stream().map(ZipEntry::getName)
          .filter(n -> n.matches("META-INF/licenses/jackson-core[^/]*/META-INF/LICENSE"))).hasSize(1);
    }
  }

  @Test
  void theRelocatedLibrariesWorkFromThePluginsOwnClasses() throws Exception {
    // core's Json is jackson underneath; a write through it links our class to the relocated library.
    Class<?> json = Class.forName("io.pdimesos.core.http.Json", true, plugin);
    Object written = json.getMethod("write", Object.class).invoke(null, Map.of("app", "/carte"));
    assertThat(written).isEqualTo("{\"app\":\"/carte\"}");
    Class<?> client = Class.forName("io.pdimesos.shaded.okhttp3.OkHttpClient", true, plugin);
    assertThat(client.getConstructor().newInstance()).isNotNull();
    Class<?> zooKeeper = Class.forName("io.pdimesos.shaded.org.apache.zookeeper.ZooKeeper", true, plugin);
    assertThat(zooKeeper.getClassLoader()).isSameAs(plugin);
  }
}
