package io.pdimesos.core.weave;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One router's health as its report (or, when only that is reachable, its metrics) shows it:
 * peers, connections by state, the IPAM status the router's own status page would print, and the
 * live DNS entries. The verdict against user criteria is {@code WeaveNetworkCheck}'s job.
 */
public final class WeaveHealth {
  /** Where the figures came from. */
  public enum Source { REPORT, METRICS }

  /** IPAM status, in the precedence of the router's own status template ({@code http.go}). */
  public enum IpamState {
    /** Ranges owned by reachable peers, nothing pending. */
    READY("ready"),
    /** No allocation requested yet: healthy but untested. */
    IDLE("idle"),
    /** Allocations wait for free addresses. */
    WAITING_FOR_IPS("waiting for IP(s) to become available"),
    /** Every range belongs to peers this router cannot see: allocations block. */
    ALL_UNREACHABLE("all IP ranges owned by unreachable peers - use 'rmpeer' if they are dead"),
    /** The ring is not formed yet; allocations block until a quorum of peers talk. */
    AWAITING_CONSENSUS("awaiting consensus"),
    /** An observer waiting for ring data from electing peers. */
    PRIMING("priming"),
    /** IPAM does not run on this router. */
    ABSENT("not running");

    private final String text;

    IpamState(String text) {
      this.text = text;
    }

    public String text() {
      return text;
    }
  }

  private final Source source;
  private final String router;
  private final Boolean ready;
  private final int peerCount;
  private final List<String> peerNames;
  private final Map<String, Integer> connectionsByState;
  private final List<String> notEstablished;
  private final IpamState ipamState;
  private final String ipamStatusText;
  private final long unreachableIpamRanges;
  private final long pendingAllocates;
  private final long pendingClaims;
  private final boolean dnsRunning;
  private final String dnsDomain;
  private final long liveDnsEntryCount;
  private final List<String> liveDnsHostnames;

  private WeaveHealth(Builder b) {
    this.source = b.source;
    this.router = b.router;
    this.ready = b.ready;
    this.peerCount = b.peerCount;
    this.peerNames = Collections.unmodifiableList(b.peerNames);
    this.connectionsByState = Collections.unmodifiableMap(b.connectionsByState);
    this.notEstablished = Collections.unmodifiableList(b.notEstablished);
    this.ipamState = b.ipamState;
    this.ipamStatusText = b.ipamStatusText == null ? b.ipamState.text() : b.ipamStatusText;
    this.unreachableIpamRanges = b.unreachableIpamRanges;
    this.pendingAllocates = b.pendingAllocates;
    this.pendingClaims = b.pendingClaims;
    this.dnsRunning = b.dnsRunning;
    this.dnsDomain = b.dnsDomain;
    this.liveDnsEntryCount = b.liveDnsEntryCount;
    this.liveDnsHostnames = Collections.unmodifiableList(b.liveDnsHostnames);
  }

  /** Assesses a full report. */
  public static WeaveHealth of(WeaveReport report) {
    Builder b = new Builder(Source.REPORT);
    b.ready = report.ready();
    WeaveRouterStatus r = report.router();
    if (r != null) {
      b.router = r.name() + "(" + r.nickName() + ")";
      b.peerCount = r.peers().size();
      for (WeaveRouterStatus.Connection c : r.connections()) {
        count(b.connectionsByState, c.state());
        if (!c.isEstablished()) {
          b.notEstablished.add((c.outbound() ? "-> " : "<- ") + c.address() + " " + c.state()
              + (c.info().isEmpty() ? "" : " (" + c.info() + ")"));
        }
      }
      for (WeaveRouterStatus.Peer p : r.peers()) {
        b.peerNames.add(p.label());
        for (WeaveRouterStatus.PeerConnection c : p.connections()) {
          if (!c.established()) {
            b.notEstablished.add("peer " + p.label() + (c.outbound() ? " -> " : " <- ")
                + c.name() + "(" + c.nickName() + ") at " + c.address() + " pending");
          }
        }
      }
    }
    assessIpam(b, report.ipam());
    WeaveDnsStatus dns = report.dns();
    if (dns != null) {
      b.dnsRunning = true;
      b.dnsDomain = dns.domain();
      for (WeaveDnsStatus.Entry e : dns.liveEntries()) {
        b.liveDnsHostnames.add(e.hostname());
      }
      b.liveDnsEntryCount = b.liveDnsHostnames.size();
    }
    return new WeaveHealth(b);
  }

