package io.pdimesos.cli;

import io.pdimesos.core.ops.WeaveNetworkCheck;
import io.pdimesos.core.ops.WeaveNetworkCheckResult;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pdi-mesos weave ...}: read each Weave router's own view of the network. */
@Command(name = "weave", description = "Read Weave Net routers: status, check.",
    subcommands = {WeaveCommand.Status.class, WeaveCommand.Check.class})
final class WeaveCommand {

  static Table table(WeaveNetworkCheckResult r) {
    Table t = new Table("router", "result", "peers", "connections", "ipam", "dns", "reasons");
    for (WeaveNetworkCheckResult.RouterResult rr : r.routers()) {
      t.row(rr.url(), rr.passed() ? "passed" : "failed",
          rr.answered() ? rr.peerCount() : null, rr.connections(), rr.ipam(), rr.dns(),
          String.join("; ", rr.reasons()));
    }
    return t;
  }

  @Command(name = "status", description = "One line per router: peers, connections, IPAM, DNS.")
  static final class Status extends ClusterCommand {
    @Override
    public Integer call() {
      WeaveNetworkCheckResult r = WeaveNetworkCheck.forSettings(conn.weave(),
          WeaveNetworkCheck.Criteria.builder().allConnectionsEstablished(false)
              .ipamReady(false).build(), progress()).run(0, token);
      print(table(r));
      return exit(r);
    }

    /**
     * Status judges nothing, but a router that did not answer is not a status: exit with what
     * kept it from answering (4 unreachable, 3 timeout, 1 a bad answer), as docs/cli.md says.
     */
    static int exit(WeaveNetworkCheckResult r) {
      for (WeaveNetworkCheckResult.RouterResult rr : r.routers()) {
        if (!rr.answered()) {
          return rr.failure() == null ? ExitCodes.FAILED : ExitCodes.of(rr.failure());
        }
      }
      return ExitCodes.OK;
    }
  }

  @Command(name = "check",
      description = "Exit 0 when every router answers and every criterion holds, else 1.")
  static final class Check extends ClusterCommand {
    @Option(names = "--min-peers", description = "Minimum peers each router must see")
    int minPeers;

    @Option(names = "--dns", paramLabel = "NAME",
        description = "A weaveDNS name that must be present (repeatable)")
    List<String> dns = new ArrayList<>();

    @Option(names = "--allow-unestablished",
        description = "Do not require every connection to be established")
    boolean allowUnestablished;

    @Option(names = "--skip-ipam", description = "Do not require IPAM to be ready")
    boolean skipIpam;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
        converter = Seconds.class,
        description = "Time limit for the whole check (default: ${DEFAULT-VALUE})")
    long timeoutSeconds;

    @Override
    public Integer call() {
      WeaveNetworkCheck.Criteria criteria = WeaveNetworkCheck.Criteria.builder()
          .minPeers(minPeers).dnsNames(dns).allConnectionsEstablished(!allowUnestablished)
          .ipamReady(!skipIpam).build();
      WeaveNetworkCheckResult r = WeaveNetworkCheck.forSettings(conn.weave(), criteria,
          progress()).run(timeoutSeconds * 1000, token);
      print(table(r));
      return r.success() ? ExitCodes.OK : ExitCodes.FAILED;
    }
  }
}
