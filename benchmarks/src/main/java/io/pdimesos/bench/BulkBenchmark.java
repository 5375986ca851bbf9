package io.pdimesos.bench;

import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.http.ServiceSettings;
import io.pdimesos.core.marathon.AppDefinition;
import io.pdimesos.core.marathon.MarathonClient;
import io.pdimesos.pdiapi.QueueRowSet;
import io.pdimesos.pdiapi.StepRunner;
import io.pdimesos.sim.ClusterSim;
import io.pdimesos.sim.SimFaults;
import io.pdimesos.steps.ActionSettings;
import io.pdimesos.steps.ActionStepMeta;
import io.pdimesos.steps.chronosaction.ChronosJobActionMeta;
import io.pdimesos.steps.marathonaction.MarathonAppActionMeta;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pentaho.di.core.row.RowMeta;
import org.pentaho.di.core.row.value.ValueMetaString;
import org.pentaho.di.trans.Trans;
import org.pentaho.di.trans.TransMeta;
import org.pentaho.di.trans.step.StepDataInterface;
import org.pentaho.di.trans.step.StepInterface;
import org.pentaho.di.trans.step.StepMeta;

/**
 * {@code java -cp pdi-mesos-benchmarks.jar io.pdimesos.bench.BulkBenchmark}: the two action steps
 * over a hop of rows, as a transformation runs them, at several concurrency settings, against the
 * emulator answering every request {@code --latency} ms late (a remote cluster). Marathon App
 * Action scales one app per row (no waiting, the step's default); Chronos Job Action upserts one
 * job per row. Each round runs every concurrency once, in rotated order; the speed-up is the
 * median time at concurrency 1 divided by the median at each setting.
 */
public final class BulkBenchmark {
  private BulkBenchmark() {}

