package io.pdimesos.cli;

import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.error.CancelledException;
import io.pdimesos.sim.ClusterSim;
import io.pdimesos.sim.http.SimAuth;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code pdi-mesos sim}: runs the cluster emulator in the foreground until Ctrl+C, printing one
 * line per service so scripts (and people) know where to point the plugins.
 */
@Command(name = "sim", description = "Run the cluster emulator (Mesos, Marathon, Chronos, Weave) "
    + "until interrupted.")
final class SimCommand implements Callable<Integer> {
  @Option(names = "--host", defaultValue = "127.0.0.1",
      description = "Address to bind (default: ${DEFAULT-VALUE})")
  String host;

  @Option(names = "--mesos-port", defaultValue = "5050", description = "0 picks a free port")
  int mesosPort;

  @Option(names = "--marathon-port", defaultValue = "8080")
  int marathonPort;

  @Option(names = "--chronos-port", defaultValue = "4400")
  int chronosPort;

  @Option(names = "--weave-port", defaultValue = "6784")
  int weavePort;

  @Option(names = "--agent-port", paramLabel = "P", description = "Port of the first Mesos "
      + "agent (default: 5051, or 0 when every other port is 0, so a second emulator or a test "
      + "run can start beside this one)")
  Integer agentPort;

  @Option(names = "--agents", defaultValue = "3", description = "Mesos agents (default: 3)")
  int agents;

  @Option(names = "--masters", defaultValue = "1", description = "Mesos masters (default: 1)")
  int masters;

  @Option(names = "--zk", description = "Also run an in-process ZooKeeper the masters register in")
  boolean zk;

  @Option(names = "--chronos-version", defaultValue = "3", paramLabel = "2|3")
  int chronosVersion;

  @Option(names = "--speed", defaultValue = "1", paramLabel = "X",
      description = "Simulated time runs X times faster than real time (default: 1)")
  double speed;

  @Option(names = "--tls", description = "Serve HTTPS with a generated certificate; its CA is "
      + "written to a PEM file whose path is printed")
  boolean tls;

  @Option(names = "--auth", paramLabel = "USER:PASS",
      description = "Require HTTP basic authentication")
  String auth;

  @Option(names = "--state", paramLabel = "FILE",
      description = "Write where every service listens, as JSON, to FILE (for scripts)")
  Path stateFile;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    CancellationToken token = Interrupts.token();
    checkStateFolder();
    boolean allFree = mesosPort == 0 && marathonPort == 0 && chronosPort == 0 && weavePort == 0;
    ClusterSim.Builder b = ClusterSim.builder().host(host).agents(agents).masters(masters)
        .mesosPort(mesosPort).marathonPort(marathonPort).chronosPort(chronosPort)
        .weavePort(weavePort).agentPort(agentPort != null ? agentPort : allFree ? 0 : 5051)
        .zk(zk).chronosVersion(chronosVersion).speed(speed).tls(tls);
    if (allFree) {
      b.zkPort(0);
    }
    if (auth != null) {
      b.auth(SimAuth.basic(auth));
    }
    try (ClusterSim sim = start(b)) {
      PrintWriter out = spec.commandLine().getOut();
      print(out, "mesos", sim.mesosUrls());
      print(out, "marathon", sim.marathonUrls());
      print(out, "chronos", sim.chronosUrls());
      print(out, "weave", sim.weaveUrls());
      if (zk) {
        out.println("zk zk://" + sim.zkConnectString() + "/mesos");
      }
      if (sim.caPemFile() != null) {
        out.println("ca " + sim.caPemFile());
      }
      if (stateFile != null) {
        writeState(sim);
      }
      out.println("ready");
      out.flush();
      try {
        while (true) {
          token.sleep(60_000);
        }
      } catch (CancelledException stopped) {
        spec.commandLine().getErr().println("pdi-mesos sim: stopping");
      }
    }
    return ExitCodes.INTERRUPTED;
  }

  /** A wrong --state path is found before anything listens, not after. */
  private void checkStateFolder() {
    if (stateFile == null) {
      return;
    }
    Path folder = stateFile.toAbsolutePath().getParent();
    if (folder != null && !Files.isDirectory(folder)) {
      throw new UsageException("--state " + stateFile + ": the folder " + folder
          + " does not exist");
    }
  }

  private void writeState(ClusterSim sim) {
    try {
      Files.writeString(stateFile, sim.describe().toPrettyString());
    } catch (IOException e) {
      throw new UsageException("--state " + stateFile + " cannot be written: " + e);
    }
  }

  /** A port in use (a second {@code sim}) is the user's to change: one line, exit 2. */
  private static ClusterSim start(ClusterSim.Builder b) {
    try {
      return b.build().start();
    } catch (UncheckedIOException e) {
      throw new UsageException(e.getMessage() + "; choose other ports (0 picks a free one)");
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  private static void print(PrintWriter out, String service, List<String> urls) {
    for (String u : urls) {
      out.println(service + " " + u);
    }
  }
}
