package io.pdimesos.sim.weave;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pdimesos.sim.http.Json;
import io.pdimesos.sim.http.Route;
import io.pdimesos.sim.http.SimExchange;
import io.pdimesos.sim.model.Agent;
import io.pdimesos.sim.model.ClusterModel;
import io.pdimesos.sim.model.SimTask;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The HTTP API of one Weave router (weave.md §2, §4, §7). */
public final class WeaveRoutes implements Route {
  /** Go's {@code json.MarshalIndent(v, "", "    ")}: 4 spaces, {@code "Key": value}. */
  private static final ObjectWriter GO_INDENT = Json.MAPPER.writer(new DefaultPrettyPrinter()
      .withSeparators(Separators.createDefaultInstance()
          .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
          .withObjectEmptySeparator("").withArrayEmptySeparator(""))
      .withObjectIndenter(new DefaultIndenter("    ", "\n"))
      .withArrayIndenter(new DefaultIndenter("    ", "\n")));
  private static final Pattern ACTION = Pattern.compile("\\{\\{\\s*(json|len)?\\s*(\\.[A-Za-z0-9_.]*)\\s*}}");

  private final WeaveNet net;
  private final Agent self;
  private final ClusterModel model;

  public WeaveRoutes(WeaveNet net, Agent self, ClusterModel model) {
    this.net = net;
    this.self = self;
    this.model = model;
  }

  @Override
  public void handle(SimExchange ex) {
    String path = ex.path();
    synchronized (model) {
      switch (path) {
        case "/status" -> ex.text(200, "text/plain; charset=utf-8", status());
        case "/status/targets" -> ex.text(200, "text/plain; charset=utf-8", targets());
        case "/status/connections" -> ex.text(200, "text/plain; charset=utf-8", connections());
        case "/status/peers" -> ex.text(200, "text/plain; charset=utf-8", peers());
        case "/status/dns" -> ex.text(200, "text/plain; charset=utf-8", dns());
        case "/status/ipam" -> ex.text(200, "text/plain; charset=utf-8", ipam());
        case "/report" -> report(ex);
        case "/metrics" -> ex.text(200, "text/plain; version=0.0.4", metrics());
        case "/domain" -> ex.text(200, "text/plain; charset=utf-8", "weave.local.\n");
        case "/ipinfo/defaultsubnet" -> ex.text(200, "text/plain; charset=utf-8", "10.32.0.0/12\n");
        default -> ex.text(404, "text/plain; charset=utf-8", "404 page not found\n");
      }
    }
  }

