package io.pdimesos.sim.mesos;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pdimesos.sim.http.Json;
import io.pdimesos.sim.model.Agent;
import io.pdimesos.sim.model.ClusterModel;
import io.pdimesos.sim.model.Framework;
import io.pdimesos.sim.model.SimTask;
import io.pdimesos.sim.model.TaskState;
import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Protobuf-JSON shapes of the v1 operator API (mesos.md §9): ids as {@code {"value":…}}, times as
 * {@code {"nanoseconds":…}}, resources as lists, empty repeated fields omitted.
 */
final class MesosV1Json {
  private MesosV1Json() {}

  static ObjectNode id(String value) {
    return Json.obj().put("value", value);
  }

  static ObjectNode time(double epochSeconds) {
    return Json.obj().put("nanoseconds", (long) (epochSeconds * 1e9));
  }

  static ArrayNode resources(double cpus, double mem, double disk, List<int[]> ranges) {
    ArrayNode r = Json.arr();
    scalar(r, "cpus", cpus);
    scalar(r, "mem", mem);
    scalar(r, "disk", disk);
    if (!ranges.isEmpty()) {
      ArrayNode range = r.addObject().put("name", "ports").put("role", "*").put("type", "RANGES")
          .putObject("ranges").putArray("range");
      ranges.forEach(b -> range.addObject().put("begin", b[0]).put("end", b[1]));
    }
    return r;
  }

  private static void scalar(ArrayNode r, String name, double value) {
    ObjectNode o = r.addObject().put("name", name).put("role", "*");
    o.putObject("scalar").put("value", value);
    o.put("type", "SCALAR");
  }

  static ObjectNode agent(Agent a) {
    ObjectNode o = Json.obj().put("active", a.active());
    ObjectNode info = o.putObject("agent_info");
    info.put("hostname", a.hostname());
    info.set("id", id(a.id));
    info.put("port", a.port());
    List<int[]> ports = List.of(new int[] {a.portsBegin, a.portsEnd});
    info.set("resources", resources(a.cpus, a.mem, a.disk, ports));
    o.put("pid", a.pid());
    o.set("registered_time", time(a.registeredTime));
    o.set("total_resources", resources(a.cpus, a.mem, a.disk, ports));
    o.put("version", MesosJson.VERSION);
    return o;
  }

  static ObjectNode framework(Framework f) {
    ObjectNode o = Json.obj().put("active", true).put("connected", true);
    ObjectNode info = o.putObject("framework_info");
    info.put("checkpoint", true).put("failover_timeout", f.failoverTimeout).put("hostname", f.hostname);
    info.set("id", id(f.id));
    info.put("name", f.name).put("principal", f.principal).put("role", f.role).put("user", "root")
        .put("webui_url", f.webuiUrl);
    if (f.capabilities.length > 0) {
      ArrayNode caps = info.putArray("capabilities");
      for (String c : f.capabilities) {
        caps.addObject().put("type", c);
      }
    }
    o.put("recovered", false);
    o.set("registered_time", time(f.registeredTime));
    o.set("reregistered_time", time(f.registeredTime));
    return o;
  }

  /** Deterministic per (task, status) so repeated reads agree. */
  static String uuid(SimTask t, int statusIndex) {
    UUID u = UUID.nameUUIDFromBytes((t.id + "#" + statusIndex).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    ByteBuffer b = ByteBuffer.allocate(16).putLong(u.getMostSignificantBits()).putLong(u.getLeastSignificantBits());
    return Base64.getEncoder().encodeToString(b.array());
  }

  static ObjectNode status(SimTask t, int index) {
    SimTask.Status s = t.statuses().get(index);
    ObjectNode o = Json.obj();
    o.set("agent_id", id(t.agent.id));
    ObjectNode cs = o.putObject("container_status");
    cs.set("container_id", id(t.containerId));
    cs.putArray("network_infos").addObject().putArray("ip_addresses").addObject()
        .put("protocol", "IPv4").put("ip_address", t.ip);
    o.put("source", "SOURCE_EXECUTOR").put("state", s.state().name());
    o.set("task_id", id(t.id));
    o.put("timestamp", s.timestamp()).put("uuid", uuid(t, index));
    return o;
  }

  static ObjectNode task(SimTask t) {
    ObjectNode o = Json.obj();
    o.set("agent_id", id(t.agent.id));
    o.set("framework_id", id(t.frameworkId));
    o.put("name", t.name);
    List<int[]> ports = t.hostPorts.stream().map(p -> new int[] {p, p}).toList();
    o.set("resources", resources(t.cpus, t.mem, t.disk, ports));
    o.put("state", t.state().name());
    int last = t.statuses().size() - 1;
    o.put("status_update_state", t.state().name()).put("status_update_uuid", uuid(t, last));
    ArrayNode st = o.putArray("statuses");
    for (int i = 0; i <= last; i++) {
      st.add(status(t, i));
    }
    o.set("task_id", id(t.id));
    return o;
  }

  static ObjectNode getTasks(ClusterModel m) {
    ObjectNode o = Json.obj();
    ArrayNode tasks = Json.arr();
    ArrayNode unreachable = Json.arr();
    ArrayNode completed = Json.arr();
    for (SimTask t : m.liveTasks()) {
      (t.state() == TaskState.TASK_UNREACHABLE ? unreachable : tasks).add(task(t));
    }
    for (Framework f : m.frameworks()) {
      m.completedTasks(f.id).forEach(t -> completed.add(task(t)));
    }
    putIfAny(o, "tasks", tasks);
    putIfAny(o, "unreachable_tasks", unreachable);
    putIfAny(o, "completed_tasks", completed);
    return o;
  }

  static ObjectNode getAgents(ClusterModel m) {
    ObjectNode o = Json.obj();
    ArrayNode agents = Json.arr();
    m.agents().stream().filter(Agent::active).forEach(a -> agents.add(agent(a)));
    putIfAny(o, "agents", agents);
    return o;
  }

  static ObjectNode getFrameworks(ClusterModel m) {
    ObjectNode o = Json.obj();
    ArrayNode fws = Json.arr();
    m.frameworks().forEach(f -> fws.add(framework(f)));
    putIfAny(o, "frameworks", fws);
    return o;
  }

  /**
   * The executors the master knows: only those frameworks described in their tasks. Every task
   * the emulator runs uses the agent's command executor ({@code executor_id ""}), which a master
   * never lists, so the list is empty and omitted like any empty repeated field.
   */
  static ObjectNode getExecutors(ClusterModel m) {
    return Json.obj();
  }

  static ObjectNode getState(ClusterModel m) {
    ObjectNode o = Json.obj();
    o.set("get_tasks", getTasks(m));
    o.set("get_executors", getExecutors(m));
    o.set("get_frameworks", getFrameworks(m));
    o.set("get_agents", getAgents(m));
    return o;
  }

  private static void putIfAny(ObjectNode o, String key, ArrayNode a) {
    if (!a.isEmpty()) {
      o.set(key, a);
    }
  }
}