  /**
   * Assesses a metrics page. Metrics carry no peer list: the peer count is estimated as
   * established connections plus this router (exact in a full mesh), no DNS names are known, and
   * IPAM consensus is not visible, so IPAM counts as ready unless ranges are unreachable or
   * allocations pending.
   */
  public static WeaveHealth of(WeaveMetrics metrics) {
    Builder b = new Builder(Source.METRICS);
    b.connectionsByState.putAll(metrics.connectionsByState());
    Integer established = b.connectionsByState.get("established");
    b.peerCount = (established == null ? 0 : established) + 1;
    for (Map.Entry<String, Integer> e : b.connectionsByState.entrySet()) {
      if (!"established".equals(e.getKey())) {
        b.notEstablished.add(e.getValue() + " " + e.getKey() + " (weave_connections)");
      }
    }
    if (metrics.hasIpam()) {
      b.unreachableIpamRanges = metrics.ipamUnreachableCount();
      b.pendingAllocates = metrics.ipamPendingAllocates();
      b.pendingClaims = metrics.ipamPendingClaims();
      if (b.unreachableIpamRanges > 0 && metrics.ipamUnreachablePercentage() >= 100) {
        b.ipamState = IpamState.ALL_UNREACHABLE;
      } else if (b.pendingAllocates > 0) {
        b.ipamState = IpamState.WAITING_FOR_IPS;
      } else {
        b.ipamState = IpamState.READY;
      }
    }
    b.dnsRunning = metrics.has(WeaveMetrics.DNS_ENTRIES);
    b.liveDnsEntryCount = metrics.dnsEntries();
    return new WeaveHealth(b);
  }

  private static void assessIpam(Builder b, WeaveIpamStatus ipam) {
    if (ipam == null) {
      return;
    }
    boolean anyOwnedByKnownPeer = false;
    for (WeaveIpamStatus.Entry e : ipam.entries()) {
      if (e.size() > 0 && e.knownPeer()) {
        anyOwnedByKnownPeer = true;
      }
      if (!e.knownPeer()) {
        b.unreachableIpamRanges++;
      }
    }
    b.pendingAllocates = ipam.pendingAllocates().size();
    b.pendingClaims = ipam.pendingClaims().size();
    WeaveIpamStatus.Paxos paxos = ipam.paxos();
    if (!ipam.entries().isEmpty() && !anyOwnedByKnownPeer) {
      b.ipamState = IpamState.ALL_UNREACHABLE;
    } else if (b.pendingAllocates > 0) {
      b.ipamState = IpamState.WAITING_FOR_IPS;
    } else if (!ipam.entries().isEmpty()) {
      b.ipamState = IpamState.READY;
    } else if (paxos != null && paxos.elector()) {
      b.ipamState = IpamState.AWAITING_CONSENSUS;
      b.ipamStatusText = "awaiting consensus (quorum: " + paxos.quorum() + ", known: "
          + paxos.knownNodes() + ")";
    } else if (paxos != null) {
      b.ipamState = IpamState.PRIMING;
    } else {
      b.ipamState = IpamState.IDLE;
    }
  }

  private static void count(Map<String, Integer> counts, String key) {
    Integer old = counts.get(key);
    counts.put(key, old == null ? 1 : old + 1);
  }

  public Source source() {
    return source;
  }

  /** {@code Name(NickName)} of the router, empty when only metrics were read. */
  public String router() {
    return router;
  }

  /** The report's {@code Ready}; null for 1.x routers and for metrics. */
  public Boolean ready() {
    return ready;
  }

  /** Peers this router knows, itself included; estimated from metrics. */
  public int peerCount() {
    return peerCount;
  }

  public boolean peerCountIsEstimate() {
    return source == Source.METRICS;
  }

  /** {@code Name(NickName)} of each peer; empty for metrics. */
  public List<String> peerNames() {
    return peerNames;
  }

  /** This router's connections and targets counted by state. */
  public Map<String, Integer> connectionsByState() {
    return connectionsByState;
  }

  /**
   * Every connection that is not established: this router's own (with the last error for
   * targets), then peers' connections that gossip reports as pending.
   */
  public List<String> notEstablished() {
    return notEstablished;
  }

