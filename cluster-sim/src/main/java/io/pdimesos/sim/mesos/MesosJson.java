package io.pdimesos.sim.mesos;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pdimesos.sim.http.Json;
import io.pdimesos.sim.model.Agent;
import io.pdimesos.sim.model.ClusterModel;
import io.pdimesos.sim.model.Framework;
import io.pdimesos.sim.model.SimTask;
import io.pdimesos.sim.model.TaskState;
import java.util.List;

/** Writers for the v0 JSON shapes of mesos.md §6-§7 (field order as upstream writes them). */
public final class MesosJson {
  public static final String VERSION = "1.8.0";
  public static final String BUILD_DATE = "2018-11-01 21:43:25";
  public static final double BUILD_TIME = 1541108605.0;
  public static final String GIT_SHA = "8db7df5162383e4d72057dbe6cf82b3ec7348b8d";

  private MesosJson() {}

  /** {@code /version} of masters and agents, also v1 {@code GET_VERSION}'s {@code version_info}. */
  static ObjectNode versionInfo() {
    return Json.obj().put("build_date", BUILD_DATE).put("build_time", BUILD_TIME)
        .put("build_user", "").put("git_sha", GIT_SHA).put("version", VERSION);
  }

  /** v0 Resources object: the four scalars always, ports as one range string when present. */
  public static ObjectNode resources(double cpus, double mem, double disk, String ports) {
    ObjectNode r = Json.obj().put("disk", disk).put("mem", mem).put("gpus", 0.0).put("cpus", cpus);
    if (ports != null) {
      r.put("ports", ports);
    }
    return r;
  }

  static String portRanges(List<Integer> ports) {
    if (ports.isEmpty()) {
      return null;
    }
    StringBuilder sb = new StringBuilder("[");
    int start = ports.get(0);
    int prev = start;
    for (int i = 1; i <= ports.size(); i++) {
      Integer p = i < ports.size() ? ports.get(i) : null;
      if (p != null && p == prev + 1) {
        prev = p;
        continue;
      }
      if (sb.length() > 1) {
        sb.append(", ");
      }
      sb.append(start).append('-').append(prev);
      if (p != null) {
        start = p;
        prev = p;
      }
    }
    return sb.append(']').toString();
  }

  public static ObjectNode agent(ClusterModel m, Agent a) {
    double[] u = m.used(a);
    ObjectNode o = Json.obj();
    o.put("id", a.id).put("hostname", a.hostname()).put("port", a.port());
    ObjectNode attrs = o.putObject("attributes");
    a.attributes.forEach(attrs::put);
    o.put("pid", a.pid()).put("registered_time", a.registeredTime);
    o.set("resources", resources(a.cpus, a.mem, a.disk, a.portsRange()));
    o.set("used_resources", resources(u[0], u[1], u[2], portRanges(m.usedPorts(a))));
    o.set("offered_resources", resources(0, 0, 0, null));
    o.putObject("reserved_resources");
    o.set("unreserved_resources", resources(a.cpus, a.mem, a.disk, a.portsRange()));
    o.put("active", a.active()).put("deactivated", false).put("version", VERSION);
    ArrayNode caps = o.putArray("capabilities");
    for (String c : List.of("MULTI_ROLE", "HIERARCHICAL_ROLE", "RESERVATION_REFINEMENT")) {
      caps.add(c);
    }
    return o;
  }

  public static ObjectNode task(SimTask t, String role) {
    ObjectNode o = Json.obj();
    o.put("id", t.id).put("name", t.name).put("framework_id", t.frameworkId).put("executor_id", "")
        .put("slave_id", t.agent.id).put("state", t.state().name());
    o.set("resources", resources(t.cpus, t.mem, t.disk, portRanges(t.hostPorts)));
    o.put("role", role);
    ArrayNode statuses = o.putArray("statuses");
    for (SimTask.Status s : t.statuses()) {
      ObjectNode st = statuses.addObject().put("state", s.state().name()).put("timestamp", s.timestamp());
      ObjectNode cs = st.putObject("container_status");
      cs.putObject("container_id").put("value", t.containerId);
      ObjectNode ni = cs.putArray("network_infos").addObject();
      ni.put("name", "weave");
      ni.putArray("ip_addresses").addObject().put("protocol", "IPv4").put("ip_address", t.ip);
    }
    if (!t.labels.isEmpty()) {
      ArrayNode labels = o.putArray("labels");
      t.labels.forEach((k, v) -> labels.addObject().put("key", k).put("value", v));
    }
    return o;
  }

