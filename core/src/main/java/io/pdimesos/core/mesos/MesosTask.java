package io.pdimesos.core.mesos;

import com.fasterxml.jackson.databind.JsonNode;
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

  private final JsonNode raw;
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

  private MesosTask(JsonNode n, Kind kind, String frameworkName, boolean frameworkCompleted,
      String agentHostname) {
    this.raw = n;
    this.id = Nodes.text(n, "id", "");
    this.name = Nodes.text(n, "name", "");
    this.frameworkId = Nodes.text(n, "framework_id", "");
    this.frameworkName = frameworkName;
    this.frameworkCompleted = frameworkCompleted;
    this.agentId = Nodes.text(n, "slave_id", Nodes.text(n, "agent_id", ""));
    this.agentHostname = agentHostname;
    this.executorId = Nodes.text(n, "executor_id", "");
    this.state = Nodes.text(n, "state", "");
    this.kind = kind;
    this.resources = Resources.from(n.get("resources"));
    this.labels = Nodes.labels(n.get("labels"));
    double latest = 0;
    JsonNode statuses = n.get("statuses");
    if (statuses != null && statuses.isArray()) {
      for (JsonNode s : statuses) {
        latest = Math.max(latest, Nodes.number(s, "timestamp", 0));
      }
    }
    this.lastStatusTimestamp = latest;
    this.ipAddresses = ipAddresses(statuses, agentHostname);
  }

  /**
   * @param agentHostname hostname of the task's agent when known (null otherwise): the last
   *     fallback of the IP rule
   */
  static MesosTask from(JsonNode n, Kind kind, String frameworkName, boolean frameworkCompleted,
      String agentHostname) {
    return new MesosTask(Nodes.item(n, "tasks[]"), kind, frameworkName, frameworkCompleted,
        agentHostname);
  }

  /**
   * The task's addresses by mesos-dns' rule (IP sources netinfo, mesos, docker, host): statuses
   * come in no guaranteed order, so take the latest {@code TASK_RUNNING} one by timestamp, then
   * its container network addresses; else the containerizers' IP labels written before 0.26;
   * else the agent's hostname.
   */
  static List<String> ipAddresses(JsonNode statuses, String agentHostname) {
    JsonNode running = null;
    double best = -1;
    if (statuses != null && statuses.isArray()) {
      for (JsonNode s : statuses) {
        double ts = Nodes.number(s, "timestamp", 0);
        if ("TASK_RUNNING".equals(Nodes.text(s, "state")) && ts > best) {
          best = ts;
          running = s;
        }
      }
    }
    List<String> ips = new ArrayList<String>();
    if (running != null) {
      JsonNode infos = running.path("container_status").path("network_infos");
      for (JsonNode info : infos) {
        JsonNode addresses = info.get("ip_addresses");
        if (addresses != null && addresses.isArray() && addresses.size() > 0) {
          for (JsonNode a : addresses) {
            addIfPresent(ips, Nodes.text(a, "ip_address"));
          }
        } else {
          addIfPresent(ips, Nodes.text(info, "ip_address")); // 0.25 wrote a single address
        }
      }
      if (ips.isEmpty()) {
        Map<String, String> statusLabels = Nodes.labels(running.get("labels"));
        addIfPresent(ips, statusLabels.get(MESOS_IP_LABEL));
        if (ips.isEmpty()) {
          addIfPresent(ips, statusLabels.get(DOCKER_IP_LABEL));
        }
      }
    }
    if (ips.isEmpty()) {
      addIfPresent(ips, agentHostname);
    }
    return ips.isEmpty() ? Collections.<String>emptyList() : Collections.unmodifiableList(ips);
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

  /** Addresses by the rule of {@link #ipAddresses(JsonNode, String)}; may be empty. */
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

  /** The item's JSON as the master sent it (paths beyond the typed accessors). */
  public JsonNode raw() {
    return raw;
  }

  @Override
  public String toString() {
    return id + " (" + state + ")";
  }
}
