package io.pdimesos.bench;

import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.http.RetryPolicy;
import io.pdimesos.core.http.ServiceSettings;
import io.pdimesos.core.marathon.AppDefinition;
import io.pdimesos.core.marathon.MarathonClient;
import io.pdimesos.core.ops.MarathonAppResult;
import io.pdimesos.core.ops.MarathonDeploy;
import io.pdimesos.sim.ClusterSim;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code java -cp pdi-mesos-benchmarks.jar io.pdimesos.bench.WaitBenchmark}: how soon a wait
 * returns once what it waits for is done. Against the emulator, in this JVM, each trial deploys
 * a new instance count of an app with {@code MarathonDeploy} (the Deploy entry's operation), and
 * the reaction is timed from the instant the emulator finished the deployment (its
 * {@code deployment_success} is published) to the instant the operation returned. Waits with
 * Marathon's event stream and waits that only poll (the check cycle as a user sets it) run
 * interleaved, trial by trial.
 */
public final class WaitBenchmark {
  private WaitBenchmark() {}

  /** The command's settings; see {@link #USAGE}. */
  record Options(int trials, int warmup, double speed, long checkCycleMillis) {
    static Options parse(String[] args) {
      int trials = 30;
      int warmup = 3;
      double speed = 10;
      long cycle = 5_000;
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        switch (a) {
          case "--trials" -> trials = StateBenchmark.Options.positive(
              StateBenchmark.Options.value(args, ++i, a), a);
          case "--warmup" -> warmup = Math.max(0,
              Integer.parseInt(StateBenchmark.Options.value(args, ++i, a)));
          case "--speed" -> speed = StateBenchmark.Options.positive(
              StateBenchmark.Options.value(args, ++i, a), a);
          case "--check-cycle" -> cycle = StateBenchmark.Options.positive(
              StateBenchmark.Options.value(args, ++i, a), a);
          default -> throw new IllegalArgumentException("unknown option '" + a + "'\n" + USAGE);
        }
      }
      return new Options(trials, warmup, speed, cycle);
    }
  }

  static final String USAGE = """
      usage: java -cp benchmarks/target/pdi-mesos-benchmarks.jar \\
               io.pdimesos.bench.WaitBenchmark [options]
        --trials N        measured deployments per variant (default 30)
        --warmup N        unmeasured deployments per variant first (default 3)
        --speed F         the emulator's clock, times real time (default 10: a task starts in
                          0.1 s instead of 1 s)
        --check-cycle MS  the polling variant's check cycle in ms (default 5000, the setting's
                          default)
      """;

  /** How a wait learns that the deployment is done. */
  enum Variant {
    EVENTS("events"), POLLING("polling");

    final String label;

    Variant(String label) {
      this.label = label;
    }
  }

  public static void main(String[] args) throws Exception {
    Options options;
    try {
      if (args.length == 1 && ("--help".equals(args[0]) || "-h".equals(args[0]))) {
        System.out.print(USAGE);
        return;
      }
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    run(options, System.out, System.err);
  }

  /** The reactions and whole-operation times of one variant, in ms. */
  static final class Sample {
    final List<Double> reactionMs = new ArrayList<>();
    final List<Double> totalMs = new ArrayList<>();

    Stats reaction() {
      return Stats.of(reactionMs.stream().mapToDouble(Double::doubleValue).toArray());
    }

    Stats total() {
      return Stats.of(totalMs.stream().mapToDouble(Double::doubleValue).toArray());
    }
  }

  static Map<Variant, Sample> run(Options o, PrintStream out, PrintStream progress)
      throws Exception {
    out.printf("pdi-mesos wait-reaction benchmark, %s%n",
        Instant.now().truncatedTo(ChronoUnit.SECONDS));
    out.printf("JVM %s %s, %d cores; JVM options: %s%n", System.getProperty("java.vm.name"),
        System.getProperty("java.runtime.version"), Runtime.getRuntime().availableProcessors(),
        ManagementFactory.getRuntimeMXBean().getInputArguments());
    out.printf("trials %d, warmup %d, emulator speed %.0f×, polling check cycle %d ms%n%n",
        o.trials(), o.warmup(), o.speed(), o.checkCycleMillis());
    Map<Variant, Sample> results = new EnumMap<>(Variant.class);
    try (ClusterSim sim = ClusterSim.builder().agents(2).marathonInstances(1)
        .chronosInstances(0).freePorts().speed(o.speed()).build().start()) {
      MarathonClient client = new MarathonClient(ServiceSettings.builder()
          .urls(sim.marathonUrls().get(0)).retry(RetryPolicy.none()).build(),
          ProgressListener.NONE);
      Map<String, Long> finishedAt = new ConcurrentHashMap<>();
      try (AutoCloseable observer = sim.marathon().service().events().observe(e -> {
        if ("deployment_success".equals(e.path("eventType").asText())) {
          finishedAt.put(e.path("id").asText(), System.nanoTime());
        }
      })) {
        for (Variant v : Variant.values()) {
          results.put(v, new Sample());
        }
        int[] instances = {1};
        progress.print("deployments: ");
        for (int trial = -o.warmup(); trial < o.trials(); trial++) {
          for (int k = 0; k < Variant.values().length; k++) {
            // Rotate which variant goes first, so drift on a shared machine hits both alike.
            Variant v = Variant.values()[Math.floorMod(trial + k, Variant.values().length)];
            instances[0] = 3 - instances[0]; // 1 ↔ 2: every deployment starts or kills a task
            long start = System.nanoTime();
            MarathonAppResult r = deploy(client, v, instances[0], o.checkCycleMillis());
            long end = System.nanoTime();
            Long finished = finishedAt.get(r.deploymentId());
            if (!r.success() || finished == null) {
              throw new IllegalStateException(v.label + ": " + r.message());
            }
            if (trial >= 0) {
              results.get(v).reactionMs.add((end - finished) / 1e6);
              results.get(v).totalMs.add((end - start) / 1e6);
            }
            progress.print(v.label.charAt(0));
          }
        }
        progress.println();
      }
    }
    print(out, results);
    return results;
  }

  private static MarathonAppResult deploy(MarathonClient client, Variant v, int instances,
      long checkCycleMillis) {
    AppDefinition app = AppDefinition.builder().id("/bench/wait").cmd("sleep 100000")
        .instances(instances).cpus(0.01).mem(16).build();
    return new MarathonDeploy(client, app).useEvents(v == Variant.EVENTS)
        .checkCycle(checkCycleMillis).run(60_000, ProgressListener.NONE,
            CancellationToken.none());
  }

  private static void print(PrintStream out, Map<Variant, Sample> results) {
    out.println("| variant | deployments | reaction median ms | reaction p90 ms "
        + "| whole deploy median ms |");
    out.println("|---|---:|---:|---:|---:|");
    for (Map.Entry<Variant, Sample> e : results.entrySet()) {
      Stats r = e.getValue().reaction();
      out.printf(Locale.ROOT, "| %s | %d | %.1f | %.1f | %s |%n", e.getKey().label,
          e.getValue().reactionMs.size(), r.median(), r.p90(),
          StateBenchmark.ms(e.getValue().total().median()));
    }
    out.println();
    out.printf(Locale.ROOT, "Reaction, polling ÷ events (medians): %s%n", StateBenchmark.ratio(
        results.get(Variant.POLLING).reaction().median(),
        results.get(Variant.EVENTS).reaction().median()));
  }
}
