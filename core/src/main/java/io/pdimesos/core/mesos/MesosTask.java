package io.pdimesos.core.mesos;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.pdimesos.core.json.FieldReader;
import io.pdimesos.core.json.JsonValues;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** A task as the master reports it in {@code /master/state}, {@code /master/tasks}. */
public final class MesosTask {
  /** Which list of its framework the task came from. */
  public enum Kind { ACTIVE, UNREACHABLE, COMPLETED, ORPHAN }

  static final String DOCKER_IP_LABEL = "Docker.NetworkSettings.IPAddress";
  static final String MESOS_IP_LABEL = "MesosContainerizer.NetworkSettings.IPAddress";

  private final JsonValues selected;
  private final String id;
  private final String name;
  private final String frameworkId;
  private final String frameworkName;
  private final boolean frameworkCompleted;
  private final String agentId;
  private final String agentHostname;
  private final String executorId;
  private final String state;
  private final Kind kind;
  private final Resources resources;
  private final double lastStatusTimestamp;
  private final List<String> ipAddresses;
  private final Map<String, String> labels;

  private MesosTask(Fields f, JsonValues selected, Kind kind, String frameworkName,
      boolean frameworkCompleted, String agentHostname) {
    this.selected = selected;
    this.id = or(f.id, "");
    this.name = or(f.name, "");
    this.frameworkId = or(f.frameworkId, "");
    this.frameworkName = frameworkName;
    this.frameworkCompleted = frameworkCompleted;
    this.agentId = f.slaveId != null ? f.slaveId : or(f.agentId, "");
    this.agentHostname = agentHostname;
    this.executorId = or(f.executorId, "");
    this.state = or(f.state, "");
    this.kind = kind;
    this.resources = f.resources;
    this.labels = f.labels;
    this.lastStatusTimestamp = f.statuses.latest;
    List<String> ips = f.statuses.runningIps();
    if (ips.isEmpty()) {
      ips = new ArrayList<String>(1);
      addIfPresent(ips, agentHostname);
    }
    this.ipAddresses = ips.isEmpty() ? Collections.<String>emptyList()
        : Collections.unmodifiableList(ips);
  }

  /**
   * A task that arrived as a tree (the small, non-streamed endpoints).
   *
   * @param agentHostname hostname of the task's agent when known (null otherwise): the last
   *     fallback of the IP rule
   */
  static MesosTask from(JsonNode n, Kind kind, String frameworkName, boolean frameworkCompleted,
      String agentHostname) {
    Fields f = new Fields();
    MesosTokens.readTree(Nodes.item(n, "tasks[]"), f);
    return f.build(JsonValues.of(n), kind, frameworkName, frameworkCompleted, agentHostname);
  }

  private static String or(String s, String fallback) {
    return s == null ? fallback : s;
  }

  /**
   * The fields of one task read from tokens, before its framework's name and its agent's
   * hostname are known (0.2x states list some tasks before both).
   */
  static final class Fields implements FieldReader {
    private String id;
    private String name;
    private String frameworkId;
    private String slaveId;
    private String agentId;
    private String executorId;
    private String state;
    private Resources resources = Resources.EMPTY;
    private Map<String, String> labels = Collections.emptyMap();
    private Statuses statuses = Statuses.NONE;

    @Override
    public boolean wants(String field) {
      switch (field) {
        case "id":
        case "name":
        case "framework_id":
        case "slave_id":
        case "agent_id":
        case "executor_id":
        case "state":
        case "resources":
        case "labels":
        case "statuses":
          return true;
        default:
          return false;
      }
    }

    @Override
    public void read(String field, JsonParser p) throws IOException {
      switch (field) {
        case "id":
          id = MesosTokens.text(p, field);
          break;
        case "name":
          name = MesosTokens.text(p, field);
          break;
        case "framework_id":
          frameworkId = MesosTokens.text(p, field);
          break;
        case "slave_id":
          slaveId = MesosTokens.text(p, field);
          break;
        case "agent_id":
          agentId = MesosTokens.text(p, field);
          break;
        case "executor_id":
          executorId = MesosTokens.text(p, field);
          break;
        case "state":
          state = MesosTokens.text(p, field);
          break;
        case "resources":
          resources = Resources.read(p, field);
          break;
        case "labels":
          labels = MesosTokens.labels(p);
          break;
        case "statuses":
          statuses = Statuses.read(p);
          break;
        default:
          p.skipChildren();
      }
    }

    @Override
    public FieldReader fields(String field) {
      if (!"resources".equals(field)) {
        return null;
      }
      return Resources.reader(r -> resources = r);
    }

    /** The {@code slave_id} the task names (by which its agent's hostname is found), or null. */
    String slaveId() {
      return slaveId;
    }

    MesosTask build(JsonValues selected, Kind kind, String frameworkName,
        boolean frameworkCompleted, String agentHostname) {
      return new MesosTask(this, selected, kind, frameworkName, frameworkCompleted,
          agentHostname);
    }
  }

  /**
   * What a task's statuses tell: the newest status time, and the addresses by mesos-dns' rule (IP
   * sources netinfo, mesos, docker, host). Statuses come in no guaranteed order, so the latest
   * {@code TASK_RUNNING} one by timestamp counts; its container network addresses, else the
   * containerizers' IP labels written before 0.26 (the agent's hostname is the caller's last
   * fallback).
   */
  static final class Statuses {
    static final Statuses NONE = new Statuses();

    private double latest;
    private double bestRunning = -1;
    private List<String> networkIps = Collections.emptyList();
    private Map<String, String> runningLabels = Collections.emptyMap();