  static ObjectNode frameworkSummary(ClusterModel m, Framework f, ObjectNode o) {
    double[] used = frameworkUsed(m, f);
    o.put("id", f.id).put("name", f.name).put("pid", "scheduler-" + f.id + "@" + f.hostname + ":15101");
    o.set("used_resources", resources(used[0], used[1], used[2], frameworkPorts(m, f)));
    o.set("offered_resources", resources(0, 0, 0, null));
    ArrayNode caps = o.putArray("capabilities");
    for (String c : f.capabilities) {
      caps.add(c);
    }
    o.put("hostname", f.hostname).put("webui_url", f.webuiUrl).put("active", true)
        .put("connected", true).put("recovered", false);
    return o;
  }

  static String frameworkPorts(ClusterModel m, Framework f) {
    java.util.List<Integer> ports = new java.util.ArrayList<>();
    for (SimTask t : m.liveTasks()) {
      if (t.frameworkId.equals(f.id)) {
        ports.addAll(t.hostPorts);
      }
    }
    ports.sort(null);
    return portRanges(ports);
  }

  static double[] frameworkUsed(ClusterModel m, Framework f) {
    double[] u = new double[3];
    for (SimTask t : m.liveTasks()) {
      if (t.frameworkId.equals(f.id)) {
        u[0] += t.cpus;
        u[1] += t.mem;
        u[2] += t.disk;
      }
    }
    return u;
  }

  public static ObjectNode framework(ClusterModel m, Framework f) {
    ObjectNode o = frameworkSummary(m, f, Json.obj());
    double[] used = frameworkUsed(m, f);
    o.put("user", "root").put("failover_timeout", f.failoverTimeout).put("checkpoint", true)
        .put("registered_time", f.registeredTime).put("unregistered_time", 0.0)
        .put("principal", f.principal);
    o.set("resources", resources(used[0], used[1], used[2], frameworkPorts(m, f)));
    o.put("role", f.role);
    ArrayNode tasks = o.putArray("tasks");
    ArrayNode unreachable = o.putArray("unreachable_tasks");
    for (SimTask t : m.liveTasks()) {
      if (t.frameworkId.equals(f.id)) {
        (t.state() == TaskState.TASK_UNREACHABLE ? unreachable : tasks).add(task(t, f.role));
      }
    }
    ArrayNode done = o.putArray("completed_tasks");
    for (SimTask t : m.completedTasks(f.id)) {
      done.add(task(t, f.role));
    }
    o.putArray("offers");
    o.putArray("executors");
    return o;
  }

  /** MasterInfo as JSON (v1 GET_MASTER, ZooKeeper {@code json.info_} znodes; mesos.md §3). */
  public static ObjectNode masterInfo(MasterGroup.Master m) {
    ObjectNode o = Json.obj();
    o.putObject("address").put("hostname", m.host).put("ip", m.host).put("port", m.port);
    o.put("hostname", m.host).put("id", m.id).put("ip", networkOrderIp(m.host)).put("pid", m.pid())
        .put("port", m.port).put("version", VERSION);
    return o;
  }

  /** The IPv4 address as a uint32 in network byte order, as protobuf MasterInfo.ip holds it. */
  public static long networkOrderIp(String ip) {
    String[] p = ip.split("\\.");
    long v = 0;
    for (int i = 3; i >= 0; i--) {
      v = (v << 8) | Integer.parseInt(p[i]);
    }
    return v;
  }

  /** Per-state counters used by state-summary (mesos.md §7). */
  static void counters(ObjectNode o, List<SimTask> tasks) {
    for (TaskState s : List.of(TaskState.TASK_STAGING, TaskState.TASK_STARTING, TaskState.TASK_RUNNING,
        TaskState.TASK_KILLING, TaskState.TASK_FINISHED, TaskState.TASK_KILLED, TaskState.TASK_FAILED,
        TaskState.TASK_LOST, TaskState.TASK_ERROR, TaskState.TASK_UNREACHABLE)) {
      o.put(s.name(), tasks.stream().filter(t -> t.state() == s).count());
    }
  }
}
