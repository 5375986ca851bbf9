package io.pdimesos.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * The PDI the Pan benchmark runs in, given as {@code PDI_HOME} (a {@code data-integration}
 * folder): its line and its Java release read from {@code lib/kettle-engine-*.jar}, and how to
 * start a class on its class path the way its own launchers do.
 */
record PdiInstall(Path dir, String line, int engineRelease) {
  static final String VARIABLE = "PDI_HOME";
  private static final Pattern ENGINE_JAR = Pattern.compile("kettle-engine-(\\d+\\.\\d+)[^/]*\\.jar");

  static PdiInstall at(Path dir) throws IOException {
    Path lib = dir.resolve("lib");
    if (!Files.isDirectory(lib)) {
      throw new IllegalArgumentException(VARIABLE + "=" + dir
          + " is not a PDI data-integration folder: it has no lib/");
    }
    List<Path> engines;
    try (Stream<Path> jars = Files.list(lib)) {
      engines = jars.filter(p -> ENGINE_JAR.matcher(p.getFileName().toString()).matches()).toList();
    }
    if (engines.size() != 1) {
      throw new IllegalArgumentException(VARIABLE + "=" + dir
          + ": expected one lib/kettle-engine-*.jar, found " + engines);
    }
    Matcher m = ENGINE_JAR.matcher(engines.get(0).getFileName().toString());
    m.matches();
    return new PdiInstall(dir.toAbsolutePath().normalize(), m.group(1), release(engines.get(0)));
  }

  /** The Java release of the engine's bytecode (8 for 9.4, 17 for 11.x): the probe targets it. */
  private static int release(Path engineJar) throws IOException {
    try (ZipFile jar = new ZipFile(engineJar.toFile());
        InputStream in = jar.getInputStream(
            jar.getEntry("org/pentaho/di/trans/TransMeta.class"))) {
      byte[] header = in.readNBytes(8);
      return (((header[6] & 0xff) << 8) | (header[7] & 0xff)) - 44;
    }
  }

  List<Path> libJars() throws IOException {
    try (Stream<Path> files = Files.list(dir.resolve("lib"))) {
      return files.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
    }
  }

  /**
   * The command that runs {@code mainClass} with {@code extraClassPath} in front of PDI's own, and
   * {@code javaOptions}: through the assembled PDI's {@code java-main.sh} where there is one (it
   * reads the options from {@code PENTAHO_DI_JAVA_OPTIONS}, put into {@code environment}), else
   * with the flags PDI's own spoon.sh passes on Java 11 and later.
   */
  List<String> command(String mainClass, Path extraClassPath, String javaOptions,
      Map<String, String> environment, List<String> args) {
    List<String> command = new ArrayList<>();
    Path javaMain = dir.resolve("java-main.sh");
    if (Files.isRegularFile(javaMain)) {
      command.add(javaMain.toString());
      environment.put("PENTAHO_DI_JAVA_OPTIONS", javaOptions);
      environment.put("PDI_EXTRA_CLASSPATH", extraClassPath.toString());
    } else {
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.addAll(List.of(javaOptions.trim().split("\\s+")));
      command.addAll(List.of("--add-opens", "java.base/java.net=ALL-UNNAMED",
          "--add-opens", "java.base/java.lang=ALL-UNNAMED",
          "--add-opens", "java.base/sun.net.www.protocol.jar=ALL-UNNAMED",
          "-DKETTLE_HOME=" + environment.get("KETTLE_HOME"),
          "-cp", extraClassPath + ":" + dir.resolve("classes") + ":" + dir.resolve("lib") + "/*"));
    }
    command.add(mainClass);
    command.addAll(args);
    return command;
  }
}
