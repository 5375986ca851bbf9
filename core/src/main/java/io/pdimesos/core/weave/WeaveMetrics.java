package io.pdimesos.core.weave;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The weave series of a router's {@code GET /metrics} (Prometheus text format 0.0.4, names from
 * {@code prog/weaver/metrics.go}). On a default Kubernetes install this is the only health data
 * reachable from another host (port 6782 serves nothing else).
 */
public final class WeaveMetrics {
  static final String CONNECTIONS = "weave_connections";
  static final String TERMINATIONS = "weave_connection_terminations_total";
  static final String IPS = "weave_ips";
  static final String MAX_IPS = "weave_max_ips";
  static final String DNS_ENTRIES = "weave_dns_entries";
  static final String FLOWS = "weave_flows";
  static final String IPAM_UNREACHABLE_COUNT = "weave_ipam_unreachable_count";
  static final String IPAM_UNREACHABLE_PERCENTAGE = "weave_ipam_unreachable_percentage";
  static final String IPAM_PENDING_ALLOCATES = "weave_ipam_pending_allocates";
  static final String IPAM_PENDING_CLAIMS = "weave_ipam_pending_claims";

  private final List<Sample> samples;

  private WeaveMetrics(List<Sample> samples) {
    this.samples = Collections.unmodifiableList(samples);
  }

