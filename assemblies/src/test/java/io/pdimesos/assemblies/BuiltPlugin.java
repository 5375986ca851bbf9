package io.pdimesos.assemblies;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/** The artefacts `mvn package` built, as failsafe hands them over (see the module's pom). */
final class BuiltPlugin {
  private BuiltPlugin() {}

  static Path zip() {
    return existing("pdimesos.zip");
  }

  static Path marketplaceEntry() {
    return existing("pdimesos.marketplaceEntry");
  }

  static String pluginFolder() {
    return property("pdimesos.pluginFolder");
  }

  static String version() {
    return property("pdimesos.version");
  }

  /** The jars PDI itself provides in the install check: the pdi-api mirror, SWT, JFace. */
  static List<Path> hostClasspath() {
    List<Path> paths = new ArrayList<>();
    for (String part : property("pdimesos.hostClasspath").split(java.io.File.pathSeparator)) {
      Path path = Paths.get(part);
      if (!Files.exists(path)) {
        throw new IllegalStateException("host class path entry missing: " + path);
      }
      paths.add(path);
    }
    return paths;
  }

  /** Extracts every entry relative to {@code target}, as the Marketplace installer does (no stripping). */
  static void extract(Path zip, Path target) throws IOException {
    try (ZipFile file = new ZipFile(zip.toFile())) {
      for (ZipEntry entry : java.util.Collections.list(file.entries())) {
        Path out = target.resolve(entry.getName()).normalize();
        if (!out.startsWith(target)) {
          throw new IllegalStateException("zip entry escapes the plugins folder: " + entry.getName());
        }
        if (entry.isDirectory()) {
          Files.createDirectories(out);
        } else {
          Files.createDirectories(out.getParent());
          try (InputStream in = file.getInputStream(entry)) {
            Files.copy(in, out);
          }
        }
      }
    }
  }

  /**
   * Visits every file entry of the zip and, recursively, of every jar inside it; the name passed on is
   * the path through the nesting, e.g. {@code pdi-mesos/lib/x.jar!/a/B.class}.
   */
  static void forEachEntry(Path zip, BiConsumer<String, byte[]> visitor) {
    try (InputStream in = Files.newInputStream(zip)) {
      walk("", in, visitor, 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void walk(String prefix, InputStream archive, BiConsumer<String, byte[]> visitor,
      int depth) throws IOException {
    if (depth > 3) {
      throw new IllegalStateException("archives nested too deep at " + prefix);
    }
    ZipInputStream zin = new ZipInputStream(archive);
    for (ZipEntry entry = zin.getNextEntry(); entry != null; entry = zin.getNextEntry()) {
      if (entry.isDirectory()) {
        continue;
      }
      byte[] bytes = zin.readAllBytes();
      String name = prefix + entry.getName();
      if (entry.getName().endsWith(".jar")) {
        walk(name + "!/", new java.io.ByteArrayInputStream(bytes), visitor, depth + 1);
      }
      visitor.accept(name, bytes);
    }
  }

  private static Path existing(String key) {
    Path path = Paths.get(property(key));
    if (!Files.isRegularFile(path)) {
      throw new IllegalStateException(key + " not built: " + path + " (run mvn verify, not only test)");
    }
    return path;
  }

  private static String property(String key) {
    String value = System.getProperty(key);
    if (value == null || value.isEmpty() || value.contains("${")) {
      throw new IllegalStateException("system property " + key + " is not set by failsafe: " + value);
    }
    return value;
  }
}
