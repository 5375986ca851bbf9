package io.pdimesos.sim.mesos;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pdimesos.sim.http.Json;
import io.pdimesos.sim.http.Route;
import io.pdimesos.sim.http.SimExchange;
import io.pdimesos.sim.model.Agent;
import io.pdimesos.sim.model.ClusterModel;
import io.pdimesos.sim.model.Framework;
import io.pdimesos.sim.model.SimTask;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** One agent's own endpoints: {@code /state} and the task sandboxes under {@code /files}. */
public final class MesosAgentRoutes implements Route {
  /** {@code /files/read} returns at most 16 pages per call (mesos.md §10). */
  public static final int READ_CAP = 64 * 1024;

  private final Agent agent;
  private final ClusterModel model;
  private final Supplier<String> masterHost;

  public MesosAgentRoutes(Agent agent, ClusterModel model, Supplier<String> masterHost) {
    this.agent = agent;
    this.model = model;
    this.masterHost = masterHost;
  }

  /**
   * The processes of a 1.8 agent and their endpoints ({@code src/slave/slave.cpp}
   * {@code Slave::initialize}; files, version and libprocess's own processes as on a master).
   */
  private static final Map<String, Set<String>> PROCESSES = Map.of(
      "slave(1)", Set.of("api/v1", "api/v1/executor", "api/v1/resource_provider", "state", "flags",
          "health", "monitor/statistics", "containers"),
      "metrics", Set.of("snapshot"),
      "version", Set.of(""),
      "files", Set.of("browse", "read", "download", "debug"),
      "help", Set.of(""),
      "system", Set.of("stats.json"),
      "logging", Set.of("toggle"));

  @Override
  public void handle(SimExchange ex) {
    Libprocess.Target target = Libprocess.resolve(ex.path(), "slave(1)", PROCESSES, Set.of());
    if (target == null) {
      ex.empty(404);
      return;
    }
    switch (target.process() + "/" + target.endpoint()) {
      case "slave(1)/state" -> {
        synchronized (model) {
          ex.json(200, state());
        }
      }
      case "slave(1)/flags" -> ex.json(200, Json.obj().set("flags", flags()));
      case "slave(1)/health" -> ex.empty(200);
      case "files/read" -> read(ex);
      case "files/browse" -> browse(ex);
      case "version/" -> ex.json(200, MesosJson.versionInfo());
      case "metrics/snapshot" -> {
        double[] u = model.used(agent);
        ex.json(200, Json.obj().put("slave/registered", agent.active() ? 1.0 : 0.0)
            .put("slave/cpus_total", agent.cpus).put("slave/cpus_used", u[0])
            .put("slave/mem_total", agent.mem).put("slave/mem_used", u[1])
            .put("slave/disk_total", agent.disk).put("slave/disk_used", u[2]));
      }
      default -> ex.text(501, "text/plain; charset=utf-8", "cluster-sim does not emulate /"
          + target.process() + "/" + target.endpoint() + " of a Mesos agent");
    }
  }

  private ObjectNode flags() {
    return Json.obj().put("port", String.valueOf(agent.port())).put("work_dir", "/var/lib/mesos/slave")
        .put("hostname", agent.hostname()).put("gc_delay", "1weeks");
  }

  private ObjectNode state() {
    ObjectNode o = Json.obj();
    o.put("version", MesosJson.VERSION).put("git_sha", MesosJson.GIT_SHA)
        .put("build_date", MesosJson.BUILD_DATE).put("build_time", MesosJson.BUILD_TIME)
        .put("build_user", "").put("start_time", agent.registeredTime).put("id", agent.id)
        .put("pid", agent.pid()).put("hostname", agent.hostname());
    o.putArray("capabilities").add("MULTI_ROLE").add("HIERARCHICAL_ROLE");
    o.set("resources", MesosJson.resources(agent.cpus, agent.mem, agent.disk, agent.portsRange()));
    o.putObject("reserved_resources");
    o.set("unreserved_resources", MesosJson.resources(agent.cpus, agent.mem, agent.disk, agent.portsRange()));
    ObjectNode attrs = o.putObject("attributes");
    agent.attributes.forEach(attrs::put);
    String mh = masterHost.get();
    if (mh != null) {
      o.put("master_hostname", mh);
    }
    o.put("log_dir", "/var/log/mesos");
    o.set("flags", flags());
    ArrayNode fws = o.putArray("frameworks");
    o.putArray("completed_frameworks");
    for (Framework f : model.frameworks()) {
      List<SimTask> live = new ArrayList<>();
      List<SimTask> completed = new ArrayList<>();
      for (SimTask t : model.liveTasks()) {
        if (t.agent == agent && t.frameworkId.equals(f.id)) {
          live.add(t);
        }
      }
      for (SimTask t : model.completedTasks(f.id)) {
        if (t.agent == agent) {
          completed.add(t);
        }
      }
      if (live.isEmpty() && completed.isEmpty()) {
        continue;
      }
      ObjectNode fo = fws.addObject();
      fo.put("id", f.id).put("name", f.name).put("user", "root").put("failover_timeout", f.failoverTimeout)
          .put("checkpoint", true).put("hostname", f.hostname).put("principal", f.principal)
          .put("role", f.role);
      ArrayNode execs = fo.putArray("executors");
      for (SimTask t : live) {
        execs.add(executor(t, f, true));
      }
      ArrayNode doneExecs = fo.putArray("completed_executors");
      for (SimTask t : completed) {
        doneExecs.add(executor(t, f, false));
      }
    }
    return o;
  }

