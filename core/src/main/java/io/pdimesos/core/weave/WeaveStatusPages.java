package io.pdimesos.core.weave;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parsers for the one-line-per-item status pages ({@code /status/connections}, {@code /peers},
 * {@code /dns}, {@code /ipam}), whose layouts are Go templates in {@code prog/weaver/http.go}.
 * Blank lines are skipped; any other line that does not fit fails with its number and text, so a
 * changed format is reported instead of read wrongly.
 */
public final class WeaveStatusPages {
  // "->" or "<-", then the address; the fastdp docs show no space after the arrow, so allow none.
  private static final Pattern CONNECTION =
      Pattern.compile("^(<-|->)\\s*(\\S+)\\s+(\\S+)(?:\\s+(.*?))?\\s*$");
  // Attrs other than "name" follow Info as key=value with no separator between them.
  private static final Pattern ATTRS = Pattern.compile("^(?:[a-z]+=(?:true|false|-?[0-9.]+))+$");
  private static final Pattern ATTR = Pattern.compile("([a-z]+)=(true|false|-?[0-9.]+)");
  private static final Pattern PEER = Pattern.compile("^(\\S+?)\\(([^)]*)\\)\\s*$");
  private static final Pattern PEER_CONNECTION =
      Pattern.compile("^\\s+(<-|->)\\s*(\\S+)\\s+(\\S+?)\\(([^)]*)\\)\\s+(\\S+)\\s*$");
  private static final Pattern DNS = Pattern.compile("^(\\S+)\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)\\s*$");
  private static final Pattern IPAM = Pattern.compile(
      "^(\\S+?)\\(([^)]*)\\)\\s+(\\d+) IPs \\(\\s*([0-9.]+)% of total\\)\\s*(.*?)\\s*$");
  private static final Pattern ACTIVE = Pattern.compile("\\((\\d+) active\\)");

  private WeaveStatusPages() {}

