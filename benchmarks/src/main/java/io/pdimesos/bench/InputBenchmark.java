package io.pdimesos.bench;

import io.pdimesos.bench.StateBenchmark.Sample;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code java -cp pdi-mesos-benchmarks.jar io.pdimesos.bench.InputBenchmark}: one row per task of
 * a generated {@code /master/state}, by the Mesos State Input step and by PDI's REST Client +
 * JSON Input, with the same fields. Prints time to the last and to the first row, rows per
 * second, and whether each path fits in small fixed heaps (fresh JVMs), side by side and with
 * ratios from the same run.
 */
public final class InputBenchmark {
  private InputBenchmark() {}

  /** The command's settings; see {@link #USAGE}. */
  record Options(List<Integer> sizes, int repeats, int warmup, long budgetSeconds,
      List<Integer> heapsMb, long forkTimeoutSeconds, List<InputPaths> paths) {
    static Options parse(String[] args) {
      List<Integer> sizes = List.of(10_000, 50_000, 200_000);
      int repeats = 3;
      int warmup = 2;
      long budget = 20;
      List<Integer> heaps = List.of(64, 512);
      long timeout = 60;
      List<InputPaths> paths = List.of(InputPaths.values());
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        switch (a) {
          case "--tasks" -> sizes = numbers(StateBenchmark.Options.value(args, ++i, a), a);
          case "--repeats" -> repeats = StateBenchmark.Options.positive(
              StateBenchmark.Options.value(args, ++i, a), a);
          case "--warmup" -> warmup = Math.max(0,
              Integer.parseInt(StateBenchmark.Options.value(args, ++i, a)));
          case "--budget" -> budget = StateBenchmark.Options.positive(
              StateBenchmark.Options.value(args, ++i, a), a);
          case "--heaps" -> heaps = numbers(StateBenchmark.Options.value(args, ++i, a), a);
          case "--no-heap" -> heaps = List.of();
          case "--fork-timeout" -> timeout = StateBenchmark.Options.positive(
              StateBenchmark.Options.value(args, ++i, a), a);
          case "--paths" -> {
            List<InputPaths> chosen = new ArrayList<>();
            for (String s : StateBenchmark.Options.value(args, ++i, a).split(",")) {
              InputPaths p = InputPaths.byLabel(s.trim());
              if (p == null) {
                throw new IllegalArgumentException("unknown path '" + s.trim()
                    + "' (step or rest+json)");
              }
              chosen.add(p);
            }
            paths = List.copyOf(chosen);
          }
          default -> throw new IllegalArgumentException("unknown option '" + a + "'\n" + USAGE);
        }
      }
      return new Options(sizes, repeats, warmup, budget, heaps, timeout, paths);
    }