  /**
   * Parses exposition text, keeping only {@code weave_*} series (Go runtime and process series are
   * skipped).
   *
   * @throws IllegalArgumentException naming the first sample line that cannot be read
   */
  public static WeaveMetrics parse(String text) {
    List<Sample> out = new ArrayList<Sample>();
    String[] lines = text == null ? new String[0] : text.split("\r?\n");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].trim();
      if (line.isEmpty() || line.startsWith("#") || !line.startsWith("weave")) {
        continue;
      }
      try {
        out.add(Sample.parse(line));
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("line " + (i + 1) + " of /metrics cannot be read ("
            + e.getMessage() + "): '" + io.pdimesos.core.error.Printable.quote(line, 120) + "'",
            e);
      }
    }
    if (out.isEmpty()) {
      // A router always exports weave_* series (connections, IPs): none is not its page.
      throw new IllegalArgumentException("no weave_* metric on the page");
    }
    return new WeaveMetrics(out);
  }

  /** Every weave sample, in page order. */
  public List<Sample> samples() {
    return samples;
  }

  /** True when the page has at least one sample of {@code name}. */
  public boolean has(String name) {
    for (Sample s : samples) {
      if (s.name().equals(name)) {
        return true;
      }
    }
    return false;
  }

  /** Sum of {@code name} over all label sets; 0 when absent. */
  public double sum(String name) {
    double total = 0;
    for (Sample s : samples) {
      if (s.name().equals(name)) {
        total += s.value();
      }
    }
    return total;
  }

  /** Non-zero {@code weave_connections} summed by {@code state} (over type and encryption). */
  public Map<String, Integer> connectionsByState() {
    return connectionsBy("state");
  }

  /** Non-zero {@code weave_connections} summed by overlay {@code type} (fastdp, sleeve, …). */
  public Map<String, Integer> connectionsByType() {
    return connectionsBy("type");
  }

  private Map<String, Integer> connectionsBy(String label) {
    Map<String, Integer> out = new LinkedHashMap<String, Integer>();
    for (Sample s : samples) {
      if (s.name().equals(CONNECTIONS) && s.value() > 0) {
        String key = s.label(label);
        Integer old = out.get(key);
        out.put(key, (old == null ? 0 : old) + (int) s.value());
      }
    }
    return out;
  }

  public long connectionTerminations() {
    return (long) sum(TERMINATIONS);
  }

  /** {@code weave_ips{state="local-used"}}: addresses in use on this peer. */
  public long localUsedIps() {
    long total = 0;
    for (Sample s : samples) {
      if (s.name().equals(IPS) && "local-used".equals(s.label("state"))) {
        total += (long) s.value();
      }
    }
    return total;
  }

  public long maxIps() {
    return (long) sum(MAX_IPS);
  }

  /** Live DNS entries this peer registered. */
  public long dnsEntries() {
    return (long) sum(DNS_ENTRIES);
  }

  public long flows() {
    return (long) sum(FLOWS);
  }

  /** Address ranges owned by peers this router cannot see. */
  public long ipamUnreachableCount() {
    return (long) sum(IPAM_UNREACHABLE_COUNT);
  }

  public double ipamUnreachablePercentage() {
    return sum(IPAM_UNREACHABLE_PERCENTAGE);
  }

  public long ipamPendingAllocates() {
    return (long) sum(IPAM_PENDING_ALLOCATES);
  }

  public long ipamPendingClaims() {
    return (long) sum(IPAM_PENDING_CLAIMS);
  }

  /** True when the router exports IPAM series (it runs IPAM). */
  public boolean hasIpam() {
    return has(MAX_IPS) || has(IPAM_UNREACHABLE_COUNT) || has(IPAM_PENDING_ALLOCATES);
  }

  /** One sample line: name, labels, value (the optional timestamp is ignored). */
  public static final class Sample {
    private final String name;
    private final Map<String, String> labels;
    private final double value;

    Sample(String name, Map<String, String> labels, double value) {
      this.name = name;
      this.labels = Collections.unmodifiableMap(labels);
      this.value = value;
    }

    static Sample parse(String line) {
      int i = 0;
      while (i < line.length() && isNameChar(line.charAt(i))) {
        i++;
      }
      String name = line.substring(0, i);
      Map<String, String> labels = new LinkedHashMap<String, String>();
      if (i < line.length() && line.charAt(i) == '{') {
        i = parseLabels(line, i + 1, labels);
      }
      String[] rest = line.substring(i).trim().split("\\s+");
      if (name.isEmpty() || rest[0].isEmpty()) {
        throw new IllegalArgumentException("no name or no value");
      }
      return new Sample(name, labels, parseValue(rest[0]));
    }

    /** Reads {@code a="x",b="y"}} from {@code i}; returns the index after the closing brace. */
    private static int parseLabels(String line, int start, Map<String, String> labels) {
      int i = start;
      while (true) {
        while (i < line.length() && (line.charAt(i) == ',' || line.charAt(i) == ' ')) {
          i++;
        }
        if (i >= line.length()) {
          throw new IllegalArgumentException("unclosed label set");
        }
        if (line.charAt(i) == '}') {
          return i + 1;
        }
        int eq = line.indexOf('=', i);
        if (eq < 0 || eq + 1 >= line.length() || line.charAt(eq + 1) != '"') {
          throw new IllegalArgumentException("label without a quoted value");
        }
        String key = line.substring(i, eq).trim();
        StringBuilder value = new StringBuilder();
        i = eq + 2;
        while (true) {
          if (i >= line.length()) {
            throw new IllegalArgumentException("unterminated label value");
          }
          char c = line.charAt(i++);
          if (c == '"') {
            break;
          }
          if (c == '\\' && i < line.length()) {
            char e = line.charAt(i++);
            value.append(e == 'n' ? '\n' : e);
          } else {
            value.append(c);
          }
        }
        labels.put(key, value.toString());
      }
    }

    private static double parseValue(String v) {
      if ("+Inf".equals(v)) {
        return Double.POSITIVE_INFINITY;
      }
      if ("-Inf".equals(v)) {
        return Double.NEGATIVE_INFINITY;
      }
      return Double.parseDouble(v);
    }

    private static boolean isNameChar(char c) {
      return Character.isLetterOrDigit(c) || c == '_' || c == ':';
    }

    public String name() {
      return name;
    }

    public Map<String, String> labels() {
      return labels;
    }

    /** The label's value, empty when the sample does not have it. */
    public String label(String key) {
      String v = labels.get(key);
      return v == null ? "" : v;
    }

    public double value() {
      return value;
    }
  }
}
