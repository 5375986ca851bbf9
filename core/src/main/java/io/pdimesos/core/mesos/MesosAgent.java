package io.pdimesos.core.mesos;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** An agent ("slave" in the v0 API) as the master lists it. */
public final class MesosAgent {
  private static final int DEFAULT_AGENT_PORT = 5051;

  private final JsonNode raw;
  private final String id;
  private final String hostname;
  private final String pid;
  private final int port;
  private final boolean active;
  private final String version;
  private final double registeredTime;
  private final Resources resources;
  private final Resources usedResources;
  private final Resources offeredResources;
  private final Resources unreservedResources;
  private final Map<String, Resources> reservedResources;
  private final Map<String, String> attributes;
  private final Map<String, Long> taskCounts;

  private MesosAgent(JsonNode n) {
    this.raw = n;
    this.id = Nodes.text(n, "id", "");
    this.hostname = Nodes.text(n, "hostname", "");
    this.pid = Nodes.text(n, "pid");
    this.port = (int) Nodes.number(n, "port", portOfPid(pid));
    // 0.19 lists only agents it considers active and has no field for it
    this.active = Nodes.bool(n, "active", true);
    this.version = Nodes.text(n, "version");
    this.registeredTime = Nodes.number(n, "registered_time", 0);
    this.resources = Resources.from(n.get("resources"));
    this.usedResources = Resources.from(n.get("used_resources"));
    this.offeredResources = Resources.from(n.get("offered_resources"));
    this.unreservedResources = Resources.from(n.get("unreserved_resources"));
    Map<String, Resources> reserved = new LinkedHashMap<String, Resources>();
    JsonNode r = n.get("reserved_resources");
    if (r != null && r.isObject()) {
      for (Map.Entry<String, JsonNode> e : r.properties()) {
        reserved.put(e.getKey(), Resources.from(e.getValue()));
      }
    }
    this.reservedResources = Collections.unmodifiableMap(reserved);
    this.attributes = Nodes.flatStrings(n.get("attributes"));
    this.taskCounts = Nodes.taskCounters(n);
  }

  static MesosAgent from(JsonNode n) {
    return new MesosAgent(Nodes.item(n, "slaves[]"));
  }

  private static int portOfPid(String pid) {
    String hostPort = hostPortOfPid(pid);
    if (hostPort != null) {
      int colon = hostPort.lastIndexOf(':');
      try {
        return Integer.parseInt(hostPort.substring(colon + 1));
      } catch (NumberFormatException e) {
        return DEFAULT_AGENT_PORT;
      }
    }
    return DEFAULT_AGENT_PORT;
  }

  /** {@code ip:port} of a libprocess pid {@code slave(1)@ip:port}, or null. */
  static String hostPortOfPid(String pid) {
    if (pid == null) {
      return null;
    }
    int at = pid.indexOf('@');
    String hp = at < 0 ? null : pid.substring(at + 1);
    return hp == null || hp.lastIndexOf(':') <= 0 ? null : hp;
  }

  /**
   * Where the agent's own HTTP endpoints answer: the address of its pid (what the master talks
   * to), else hostname and port.
   */
  public String address() {
    String hp = hostPortOfPid(pid);
    return hp != null ? hp : hostname + ":" + port;
  }

  public String id() {
    return id;
  }

  public String hostname() {
    return hostname;
  }

  /** libprocess pid {@code slave(1)@10.0.0.40:5051}, or null. */
  public String pid() {
    return pid;
  }

  public int port() {
    return port;
  }

  public boolean active() {
    return active;
  }

  /** The agent's Mesos version (1.0+), or null. */
  public String version() {
    return version;
  }

  public double registeredTime() {
    return registeredTime;
  }

  /** Total resources. */
  public Resources resources() {
    return resources;
  }

  public Resources usedResources() {
    return usedResources;
  }

  public Resources offeredResources() {
    return offeredResources;
  }

  public Resources unreservedResources() {
    return unreservedResources;
  }

  /** Reserved resources by role. */
  public Map<String, Resources> reservedResources() {
    return reservedResources;
  }

  public Map<String, String> attributes() {
    return attributes;
  }

  /** {@code TASK_*} counters (state-summary only), else empty. */
  public Map<String, Long> taskCounts() {
    return taskCounts;
  }

  /** The item's JSON as the master sent it (paths beyond the typed accessors). */
  public JsonNode raw() {
    return raw;
  }

  @Override
  public String toString() {
    return id + " (" + hostname + (active ? "" : ", inactive") + ")";
  }
}