  /** The command's settings; see {@link #USAGE}. */
  record Options(int rows, int rounds, int warmup, long latencyMillis,
      List<Integer> concurrency) {
    static Options parse(String[] args) {
      int rows = 100;
      int rounds = 5;
      int warmup = 1;
      long latency = 20;
      List<Integer> concurrency = List.of(1, 4, 8, 16);
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        switch (a) {
          case "--rows" -> rows = StateBenchmark.Options.positive(
              StateBenchmark.Options.value(args, ++i, a), a);
          case "--rounds" -> rounds = StateBenchmark.Options.positive(
              StateBenchmark.Options.value(args, ++i, a), a);
          case "--warmup" -> warmup = Math.max(0,
              Integer.parseInt(StateBenchmark.Options.value(args, ++i, a)));
          case "--latency" -> latency = Math.max(0,
              Integer.parseInt(StateBenchmark.Options.value(args, ++i, a)));
          case "--concurrency" -> {
            List<Integer> c = new ArrayList<>();
            for (String s : StateBenchmark.Options.value(args, ++i, a).split(",")) {
              int n = StateBenchmark.Options.positive(s.trim(), a);
              if (n > ActionSettings.MAX_CONCURRENCY) {
                throw new IllegalArgumentException(a + " goes up to "
                    + ActionSettings.MAX_CONCURRENCY + ", got " + n);
              }
              c.add(n);
            }
            if (!c.contains(1)) {
              c.add(0, 1); // the speed-up is measured against one row at a time
            }
            concurrency = List.copyOf(c);
          }
          default -> throw new IllegalArgumentException("unknown option '" + a + "'\n" + USAGE);
        }
      }
      return new Options(rows, rounds, warmup, latency, concurrency);
    }
  }

  static final String USAGE = """
      usage: java -cp benchmarks/target/pdi-mesos-benchmarks.jar \\
               io.pdimesos.bench.BulkBenchmark [options]
        --rows N               rows per run, one operation each (default 100)
        --rounds N             measured runs per step and concurrency (default 5)
        --warmup N             unmeasured rounds first (default 1)
        --latency MS           the emulator answers every request this late (default 20)
        --concurrency 1,4,...  the step's concurrency settings (default 1,4,8,16)
      """;

  /** The two action steps, each with the rows it acts on. */
  enum Action {
    MARATHON("Marathon App Action, scale") {
      @Override
      ActionStepMeta meta(int concurrency) {
        MarathonAppActionMeta meta = new MarathonAppActionMeta();
        meta.setDefault();
        meta.settings().set(MarathonAppActionMeta.ACTION, "scale")
            .set(MarathonAppActionMeta.APP_ID_FIELD, "name")
            .set(MarathonAppActionMeta.INSTANCES_FIELD, "value");
        return concurrent(meta, concurrency);
      }

      @Override
      Object[] row(int i) {
        return new Object[] {app(i), "0"};
      }
    },
    CHRONOS("Chronos Job Action, upsert") {
      @Override
      ActionStepMeta meta(int concurrency) {
        ChronosJobActionMeta meta = new ChronosJobActionMeta();
        meta.setDefault();
        meta.settings().set(ChronosJobActionMeta.ACTION, "upsert")
            .set(ChronosJobActionMeta.JOB_NAME_FIELD, "name")
            .set(ChronosJobActionMeta.COMMAND_FIELD, "value")
            .set(ChronosJobActionMeta.SCHEDULE_FIELD, "schedule");
        return concurrent(meta, concurrency);
      }

      @Override
      Object[] row(int i) {
        return new Object[] {"bench-job-" + i, "echo " + i, NEVER};
      }
    };

    final String label;

    Action(String label) {
      this.label = label;
    }

    abstract ActionStepMeta meta(int concurrency);

    /** Input row {@code i}: name, value, schedule. */
    abstract Object[] row(int i);
  }

  /** Never due while the benchmark runs: the jobs are only written. */
  static final String NEVER = "R/2099-01-01T00:00:00Z/P1D";
  private static final String[] FIELDS = {"name", "value", "schedule"};

  private static ActionStepMeta concurrent(ActionStepMeta meta, int concurrency) {
    meta.settings().set(ActionSettings.CONCURRENCY, Integer.toString(concurrency));
    return meta;
  }

  static String app(int i) {
    return "/bench/app-" + i;
  }

  public static void main(String[] args) throws Exception {
    Options options = BenchMain.options(args, USAGE, Options::parse);
    if (options != null) {
      run(options, System.out, System.err);
    }
  }

  /** Per action and concurrency, the run times in ms. */
  static Map<Action, Map<Integer, List<Double>>> run(Options o, PrintStream out,
      PrintStream progress) throws Exception {
    out.printf("pdi-mesos bulk benchmark, %s%n", Instant.now().truncatedTo(ChronoUnit.SECONDS));
    out.printf("JVM %s %s, %d cores; JVM options: %s%n", System.getProperty("java.vm.name"),
        System.getProperty("java.runtime.version"), Runtime.getRuntime().availableProcessors(),
        ManagementFactory.getRuntimeMXBean().getInputArguments());
    out.printf("%d rows per run, rounds %d, warmup %d, emulator latency %d ms, concurrency %s%n%n",
        o.rows(), o.rounds(), o.warmup(), o.latencyMillis(), o.concurrency());
    Map<Action, Map<Integer, List<Double>>> results = new LinkedHashMap<>();
    try (ClusterSim sim = ClusterSim.builder().agents(1).marathonInstances(1)
        .chronosInstances(1).freePorts().build().start()) {
      Map<String, String> variables = Map.of(
          "PDI_MARATHON_URL", String.join(",", sim.marathonUrls()),
          "PDI_CHRONOS_URL", String.join(",", sim.chronosUrls()));
      createApps(sim, o.rows());
      sim.faults().latency(SimFaults.MARATHON, o.latencyMillis());
      sim.faults().latency(SimFaults.CHRONOS, o.latencyMillis());
      for (Action a : Action.values()) {
        Map<Integer, List<Double>> byConcurrency = new LinkedHashMap<>();
        for (int c : o.concurrency()) {
          byConcurrency.put(c, new ArrayList<>());
        }
        results.put(a, byConcurrency);
        progress.printf("%s: ", a.label);
        for (int round = -o.warmup(); round < o.rounds(); round++) {
          for (int k = 0; k < o.concurrency().size(); k++) {
            int c = o.concurrency().get(Math.floorMod(round + k, o.concurrency().size()));
            double ms = runStep(a, c, o.rows(), variables);
            if (round >= 0) {
              byConcurrency.get(c).add(ms);
            }
            progress.print(".");
          }
        }
        progress.println();
      }
    }
    print(out, o, results);
    return results;
  }

  /** The apps the Marathon rows scale, made before latency is switched on. */
  private static void createApps(ClusterSim sim, int rows) {
    MarathonClient client = new MarathonClient(ServiceSettings.of(sim.marathonUrls().get(0)),
        ProgressListener.NONE);
    for (int i = 0; i < rows; i++) {
      client.upsert(AppDefinition.builder().id(app(i)).cmd("sleep 100000").instances(0)
          .cpus(0.01).mem(8).build(), false, true, CancellationToken.none());
    }
  }

  /**
   * One run of the step over {@code rows} rows, as PDI runs a step copy (init, processRow to the
   * end, dispose), fed by a hop; the time from init to the last row out.
   */
  static double runStep(Action a, int concurrency, int rows, Map<String, String> variables) {
    ActionStepMeta meta = a.meta(concurrency);
    TransMeta transMeta = new TransMeta();
    Trans trans = new Trans(transMeta);
    variables.forEach(trans::setVariable);
    StepMeta stepMeta = new StepMeta(a.label, meta);
    transMeta.addStep(stepMeta);
    StepDataInterface data = meta.getStepData();
    StepInterface step = meta.getStep(stepMeta, data, 0, transMeta, trans);
    RowMeta inMeta = new RowMeta();
    for (String f : FIELDS) {
      inMeta.addValueMeta(new ValueMetaString(f));
    }
    QueueRowSet input = new QueueRowSet(rows + 1);
    for (int i = 0; i < rows; i++) {
      input.putRow(inMeta, a.row(i));
    }
    input.setDone();
    QueueRowSet output = QueueRowSet.unbounded();
    step.addRowSetToInputRowSets(input);
    step.addRowSetToOutputRowSets(output);
    long start = System.nanoTime();
    boolean ok = StepRunner.run(step, meta, data, 10L * rows + 100);
    double ms = (System.nanoTime() - start) / 1e6;
    int out = 0;
    while (output.getRowImmediate() != null) {
      out++;
    }
    if (!ok || step.getErrors() > 0 || out != rows) {
      throw new IllegalStateException(a.label + " at concurrency " + concurrency + " wrote "
          + out + " of " + rows + " rows with " + step.getErrors() + " errors");
    }
    return ms;
  }

  private static void print(PrintStream out, Options o,
      Map<Action, Map<Integer, List<Double>>> results) {
    out.println("| step | concurrency | runs | median ms | p10–p90 ms | rows/s "
        + "| speed-up over 1 (medians) |");
    out.println("|---|---:|---:|---:|---:|---:|---:|");
    for (Map.Entry<Action, Map<Integer, List<Double>>> e : results.entrySet()) {
      double serial = stats(e.getValue().get(1)).median();
      for (Map.Entry<Integer, List<Double>> c : e.getValue().entrySet()) {
        Stats s = stats(c.getValue());
        out.printf(Locale.ROOT, "| %s | %d | %d | %s | %s–%s | %,.0f | %s |%n", e.getKey().label,
            c.getKey(), c.getValue().size(), StateBenchmark.ms(s.median()),
            StateBenchmark.ms(s.p10()), StateBenchmark.ms(s.p90()),
            o.rows() / (s.median() / 1000), StateBenchmark.ratio(serial, s.median()));
      }
    }
  }

  private static Stats stats(List<Double> ms) {
    return Stats.of(ms.stream().mapToDouble(Double::doubleValue).toArray());
  }
}
