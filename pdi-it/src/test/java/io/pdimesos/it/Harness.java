package io.pdimesos.it;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The harness: small programs ({@code src/harness/java}) that use PDI's Java API where a
 * command-line tool cannot show what a test needs (the plugin registry, getStepFields, checkSteps,
 * XML load and save). They are compiled here, at test time, against the jars of the PDI under
 * test, so the default build needs no PDI and each PDI line is compiled against its own API.
 *
 * <p>Spoon's part of the harness ({@code src/harness-spoon/java}) is compiled only where the PDI
 * has Spoon. The plugin side ({@code src/spoon/java}) is compiled the same way, against the
 * installed plugin and plugin-common's test helpers as well: those classes run inside the
 * plugin's own class loader in a real Spoon, where they use the plugin's dialog classes directly.
 */
final class Harness {
  private static final Map<Path, Path> COMPILED = new ConcurrentHashMap<>();

  private Harness() {}

  /**
   * The compiled classes for {@code home}, compiled once per test JVM: {@code src/harness/java},
   * and {@code src/harness-spoon/java} (which starts Spoon) where this PDI has Spoon.
   */
  static Path classes(PdiHome home) {
    List<String> sources = home.hasSpoon() ? List.of("pdimesos.harnessSources", "pdimesos.harnessSpoonSources")
        : List.of("pdimesos.harnessSources");
    return COMPILED.computeIfAbsent(home.dir(), dir -> compile(home, sources, "harness-classes",
        home.engineRelease(), List.of()));
  }

  /**
   * The plugin-side classes, compiled against PDI, the harness, {@code pluginClassPath} (the
   * installed plugin's jars) and plugin-common's test helpers. Those helpers are Java 17 bytecode,
   * so this side targets 17 and needs a Java 17 JVM under PDI, as PDI 9.4's launchers allow.
   */
  static Path pluginSideClasses(PdiHome home, List<Path> pluginClassPath) {
    List<Path> extra = new ArrayList<>(pluginClassPath);
    extra.add(classes(home));
    extra.add(pluginCommonTestHelpers());
    return compile(home, List.of("pdimesos.pluginSideSources"), "plugin-side-classes",
        Math.max(17, home.engineRelease()), extra);
  }

  /** plugin-common's test-jar: DialogDriver, DialogShots, SettingsFiller. */
  static Path pluginCommonTestHelpers() {
    return Paths.get(BuiltPlugin.property("pdimesos.pluginCommonTests"));
  }

  private static Path compile(PdiHome home, List<String> sourcesProperties, String outName, int release,
      List<Path> extraClassPath) {
    List<Path> sources = sourcesProperties.stream().map(p -> Paths.get(BuiltPlugin.property(p)))
        .collect(Collectors.toList());
    Path out = Paths.get(System.getProperty("pdimesos.workDir", "target/pdi-it"), home.line(), outName)
        .toAbsolutePath();
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new IllegalStateException("the tests need a JDK (javax.tools), not a JRE, to compile the harness");
    }
    try (StandardJavaFileManager fileManager = javac.getStandardFileManager(null, null, null)) {
      List<File> javaFiles = new ArrayList<>();
      for (Path dir : sources) {
        try (Stream<Path> files = Files.walk(dir)) {
          files.filter(p -> p.toString().endsWith(".java")).map(Path::toFile).forEach(javaFiles::add);
        }
      }
      Files.createDirectories(out);
      String classPath = Stream.concat(home.libJars().stream(), extraClassPath.stream()).map(Path::toString)
          .collect(Collectors.joining(File.pathSeparator));
      List<String> options = new ArrayList<>(List.of("--release", String.valueOf(release),
          "-classpath", classPath, "-d", out.toString(), "-proc:none", "-Xlint:-options", "-encoding", "UTF-8"));
      StringWriter diagnostics = new StringWriter();
      boolean ok = javac.getTask(diagnostics, fileManager, null, options, null,
          fileManager.getJavaFileObjectsFromFiles(javaFiles)).call();
      if (!ok) {
        throw new IllegalStateException("the harness does not compile against " + home + ":\n" + diagnostics);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
