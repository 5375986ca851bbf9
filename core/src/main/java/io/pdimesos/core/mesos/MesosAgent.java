package io.pdimesos.core.mesos;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.pdimesos.core.json.FieldReader;
import io.pdimesos.core.json.JsonValues;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** An agent ("slave" in the v0 API) as the master lists it. */
public final class MesosAgent {
  private static final int DEFAULT_AGENT_PORT = 5051;

  private final JsonValues selected;
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

  private MesosAgent(Fields f, JsonValues selected) {
    this.selected = selected;
    this.id = f.id == null ? "" : f.id;
    this.hostname = f.hostname == null ? "" : f.hostname;
    this.pid = f.pid;
    this.port = (int) (f.port != null ? f.port : portOfPid(pid));
    // 0.19 lists only agents it considers active and has no field for it
    this.active = f.active == null || f.active;
    this.version = f.version;
    this.registeredTime = f.registeredTime;
    this.resources = f.resources;
    this.usedResources = f.usedResources;
    this.offeredResources = f.offeredResources;
    this.unreservedResources = f.unreservedResources;
    this.reservedResources = f.reservedResources;
    this.attributes = f.attributes;
    this.taskCounts = MesosTokens.counters(f.taskCounts);
  }

  /** An agent that arrived as a tree ({@code /master/slaves}, state-summary). */
  static MesosAgent from(JsonNode n) {
    Fields f = new Fields();
    MesosTokens.readTree(Nodes.item(n, "slaves[]"), f);
    return f.build(JsonValues.of(n));
  }

  /** The fields of one agent read from tokens. */
  static final class Fields implements FieldReader {
    private String id;
    private String hostname;
    private String pid;
    private Double port;
    private Boolean active;
    private String version;
    private double registeredTime;
    private Resources resources = Resources.EMPTY;
    private Resources usedResources = Resources.EMPTY;
    private Resources offeredResources = Resources.EMPTY;
    private Resources unreservedResources = Resources.EMPTY;
    private Map<String, Resources> reservedResources = Collections.emptyMap();
    private Map<String, String> attributes = Collections.emptyMap();
    private Map<String, Long> taskCounts;

    @Override
    public boolean wants(String field) {
      switch (field) {
        case "id":
        case "hostname":
        case "pid":
        case "port":
        case "active":
        case "version":
        case "registered_time":
        case "resources":
        case "used_resources":
        case "offered_resources":
        case "unreserved_resources":
        case "reserved_resources":
        case "attributes":
          return true;
        default:
          return MesosTokens.isTaskCounter(field);
      }
    }

    @Override
    public void read(String field, JsonParser p) throws IOException {
      switch (field) {
        case "id":
          id = MesosTokens.text(p, field);
          break;
        case "hostname":
          hostname = MesosTokens.text(p, field);
          break;
        case "pid":
          pid = MesosTokens.text(p, field);
          break;
        case "port":
          port = MesosTokens.numberOrNull(p, field);
          break;
        case "active":
          active = MesosTokens.bool(p, field);
          break;
        case "version":
          version = MesosTokens.text(p, field);
          break;
        case "registered_time":
          registeredTime = MesosTokens.number(p, field, 0);
          break;
        case "resources":
        case "used_resources":
        case "offered_resources":
        case "unreserved_resources":
          set(field, Resources.read(p, field));
          break;
        case "reserved_resources":
          reservedResources = reserved(p);
          break;
        case "attributes":
          attributes = MesosTokens.flatStrings(p);
          break;
        default:
          if (taskCounts == null) {
            taskCounts = new LinkedHashMap<String, Long>();
          }
          MesosTokens.taskCounter(field, p, taskCounts);
      }
    }

    @Override
    public FieldReader fields(final String field) {
      if (!field.endsWith("resources") || "reserved_resources".equals(field)
          || !wants(field)) {
        return null;
      }
      return Resources.reader(r -> set(field, r));
    }

    private void set(String field, Resources r) {
      switch (field) {
        case "resources":
          resources = r;
          break;
        case "used_resources":
          usedResources = r;
          break;
        case "offered_resources":
          offeredResources = r;
          break;
        default:
          unreservedResources = r;
      }
    }

    /** Reserved resources by role. */
    private static Map<String, Resources> reserved(JsonParser p) throws IOException {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        p.skipChildren();
        return Collections.emptyMap();
      }
      Map<String, Resources> out = new LinkedHashMap<String, Resources>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String role = p.currentName();
        p.nextToken();
        out.put(role, Resources.read(p, "reserved_resources"));
      }
      return Collections.unmodifiableMap(out);
    }

    String id() {
      return id == null ? "" : id;
    }

    MesosAgent build(JsonValues selected) {
      return new MesosAgent(this, selected);
    }
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

  /**
   * The agent's JSON values the read kept (paths beyond the typed accessors): every path of an
   * agent read whole, only the selected pointers of a streamed state read with a
   * {@link StateSelection}.
   */
  public JsonValues selected() {
    return selected;
  }

  @Override
  public String toString() {
    return id + " (" + hostname + (active ? "" : ", inactive") + ")";
  }
}
