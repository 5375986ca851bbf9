package io.pdimesos.core.weave;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code GET /status} text page: right-aligned {@code Label: value} lines in one block per
 * service (router, ipam, dns, proxy, plugin), preceded by the version. The page is rendered even
 * while the router is not ready (HTTP 503), so readiness comes from the status code.
 */
public final class WeaveStatusSummary {
  private static final Pattern LABEL = Pattern.compile("^\\s*([A-Za-z]+):\\s?(.*)$");
  private static final Pattern COUNT = Pattern.compile("^(\\d+)(?:\\s*\\((.*)\\))?$");
  private static final Pattern BUCKET = Pattern.compile("(\\d+)\\s+([a-z]+)");

  private final boolean ready;
  private final String version;
  private final Map<String, Map<String, String>> services;

  private WeaveStatusSummary(boolean ready, String version,
      Map<String, Map<String, String>> services) {
    this.ready = ready;
    this.version = version;
    this.services = services;
  }

  /**
   * Parses the page. {@code ready} is whether the router answered 200 (503 = not ready).
   *
   * @throws IllegalArgumentException naming the first line that is not {@code Label: value}
   */
  public static WeaveStatusSummary parse(String text, boolean ready) {
    String version = "";
    Map<String, Map<String, String>> services = new LinkedHashMap<String, Map<String, String>>();
    Map<String, String> current = null;
    String[] lines = text.split("\r?\n");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.trim().isEmpty()) {
        continue;
      }
      Matcher m = LABEL.matcher(line);
      if (!m.matches()) {
        throw new IllegalArgumentException("line " + (i + 1)
            + " of the status page is not 'Label: value': '"
            + io.pdimesos.core.error.Printable.quote(line, 120) + "'");
      }
      String label = m.group(1);
      String value = m.group(2).trim();
      if ("Service".equals(label)) {
        current = new LinkedHashMap<String, String>();
        services.put(value, current);
      } else if (current == null) {
        if ("Version".equals(label)) {
          version = value;
        }
      } else {
        current.put(label, value);
      }
    }
    if (version.isEmpty()) {
      // The page always starts with the router's version: without it, it is not this page.
      throw new IllegalArgumentException("the status page has no 'Version:' line");
    }
    return new WeaveStatusSummary(ready, version, services);
  }

  /** True when the router answered 200; false for its 503 "not ready yet". */
  public boolean ready() {
    return ready;
  }

  /** The release, e.g. {@code 2.0.1}, without the version-check text. */
  public String version() {
    int p = version.indexOf(" (");
    return p < 0 ? version : version.substring(0, p);
  }

  /** The version-check text in parentheses ({@code up to date; next check at …}), or empty. */
  public String versionCheck() {
    int p = version.indexOf(" (");
    return p < 0 || !version.endsWith(")") ? "" : version.substring(p + 2, version.length() - 1);
  }

  /** Service blocks present, in page order: router, ipam, dns, proxy, plugin (v2|legacy). */
  public List<String> services() {
    return Collections.unmodifiableList(new ArrayList<String>(services.keySet()));
  }

  public boolean hasService(String service) {
    return services.containsKey(service);
  }

  /** The value of {@code label} in the block of {@code service}, or null when absent. */
  public String value(String service, String label) {
    Map<String, String> block = services.get(service);
    return block == null ? null : block.get(label);
  }

  /** {@code Name(NickName)} of this router. */
  public String routerName() {
    return orEmpty(value("router", "Name"));
  }

  public boolean encryption() {
    return "enabled".equals(value("router", "Encryption"));
  }

  /** Number of targets (the 1.1 docs' hand-edited {@code [a b]} list too); -1 if absent. */
  public int targetCount() {
    String v = value("router", "Targets");
    if (v == null) {
      return -1;
    }
    if (v.startsWith("[")) {
      String inner = v.substring(1, v.endsWith("]") ? v.length() - 1 : v.length()).trim();
      return inner.isEmpty() ? 0 : inner.split("\\s+").length;
    }
    return total(v);
  }

  /** All connections and targets, -1 if absent. */
  public int connectionCount() {
    return total(value("router", "Connections"));
  }

  /** Non-zero connection counts by state, from {@code 3 (2 established, 1 failed)}. */
  public Map<String, Integer> connectionsByState() {
    return buckets(value("router", "Connections"));
  }

  /** Peers including this router, -1 if absent. */
  public int peerCount() {
    return total(value("router", "Peers"));
  }

  /** Peers' connections by state, from {@code 3 (with 5 established, 1 pending connections)}. */
  public Map<String, Integer> peerConnectionsByState() {
    return buckets(value("router", "Peers"));
  }

  /** IPAM status text ({@code ready}, {@code awaiting consensus (…)}); empty without IPAM. */
  public String ipamStatus() {
    return orEmpty(value("ipam", "Status"));
  }

  /** Live DNS entries, -1 without weaveDNS. */
  public int dnsEntryCount() {
    return total(value("dns", "Entries"));
  }

  private static int total(String v) {
    if (v == null) {
      return -1;
    }
    Matcher m = COUNT.matcher(v.trim());
    return m.matches() ? Integer.parseInt(m.group(1)) : -1;
  }

  private static Map<String, Integer> buckets(String v) {
    Map<String, Integer> out = new LinkedHashMap<String, Integer>();
    if (v == null) {
      return out;
    }
    Matcher m = COUNT.matcher(v.trim());
    if (m.matches() && m.group(2) != null) {
      Matcher b = BUCKET.matcher(m.group(2));
      while (b.find()) {
        out.put(b.group(2), Integer.valueOf(b.group(1)));
      }
    }
    return out;
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  @Override
  public String toString() {
    return "WeaveStatusSummary{ready=" + ready + ", version=" + version() + ", services="
        + services.keySet() + "}";
  }
}
