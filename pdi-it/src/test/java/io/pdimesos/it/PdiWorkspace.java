package io.pdimesos.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * A fresh folder for one test (class) with its own PDI user setup, the way a user installs the
 * plugin: the built zip unzipped into a plugins folder that also holds PDI's own plugins
 * (symbolic links, PDI_HOME itself is never changed), and a {@code KETTLE_HOME} of its own.
 * Kitchen, Pan and harness runs started from here see exactly that, and leave their logs here.
 *
 * <p>Layout, under {@code pdi-it/target/pdi-it/<PDI line>/<name>/}: {@code plugins/},
 * {@code kettle-home/.kettle/kettle.properties}, {@code logs/NN-<what>.log}, and whatever files
 * the test writes (its .kjb/.ktr files, reports, outputs).
 */
public final class PdiWorkspace {
  /** PDI's launchers default to -Xmx1g or more; these runs are small, and two cores are shared. */
  private static final String JAVA_OPTIONS = "-Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1";

  private final PdiHome home;
  private final Path dir;
  private final Path plugins;
  private final Path kettleHome;
  private int runs;

  private PdiWorkspace(PdiHome home, Path dir) {
    this.home = home;
    this.dir = dir;
    this.plugins = dir.resolve("plugins");
    this.kettleHome = dir.resolve("kettle-home");
  }

