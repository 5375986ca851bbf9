package io.pdimesos.cli;

import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.error.CancelledException;
import io.pdimesos.sim.ClusterSim;
import io.pdimesos.sim.ClusterSimBuilder;
import io.pdimesos.sim.dcos.DcosOptions;
import io.pdimesos.sim.http.SimAuth;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
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
@Command(name = "sim", description = "Run the cluster emulator (Mesos, Marathon, Chronos, "
    + "Metronome, Weave; optionally behind a DC/OS admin router) "
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

  @Option(names = "--metronome-port", defaultValue = "9000")
  int metronomePort;

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

  @Option(names = "--dcos", description = "Also serve the cluster as DC/OS does: one admin router"
      + " URL in front of every service, with a login (its URL is printed as 'dcos ...')")
  boolean dcos;

  @Option(names = "--dcos-port", defaultValue = "8800",
      description = "Port of the admin router (default: ${DEFAULT-VALUE}; DC/OS uses 80/443)")
  int dcosPort;

  @Option(names = "--dcos-service-account", paramLabel = "ID=PUBLIC_KEY_PEM",
      description = "A service account the login accepts, with its public key file (repeatable)")
  List<String> dcosServiceAccounts = new ArrayList<>();

  @Option(names = "--dcos-user", paramLabel = "ID:PASSWORD",
      description = "A user the login accepts (repeatable; without any account: "
          + DEFAULT_DCOS_USER + ":" + DEFAULT_DCOS_PASSWORD + ")")
  List<String> dcosUsers = new ArrayList<>();

  @Option(names = "--dcos-token-lifetime", paramLabel = "SECONDS", defaultValue = "432000",
      description = "Lifetime of the tokens the login issues, in simulated seconds "
          + "(default: ${DEFAULT-VALUE}, DC/OS's five days)")
  long dcosTokenLifetime;

  @Option(names = "--state", paramLabel = "FILE",
      description = "Write where every service listens, as JSON, to FILE (for scripts)")
  Path stateFile;

  /** DC/OS's documented bootstrap superuser, for trying the login without setting one up. */
  static final String DEFAULT_DCOS_USER = "bootstrapuser";
  static final String DEFAULT_DCOS_PASSWORD = "deleteme";

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    CancellationToken token = Interrupts.token();
    checkStateFolder();
    boolean allFree = mesosPort == 0 && marathonPort == 0 && chronosPort == 0
        && metronomePort == 0 && weavePort == 0;
    ClusterSimBuilder b = ClusterSim.builder().host(host).agents(agents).masters(masters)
        .mesosPort(mesosPort).marathonPort(marathonPort).chronosPort(chronosPort)
        .metronomePort(metronomePort).weavePort(weavePort)
        .agentPort(agentPort != null ? agentPort : allFree ? 0 : 5051).zk(zk)
        .chronosVersion(chronosVersion).speed(speed).tls(tls);
    if (allFree) {
      b.zkPort(0);
    }
    if (auth != null) {
      b.auth(SimAuth.basic(auth));
    }
    if (dcos) {
      if (auth != null) {
        throw new UsageException("--auth and --dcos exclude each other: in DC/OS mode the "
            + "admin router asks for the login and the services behind it are open");
      }
      b.dcos(dcosOptions()).adminRouterPort(dcosPort);
    }
    try (ClusterSim sim = start(b)) {
      PrintWriter out = spec.commandLine().getOut();
      print(out, "mesos", sim.mesosUrls());
      print(out, "marathon", sim.marathonUrls());
      print(out, "chronos", sim.chronosUrls());
      print(out, "metronome", sim.metronomeUrls());
      print(out, "weave", sim.weaveUrls());
      if (dcos) {
        out.println("dcos " + sim.dcosUrl());
      }
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
  private static ClusterSim start(ClusterSimBuilder b) {
    try {
      return b.build().start();
    } catch (UncheckedIOException e) {
      throw new UsageException(e.getMessage() + "; choose other ports (0 picks a free one)");
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  private DcosOptions dcosOptions() {
    DcosOptions o = DcosOptions.create().tokenLifetime(Duration.ofSeconds(dcosTokenLifetime));
    for (String sa : dcosServiceAccounts) {
      int eq = sa.indexOf('=');
      if (eq <= 0) {
        throw new UsageException("--dcos-service-account must be ID=PUBLIC_KEY_PEM, not '" + sa
            + "'");
      }
      Path pem = Path.of(sa.substring(eq + 1));
      try {
        o.serviceAccount(sa.substring(0, eq), Files.readString(pem));
      } catch (IOException e) {
        throw new UsageException("--dcos-service-account: cannot read the public key file "
            + pem + ": " + e);
      }
    }
    for (String user : dcosUsers) {
      int colon = user.indexOf(':');
      if (colon <= 0) {
        throw new UsageException("--dcos-user must be ID:PASSWORD");
      }
      o.user(user.substring(0, colon), user.substring(colon + 1));
    }
    if (dcosServiceAccounts.isEmpty() && dcosUsers.isEmpty()) {
      o.user(DEFAULT_DCOS_USER, DEFAULT_DCOS_PASSWORD);
    }
    return o;
  }

  private static void print(PrintWriter out, String service, List<String> urls) {
    for (String u : urls) {
      out.println(service + " " + u);
    }
  }
}
