package io.pdimesos.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code java -jar pdi-mesos-benchmarks.jar}: reads generated {@code /master/state} documents
 * of several sizes from a local fake master, by streaming ({@code MesosClient.streamState}) and
 * by buffering the body and parsing it as a Jackson tree, and prints time, time to the first
 * task row and the smallest heap each needs, side by side from the same run.
 */
public final class StateBenchmark {
  private StateBenchmark() {}

  /** The command's settings; see {@link #USAGE}. */
  record Options(List<Integer> sizes, int repeats, int warmup, boolean heapSearch,
      long forkTimeoutSeconds, List<StateReaders> variants, boolean samples) {
    static Options parse(String[] args) {
      List<Integer> sizes = List.of(10_000, 50_000, 200_000);
      int repeats = 10;
      int warmup = 3;
      boolean heap = true;
      long timeout = 120;
      List<StateReaders> variants = List.of(StateReaders.values());
      boolean samples = false;
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        switch (a) {
          case "--tasks" -> {
            sizes = new ArrayList<>();
            for (String s : value(args, ++i, a).split(",")) {
              sizes.add(positive(s.trim().replace("_", ""), a));
            }
          }
          case "--repeats" -> repeats = positive(value(args, ++i, a), a);
          case "--warmup" -> warmup = Math.max(0, Integer.parseInt(value(args, ++i, a)));
          case "--no-heap" -> heap = false;
          case "--samples" -> samples = true;
          case "--fork-timeout" -> timeout = positive(value(args, ++i, a), a);
          case "--variants" -> {
            variants = new ArrayList<>();
            for (String s : value(args, ++i, a).split(",")) {
              variants.add(StateReaders.byLabel(s.trim()));
            }
          }
          default -> throw new IllegalArgumentException("unknown option '" + a + "'\n" + USAGE);
        }
      }
      return new Options(List.copyOf(sizes), repeats, warmup, heap, timeout,
          List.copyOf(variants), samples);
    }

    static String value(String[] args, int i, String option) {
      if (i >= args.length) {
        throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
      }
      return args[i];
    }