  /** Wipes and lays out {@code name}'s folder, the plugin installed. */
  public static PdiWorkspace create(PdiHome home, String name) {
    Path dir = Paths.get(System.getProperty("pdimesos.workDir", "target/pdi-it"), home.line(), name)
        .toAbsolutePath();
    PdiWorkspace workspace = new PdiWorkspace(home, dir);
    try {
      deleteTree(dir);
      Files.createDirectories(workspace.kettleHome.resolve(".kettle"));
      Files.createDirectories(dir.resolve("logs"));
      Files.createDirectories(dir.resolve("user-home"));
      workspace.installPlugin();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return workspace;
  }

  /**
   * PDI's own plugins, linked, then ours unzipped as the README says. A copy of our plugin that
   * the user already installed into PDI_HOME is left out: two copies would register every id twice.
   */
  private void installPlugin() throws IOException {
    Files.createDirectories(plugins);
    String ours = BuiltPlugin.folder();
    if (Files.isDirectory(home.plugins())) {
      try (Stream<Path> children = Files.list(home.plugins())) {
        for (Path child : (Iterable<Path>) children::iterator) {
          if (!child.getFileName().toString().equals(ours)) {
            Files.createSymbolicLink(plugins.resolve(child.getFileName().toString()), child);
          }
        }
      }
    }
    unzip(BuiltPlugin.zip(), plugins);
  }

  public PdiHome home() {
    return home;
  }

  public Path dir() {
    return dir;
  }

  /** Where the plugin was installed: {@code plugins/pdi-mesos}. */
  public Path pluginFolder() {
    return plugins.resolve(BuiltPlugin.folder());
  }

  public Path kettleHome() {
    return kettleHome;
  }

  /** Writes {@code content} to {@code relative} inside the workspace and returns its path. */
  public Path write(String relative, String content) {
    Path file = dir.resolve(relative);
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /** Copies the test resource {@code resource} (e.g. {@code launchers/agents.ktr}) to the same path here. */
  public Path copyResource(String resource) {
    try (InputStream in = PdiWorkspace.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + resource);
      }
      return write(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Replaces {@code KETTLE_HOME/.kettle/kettle.properties}: what every later run reads at start-up. */
  public void kettleProperties(Map<String, String> values) {
    Properties properties = new Properties();
    properties.putAll(values);
    try (Writer out = Files.newBufferedWriter(kettleHome.resolve(".kettle/kettle.properties"),
        StandardCharsets.ISO_8859_1)) {
      properties.store(out, "written by " + getClass().getSimpleName());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code kitchen.sh ARGS}, run from the workspace (relative {@code -file=} paths resolve here). */
  public PdiRun kitchen(Duration timeout, String... args) {
    return launch("kitchen", command(home.script("kitchen.sh"), args), Map.of(), dir, timeout);
  }

  /** {@code kitchen.sh ARGS} started, not awaited: for a test that acts on the running process (signals). */
  PdiProcess.Running startKitchen(String... args) {
    return PdiProcess.start(command(home.script("kitchen.sh"), args), dir, environment(Map.of()), nextLog("kitchen"));
  }

  /** {@code pan.sh ARGS}, run from the workspace. */
  public PdiRun pan(Duration timeout, String... args) {
    return launch("pan", command(home.script("pan.sh"), args), Map.of(), dir, timeout);
  }

  /**
   * A class of the harness ({@code src/harness/java}, compiled against this PDI's jars) run on
   * the engine's class path: through {@code java-main.sh} where PDI_HOME has it (the assembled
   * PDI), else the way PDI's own launcher would (a real download has no java-main.sh).
   */
  public PdiRun harness(Duration timeout, String mainClass, String... args) {
    return harness(timeout, Map.of(), mainClass, args);
  }

  /** {@link #harness(Duration, String, String...)} with {@code environment} added (e.g. for GTK). */
  public PdiRun harness(Duration timeout, Map<String, String> environment, String mainClass, String... args) {
    Path classes = Harness.classes(home);
    String label = mainClass.substring(mainClass.lastIndexOf('.') + 1);
    Path javaMain = home.dir().resolve("java-main.sh");
    if (Files.isRegularFile(javaMain)) {
      List<String> command = new ArrayList<>(List.of(javaMain.toString(), mainClass));
      Collections.addAll(command, args);
      Map<String, String> withClasses = new LinkedHashMap<>(environment);
      withClasses.put("PDI_EXTRA_CLASSPATH", classes.toString());
      return launch(label, command, withClasses, home.dir(), timeout);
    }
    List<String> command = new ArrayList<>();
    command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    Collections.addAll(command, javaOptions().split(" "));
    // PDI's own launchers open these on Java 11+ (see spoon.sh); without them the engine's
    // reflective helpers fail on Java 17.
    Collections.addAll(command, "--add-opens", "java.base/java.net=ALL-UNNAMED", "--add-opens",
        "java.base/java.lang=ALL-UNNAMED", "--add-opens", "java.base/sun.net.www.protocol.jar=ALL-UNNAMED",
        "-DKETTLE_HOME=" + kettleHome, "-cp",
        classes + ":" + home.dir().resolve("classes") + ":" + home.dir().resolve("lib") + "/*", mainClass);
    Collections.addAll(command, args);
    return launch(label, command, environment, home.dir(), timeout);
  }

  private static List<String> command(Path script, String... args) {
    List<String> command = new ArrayList<>();
    command.add(script.toString());
    Collections.addAll(command, args);
    return command;
  }

  private PdiRun launch(String label, List<String> command, Map<String, String> extraEnvironment, Path workDir,
      Duration timeout) {
    return PdiProcess.run(command, workDir, environment(extraEnvironment), timeout, nextLog(label));
  }

  private Map<String, String> environment(Map<String, String> extraEnvironment) {
    Map<String, String> environment = new LinkedHashMap<>();
    environment.put("KETTLE_HOME", kettleHome.toString());
    // The assembled launchers read the variable; PDI's real ones only pass PENTAHO_DI_JAVA_OPTIONS on.
    environment.put("KETTLE_PLUGIN_BASE_FOLDERS", plugins.toString());
    environment.put("PENTAHO_DI_JAVA_OPTIONS", javaOptions());
    environment.putAll(extraEnvironment);
    return environment;
  }

  private synchronized Path nextLog(String label) {
    return dir.resolve(String.format("logs/%02d-%s.log", ++runs, label));
  }

  /**
   * The plugin folder as a system property, and a user home of the workspace's own: PDI keeps its
   * metastore and caches under the user's home, which tests running side by side must not share.
   */
  private String javaOptions() {
    return JAVA_OPTIONS + " -DKETTLE_PLUGIN_BASE_FOLDERS=" + plugins + " -Duser.home=" + dir.resolve("user-home");
  }

  /** Every entry relative to {@code target}, as the README's {@code unzip -d plugins/} does. */
  private static void unzip(Path zip, Path target) throws IOException {
    try (FileSystem archive = FileSystems.newFileSystem(zip); Stream<Path> entries = Files.walk(archive.getPath("/"))) {
      for (Path entry : (Iterable<Path>) entries::iterator) {
        Path out = target.resolve(entry.toString().substring(1)).normalize();
        if (!out.startsWith(target)) {
          throw new IllegalStateException("zip entry escapes the plugins folder: " + entry);
        }
        if (Files.isDirectory(entry)) {
          Files.createDirectories(out);
        } else {
          Files.copy(entry, out);
        }
      }
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    // Symbolic links (PDI's plugins) are deleted, never followed.
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(path);
      }
    }
  }
}
