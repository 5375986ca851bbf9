package io.pdimesos.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** The plugin zip this build made (assemblies' output) and the paths of the repository the tests read. */
public final class BuiltPlugin {
  private BuiltPlugin() {}

  public static Path zip() {
    Path zip = Paths.get(property("pdimesos.zip"));
    if (!Files.isRegularFile(zip)) {
      throw new IllegalStateException("the plugin zip is not built: " + zip + " (run mvn verify)");
    }
    return zip;
  }

  /** The zip's one top-level folder: the plugin's folder under {@code plugins/}. */
  public static String folder() {
    try (ZipFile file = new ZipFile(zip().toFile())) {
      Set<String> top = new TreeSet<>();
      for (ZipEntry entry : Collections.list(file.entries())) {
        top.add(entry.getName().split("/", 2)[0]);
      }
      if (top.size() != 1) {
        throw new IllegalStateException("the plugin zip must hold one folder, holds " + top);
      }
      return top.iterator().next();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A file of this repository, e.g. {@code sample-ktr/bulk-scale.ktr}. */
  public static Path repoFile(String relative) {
    Path file = Paths.get(property("pdimesos.repo")).resolve(relative).normalize();
    if (!Files.exists(file)) {
      throw new IllegalStateException("missing in the repository: " + file);
    }
    return file;
  }

  static String property(String key) {
    String value = System.getProperty(key);
    if (value == null || value.isEmpty() || value.contains("${")) {
      throw new IllegalStateException("system property " + key + " is not set by failsafe: " + value);
    }
    return value;
  }
}