  /** Command tasks run under an executor whose id is the task id (mesos.md §10). */
  private ObjectNode executor(SimTask t, Framework f, boolean live) {
    ObjectNode e = Json.obj();
    e.put("id", t.id).put("name", "Command Executor (Task: " + t.id + ") (Command: sh -c '...')")
        .put("source", t.id).put("container", t.containerId).put("directory", t.sandboxDirectory());
    e.set("resources", MesosJson.resources(t.cpus, t.mem, t.disk, MesosJson.portRanges(t.hostPorts)));
    e.put("role", f.role);
    ArrayNode tasks = e.putArray("tasks");
    e.putArray("queued_tasks");
    ArrayNode completed = e.putArray("completed_tasks");
    (live ? tasks : completed).add(MesosJson.task(t, f.role));
    return e;
  }

  /** Finds the sandbox file for a virtual path, or null (then 404). */
  private byte[] file(String path) {
    int slash = path.lastIndexOf('/');
    if (slash < 0) {
      return null;
    }
    String dir = path.substring(0, slash);
    String name = path.substring(slash + 1);
    for (SimTask t : model.allTasks()) {
      if (t.agent != agent) {
        continue;
      }
      String real = t.sandboxDirectory();
      String latest = real.substring(0, real.lastIndexOf('/')) + "/latest";
      String shortLatest = "/frameworks/" + t.frameworkId + "/executors/" + t.id + "/runs/latest";
      if (dir.equals(real) || dir.equals(latest) || dir.equals(shortLatest)) {
        return t.file(name);
      }
    }
    return null;
  }

  private boolean isDirectory(String path) {
    for (SimTask t : model.allTasks()) {
      if (t.agent == agent && (path.equals(t.sandboxDirectory())
          || path.equals("/frameworks/" + t.frameworkId + "/executors/" + t.id + "/runs/latest"))) {
        return true;
      }
    }
    return false;
  }

  private void read(SimExchange ex) {
    String path = ex.param("path");
    if (path == null) {
      ex.text(400, "text/plain; charset=utf-8", "Expecting 'path=value' in query.\n");
      return;
    }
    long offset;
    long length;
    try {
      offset = ex.param("offset") == null ? -1 : Long.parseLong(ex.param("offset"));
      length = ex.param("length") == null ? -1 : Long.parseLong(ex.param("length"));
    } catch (NumberFormatException e) {
      ex.text(400, "text/plain; charset=utf-8", "Failed to parse offset/length: " + e.getMessage() + "\n");
      return;
    }
    if (offset < -1 || length < -1) {
      ex.text(400, "text/plain; charset=utf-8", "Negative offset or length provided\n");
      return;
    }
    if (isDirectory(path)) {
      ex.text(400, "text/plain; charset=utf-8", "Cannot read a directory.\n");
      return;
    }
    byte[] data = file(path);
    if (data == null) {
      ex.empty(404);
      return;
    }
    ObjectNode o = Json.obj();
    if (offset == -1) {
      // The "tail" bootstrap: the size comes back as offset, with no data.
      ex.json(200, o.put("data", "").put("offset", data.length));
      return;
    }
    if (offset >= data.length) {
      ex.json(200, o.put("data", "").put("offset", offset));
      return;
    }
    long max = length == -1 ? READ_CAP : Math.min(length, READ_CAP);
    int end = (int) Math.min(data.length, offset + max);
    String chunk = new String(Arrays.copyOfRange(data, (int) offset, end), StandardCharsets.UTF_8);
    ex.json(200, o.put("data", chunk).put("offset", offset));
  }

  private void browse(SimExchange ex) {
    String path = ex.param("path");
    if (path == null) {
      ex.text(400, "text/plain; charset=utf-8", "Expecting 'path=value' in query.\n");
      return;
    }
    if (!isDirectory(path)) {
      ex.empty(404);
      return;
    }
    ArrayNode arr = Json.arr();
    for (String name : List.of("stderr", "stdout")) {
      byte[] d = file(path + "/" + name);
      arr.addObject().put("gid", "root").put("mode", "-rw-r--r--").put("mtime", model.clock().epochSeconds())
          .put("nlink", 1).put("path", path + "/" + name).put("size", d == null ? 0 : d.length)
          .put("uid", "root");
    }
    ex.json(200, arr);
  }
}