    static int positive(String s, String option) {
      int n;
      try {
        n = Integer.parseInt(s);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(option + " wants a positive number, got '" + s + "'");
      }
      if (n < 1) {
        throw new IllegalArgumentException(option + " wants a positive number, got '" + s + "'");
      }
      return n;
    }
  }

  static final String USAGE = """
      usage: java -jar benchmarks/target/pdi-mesos-benchmarks.jar [options]
        --tasks 10000,50000,200000  state sizes in tasks (default 10000,50000,200000)
        --repeats N                 measured reads per variant and size (default 10)
        --warmup N                  unmeasured reads per variant on the smallest size (default 3)
        --no-heap                   skip the smallest-heap search (forks JVMs; the slow part)
        --fork-timeout S            seconds one heap-search JVM may take (default 120)
        --variants bare,rows,...    which of bare, rows, stream, tree (default all four)
        --samples                   also print every read's time, in the order they ran
      """;

  /** Timings of one variant at one size; {@code failure} is set when it could not finish. */
  static final class Sample {
    final double[] totalMs;
    final double[] firstRowMs;
    final double[] cpuMs;
    int count;
    String failure;
    HeapProbe.Fit fit;

    Sample(int repeats) {
      totalMs = new double[repeats];
      firstRowMs = new double[repeats];
      cpuMs = new double[repeats];
    }

    void add(Reading r) {
      totalMs[count] = r.totalNanos() / 1e6;
      firstRowMs[count] = r.firstRowNanos() / 1e6;
      cpuMs[count] = r.cpuNanos() < 0 ? Double.NaN : r.cpuNanos() / 1e6;
      count++;
    }

    Stats total() {
      return Stats.of(Arrays.copyOf(totalMs, count));
    }

    Stats firstRow() {
      return Stats.of(Arrays.copyOf(firstRowMs, count));
    }

    Stats cpu() {
      return Stats.of(Arrays.copyOf(cpuMs, count));
    }
  }

  public static void main(String[] args) throws Exception {
    Options options = BenchMain.options(args, USAGE, Options::parse);
    if (options != null) {
      run(options, System.out, System.err);
    }
  }

  static void run(Options o, PrintStream out, PrintStream progress) throws Exception {
    out.printf("pdi-mesos state benchmark, %s%n", Instant.now().truncatedTo(ChronoUnit.SECONDS));
    out.printf("JVM %s %s (%s), %d cores, max heap %d MB%n", System.getProperty("java.vm.name"),
        System.getProperty("java.runtime.version"), System.getProperty("os.arch"),
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
    out.printf("JVM options: %s%n", ManagementFactory.getRuntimeMXBean().getInputArguments());
    out.printf("repeats %d, warmup %d, sizes %s%n%n", o.repeats(), o.warmup(), o.sizes());

    try (StateServer server = StateServer.start()) {
      String url = server.url();
      int smallest = o.sizes().stream().min(Integer::compare).orElseThrow();
      progress.printf("warming up on %d tasks...%n", smallest);
      for (int i = 0; i < o.warmup(); i++) {
        for (StateReaders v : o.variants()) {
          checked(v, url, smallest);
        }
      }

      Map<Integer, Map<StateReaders, Sample>> results = new LinkedHashMap<>();
      Map<Integer, Sample> bodyOnly = new HashMap<>();
      for (int tasks : o.sizes()) {
        Map<StateReaders, Sample> bySize = new EnumMap<>(StateReaders.class);
        for (StateReaders v : o.variants()) {
          bySize.put(v, new Sample(o.repeats()));
        }
        results.put(tasks, bySize);
        Sample floor = new Sample(o.repeats());
        bodyOnly.put(tasks, floor);
        progress.printf("%d tasks (%.1f MB): ", tasks, server.state(tasks).contentLength() / 1e6);
        for (int round = 0; round < o.repeats(); round++) {
          System.gc();
          floor.add(new Reading(tasks, 0, StateReaders.bodyOnlyNanos(url, tasks), 0, -1));
          progress.print("b");
          // Rotate which variant goes first, so drift on the shared machine hits all alike.
          for (int k = 0; k < o.variants().size(); k++) {
            StateReaders v = o.variants().get((round + k) % o.variants().size());
            Sample s = bySize.get(v);
            if (s.failure != null) {
              continue;
            }
            System.gc(); // so the previous read's garbage is not charged to this one
            try {
              s.add(checked(v, url, tasks));
              progress.print(v.label().charAt(0));
            } catch (OutOfMemoryError e) {
              s.failure = "OOM at -Xmx" + (Runtime.getRuntime().maxMemory() >> 20) + "m";
              progress.print("!");
            }
          }
        }
        progress.println();
      }

      if (o.heapSearch()) {
        HeapProbe probe = new HeapProbe(url, o.forkTimeoutSeconds());
        for (int tasks : o.sizes()) {
          for (StateReaders v : o.variants()) {
            progress.printf("smallest heap for %s on %d tasks... ", v.label(), tasks);
            HeapProbe.Fit fit = probe.smallestHeap(v, tasks);
            results.get(tasks).get(v).fit = fit;
            progress.printf("%s (%d JVMs)%n", fit.xmxMb() < 0 ? "none" : fit.xmxMb() + " MB",
                fit.forks());
          }
        }
      }
      printTable(out, server, results, bodyOnly);
      if (o.samples()) {
        printSamples(out, results);
      }
    }
  }

  /** Reads once and insists that every task was seen, so a broken read is never timed. */
  static Reading checked(StateReaders v, String url, int tasks) throws IOException {
    Reading r = v.read(url, tasks);
    if (r.tasks() != tasks) {
      throw new IllegalStateException(v.label() + " read " + r.tasks() + " tasks of " + tasks);
    }
    return r;
  }

  private static void printTable(PrintStream out, StateServer server,
      Map<Integer, Map<StateReaders, Sample>> results, Map<Integer, Sample> bodyOnly) {
    out.println();
    out.println("| tasks | body MB | variant | median ms | p10–p90 ms | first row ms (median) "
        + "| reading thread's CPU ms (median) | smallest -Xmx "
        + "| there: peak heap used, GC share of time |");
    out.println("|---:|---:|---|---:|---:|---:|---:|---:|---:|");
    for (Map.Entry<Integer, Map<StateReaders, Sample>> e : results.entrySet()) {
      double mb = server.state(e.getKey()).contentLength() / 1e6;
      for (Map.Entry<StateReaders, Sample> v : e.getValue().entrySet()) {
        Sample s = v.getValue();
        Stats total = s.total();
        out.printf(Locale.ROOT, "| %,d | %.1f | %s | %s | %s | %s | %s | %s | %s |%n", e.getKey(),
            mb, v.getKey().label(), s.count == 0 ? s.failure : ms(total.median()),
            s.count == 0 ? "" : ms(total.p10()) + "–" + ms(total.p90())
                + (s.failure != null ? " (" + s.failure + ")" : ""),
            s.count == 0 ? "" : ms(s.firstRow().median()),
            s.count == 0 ? "" : ms(s.cpu().median()),
            s.fit == null ? "not measured" : s.fit.xmxMb() < 0 ? "> " + last() + " MB"
                : (s.fit.xmxMb() == HeapProbe.LADDER_MB[0] ? "≤ " : "") + s.fit.xmxMb() + " MB",
            s.fit == null || s.fit.xmxMb() < 0 ? ""
                : (s.fit.peakUsedBytes() >> 20) + " MB, GC " + s.fit.gcPercent() + "%");
      }
      Stats floor = bodyOnly.get(e.getKey()).total();
      out.printf(Locale.ROOT, "| %,d | %.1f | %s | %s | %s | | | | |%n", e.getKey(), mb,
          "(body only, no parsing)", ms(floor.median()), ms(floor.p10()) + "–" + ms(floor.p90()));
    }
    Map<Integer, Map<StateReaders, Sample>> bySize = results;
    if (bySize.values().stream().allMatch(m -> m.containsKey(StateReaders.BARE))) {
      out.println();
      out.println("Speed against the bare scan, bare ms ÷ variant ms (medians, same run; 1.0 is"
          + " the ceiling), in wall time and in the reading thread's CPU time:");
      out.println();
      StringBuilder head = new StringBuilder("| tasks |");
      StringBuilder rule = new StringBuilder("|---:|");
      List<StateReaders> others = new ArrayList<>();
      for (StateReaders v : bySize.values().iterator().next().keySet()) {
        if (v != StateReaders.BARE) {
          others.add(v);
          head.append(' ').append(v.label()).append(" | ").append(v.label()).append(", CPU |");
          rule.append("---:|---:|");
        }
      }
      out.println(head);
      out.println(rule);
      for (Map.Entry<Integer, Map<StateReaders, Sample>> e : bySize.entrySet()) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "| %,d |", e.getKey()));
        Sample bare = e.getValue().get(StateReaders.BARE);
        for (StateReaders v : others) {
          Sample s = e.getValue().get(v);
          line.append(' ').append(speed(bare.total().median(), s.total().median()))
              .append(" | ").append(speed(bare.cpu().median(), s.cpu().median())).append(" |");
        }
        out.println(line);
      }
    }
    if (bySize.values().stream().allMatch(m -> m.containsKey(StateReaders.STREAM)
        && m.containsKey(StateReaders.TREE))) {
      out.println();
      out.println("Ratios, tree ÷ stream (same run):");
      out.println();
      out.println("| tasks | time (medians) | time to first row | smallest heap |");
      out.println("|---:|---:|---:|---:|");
      for (Map.Entry<Integer, Map<StateReaders, Sample>> e : bySize.entrySet()) {
        Sample stream = e.getValue().get(StateReaders.STREAM);
        Sample tree = e.getValue().get(StateReaders.TREE);
        out.printf(Locale.ROOT, "| %,d | %s | %s | %s |%n", e.getKey(),
            ratio(tree.total().median(), stream.total().median()),
            ratio(tree.firstRow().median(), stream.firstRow().median()),
            stream.fit == null || tree.fit == null || stream.fit.xmxMb() < 0
                || tree.fit.xmxMb() < 0 ? "n/a"
                // A stream that fits the smallest heap tried may fit an even smaller one.
                : (stream.fit.xmxMb() == HeapProbe.LADDER_MB[0] ? "≥ " : "")
                    + ratio(tree.fit.xmxMb(), stream.fit.xmxMb()));
      }
    }
  }

  private static void printSamples(PrintStream out, Map<Integer, Map<StateReaders, Sample>> r) {
    out.println();
    out.println("Every read, ms, in the order of the rounds:");
    out.println();
    for (Map.Entry<Integer, Map<StateReaders, Sample>> e : r.entrySet()) {
      for (Map.Entry<StateReaders, Sample> v : e.getValue().entrySet()) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%,d %s:", e.getKey(),
            v.getKey().label()));
        for (int i = 0; i < v.getValue().count; i++) {
          line.append(' ').append(ms(v.getValue().totalMs[i]));
        }
        out.println(line);
      }
    }
  }

  /** {@code ceiling ÷ variant} as a speed: 0.70 means 70% of the ceiling's speed. */
  static String speed(double ceilingMs, double variantMs) {
    return Double.isNaN(ceilingMs) || Double.isNaN(variantMs) || variantMs == 0 ? "n/a"
        : String.format(Locale.ROOT, "%.2f", ceilingMs / variantMs);
  }

  private static int last() {
    return HeapProbe.LADDER_MB[HeapProbe.LADDER_MB.length - 1];
  }

  static String ms(double v) {
    return String.format(Locale.ROOT, "%,.0f", v);
  }

  static String ratio(double a, double b) {
    return Double.isNaN(a) || Double.isNaN(b) || b == 0 ? "n/a"
        : String.format(Locale.ROOT, "%.1f×", a / b);
  }
}