    private static List<Integer> numbers(String list, String option) {
      List<Integer> out = new ArrayList<>();
      for (String s : list.split(",")) {
        out.add(StateBenchmark.Options.positive(s.trim().replace("_", ""), option));
      }
      return List.copyOf(out);
    }
  }

  static final String USAGE = """
      usage: java -cp benchmarks/target/pdi-mesos-benchmarks.jar \\
               io.pdimesos.bench.InputBenchmark [options]
        --tasks 10000,50000,200000  state sizes in tasks (default 10000,50000,200000)
        --repeats N                 measured reads per path and size (default 3)
        --warmup N                  unmeasured reads per path on the smallest size (default 2)
        --budget S                  no new round of reads on a size after S seconds (default 20)
        --heaps 64,512              fixed heaps (MB) each path is tried in, one fresh JVM per try
        --no-heap                   skip the fixed-heap tries
        --fork-timeout S            seconds one heap try may take (default 60)
        --paths step,rest+json      which paths to run (default both)
      """;

  public static void main(String[] args) throws Exception {
    Options options = BenchMain.options(args, USAGE, Options::parse);
    if (options != null) {
      run(options, System.out, System.err);
    }
  }

  static void run(Options o, PrintStream out, PrintStream progress) throws Exception {
    out.printf("pdi-mesos input benchmark, %s%n", Instant.now().truncatedTo(ChronoUnit.SECONDS));
    out.printf("JVM %s %s (%s), %d cores, max heap %d MB%n", System.getProperty("java.vm.name"),
        System.getProperty("java.runtime.version"), System.getProperty("os.arch"),
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
    out.printf("JVM options: %s%n", ManagementFactory.getRuntimeMXBean().getInputArguments());
    out.printf("repeats %d (budget %d s per size), warmup %d, sizes %s, heaps tried %s MB, "
        + "%d fields per row%n%n", o.repeats(), o.budgetSeconds(), o.warmup(), o.sizes(),
        o.heapsMb(), InputPaths.FIELDS.size());

    try (StateServer server = StateServer.start()) {
      String url = server.url();
      int smallest = o.sizes().stream().min(Integer::compare).orElseThrow();
      progress.printf("warming up on %d tasks...%n", smallest);
      for (int i = 0; i < o.warmup(); i++) {
        for (InputPaths p : o.paths()) {
          checked(p, url, smallest);
        }
      }

      Map<Integer, Map<InputPaths, Sample>> results = new LinkedHashMap<>();
      for (int tasks : o.sizes()) {
        Map<InputPaths, Sample> bySize = new EnumMap<>(InputPaths.class);
        for (InputPaths p : o.paths()) {
          bySize.put(p, new Sample(o.repeats()));
        }
        results.put(tasks, bySize);
        progress.printf("%d tasks (%.1f MB): ", tasks, server.state(tasks).contentLength() / 1e6);
        long sizeStart = System.nanoTime();
        // A big state read by JSON Input takes tens of seconds: past the budget, the size gets
        // no further round (always at least one), so the whole run stays around two minutes.
        for (int round = 0; round < o.repeats()
            && (round == 0 || System.nanoTime() - sizeStart < o.budgetSeconds() * 1_000_000_000L);
            round++) {
          // Alternate which path goes first, so drift on the shared machine hits both alike.
          for (int k = 0; k < o.paths().size(); k++) {
            InputPaths p = o.paths().get((round + k) % o.paths().size());
            Sample s = bySize.get(p);
            if (s.failure != null) {
              continue;
            }
            System.gc(); // so the previous read's garbage is not charged to this one
            try {
              s.add(checked(p, url, tasks));
              progress.print(p == InputPaths.STEP ? "s" : "j");
            } catch (OutOfMemoryError e) {
              s.failure = "OOM at -Xmx" + (Runtime.getRuntime().maxMemory() >> 20) + "m";
              progress.print("!");
            }
          }
        }
        progress.println();
      }

      Map<Integer, Map<InputPaths, List<HeapProbe.Try>>> heaps = new LinkedHashMap<>();
      if (!o.heapsMb().isEmpty()) {
        HeapProbe probe = new HeapProbe(url, o.forkTimeoutSeconds());
        for (int tasks : o.sizes()) {
          Map<InputPaths, List<HeapProbe.Try>> bySize = new EnumMap<>(InputPaths.class);
          heaps.put(tasks, bySize);
          for (InputPaths p : o.paths()) {
            List<HeapProbe.Try> tries = new ArrayList<>();
            bySize.put(p, tries);
            for (int mb : o.heapsMb()) {
              progress.printf("%s on %d tasks in -Xmx%dm... ", p.label(), tasks, mb);
              HeapProbe.Try t = probe.tryHeap(p.label(), tasks, mb);
              tries.add(t);
              progress.println(t.fits() ? "fits" : t.failure());
            }
          }
        }
      }
      printTables(out, server, o, results, heaps);
    }
  }

  /** Reads once and insists on one row per task, so a broken read is never timed. */
  static Reading checked(InputPaths p, String url, int tasks) throws IOException {
    Reading r = p.read(url, tasks);
    if (r.tasks() != tasks) {
      throw new IllegalStateException(p.label() + " gave " + r.tasks() + " rows for " + tasks
          + " tasks");
    }
    return r;
  }

  private static void printTables(PrintStream out, StateServer server, Options o,
      Map<Integer, Map<InputPaths, Sample>> results,
      Map<Integer, Map<InputPaths, List<HeapProbe.Try>>> heaps) {
    out.println();
    StringBuilder head = new StringBuilder(
        "| tasks | body MB | path | reads | last row ms (median) | p10–p90 ms "
            + "| first row ms (median) | rows/s |");
    StringBuilder rule = new StringBuilder("|---:|---:|---|---:|---:|---:|---:|---:|");
    for (int mb : o.heapsMb()) {
      head.append(" -Xmx").append(mb).append("m: peak heap, GC |");
      rule.append("---:|");
    }
    out.println(head);
    out.println(rule);
    for (Map.Entry<Integer, Map<InputPaths, Sample>> e : results.entrySet()) {
      double mb = server.state(e.getKey()).contentLength() / 1e6;
      for (Map.Entry<InputPaths, Sample> v : e.getValue().entrySet()) {
        Sample s = v.getValue();
        Stats total = s.total();
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
            "| %,d | %.1f | %s | %d | %s | %s | %s | %s |", e.getKey(), mb, name(v.getKey()),
            s.count,
            s.count == 0 ? s.failure : StateBenchmark.ms(total.median()),
            s.count == 0 ? "" : StateBenchmark.ms(total.p10()) + "–"
                + StateBenchmark.ms(total.p90()),
            s.count == 0 ? "" : StateBenchmark.ms(s.firstRow().median()),
            s.count == 0 ? "" : String.format(Locale.ROOT, "%,.0f",
                e.getKey() / (total.median() / 1000))));
        List<HeapProbe.Try> tries = heaps.getOrDefault(e.getKey(), Map.of())
            .getOrDefault(v.getKey(), List.of());
        for (HeapProbe.Try t : tries) {
          line.append(' ').append(t.fits()
              ? (t.peakUsedBytes() >> 20) + " MB, GC " + t.gcPercent() + "%"
              : "fails (" + t.failure() + ")").append(" |");
        }
        out.println(line);
      }
    }
    if (o.paths().size() < InputPaths.values().length) {
      return;
    }
    out.println();
    out.println("Ratios, REST Client + JSON Input ÷ Mesos State Input (same run):");
    out.println();
    out.println("| tasks | time to last row (medians) | time to first row (medians) |");
    out.println("|---:|---:|---:|");
    for (Map.Entry<Integer, Map<InputPaths, Sample>> e : results.entrySet()) {
      Sample step = e.getValue().get(InputPaths.STEP);
      Sample diy = e.getValue().get(InputPaths.REST_JSON);
      out.printf(Locale.ROOT, "| %,d | %s | %s |%n", e.getKey(),
          StateBenchmark.ratio(diy.total().median(), step.total().median()),
          StateBenchmark.ratio(diy.firstRow().median(), step.firstRow().median()));
    }
  }

  private static String name(InputPaths p) {
    return p == InputPaths.STEP ? "Mesos State Input" : "REST Client + JSON Input";
  }
}
