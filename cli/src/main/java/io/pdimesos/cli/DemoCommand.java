package io.pdimesos.cli;

import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.chronos.ChronosClient;
import io.pdimesos.core.chronos.ChronosJob;
import io.pdimesos.core.chronos.ChronosVersion;
import io.pdimesos.core.error.CancelledException;
import io.pdimesos.core.http.ServiceSettings;
import io.pdimesos.core.marathon.AppDefinition;
import io.pdimesos.core.marathon.MarathonClient;
import io.pdimesos.core.mesos.MesosClient;
import io.pdimesos.core.ops.ChronosRun;
import io.pdimesos.core.ops.ChronosRunOptions;
import io.pdimesos.core.ops.ChronosRunResult;
import io.pdimesos.core.ops.ChronosSubmit;
import io.pdimesos.core.ops.MarathonAppResult;
import io.pdimesos.core.ops.MarathonDeploy;
import io.pdimesos.core.ops.MarathonScale;
import io.pdimesos.core.ops.MesosClusterCheck;
import io.pdimesos.core.ops.OperationResult;
import io.pdimesos.core.ops.WeaveNetworkCheck;
import io.pdimesos.core.ops.WeaveNetworkCheckResult;
import io.pdimesos.sim.ClusterSim;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code pdi-mesos demo}: the main job. Starts the emulator on free ports and, through the same
 * core operations the PDI entries call, checks the cluster and the network, deploys a PostgreSQL
 * datamart and a Carte server on Marathon, runs a Kitchen batch job on Chronos and shows its log,
 * scales Carte down, and prints a summary.
 */
@Command(name = "demo", description = "The main job on the built-in emulator: check, deploy a "
    + "containerized Pentaho stack, run a batch job, scale down, summarise.")
final class DemoCommand implements Callable<Integer> {
  /** Simulated time runs this much faster, so health-check grace periods pass in seconds. */
  static final double SPEED = 30;

  static final Map<String, String> VALUES = Map.of(
      "CARTE_APP_ID", "/pentaho/carte",
      "CARTE_INSTANCES", "2",
      "PDI_IMAGE", "pentaho/pdi-ce:9.4",
      "DATAMART_APP_ID", "/pentaho/datamart",
      "DATAMART_HOST", "datamart.weave.local",
      "BATCH_JOB_NAME", "load-sales-datamart");

  @Option(names = "--keep-running",
      description = "Leave the emulator running afterwards (until Ctrl+C) to explore it")
  boolean keepRunning;

  @Option(names = {"-v", "--verbose"}, description = "More progress: -v waits, -vv HTTP")
  boolean[] verbose = new boolean[0];

  @Spec
  CommandSpec spec;

  private final List<String[]> summary = new ArrayList<>();

