package io.pdimesos.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * A PDI installation given as {@code PDI_HOME}: a {@code data-integration} folder, from a real
 * download or assembled from PDI's sources. Everything about the PDI line is read from its jars,
 * so the suite needs no other setting.
 */
public final class PdiHome {
  /** The one variable the suite reads. */
  public static final String VARIABLE = "PDI_HOME";

  private static final Pattern ENGINE_JAR = Pattern.compile("kettle-engine-(\\d+)\\.(\\d+)[^/]*\\.jar");

  private final Path dir;
  private final String engineJar;
  private final int major;
  private final int minor;

  private PdiHome(Path dir, String engineJar, int major, int minor) {
    this.dir = dir;
    this.engineJar = engineJar;
    this.major = major;
    this.minor = minor;
  }

  /** The installation {@code PDI_HOME} names; empty when the variable is not set. */
  public static Optional<PdiHome> fromEnvironment() {
    String value = System.getenv(VARIABLE);
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(at(Paths.get(value)));
  }

  /** Reads the installation at {@code dir}; a folder that is not one fails with what is missing. */
  public static PdiHome at(Path dir) {
    Path lib = dir.resolve("lib");
    if (!Files.isDirectory(lib)) {
      throw new IllegalStateException(VARIABLE + "=" + dir + " is not a PDI data-integration folder: no lib/");
    }
    try (Stream<Path> jars = Files.list(lib)) {
      List<String> engines = jars.map(p -> p.getFileName().toString())
          .filter(n -> ENGINE_JAR.matcher(n).matches()).collect(Collectors.toList());
      if (engines.size() != 1) {
        throw new IllegalStateException(VARIABLE + "=" + dir + ": expected one lib/kettle-engine-*.jar, found "
            + engines);
      }
      Matcher m = ENGINE_JAR.matcher(engines.get(0));
      m.matches();
      return new PdiHome(dir.toAbsolutePath().normalize(), engines.get(0), Integer.parseInt(m.group(1)),
          Integer.parseInt(m.group(2)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Path dir() {
    return dir;
  }

  /** The PDI line, e.g. {@code 9.4} or {@code 11.0}. */
  public String line() {
    return major + "." + minor;
  }

  public int major() {
    return major;
  }

  /**
   * True from PDI 11 on: the engine asks a step for its fields only through the {@code Bowl}
   * overloads of {@code getFields} (see "The Bowl decision" in docs/architecture.md).
   */
  public boolean callsBowlOverloads() {
    return major >= 11;
  }

  /** Spoon's classes and launcher are there (PDI 9.4 downloads; the assembled 11.0 has none). */
  public boolean hasSpoon() {
    return Files.isRegularFile(dir.resolve("spoon.sh")) && libJars().stream()
        .anyMatch(p -> p.getFileName().toString().startsWith("kettle-ui-swt-"));
  }

  public Path script(String name) {
    Path script = dir.resolve(name);
    if (!Files.isRegularFile(script)) {
      throw new IllegalStateException(VARIABLE + "=" + dir + " has no " + name);
    }
    return script;
  }

  /** PDI's own plugins folder (its built-in plugins; ours is laid over it per workspace). */
  public Path plugins() {
    return dir.resolve("plugins");
  }

  public List<Path> libJars() {
    try (Stream<Path> files = Files.list(dir.resolve("lib"))) {
      return files.filter(p -> p.toString().endsWith(".jar")).sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The Java release the engine's bytecode targets (8 for 9.4, 17 for 11.x): code compiled to
   * run inside this engine, such as the harness, targets the same.
   */
  public int engineRelease() {
    try (ZipFile jar = new ZipFile(dir.resolve("lib").resolve(engineJar).toFile());
        InputStream in = jar.getInputStream(jar.getEntry("org/pentaho/di/trans/TransMeta.class"))) {
      byte[] header = in.readNBytes(8);
      int classFileMajor = ((header[6] & 0xff) << 8) | (header[7] & 0xff);
      return classFileMajor - 44;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return "PDI " + line() + " at " + dir;
  }
}