  public boolean allConnectionsEstablished() {
    return notEstablished.isEmpty();
  }

  public IpamState ipamState() {
    return ipamState;
  }

  /** The status text as {@code weave status} prints it. */
  public String ipamStatusText() {
    return ipamStatusText;
  }

  /**
   * True when allocation works: the ring is formed and owned ({@link IpamState#READY}, or
   * {@link IpamState#IDLE} when {@code idleCounts}) and no claim waits. Unreachable owners of some
   * ranges are reported separately ({@link #unreachableIpamRanges()}).
   */
  public boolean ipamReady(boolean idleCounts) {
    boolean state = ipamState == IpamState.READY || (idleCounts && ipamState == IpamState.IDLE);
    return state && pendingClaims == 0;
  }

  /** Ranges whose owner this router cannot see (a dead peer needing {@code weave rmpeer}). */
  public long unreachableIpamRanges() {
    return unreachableIpamRanges;
  }

  public long pendingAllocates() {
    return pendingAllocates;
  }

  public long pendingClaims() {
    return pendingClaims;
  }

  /** True when the router runs weaveDNS. */
  public boolean dnsRunning() {
    return dnsRunning;
  }

  /** The weaveDNS domain with its trailing dot, empty when unknown. */
  public String dnsDomain() {
    return dnsDomain;
  }

  /** Live entries (this router's replica; for metrics only those this peer registered). */
  public long liveDnsEntryCount() {
    return liveDnsEntryCount;
  }

  /** Fully qualified names of the live entries; empty for metrics. */
  public List<String> liveDnsHostnames() {
    return liveDnsHostnames;
  }

  /** True when DNS names are known, i.e. the figures came from a report with a DNS section. */
  public boolean dnsNamesKnown() {
    return source == Source.REPORT && dnsRunning;
  }

  /**
   * True when a live entry answers to {@code name}: {@code db}, {@code db.weave.local} and
   * {@code db.weave.local.} all match {@code db.weave.local.}; case does not matter.
   */
  public boolean hasDnsEntry(String name) {
    String wanted = stripDot(name.trim().toLowerCase(Locale.ROOT));
    String domain = stripDot(dnsDomain.toLowerCase(Locale.ROOT));
    for (String host : liveDnsHostnames) {
      String h = stripDot(host.toLowerCase(Locale.ROOT));
      if (h.equals(wanted) || (!domain.isEmpty() && h.equals(wanted + "." + domain))) {
        return true;
      }
    }
    return false;
  }

  private static String stripDot(String s) {
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }

  /** One line for logs: {@code 3 peers; connections 2 established, 1 failed; IPAM ready; …}. */
  public String summary() {
    return peerCount + (peerCountIsEstimate() ? " peers (estimated)" : " peers")
        + "; connections " + connectionsSummary() + "; IPAM " + ipamStatusText + "; DNS "
        + dnsSummary();
  }

  /** Connections by state in one phrase: {@code 2 established, 1 failed}, or {@code none}. */
  public String connectionsSummary() {
    if (connectionsByState.isEmpty()) {
      return "none";
    }
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, Integer> e : connectionsByState.entrySet()) {
      sb.append(sb.length() == 0 ? "" : ", ").append(e.getValue()).append(' ').append(e.getKey());
    }
    return sb.toString();
  }

  /** {@code 9 live} or {@code not running}. */
  public String dnsSummary() {
    return dnsRunning ? liveDnsEntryCount + " live" : "not running";
  }

  @Override
  public String toString() {
    return "WeaveHealth{" + source + (router.isEmpty() ? "" : " " + router) + ": " + summary()
        + "}";
  }

  private static final class Builder {
    private final Source source;
    private String router = "";
    private Boolean ready;
    private int peerCount;
    private final List<String> peerNames = new ArrayList<String>();
    private final Map<String, Integer> connectionsByState = new LinkedHashMap<String, Integer>();
    private final List<String> notEstablished = new ArrayList<String>();
    private IpamState ipamState = IpamState.ABSENT;
    private String ipamStatusText;
    private long unreachableIpamRanges;
    private long pendingAllocates;
    private long pendingClaims;
    private boolean dnsRunning;
    private String dnsDomain = "";
    private long liveDnsEntryCount;
    private final List<String> liveDnsHostnames = new ArrayList<String>();

    Builder(Source source) {
      this.source = source;
    }
  }
}