  @Override
  public Integer call() {
    CancellationToken token = Interrupts.token();
    PrintWriter out = spec.commandLine().getOut();
    ProgressListener log = new StderrProgress(spec.commandLine().getErr(), verbose.length);
    log.basic("Starting the cluster emulator (3 agents, simulated time x" + (int) SPEED + ")");
    try (ClusterSim sim = ClusterSim.builder().agents(3).freePorts().speed(SPEED).build()
        .start()) {
      ServiceSettings mesos = ServiceSettings.builder().urls(sim.mesosUrls()).build();
      ServiceSettings marathonSettings = ServiceSettings.builder().urls(sim.marathonUrls()).build();
      ServiceSettings chronosSettings = ServiceSettings.builder().urls(sim.chronosUrls()).build();
      ServiceSettings weave = ServiceSettings.builder().urls(sim.weaveUrls()).build();
      log.basic("Mesos " + sim.mesosUrls() + ", Marathon " + sim.marathonUrls() + ", Chronos "
          + sim.chronosUrls());

      MesosClient mesosClient = new MesosClient(mesos, log);
      MarathonClient marathon = new MarathonClient(marathonSettings, log);
      ChronosClient chronos = new ChronosClient(chronosSettings, ChronosVersion.AUTO, log);

      boolean ok = step("Check Mesos cluster", log, () -> new MesosClusterCheck(mesosClient,
          new MesosClusterCheck.Criteria().minActiveAgents(3).minFreeCpus(4)
              .requiredFrameworks(List.of("marathon", "chronos")), log)
          .run(30_000, 1_000, token))
          && step("Check Weave network", log, () -> {
            WeaveNetworkCheckResult r = WeaveNetworkCheck.forSettings(weave,
                WeaveNetworkCheck.Criteria.builder().minPeers(3).build(), log)
                .run(30_000, token);
            return r;
          })
          && step("Deploy datamart (PostgreSQL)", log, () -> deploy(marathon,
              "datamart-postgres.marathon.json", log, token))
          && step("Deploy Carte server", log, () -> deploy(marathon,
              "carte-server.marathon.json", log, token))
          && step("Submit Kitchen batch job", log, () -> new ChronosSubmit(chronos, log)
              .submit(ChronosJob.fromJson(definition("kitchen-batch.chronos.json")), false,
                  null, 30_000, token))
          && step("Run Kitchen batch job", log, () -> {
            ChronosRunResult r = new ChronosRun(chronos, log).withTaskLookup(mesosClient)
                .run(new ChronosRunOptions(VALUES.get("BATCH_JOB_NAME"))
                    .timeoutMillis(60_000), token);
            if (r.taskId() != null) {
              log.basic("Mesos task " + r.taskId() + " ended " + r.taskState());
            }
            if (r.stdoutTail() != null && !r.stdoutTail().isEmpty()) {
              log.basic("Tail of its stdout:");
              r.stdoutTail().lines().forEach(l -> log.basic("  | " + l));
            }
            return r;
          })
          && step("Scale Carte down to 1", log, () -> new MarathonScale(marathon,
              VALUES.get("CARTE_APP_ID"), "1").run(60_000, log, token));

      Table t = new Table("step", "outcome", "seconds", "detail");
      summary.forEach(row -> t.row((Object[]) row));
      out.println();
      t.print(Table.Format.table, out);
      out.println(ok ? "Demo finished: every step succeeded." : "Demo stopped at a failed step.");
      out.flush();
      if (ok && keepRunning) {
        out.println("The emulator keeps running: PDI_MESOS_MASTERS=" + String.join(",",
            sim.mesosUrls()) + " PDI_MARATHON_URL=" + String.join(",", sim.marathonUrls())
            + " PDI_CHRONOS_URL=" + String.join(",", sim.chronosUrls()) + " PDI_WEAVE_URL="
            + String.join(",", sim.weaveUrls()) + "  (Ctrl+C to stop)");
        out.flush();
        try {
          while (true) {
            token.sleep(60_000);
          }
        } catch (CancelledException stopped) {
          return ExitCodes.INTERRUPTED;
        }
      }
      return ok ? ExitCodes.OK : ExitCodes.FAILED;
    }
  }

  private boolean step(String name, ProgressListener log, Supplier<OperationResult> action) {
    log.basic("== " + name);
    long t0 = System.nanoTime();
    OperationResult r = action.get();
    String seconds = String.format("%.1f", (System.nanoTime() - t0) / 1e9);
    summary.add(new String[] {name, r.success() ? "ok" : "FAILED", seconds, r.message()});
    if (!r.success()) {
      r.diagnostics().forEach(d -> log.basic("   " + d));
    }
    return r.success();
  }

  private static MarathonAppResult deploy(MarathonClient marathon, String file,
      ProgressListener log, CancellationToken token) {
    return new MarathonDeploy(marathon, AppDefinition.fromJson(definition(file)))
        .run(120_000, log, token);
  }

  /** A sample definition from {@code sample-ktr/definitions/}, placeholders filled in. */
  static String definition(String file) {
    try (InputStream in = DemoCommand.class.getResourceAsStream("/definitions/" + file)) {
      if (in == null) {
        throw new IllegalStateException("sample definition " + file + " is missing from the jar");
      }
      return Definitions.substitute(new String(in.readAllBytes(), StandardCharsets.UTF_8),
          VALUES, file);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read sample definition " + file, e);
    }
  }
}
