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
 */
final class Harness {
  private static final Map<Path, Path> COMPILED = new ConcurrentHashMap<>();

  private Harness() {}

  /** The compiled classes for {@code home}; compiled once per test JVM. */
  static Path classes(PdiHome home) {
    return COMPILED.computeIfAbsent(home.dir(), dir -> compile(home));
  }

  private static Path compile(PdiHome home) {
    Path sources = Paths.get(BuiltPlugin.property("pdimesos.harnessSources"));
    Path out = Paths.get(System.getProperty("pdimesos.workDir", "target/pdi-it"), home.line(), "harness-classes")
        .toAbsolutePath();
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new IllegalStateException("the tests need a JDK (javax.tools), not a JRE, to compile the harness");
    }
    try (Stream<Path> files = Files.walk(sources);
        StandardJavaFileManager fileManager = javac.getStandardFileManager(null, null, null)) {
      List<File> javaFiles = files.filter(p -> p.toString().endsWith(".java")).map(Path::toFile)
          .collect(Collectors.toList());
      Files.createDirectories(out);
      String classPath = home.libJars().stream().map(Path::toString)
          .collect(Collectors.joining(File.pathSeparator));
      List<String> options = new ArrayList<>(List.of("--release", String.valueOf(home.engineRelease()),
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
