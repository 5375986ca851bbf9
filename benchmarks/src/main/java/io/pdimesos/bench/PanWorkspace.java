package io.pdimesos.bench;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * A folder where the Pan benchmark sets PDI up as a user would, without changing PDI_HOME: a
 * plugins folder with PDI's own plugins linked and the plugin zip unzipped beside them, a
 * {@code KETTLE_HOME} and a user home of its own, the transformations, and the probe compiled
 * against this PDI's jars. Every run's report, GC log and output are left here.
 */
final class PanWorkspace {
  static final String PROBE_CLASS = "io.pdimesos.bench.pdi.PanProbe";
  private static final String PROBE_SOURCE = "/pdi-probe/io/pdimesos/bench/pdi/PanProbe.java";

  private final PdiInstall pdi;
  private final Path dir;
  private int runs;

  private PanWorkspace(PdiInstall pdi, Path dir) {
    this.pdi = pdi;
    this.dir = dir;
  }

  /** Wipes and lays out {@code dir}. */
  static PanWorkspace create(PdiInstall pdi, Path dir, Path pluginZip) throws IOException {
    PanWorkspace w = new PanWorkspace(pdi, dir.toAbsolutePath());
    deleteTree(w.dir);
    Files.createDirectories(w.dir.resolve("kettle-home/.kettle"));
    Files.createDirectories(w.dir.resolve("user-home"));
    Files.createDirectories(w.dir.resolve("runs"));
    w.installPlugins(pluginZip);
    for (PanVariant v : PanVariant.values()) {
      if (v.ktr() != null) {
        w.copyResource("/pan/" + v.ktr(), w.dir.resolve(v.ktr()));
      }
    }
    w.compileProbe();
    return w;
  }

  Path dir() {
    return dir;
  }

  Path plugins() {
    return dir.resolve("plugins");
  }

  Path probeClasses() {
    return dir.resolve("probe-classes");
  }

  /** The environment every PDI run gets: this workspace's PDI user set-up. */
  void environment(Map<String, String> env) {
    env.put("KETTLE_HOME", dir.resolve("kettle-home").toString());
    env.put("KETTLE_PLUGIN_BASE_FOLDERS", plugins().toString());
  }

  /** The JVM options that point PDI at this workspace (the real launchers pass only these on). */
  String pdiJavaOptions() {
    return " -DKETTLE_PLUGIN_BASE_FOLDERS=" + plugins() + " -Duser.home=" + dir.resolve("user-home");
  }

  /** A fresh file name for one run's {@code suffix} ("report", "gc.log", "out.log"). */
  synchronized Path nextRun(String label) {
    return dir.resolve("runs").resolve(String.format("%03d-%s", ++runs, label));
  }

  /** PDI's own plugins, linked; then ours as the README says (a copy already in PDI_HOME is left out). */
  private void installPlugins(Path zip) throws IOException {
    Files.createDirectories(plugins());
    String ours = topFolder(zip);
    Path pdiPlugins = pdi.dir().resolve("plugins");
    if (Files.isDirectory(pdiPlugins)) {
      try (Stream<Path> children = Files.list(pdiPlugins)) {
        for (Path child : children.toList()) {
          if (!child.getFileName().toString().equals(ours)) {
            Files.createSymbolicLink(plugins().resolve(child.getFileName().toString()), child);
          }
        }
      }
    }
    try (FileSystem archive = FileSystems.newFileSystem(zip);
        Stream<Path> entries = Files.walk(archive.getPath("/"))) {
      for (Path entry : entries.toList()) {
        Path out = plugins().resolve(entry.toString().substring(1)).normalize();
        if (!out.startsWith(plugins())) {
          throw new IOException("zip entry escapes the plugins folder: " + entry);
        }
        if (Files.isDirectory(entry)) {
          Files.createDirectories(out);
        } else {
          Files.copy(entry, out);
        }
      }
    }
  }

  private static String topFolder(Path zip) throws IOException {
    try (FileSystem archive = FileSystems.newFileSystem(zip);
        Stream<Path> top = Files.list(archive.getPath("/"))) {
      List<String> names = top.map(p -> p.getFileName().toString().replace("/", "")).toList();
      if (names.size() != 1) {
        throw new IOException(zip + " must hold one plugin folder, holds " + names);
      }
      return names.get(0);
    }
  }

  /** The probe, compiled at run time against this PDI's own jars for the engine's Java release. */
  private void compileProbe() throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new IllegalStateException("the Pan benchmark needs a JDK (javax.tools), not a JRE");
    }
    Path source = dir.resolve("probe-src/PanProbe.java");
    copyResource(PROBE_SOURCE, source);
    Files.createDirectories(probeClasses());
    List<String> classPath = new ArrayList<>();
    for (Path jar : pdi.libJars()) {
      classPath.add(jar.toString());
    }
    List<String> options = List.of("--release", Integer.toString(pdi.engineRelease()),
        "-classpath", String.join(File.pathSeparator, classPath), "-d", probeClasses().toString(),
        "-proc:none", "-Xlint:-options", "-nowarn", "-encoding", "UTF-8");
    StringWriter diagnostics = new StringWriter();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
      if (!javac.getTask(diagnostics, files, null, options, null,
          files.getJavaFileObjects(source.toFile())).call()) {
        throw new IllegalStateException("the probe does not compile against PDI " + pdi.line()
            + " at " + pdi.dir() + ":\n" + diagnostics);
      }
    }
  }

  private static void copyResource(String resource, Path target) throws IOException {
    try (InputStream in = PanWorkspace.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the benchmarks jar");
      }
      Files.createDirectories(target.getParent());
      Files.copy(in, target);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    // Links to PDI's plugins are deleted, never followed.
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