  private void report(SimExchange ex) {
    ObjectNode report = net.report(self);
    // gorilla/mux Headers("Accept", "application/json"): one value must be exactly that
    if (ex.headers("Accept").contains("application/json")) {
      try {
        ex.text(200, "application/json", GO_INDENT.writeValueAsString(report) + "\n");
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
      return;
    }
    List<String> format = ex.params("format");
    if (format.size() != 1) {
      ex.text(400, "text/plain; charset=utf-8", "error: must supply one format parameter\n");
      return;
    }
    String tmpl = format.get(0);
    Matcher m = ACTION.matcher(tmpl);
    StringBuilder out = new StringBuilder();
    int last = 0;
    while (m.find()) {
      String literal = tmpl.substring(last, m.start());
      if (literal.contains("{{") || literal.contains("}}")) {
        ex.text(400, "text/plain; charset=utf-8", "error: template: unsupported action near " + literal + "\n");
        return;
      }
      out.append(literal);
      JsonNode v = report;
      for (String f : m.group(2).substring(1).split("\\.")) {
        if (f.isEmpty()) {
          continue;
        }
        if (v == null || v.isNull()) {
          ex.text(500, "text/plain; charset=utf-8", "error during template execution\n");
          return;
        }
        v = v.get(f);
        if (v == null) {
          ex.text(500, "text/plain; charset=utf-8", "error during template execution\n");
          return;
        }
      }
      if ("json".equals(m.group(1))) {
        out.append(Json.write(v));
      } else if ("len".equals(m.group(1))) {
        out.append(v.isNull() ? 0 : v.size());
      } else {
        out.append(v.isNull() ? "<nil>" : v.isValueNode() ? v.asText() : Json.write(v));
      }
      last = m.end();
    }
    String tail = tmpl.substring(last);
    if (tail.contains("{{")) {
      ex.text(400, "text/plain; charset=utf-8", "error: template: unsupported action in " + tail + "\n");
      return;
    }
    ex.text(200, "text/plain; charset=utf-8", out.append(tail).toString());
  }

  private static String label(String name, Object value) {
    return String.format("%15s: %s%n", name, value);
  }

  private String status() {
    List<WeaveNet.LocalConnection> conns = net.connections(self);
    long established = conns.stream().filter(WeaveNet.LocalConnection::established).count();
    long retrying = conns.size() - established;
    List<Agent> peers = net.visiblePeers(self);
    long peerConns = 0;
    for (Agent p : peers) {
      for (Agent q : peers) {
        if (p != q && net.connected(p, q)) {
          peerConns++;
        }
      }
    }
    StringBuilder sb = new StringBuilder();
    sb.append(label("Version", WeaveNet.VERSION + " (version check update disabled)")).append('\n');
    sb.append(label("Service", "router")).append(label("Protocol", "weave 1..2"))
        .append(label("Name", WeaveNet.peerName(self) + "(" + WeaveNet.nick(self) + ")"))
        .append(label("Encryption", "disabled")).append(label("PeerDiscovery", "enabled"))
        .append(label("Targets", model.agents().size() - 1));
    StringBuilder breakdown = new StringBuilder();
    if (established > 0) {
      breakdown.append(established).append(" established");
    }
    if (retrying > 0) {
      breakdown.append(breakdown.length() > 0 ? ", " : "").append(retrying).append(" retrying");
    }
    sb.append(label("Connections", conns.size() + (breakdown.length() > 0 ? " (" + breakdown + ")" : "")));
    sb.append(label("Peers", peers.size() + (peerConns > 0 ? " (with " + peerConns + " established connections)" : "")));
    sb.append(label("TrustedSubnets", "none")).append('\n');
    boolean unreachableOwners = model.agents().stream().noneMatch(a -> net.connected(self, a) && a != null);
    sb.append(label("Service", "ipam"))
        .append(label("Status", unreachableOwners
            ? "all IP ranges owned by unreachable peers - use 'rmpeer' if they are dead" : "ready"))
        .append(label("Range", "10.32.0.0/12")).append(label("DefaultSubnet", "10.32.0.0/12")).append('\n');
    sb.append(label("Service", "dns")).append(label("Domain", "weave.local."))
        .append(label("Upstream", "8.8.8.8")).append(label("TTL", 1))
        .append(label("Entries", net.dnsTasks(self).size()));
    return sb.toString();
  }

  private String targets() {
    StringBuilder sb = new StringBuilder();
    for (Agent a : model.agents()) {
      if (a != self) {
        sb.append(a.ip).append('\n');
      }
    }
    return sb.toString();
  }

  private String connections() {
    StringBuilder sb = new StringBuilder();
    for (WeaveNet.LocalConnection c : net.connections(self)) {
      sb.append(String.format("%s %-21s %-11s %s", c.outbound() ? "->" : "<-", c.address(), c.state(), c.info()));
      if (c.established()) {
        sb.append(" mtu=1376");
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  private String peers() {
    StringBuilder sb = new StringBuilder();
    List<Agent> visible = net.visiblePeers(self);
    for (Agent p : visible) {
      sb.append(WeaveNet.peerName(p)).append('(').append(WeaveNet.nick(p)).append(")\n");
      for (Agent q : visible) {
        if (q != p && net.connected(p, q)) {
          sb.append(String.format("   %s %-21s %-32s %s%n", p.index < q.index ? "->" : "<-",
              WeaveNet.address(p, q), WeaveNet.peerName(q) + "(" + WeaveNet.nick(q) + ")", "established"));
        }
      }
    }
    return sb.toString();
  }

  private String dns() {
    StringBuilder sb = new StringBuilder();
    for (SimTask t : net.dnsTasks(self)) {
      String host = WeaveNet.dnsName(t).replace(".weave.local.", "");
      sb.append(String.format("%-12s %-15s %s %s%n", host, t.ip, t.containerId.replace("-", "").substring(0, 12),
          WeaveNet.peerName(t.agent)));
    }
    return sb.toString();
  }

  private String ipam() {
    StringBuilder sb = new StringBuilder();
    long size = model.ipamSliceSize();
    for (Agent a : model.agents()) {
      String info = a == self ? "(" + net.activeIps(a) + " active)" : net.connected(self, a) ? "" : "- unreachable!";
      String line = String.format("%-26s%8d IPs (%04.1f%% of total) %s", WeaveNet.peerName(a) + "(" + WeaveNet.nick(a) + ")",
          size, 100.0 * size / ClusterModel.IPAM_SIZE, info);
      sb.append(line.stripTrailing()).append('\n');
    }
    return sb.toString();
  }

  private String metrics() {
    List<WeaveNet.LocalConnection> conns = net.connections(self);
    long established = conns.stream().filter(WeaveNet.LocalConnection::established).count();
    long retrying = conns.size() - established;
    long unreachable = model.agents().stream().filter(a -> !net.connected(self, a)).count();
    StringBuilder sb = new StringBuilder();
    sb.append("# HELP weave_connections Number of peer-to-peer connections.\n# TYPE weave_connections gauge\n");
    sb.append("weave_connections{encryption=\"\",state=\"established\",type=\"fastdp\"} ").append(established).append('\n');
    sb.append("weave_connections{encryption=\"\",state=\"retrying\",type=\"unknown\"} ").append(retrying).append('\n');
    sb.append("# HELP weave_connection_terminations_total Number of peer-to-peer connections terminated.\n")
        .append("# TYPE weave_connection_terminations_total counter\n")
        .append("weave_connection_terminations_total ").append(net.terminations(self)).append('\n');
    sb.append("# HELP weave_ips Number of IP addresses.\n# TYPE weave_ips gauge\n")
        .append("weave_ips{state=\"local-used\"} ").append(net.activeIps(self)).append('\n');
    sb.append("# HELP weave_max_ips Size of IP address space used by allocator.\n# TYPE weave_max_ips gauge\n")
        .append("weave_max_ips ").append(ClusterModel.IPAM_SIZE).append('\n');
    long localDns = net.dnsTasks(self).stream().filter(t -> t.agent == self).count();
    sb.append("# HELP weave_dns_entries Number of DNS entries.\n# TYPE weave_dns_entries gauge\n")
        .append("weave_dns_entries ").append(localDns).append('\n');
    sb.append("# HELP weave_ipam_unreachable_count Number of unreachable peers.\n# TYPE weave_ipam_unreachable_count gauge\n")
        .append("weave_ipam_unreachable_count ").append(unreachable).append('\n');
    sb.append("# HELP weave_ipam_unreachable_percentage Percentage of IP addresses owned by unreachable peers.\n")
        .append("# TYPE weave_ipam_unreachable_percentage gauge\n")
        .append("weave_ipam_unreachable_percentage ").append(100.0 * unreachable / model.agents().size()).append('\n');
    sb.append("# TYPE weave_ipam_pending_allocates gauge\nweave_ipam_pending_allocates 0\n");
    sb.append("# TYPE weave_ipam_pending_claims gauge\nweave_ipam_pending_claims 0\n");
    sb.append("# TYPE weave_flows gauge\nweave_flows 0\n");
    return sb.toString();
  }
}
