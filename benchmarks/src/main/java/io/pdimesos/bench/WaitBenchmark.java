package io.pdimesos.bench;

import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.http.RetryPolicy;
import io.pdimesos.core.http.ServiceSettings;
import io.pdimesos.core.marathon.AppDefinition;
import io.pdimesos.core.chronos.ChronosClient;
import io.pdimesos.core.chronos.ChronosJob;
import io.pdimesos.core.chronos.ChronosVersion;
import io.pdimesos.core.marathon.MarathonClient;
import io.pdimesos.core.mesos.MesosClient;
import io.pdimesos.core.metronome.MetronomeClient;
import io.pdimesos.core.metronome.MetronomeJob;
import io.pdimesos.core.ops.ChronosRun;
import io.pdimesos.core.ops.ChronosRunOptions;
import io.pdimesos.core.ops.ChronosRunResult;
import io.pdimesos.core.ops.MarathonAppResult;
import io.pdimesos.core.ops.MarathonDeploy;
import io.pdimesos.core.ops.MetronomeRun;
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
 * returns once what it waits for is done. Against the emulator, in this JVM:
 * <ul>
 *   <li>Marathon: each trial deploys a new command for an app with {@code MarathonDeploy} (the
 *       Deploy entry's operation), so every deployment starts a task and stops the old one; the
 *       reaction is timed from the instant the emulator finished the deployment (its
 *       {@code deployment_success} is published) to the instant the operation returned.
 *   <li>Chronos: each trial runs a short job with {@code ChronosRun} (the Run Job entry's
 *       operation, with Mesos as its task lookup); the reaction is timed from the instant the
 *       emulator's Mesos task of the run ended to the instant the operation returned, the
 *       outcome's own reads (the task lookup and its log tails) included.
 *   <li>Metronome: the same with {@code MetronomeRun} (the Metronome Run Job entry's operation),
 *       Metronome's history lag after the run's end (the emulator's 200 ms) included.
 * </ul>
 * Waits with events (Marathon's stream; the Mesos master's for Chronos and Metronome) and waits
 * that only poll (the check cycle as a user sets it) run interleaved, trial by trial.
 */
public final class WaitBenchmark {
  private WaitBenchmark() {}

  /** The command's settings; see {@link #USAGE}. */
  record Options(int trials, int warmup, double speed, long checkCycleMillis) {
    static Options parse(String[] args) {
      int trials = 20;
      int warmup = 2;
      double speed = 1;
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
        --trials N        measured deployments or runs per variant (default 20)
        --warmup N        unmeasured ones per variant first (default 2)
        --speed F         the emulator's clock, times real time (default 1: a task starts in
                          1 s, a job's command runs 1 s)
        --check-cycle MS  the check cycle in ms (default 5000, the setting's default)
      """;

  /** What is awaited, and how the wait learns that it is done. */
  enum Variant {
    MARATHON_EVENTS("Marathon deploy, events", true),
    MARATHON_POLLING("Marathon deploy, polling", false),
    CHRONOS_EVENTS("Chronos run, events", true),
    CHRONOS_POLLING("Chronos run, polling", false),
    METRONOME_EVENTS("Metronome run, events", true),
    METRONOME_POLLING("Metronome run, polling", false);

    final String label;
    final boolean events;

    Variant(String label, boolean events) {
      this.label = label;
      this.events = events;
    }

    boolean marathon() {
      return this == MARATHON_EVENTS || this == MARATHON_POLLING;
    }

    boolean metronome() {
      return this == METRONOME_EVENTS || this == METRONOME_POLLING;
    }
  }

  /** The Chronos job and the Metronome job each trial runs: one second at the default speed. */
  static final String JOB = "bench-wait";
  static final String METRONOME_JOB = "bench.wait";

  public static void main(String[] args) throws Exception {
    Options options = BenchMain.options(args, USAGE, Options::parse);
    if (options != null) {
      run(options, System.out, System.err);
    }
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
        .chronosInstances(1).metronomeInstances(1).freePorts().speed(o.speed()).build().start()) {
      MarathonClient marathon = new MarathonClient(ServiceSettings.builder()
          .urls(sim.marathonUrls().get(0)).retry(RetryPolicy.none()).build(),
          ProgressListener.NONE);
      ChronosClient chronos = new ChronosClient(ServiceSettings.of(sim.chronosUrls().get(0)),
          ChronosVersion.AUTO, ProgressListener.NONE);
      MetronomeClient metronome = new MetronomeClient(
          ServiceSettings.of(sim.metronomeUrls().get(0)), ProgressListener.NONE);
      MesosClient mesos = new MesosClient(ServiceSettings.of(sim.mesosUrls().get(0)),
          ProgressListener.NONE);
      chronos.upsert(ChronosJob.builder(JOB).command("echo waited; sleep 1")
          .schedule(BulkBenchmark.NEVER).owner("bench@example.com").cpus(0.1).mem(16.0).build(),
          CancellationToken.none());
      metronome.createJob(MetronomeJob.builder(METRONOME_JOB).cmd("echo waited; sleep 1")
          .cpus(0.1).mem(32.0).disk(0.0).build(), CancellationToken.none());
      Map<String, Long> deployed = new ConcurrentHashMap<>();
      Map<String, Long> ran = new ConcurrentHashMap<>();
      sim.model().addGlobalListener((task, state) -> {
        if (state.terminal && (task.id.contains(":" + JOB + ":")
            || task.id.startsWith(METRONOME_JOB.replace('.', '_') + "_"))) {
          ran.put(task.id, System.nanoTime());
        }
      });
      try (AutoCloseable observer = sim.marathon().service().events().observe(e -> {
        if ("deployment_success".equals(e.path("eventType").asText())) {
          deployed.put(e.path("id").asText(), System.nanoTime());
        }
      })) {
        for (Variant v : Variant.values()) {
          results.put(v, new Sample());
        }
        int[] config = {0};
        progress.print("trials: ");
        for (int trial = -o.warmup(); trial < o.trials(); trial++) {
          for (int k = 0; k < Variant.values().length; k++) {
            // Rotate which variant goes first, so drift on a shared machine hits all alike.
            Variant v = Variant.values()[Math.floorMod(trial + k, Variant.values().length)];
            long start = System.nanoTime();
            long end;
            Long finished;
            if (v.marathon()) {
              config[0] = 1 - config[0];
              MarathonAppResult r = deploy(marathon, v, config[0], o.checkCycleMillis());
              end = System.nanoTime();
              finished = deployed.get(r.deploymentId());
              check(v, r.success() && finished != null, r.message());
            } else if (v.metronome()) {
              MetronomeRun.Result r = new MetronomeRun(metronome, ProgressListener.NONE)
                  .withTaskLookup(mesos).run(new MetronomeRun.Options(METRONOME_JOB)
                      .useEvents(v.events).pollIntervalMillis(o.checkCycleMillis())
                      .timeoutMillis(60_000), CancellationToken.none());
              end = System.nanoTime();
              finished = ran.get(r.taskId());
              check(v, r.success() && finished != null, r.message());
            } else {
              ChronosRunResult r = new ChronosRun(chronos, ProgressListener.NONE)
                  .withTaskLookup(mesos).run(new ChronosRunOptions(JOB).useEvents(v.events)
                      .pollIntervalMillis(o.checkCycleMillis()).timeoutMillis(60_000),
                      CancellationToken.none());
              end = System.nanoTime();
              finished = ran.get(r.taskId());
              check(v, r.success() && finished != null, r.message());
            }
            if (trial >= 0) {
              results.get(v).reactionMs.add((end - finished) / 1e6);
              results.get(v).totalMs.add((end - start) / 1e6);
            }
            progress.print(v.ordinal());
          }
        }
        progress.println();
      }
    }
    print(out, results);
    return results;
  }

  private static void check(Variant v, boolean ok, String message) {
    if (!ok) {
      throw new IllegalStateException(v.label + ": " + message);
    }
  }

  /** Config 0 or 1: the command differs, so the new task replaces the old one. */
  private static MarathonAppResult deploy(MarathonClient client, Variant v, int config,
      long checkCycleMillis) {
    AppDefinition app = AppDefinition.builder().id("/bench/wait").cmd("sleep 10000" + config)
        .instances(1).cpus(0.01).mem(16).build();
    return new MarathonDeploy(client, app).useEvents(v.events)
        .checkCycle(checkCycleMillis).run(60_000, ProgressListener.NONE,
            CancellationToken.none());
  }

  private static void print(PrintStream out, Map<Variant, Sample> results) {
    out.println("| wait | trials | reaction median ms | reaction p90 ms "
        + "| whole operation median ms |");
    out.println("|---|---:|---:|---:|---:|");
    for (Map.Entry<Variant, Sample> e : results.entrySet()) {
      Stats r = e.getValue().reaction();
      out.printf(Locale.ROOT, "| %s | %d | %.1f | %.1f | %s |%n", e.getKey().label,
          e.getValue().reactionMs.size(), r.median(), r.p90(),
          StateBenchmark.ms(e.getValue().total().median()));
    }
    out.println();
    out.printf(Locale.ROOT, "Reaction, polling ÷ events (medians): Marathon %s, Chronos %s,"
        + " Metronome %s%n",
        ratio(results, Variant.MARATHON_POLLING, Variant.MARATHON_EVENTS),
        ratio(results, Variant.CHRONOS_POLLING, Variant.CHRONOS_EVENTS),
        ratio(results, Variant.METRONOME_POLLING, Variant.METRONOME_EVENTS));
  }

  private static String ratio(Map<Variant, Sample> results, Variant polling, Variant events) {
    return StateBenchmark.ratio(results.get(polling).reaction().median(),
        results.get(events).reaction().median());
  }
}