    /** Reads a task's {@code statuses} array; anything else has none. */
    static Statuses read(JsonParser p) throws IOException {
      if (p.currentToken() != JsonToken.START_ARRAY) {
        p.skipChildren();
        return NONE;
      }
      Statuses out = new Statuses();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        out.status(p);
      }
      return out;
    }

    private void status(JsonParser p) throws IOException {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        p.skipChildren(); // no timestamp (0) and no state
        return;
      }
      String state = null;
      double timestamp = 0;
      List<String> ips = Collections.emptyList();
      Map<String, String> labels = Collections.emptyMap();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        if ("state".equals(field)) {
          state = MesosTokens.text(p, field);
        } else if ("timestamp".equals(field)) {
          timestamp = MesosTokens.number(p, field, 0);
        } else if ("container_status".equals(field)) {
          ips = containerIps(p);
        } else if ("labels".equals(field)) {
          labels = MesosTokens.labels(p);
        } else {
          p.skipChildren();
        }
      }
      latest = Math.max(latest, timestamp);
      if ("TASK_RUNNING".equals(state) && timestamp > bestRunning) {
        bestRunning = timestamp;
        networkIps = ips;
        runningLabels = labels;
      }
    }

    /** {@code container_status.network_infos[*]}: each one's addresses, in order. */
    private static List<String> containerIps(JsonParser p) throws IOException {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        p.skipChildren();
        return Collections.emptyList();
      }
      List<String> ips = Collections.emptyList();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken t = p.nextToken();
        if (!"network_infos".equals(field)) {
          p.skipChildren();
          continue;
        }
        ips = new ArrayList<String>(2);
        if (t == JsonToken.START_ARRAY) {
          while (p.nextToken() != JsonToken.END_ARRAY) {
            networkInfo(p, ips);
          }
        } else if (t == JsonToken.START_OBJECT) { // iterated as its members' values, as a tree
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            p.nextToken();
            networkInfo(p, ips);
          }
        }
      }
      return ips;
    }

    /** One network info: its {@code ip_addresses}, or (0.25) its single {@code ip_address}. */
    private static void networkInfo(JsonParser p, List<String> ips) throws IOException {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        p.skipChildren();
        return;
      }
      List<String> addresses = null;
      String single = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken t = p.nextToken();
        if ("ip_addresses".equals(field)) {
          addresses = null;
          if (t == JsonToken.START_ARRAY) {
            addresses = new ArrayList<String>(1);
            boolean any = false;
            while (p.nextToken() != JsonToken.END_ARRAY) {
              any = true;
              addIfPresent(addresses, addressOf(p));
            }
            if (!any) {
              addresses = null; // an empty list falls back to ip_address, as before 1.0
            }
          } else {
            p.skipChildren();
          }
        } else if ("ip_address".equals(field)) {
          single = MesosTokens.text(p, field);
        } else {
          p.skipChildren();
        }
      }
      if (addresses != null) {
        ips.addAll(addresses);
      } else {
        addIfPresent(ips, single);
      }
    }

    /** {@code {ip_address}} of one address entry; null when it has none. */
    private static String addressOf(JsonParser p) throws IOException {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        p.skipChildren();
        return null;
      }
      String ip = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        if ("ip_address".equals(field)) {
          ip = MesosTokens.text(p, field);
        } else {
          p.skipChildren();
        }
      }
      return ip;
    }

    /** The running status's addresses, else its IP labels; empty when neither says. */
    List<String> runningIps() {
      if (bestRunning < 0) {
        return new ArrayList<String>(0);
      }
      List<String> ips = new ArrayList<String>(networkIps);
      if (ips.isEmpty()) {
        addIfPresent(ips, runningLabels.get(MESOS_IP_LABEL));
        if (ips.isEmpty()) {
          addIfPresent(ips, runningLabels.get(DOCKER_IP_LABEL));
        }
      }
      return ips;
    }
  }

  private static void addIfPresent(List<String> out, String value) {
    if (value != null && !value.trim().isEmpty()) {
      out.add(value.trim());
    }
  }

  public String id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String frameworkId() {
    return frameworkId;
  }

  /** Name of the framework, or null where the endpoint does not say ({@code /master/tasks}). */
  public String frameworkName() {
    return frameworkName;
  }

  /** True when the task came from a completed (torn down) framework. */
  public boolean frameworkCompleted() {
    return frameworkCompleted;
  }

  public String agentId() {
    return agentId;
  }

  /** The agent's hostname, or null when the agent is not known to this listing. */
  public String agentHostname() {
    return agentHostname;
  }

  /** Executor id; {@code ""} for command tasks, whose executor id is the task id. */
  public String executorId() {
    return executorId;
  }

  /** {@code TASK_RUNNING}, {@code TASK_FINISHED}, … */
  public String state() {
    return state;
  }

  public Kind kind() {
    return kind;
  }

  public Resources resources() {
    return resources;
  }

  /** Seconds since the epoch of the newest status update, 0 when there is none. */
  public double lastStatusTimestamp() {
    return lastStatusTimestamp;
  }

  /** Addresses by the rule of {@link Statuses}, else the agent's hostname; may be empty. */
  public List<String> ipAddresses() {
    return ipAddresses;
  }

  public Map<String, String> labels() {
    return labels;
  }

  public TaskLookup.TaskRef toRef() {
    return new TaskLookup.TaskRef(id, name, state, frameworkId, agentId, executorId,
        lastStatusTimestamp);
  }

  /**
   * The task's JSON values the read kept (paths beyond the typed accessors): every path of a
   * task read whole, only the selected pointers of a streamed state read with a
   * {@link StateSelection}.
   */
  public JsonValues selected() {
    return selected;
  }

  @Override
  public String toString() {
    return id + " (" + state + ")";
  }
}
