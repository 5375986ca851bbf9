package io.pdimesos.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code PDI_HOME=… java -cp pdi-mesos-benchmarks.jar io.pdimesos.bench.PanBenchmark}: the Mesos
 * State Input step against what PDI users do without the plugin (REST Client or HTTP client, then
 * JSON Input), each a transformation run by the real engine of the PDI at {@code PDI_HOME}, on
 * the same generated states, beside the bare-scan ceiling. Every run is a fresh JVM with the
 * same options (by default those PDI's own launchers use); the variants are interleaved, round
 * by round, in rotated order. Prints, per state size and variant, the time to the first and the
 * last row, rows per second, the peak heap and the live heap from the JVM's own GC log, and
 * each one's ratio to the bare scan.
 */
public final class PanBenchmark {
  /** A PDI download's spoon.sh, which pan.sh runs, uses these when PENTAHO_DI_JAVA_OPTIONS is unset. */
  static final String PDI_JAVA_OPTIONS = "-Xms1024m -Xmx2048m";

  private PanBenchmark() {}

  /** The command's settings; see {@link #USAGE}. */
  record Options(List<Integer> sizes, int rounds, String javaOptions, long timeoutSeconds,
      Path zip, Path workDir, List<PanVariant> variants) {
    static Options parse(String[] args) {
      List<Integer> sizes = List.of(10_000, 50_000, 200_000);
      int rounds = 3;
      String javaOptions = PDI_JAVA_OPTIONS;
      long timeout = 300;
      Path zip = null;
      Path workDir = null;
      List<PanVariant> variants = List.of(PanVariant.values());
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        switch (a) {
          case "--tasks" -> {
            List<Integer> chosen = new ArrayList<>();
            for (String s : StateBenchmark.Options.value(args, ++i, a).split(",")) {
              chosen.add(StateBenchmark.Options.positive(s.trim().replace("_", ""), a));
            }
            sizes = List.copyOf(chosen);
          }
          case "--rounds" -> rounds = StateBenchmark.Options.positive(
              StateBenchmark.Options.value(args, ++i, a), a);
          case "--java-options" -> javaOptions = StateBenchmark.Options.value(args, ++i, a);
          case "--timeout" -> timeout = StateBenchmark.Options.positive(
              StateBenchmark.Options.value(args, ++i, a), a);
          case "--zip" -> zip = Path.of(StateBenchmark.Options.value(args, ++i, a));
          case "--work-dir" -> workDir = Path.of(StateBenchmark.Options.value(args, ++i, a));
          case "--variants" -> {
            List<PanVariant> chosen = new ArrayList<>(List.of(PanVariant.BARE));
            for (String s : StateBenchmark.Options.value(args, ++i, a).split(",")) {
              chosen.add(switch (s.trim()) {
                case "step" -> PanVariant.STEP;
                case "rest" -> PanVariant.REST_JSON;
                case "http" -> PanVariant.HTTP_JSON;
                default -> throw new IllegalArgumentException("unknown variant '" + s.trim()
                    + "' (step, rest, http; the bare scan always runs)");
              });
            }
            variants = List.copyOf(chosen);
          }
          default -> throw new IllegalArgumentException("unknown option '" + a + "'\n" + USAGE);
        }
      }
      return new Options(sizes, rounds, javaOptions, timeout, zip, workDir, variants);
    }
  }

  static final String USAGE = """
      usage: PDI_HOME=/path/to/data-integration java -cp benchmarks/target/pdi-mesos-benchmarks.jar \\
               io.pdimesos.bench.PanBenchmark [options]
        --tasks 10000,50000,200000  state sizes in tasks (default 10000,50000,200000)
        --rounds N                  runs per variant and size, interleaved (default 3)
        --java-options "..."        every run's JVM options (default "-Xms1024m -Xmx2048m", what
                                    a PDI download's pan.sh uses); -Xlog:gc is added
        --timeout S                 seconds one run may take before it is killed (default 300)
        --variants step,rest,http   transformations to run beside the bare scan (default all)
        --zip FILE                  the plugin zip (default assemblies/target/pdi-mesos-plugin-*.zip)
        --work-dir DIR              where PDI is set up and every run's files stay
                                    (default benchmarks/target/pan-benchmark/<PDI line>)
      """;

  public static void main(String[] args) throws Exception {
    String home = System.getenv(PdiInstall.VARIABLE);
    if (home == null || home.isBlank()) {
      System.err.println("PanBenchmark: PDI_HOME is required: point it at a PDI data-integration"
          + " folder, e.g. PDI_HOME=/opt/pentaho/data-integration");
      System.exit(2);
    }
    Options options = BenchMain.options(args, USAGE, Options::parse);
    if (options == null) {
      return;
    }
    PdiInstall pdi;
    try {
      pdi = PdiInstall.at(Path.of(home));
    } catch (IllegalArgumentException e) {
      System.err.println("PanBenchmark: " + e.getMessage());
      System.exit(2);
      return;
    }
    Path zip = options.zip() != null ? options.zip() : builtZip();
    Path workDir = options.workDir() != null ? options.workDir()
        : Path.of("benchmarks", "target", "pan-benchmark", pdi.line());
    System.err.printf("setting up PDI %s from %s in %s...%n", pdi.line(), pdi.dir(), workDir);
    PanWorkspace workspace = PanWorkspace.create(pdi, workDir, zip);
    boolean agree = run(options, pdi, workspace, System.out, System.err);
    System.exit(agree ? 0 : 1);
  }

  private static Path builtZip() throws IOException {
    Path target = Path.of("assemblies", "target");
    List<Path> zips = List.of();
    if (Files.isDirectory(target)) {
      try (Stream<Path> files = Files.list(target)) {
        zips = files.filter(p -> p.getFileName().toString().matches("pdi-mesos-plugin-.*\\.zip"))
            .toList();
      }
    }
    if (zips.size() != 1) {
      throw new IllegalArgumentException("no plugin zip in " + target.toAbsolutePath()
          + " (build it with mvn package -pl benchmarks -am from the repository, or pass --zip)");
    }
    return zips.get(0);
  }

  /** Runs every round; prints the tables; false when a spot check found rows that disagree. */
  static boolean run(Options o, PdiInstall pdi, PanWorkspace workspace, PrintStream out,
      PrintStream progress) throws Exception {
    out.printf("pdi-mesos Pan benchmark, %s%n", Instant.now().truncatedTo(ChronoUnit.SECONDS));
    out.printf("PDI %s at %s; every run a fresh JVM: %s, options %s -Xlog:gc%n", pdi.line(),
        pdi.dir(), System.getProperty("java.runtime.version"), o.javaOptions());
    out.printf("%d cores, load average %.1f at the start; %d rounds, sizes %s%n%n",
        Runtime.getRuntime().availableProcessors(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), o.rounds(),
        o.sizes());
    Map<Integer, Map<PanVariant, List<Run>>> results = new LinkedHashMap<>();
    try (StateServer server = StateServer.start()) {
      for (int tasks : o.sizes()) {
        Map<PanVariant, List<Run>> bySize = new EnumMap<>(PanVariant.class);
        o.variants().forEach(v -> bySize.put(v, new ArrayList<>()));
        results.put(tasks, bySize);
        progress.printf("%,d tasks (%.1f MB):%n", tasks,
            server.state(tasks).contentLength() / 1e6);
        for (int round = 0; round < o.rounds(); round++) {
          for (int k = 0; k < o.variants().size(); k++) {
            PanVariant v = o.variants().get((round + k) % o.variants().size());
            List<Run> runs = bySize.get(v);
            // A variant that failed is not run again on this size: its failure is the result,
            // and a second out-of-memory run only costs minutes.
            if (runs.stream().anyMatch(r -> !r.ok())) {
              continue;
            }
            Run r = runOnce(o, pdi, workspace, server.url(), v, tasks);
            runs.add(r);
            progress.printf("  round %d, %-26s %s%n", round + 1, v.label() + ":", r.summary());
          }
        }
      }
      printTables(out, server, o, results);
    }
    return printSpotChecks(out, results);
  }

  /** One run and what came of it. */
  record Run(PanVariant variant, int tasks, ProbeReport report, GcLog gc, double wallMs,
      String failure, Path files) {
    boolean ok() {
      return failure == null;
    }

    String summary() {
      return ok() ? String.format(Locale.ROOT, "first row %.0f ms, last row %.0f ms, peak heap %d MB",
          report.firstRowMs(), report.lastRowMs(), gc.peakBytes(report.heapUsedEnd()) >> 20)
          : "FAILED: " + failure + " (" + files + "*)";
    }
  }

  static Run runOnce(Options o, PdiInstall pdi, PanWorkspace workspace, String url, PanVariant v,
      int tasks) throws IOException, InterruptedException {
    Path base = workspace.nextRun(v.name().toLowerCase(Locale.ROOT) + "-" + tasks);
    Path report = Path.of(base + ".report");
    Path gcLog = Path.of(base + ".gc.log");
    Path output = Path.of(base + ".out.log");
    String samples = "0," + tasks / 2 + "," + (tasks - 1);
    String javaOptions = o.javaOptions() + " -Xlog:gc:file=" + gcLog;
    Map<String, String> env = new LinkedHashMap<>();
    List<String> command;
    if (v == PanVariant.BARE) {
      command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.addAll(List.of(javaOptions.trim().split("\\s+")));
      command.addAll(List.of("-cp", absoluteClassPath(),
          BareScanRun.class.getName(), url, Integer.toString(tasks), report.toString(), samples));
    } else {
      workspace.environment(env);
      command = pdi.command(PanWorkspace.PROBE_CLASS, workspace.probeClasses(),
          javaOptions + workspace.pdiJavaOptions(), env, List.of(report.toString(),
              workspace.dir().resolve(v.ktr()).toString(), "Rows", samples,
              v.parameter(url, tasks)));
    }
    ProcessBuilder builder = new ProcessBuilder(command).directory(pdi.dir().toFile())
        .redirectErrorStream(true).redirectOutput(output.toFile());
    builder.environment().putAll(env);
    long start = System.nanoTime();
    Process process = builder.start();
    process.getOutputStream().close();
    boolean finished = process.waitFor(o.timeoutSeconds(), TimeUnit.SECONDS);
    if (!finished) {
      killTree(process);
    }
    double wallMs = (System.nanoTime() - start) / 1e6;
    ProbeReport r = ProbeReport.parse(lines(report));
    GcLog gc = GcLog.parse(lines(gcLog));
    String failure = !finished ? "killed after " + o.timeoutSeconds() + " s"
        : r.complete(tasks) ? null
        : r.failure() != null ? r.failure()
        : r.done() ? r.rows() + " rows of " + tasks
        : "exit " + process.exitValue() + " without a report";
    return new Run(v, tasks, r, gc, wallMs, failure, base);
  }

  /** This JVM's class path, absolute: the runs start in PDI_HOME. */
  private static String absoluteClassPath() {
    return Stream.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
        .map(p -> Path.of(p).toAbsolutePath().toString())
        .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
  }

  /** The JVM under a launcher shell first, then the shell; SIGKILL after a short grace. */
  private static void killTree(Process process) throws InterruptedException {
    List<ProcessHandle> tree = process.descendants().toList();
    tree.forEach(ProcessHandle::destroy);
    process.destroy();
    if (!process.waitFor(5, TimeUnit.SECONDS)) {
      tree.forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
    }
  }

  private static List<String> lines(Path file) throws IOException {
    return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
  }

  private static void printTables(PrintStream out, StateServer server, Options o,
      Map<Integer, Map<PanVariant, List<Run>>> results) {
    out.println("| tasks | body MB | variant | runs | first row ms (median) | last row ms "
        + "(median) | p10–p90 ms | rows/s | peak heap MB (max) | live heap after GC MB (max) "
        + "| GCs (full) | whole JVM s (median) |");
    out.println("|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (Map.Entry<Integer, Map<PanVariant, List<Run>>> size : results.entrySet()) {
      double mb = server.state(size.getKey()).contentLength() / 1e6;
      for (Map.Entry<PanVariant, List<Run>> e : size.getValue().entrySet()) {
        out.println(PanTable.row(size.getKey(), mb, e.getKey(), e.getValue()));
      }
    }
    out.println();
    out.println("Against the ceiling, bare scan ÷ variant (time: 1.0 is as fast as the bare scan;"
        + " heap: variant ÷ bare scan, how many times the ceiling's peak heap):");
    out.println();
    out.println("| tasks | variant | last row | first row | peak heap | live heap after GC |");
    out.println("|---:|---|---:|---:|---:|---:|");
    for (Map.Entry<Integer, Map<PanVariant, List<Run>>> size : results.entrySet()) {
      List<Run> bare = size.getValue().get(PanVariant.BARE);
      for (Map.Entry<PanVariant, List<Run>> e : size.getValue().entrySet()) {
        if (e.getKey() != PanVariant.BARE) {
          out.println(PanTable.ratioRow(size.getKey(), e.getKey(), bare, e.getValue()));
        }
      }
    }
    out.println();
    for (Map<PanVariant, List<Run>> bySize : results.values()) {
      for (List<Run> runs : bySize.values()) {
        runs.stream().filter(r -> !r.ok()).forEach(r -> out.printf(
            "Failed: %s on %,d tasks after %.1f s: %s (files: %s*)%n", r.variant().label(),
            r.tasks(), r.wallMs() / 1000, r.failure(), r.files()));
      }
    }
  }

  /**
   * Each transformation's sampled rows (the first, the middle and the last) against the bare
   * scan's, field by field where name and type are the same: a benchmark of wrong rows would
   * measure nothing.
   */
  private static boolean printSpotChecks(PrintStream out,
      Map<Integer, Map<PanVariant, List<Run>>> results) {
    boolean agree = true;
    out.println();
    for (Map.Entry<Integer, Map<PanVariant, List<Run>>> size : results.entrySet()) {
      Run bare = size.getValue().get(PanVariant.BARE).stream().filter(Run::ok).findFirst()
          .orElse(null);
      if (bare == null) {
        continue;
      }
      for (Map.Entry<PanVariant, List<Run>> e : size.getValue().entrySet()) {
        Run run = e.getValue().stream().filter(Run::ok).findFirst().orElse(null);
        if (e.getKey() == PanVariant.BARE || run == null) {
          continue;
        }
        ProbeReport.Comparison c = ProbeReport.compare(bare.report(), run.report());
        agree &= c.differences().isEmpty() && !c.fields().isEmpty();
        out.printf("Spot check, %s on %,d tasks, rows %s against the bare scan: %s%n",
            e.getKey().label(), size.getKey(), run.report().samples().keySet(),
            c.differences().isEmpty() ? c.fields().size() + " fields equal " + c.fields()
                : "DIFFERENT " + c.differences());
      }
    }
    return agree;
  }
}