  /** {@code GET /status/connections}: this router's connections and targets. */
  public static List<Connection> parseConnections(String text) {
    List<Connection> out = new ArrayList<Connection>();
    String[] lines = lines(text);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].trim().isEmpty()) {
        continue;
      }
      Matcher m = CONNECTION.matcher(lines[i]);
      if (!m.matches()) {
        throw badLine("connections", i, lines[i]);
      }
      String rest = m.group(4) == null ? "" : m.group(4);
      Map<String, String> attrs = new LinkedHashMap<String, String>();
      int lastSpace = rest.lastIndexOf(' ');
      String tail = rest.substring(lastSpace + 1);
      if (ATTRS.matcher(tail).matches()) {
        Matcher a = ATTR.matcher(tail);
        while (a.find()) {
          attrs.put(a.group(1), a.group(2));
        }
        rest = lastSpace < 0 ? "" : rest.substring(0, lastSpace).trim();
      }
      out.add(new Connection("->".equals(m.group(1)), m.group(2), m.group(3), rest, attrs));
    }
    return out;
  }

  /** {@code GET /status/peers}: each peer with the connections gossip reports for it. */
  public static List<Peer> parsePeers(String text) {
    List<Peer> out = new ArrayList<Peer>();
    String[] lines = lines(text);
    String name = null;
    String nick = null;
    List<PeerConnection> connections = null;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.trim().isEmpty()) {
        continue;
      }
      Matcher c = PEER_CONNECTION.matcher(line);
      if (c.matches() && connections != null) {
        connections.add(new PeerConnection("->".equals(c.group(1)), c.group(2), c.group(3),
            c.group(4), c.group(5)));
        continue;
      }
      Matcher p = PEER.matcher(line);
      if (!p.matches() || Character.isWhitespace(line.charAt(0))) {
        throw badLine("peers", i, line);
      }
      if (name != null) {
        out.add(new Peer(name, nick, connections));
      }
      name = p.group(1);
      nick = p.group(2);
      connections = new ArrayList<PeerConnection>();
    }
    if (name != null) {
      out.add(new Peer(name, nick, connections));
    }
    if (out.isEmpty()) {
      // A router always lists itself: no peer at all is not a peers page.
      throw new IllegalArgumentException("/status/peers lists no peer, not even the router");
    }
    return out;
  }

  /** {@code GET /status/dns}: live entries only (the page leaves out tombstones). */
  public static List<DnsLine> parseDns(String text) {
    List<DnsLine> out = new ArrayList<DnsLine>();
    String[] lines = lines(text);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].trim().isEmpty()) {
        continue;
      }
      Matcher m = DNS.matcher(lines[i]);
      if (!m.matches()) {
        throw badLine("dns", i, lines[i]);
      }
      out.add(new DnsLine(m.group(1), m.group(2), m.group(3), m.group(4)));
    }
    return out;
  }

  /** {@code GET /status/ipam}: address ownership per peer, this router first. */
  public static List<IpamLine> parseIpam(String text) {
    List<IpamLine> out = new ArrayList<IpamLine>();
    String[] lines = lines(text);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].trim().isEmpty()) {
        continue;
      }
      Matcher m = IPAM.matcher(lines[i]);
      if (!m.matches()) {
        throw badLine("ipam", i, lines[i]);
      }
      String info = m.group(5);
      Matcher a = ACTIVE.matcher(info);
      int active = a.find() ? Integer.parseInt(a.group(1)) : -1;
      out.add(new IpamLine(m.group(1), m.group(2), Long.parseLong(m.group(3)),
          Double.parseDouble(m.group(4)), active, info.contains("unreachable")));
    }
    return out;
  }

  private static String[] lines(String text) {
    return text == null ? new String[0] : text.split("\r?\n");
  }

  private static IllegalArgumentException badLine(String page, int index, String line) {
    return new IllegalArgumentException("line " + (index + 1) + " of /status/" + page
        + " has an unexpected layout: '" + io.pdimesos.core.error.Printable.quote(line, 120)
        + "'");
  }

  /** A line of {@code /status/connections}. */
  public static final class Connection {
    private final boolean outbound;
    private final String address;
    private final String state;
    private final String info;
    private final Map<String, String> attrs;

    Connection(boolean outbound, String address, String state, String info,
        Map<String, String> attrs) {
      this.outbound = outbound;
      this.address = address;
      this.state = state;
      this.info = info;
      this.attrs = Collections.unmodifiableMap(attrs);
    }

    /** {@code ->}: this router dialled out. */
    public boolean outbound() {
      return outbound;
    }

    public String address() {
      return address;
    }

    public String state() {
      return state;
    }

    /** {@code [un]encrypted fastdp name(nick)} for live ones, the last error for targets. */
    public String info() {
      return info;
    }

    /** The attributes after the info ({@code mtu}, {@code encrypted}); values as printed. */
    public Map<String, String> attrs() {
      return attrs;
    }

    /** {@code fastdp}, {@code sleeve} or {@code awsvpc} when the info names it, else empty. */
    public String overlay() {
      for (String word : info.split("\\s+")) {
        if (word.equals("fastdp") || word.equals("sleeve") || word.equals("awsvpc")) {
          return word;
        }
      }
      return "";
    }
  }

  /** A peer block of {@code /status/peers}. */
  public static final class Peer {
    private final String name;
    private final String nickName;
    private final List<PeerConnection> connections;

    Peer(String name, String nickName, List<PeerConnection> connections) {
      this.name = name;
      this.nickName = nickName;
      this.connections = Collections.unmodifiableList(connections);
    }

    public String name() {
      return name;
    }

    public String nickName() {
      return nickName;
    }

    public List<PeerConnection> connections() {
      return connections;
    }
  }

  /** A connection line under a peer in {@code /status/peers}. */
  public static final class PeerConnection {
    private final boolean outbound;
    private final String address;
    private final String name;
    private final String nickName;
    private final String state;

    PeerConnection(boolean outbound, String address, String name, String nickName,
        String state) {
      this.outbound = outbound;
      this.address = address;
      this.name = name;
      this.nickName = nickName;
      this.state = state;
    }

    public boolean outbound() {
      return outbound;
    }

    public String address() {
      return address;
    }

    /** Peer at the other end. */
    public String name() {
      return name;
    }

    public String nickName() {
      return nickName;
    }

    /** {@code established} or {@code pending}. */
    public String state() {
      return state;
    }

    public boolean established() {
      return "established".equals(state);
    }
  }

  /** A line of {@code /status/dns}. */
  public static final class DnsLine {
    private final String hostname;
    private final String address;
    private final String containerIdPrefix;
    private final String origin;

    DnsLine(String hostname, String address, String containerIdPrefix, String origin) {
      this.hostname = hostname;
      this.address = address;
      this.containerIdPrefix = containerIdPrefix;
      this.origin = origin;
    }

    /** Host name without the weaveDNS domain. */
    public String hostname() {
      return hostname;
    }

    public String address() {
      return address;
    }

    /** The first 12 characters of the container id. */
    public String containerIdPrefix() {
      return containerIdPrefix;
    }

    /** Peer that registered the entry. */
    public String origin() {
      return origin;
    }
  }

  /** A line of {@code /status/ipam}. */
  public static final class IpamLine {
    private final String name;
    private final String nickName;
    private final long ips;
    private final double percent;
    private final int active;
    private final boolean unreachable;

    IpamLine(String name, String nickName, long ips, double percent, int active,
        boolean unreachable) {
      this.name = name;
      this.nickName = nickName;
      this.ips = ips;
      this.percent = percent;
      this.active = active;
      this.unreachable = unreachable;
    }

    public String name() {
      return name;
    }

    public String nickName() {
      return nickName;
    }

    /** Addresses this peer owns. */
    public long ips() {
      return ips;
    }

    /** Share of the whole range, in percent. */
    public double percent() {
      return percent;
    }

    /** Addresses in use: only shown for the local peer, -1 elsewhere. */
    public int active() {
      return active;
    }

    /** The owner is a peer this router cannot see. */
    public boolean unreachable() {
      return unreachable;
    }
  }
}
