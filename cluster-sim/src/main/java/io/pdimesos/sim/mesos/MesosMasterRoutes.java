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
import io.pdimesos.sim.model.TaskState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** The v0 endpoints of one emulated master, with the leader redirect rules of mesos.md §2. */
public final class MesosMasterRoutes implements Route {

  /** Endpoints a non-leading master answers with 307 to the leader (since 1.0). */
  private static final Set<String> REDIRECTED = Set.of("state", "state-summary", "frameworks",
      "slaves", "tasks", "roles", "quota", "weights", "teardown", "api/v1", "api/v1/scheduler",
      "maintenance/schedule", "maintenance/status", "machine/up", "machine/down");
  /** Removed in 1.7.0 (mesos.md §1): 404 like a current master. */
  private static final Set<String> REMOVED_JSON = Set.of("/state.json", "/master/state.json",
      "/tasks.json", "/master/tasks.json", "/roles.json", "/master/roles.json");

  private final MasterGroup.Master self;
  private final MasterGroup group;
  private final ClusterModel model;
  private final String cluster;
  private final MesosEventStream stream;

  public MesosMasterRoutes(MasterGroup.Master self, MasterGroup group, ClusterModel model, String cluster,
      MesosEventStream stream) {
    this.self = self;
    this.group = group;
    this.model = model;
    this.cluster = cluster;
    this.stream = stream;
  }

  @Override
  public void handle(SimExchange ex) throws java.io.IOException {
    String path = ex.path();
    if (REMOVED_JSON.contains(path)) {
      ex.empty(404);
      return;
    }
    if (path.equals("/version")) {
      ex.json(200, version());
      return;
    }
    if (path.equals("/metrics/snapshot")) {
      ex.json(200, metrics());
      return;
    }
    // "master" is the libprocess delegate: /state == /master/state (mesos.md §1).
    String ep = path.startsWith("/master/") ? path.substring(8) : path.substring(1);
    if (ep.equals("health")) {
      ex.empty(200);
      return;
    }
    if (ep.equals("redirect")) {
      MasterGroup.Master leader = group.leader();
      if (leader == null) {
        ex.text(503, "text/plain; charset=utf-8", "No leader elected");
      } else {
        ex.redirect(307, "//" + leader.host + ":" + leader.port);
      }
      return;
    }
    if (ep.startsWith("redirect/")) {
      ex.empty(404);
      return;
    }
    if (ep.equals("flags")) {
      ObjectNode o = Json.obj();
      o.set("flags", flags());
      ex.json(200, o);
      return;
    }
    if (REDIRECTED.contains(ep)) {
      MasterGroup.Master leader = group.leader();
      if (leader == null) {
        ex.text(503, "text/plain; charset=utf-8", "No leader elected");
        return;
      }
      if (leader != self) {
        ex.redirect(307, "//" + leader.host + ":" + leader.port + ex.pathAndQuery());
        return;
      }
    }
    if (ep.equals("api/v1") && isSubscribe(ex)) {
      subscribe(ex); // streams outside the model lock
      return;
    }
    String jsonp = ex.param("jsonp");
    synchronized (model) {
      switch (ep) {
        case "state" -> ex.json(200, state());
        case "state-summary" -> ex.json(200, stateSummary());
        case "slaves" -> ex.json(200, slaves(ex.param("slave_id")));
        case "frameworks" -> ex.json(200, frameworks(ex.param("framework_id")));
        case "tasks" -> ex.json(200, tasks(ex));
        case "roles" -> ex.json(200, roles());
        case "api/v1" -> operatorApi(ex);
        default -> ex.empty(404);
      }
    }
    if (jsonp != null && ex.status() == 200 && !ep.equals("api/v1")) {
      // ?jsonp=<cb> wraps any v0 JSON answer in a callback (mesos.md §1)
      ex.respond(200, "text/javascript", jsonp + "(" + new String(ex.responseBody(),
          java.nio.charset.StandardCharsets.UTF_8) + ");");
    }
  }

  private ObjectNode version() {
    return Json.obj().put("build_date", MesosJson.BUILD_DATE).put("build_time", MesosJson.BUILD_TIME)
        .put("build_user", "").put("git_sha", MesosJson.GIT_SHA).put("version", MesosJson.VERSION);
  }

  private ObjectNode flags() {
    ObjectNode f = Json.obj();
    f.put("cluster", cluster).put("hostname", self.host).put("port", String.valueOf(self.port))
        .put("quorum", String.valueOf(group.masters().size() / 2 + 1))
        .put("max_completed_frameworks", "50").put("max_completed_tasks_per_framework", "1000")
        .put("max_unreachable_tasks_per_framework", "1000").put("work_dir", "/var/lib/mesos/master")
        .put("authenticate_http_readonly", "false").put("authenticate_http_readwrite", "false")
        .put("registry", "replicated_log").put("logging_level", "INFO").put("version", "false");
    return f;
  }

  ObjectNode state() {
    MasterGroup.Master leader = group.leader();
    ObjectNode o = Json.obj();
    o.put("version", MesosJson.VERSION).put("git_sha", MesosJson.GIT_SHA)
        .put("build_date", MesosJson.BUILD_DATE).put("build_time", MesosJson.BUILD_TIME)
        .put("build_user", "").put("start_time", self.startTime);
    if (leader == self) {
      o.put("elected_time", self.electedTime());
    }
    o.put("id", self.id).put("pid", self.pid()).put("hostname", self.host);
    o.putArray("capabilities").add("AGENT_UPDATE");
    int active = 0;
    int inactive = 0;
    for (Agent a : model.agents()) {
      if (a.active()) {
        active++;
      } else {
        inactive++;
      }
    }
    // Gauges are doubles upstream, so these counts print as 2.0 (mesos.md §6).
    o.put("activated_slaves", (double) active).put("deactivated_slaves", 0.0)
        .put("unreachable_slaves", (double) inactive);
    if (leader != null) {
      o.put("leader", leader.pid());
      o.putObject("leader_info").put("id", leader.id).put("pid", leader.pid()).put("port", leader.port)
          .put("hostname", leader.host);
    }
    o.put("cluster", cluster).put("log_dir", "/var/log/mesos");
    o.set("flags", flags());
    ArrayNode slaves = o.putArray("slaves");
    for (Agent a : model.agents()) {
      if (a.active()) {
        slaves.add(MesosJson.agent(model, a));
      }
    }
    o.putArray("recovered_slaves");
    ArrayNode fws = o.putArray("frameworks");
    for (Framework f : model.frameworks()) {
      fws.add(MesosJson.framework(model, f));
    }
    o.putArray("completed_frameworks");
    o.putArray("orphan_tasks");
    o.putArray("unregistered_frameworks");
    return o;
  }

  private ObjectNode stateSummary() {
    ObjectNode o = Json.obj().put("hostname", self.host).put("cluster", cluster);
    ArrayNode slaves = o.putArray("slaves");
    List<SimTask> all = model.allTasks();
    for (Agent a : model.agents()) {
      if (!a.active()) {
        continue;
      }
      ObjectNode s = MesosJson.agent(model, a);
      List<SimTask> mine = all.stream().filter(t -> t.agent == a).toList();
      MesosJson.counters(s, mine);
      ArrayNode fids = s.putArray("framework_ids");
      mine.stream().map(t -> t.frameworkId).distinct().forEach(fids::add);
      slaves.add(s);
    }
    ArrayNode fws = o.putArray("frameworks");
    for (Framework f : model.frameworks()) {
      ObjectNode fo = MesosJson.frameworkSummary(model, f, Json.obj());
      List<SimTask> mine = all.stream().filter(t -> t.frameworkId.equals(f.id)).toList();
      MesosJson.counters(fo, mine);
      ArrayNode sids = fo.putArray("slave_ids");
      mine.stream().filter(t -> !t.state().terminal).map(t -> t.agent.id).distinct().forEach(sids::add);
      fws.add(fo);
    }
    return o;
  }

  private ObjectNode slaves(String slaveId) {
    ObjectNode o = Json.obj();
    ArrayNode arr = o.putArray("slaves");
    for (Agent a : model.agents()) {
      if (a.active() && (slaveId == null || slaveId.equals(a.id))) {
        ObjectNode s = MesosJson.agent(model, a);
        s.putArray("reserved_resources_full");
        s.putArray("unreserved_resources_full");
        s.putArray("used_resources_full");
        s.putArray("offered_resources_full");
        arr.add(s);
      }
    }
    o.putArray("recovered_slaves");
    return o;
  }

  private ObjectNode frameworks(String frameworkId) {
    ObjectNode o = Json.obj();
    ArrayNode arr = o.putArray("frameworks");
    for (Framework f : model.frameworks()) {
      if (frameworkId == null || frameworkId.equals(f.id)) {
        arr.add(MesosJson.framework(model, f));
      }
    }
    o.putArray("completed_frameworks");
    o.putArray("unregistered_frameworks");
    return o;
  }

  /** {@code limit} (100), {@code offset} (0), {@code order} asc|des (des) by first status time. */
  private ObjectNode tasks(SimExchange ex) {
    int limit = intParam(ex, "limit", 100);
    int offset = intParam(ex, "offset", 0);
    boolean asc = "asc".equals(ex.param("order"));
    String fid = ex.param("framework_id");
    String tid = ex.param("task_id");
    List<SimTask> all = new ArrayList<>(model.allTasks());
    all.removeIf(t -> (fid != null && !fid.equals(t.frameworkId)) || (tid != null && !tid.equals(t.id)));
    Comparator<SimTask> byTime = Comparator.comparingDouble(SimTask::firstTimestamp);
    all.sort(asc ? byTime : byTime.reversed());
    ObjectNode o = Json.obj();
    ArrayNode arr = o.putArray("tasks");
    for (int i = offset; i < all.size() && i < offset + limit; i++) {
      SimTask t = all.get(i);
      Framework f = model.framework(t.frameworkId);
      arr.add(MesosJson.task(t, f == null ? "*" : f.role));
    }
    return o;
  }

  private ObjectNode roles() {
    ObjectNode o = Json.obj();
    ArrayNode arr = o.putArray("roles");
    for (Framework f : model.frameworks()) {
      double[] u = MesosJson.frameworkUsed(model, f);
      ObjectNode r = arr.addObject().put("name", f.role).put("weight", 1.0);
      r.set("resources", MesosJson.resources(u[0], u[1], u[2], null));
      r.putArray("frameworks").add(f.id);
    }
    return o;
  }

  /**
   * The v1 operator API for the calls a health check needs (mesos.md §9); other known calls
   * answer 501 naming the call, so a client never mistakes them for an empty cluster.
   */
  private void operatorApi(SimExchange ex) {
    if (!"POST".equals(ex.method())) {
      ex.empty(405);
      return;
    }
    String ct = ex.header("Content-Type");
    if (ct == null) {
      ex.text(400, "text/plain; charset=utf-8", "Expecting 'Content-Type' to be present");
      return;
    }
    if (!ct.startsWith("application/json")) {
      ex.empty(415);
      return;
    }
    String accept = ex.header("Accept");
    if (accept != null && !accept.contains("application/json") && !accept.contains("*/*")) {
      ex.empty(406);
      return;
    }
    com.fasterxml.jackson.databind.JsonNode call;
    try {
      call = Json.parse(ex.body());
    } catch (java.io.IOException e) {
      ex.text(400, "text/plain; charset=utf-8", "Failed to parse body into JSON: " + e.getMessage());
      return;
    }
    String type = call == null ? "" : call.path("type").asText("");
    ObjectNode out = Json.obj().put("type", type);
    switch (type) {
      case "GET_HEALTH" -> out.putObject("get_health").put("healthy", true);
      case "GET_VERSION" -> out.putObject("get_version").set("version_info", version());
      case "GET_MASTER" -> {
        ObjectNode gm = out.putObject("get_master");
        gm.set("master_info", MesosJson.masterInfo(self));
        gm.put("start_time", self.startTime).put("elected_time", self.electedTime());
      }
      case "GET_METRICS" -> {
        com.fasterxml.jackson.databind.node.ArrayNode list = out.putObject("get_metrics").putArray("metrics");
        metrics().properties().forEach(e -> list.addObject().put("name", e.getKey())
            .put("value", e.getValue().asDouble()));
      }
      case "GET_STATE" -> out.set("get_state", MesosV1Json.getState(model));
      case "GET_TASKS" -> out.set("get_tasks", MesosV1Json.getTasks(model));
      case "GET_AGENTS" -> out.set("get_agents", MesosV1Json.getAgents(model));
      case "GET_FRAMEWORKS" -> out.set("get_frameworks", MesosV1Json.getFrameworks(model));
      case "GET_FLAGS", "GET_EXECUTORS", "GET_ROLES", "GET_OPERATIONS", "GET_WEIGHTS",
          "GET_LOGGING_LEVEL", "LIST_FILES", "READ_FILE", "GET_MAINTENANCE_STATUS",
          "GET_MAINTENANCE_SCHEDULE", "GET_QUOTA" -> {
        ex.text(501, "text/plain; charset=utf-8", "cluster-sim does not emulate the v1 call " + type
            + "; use the v0 endpoints");
        return;
      }
      case "UNKNOWN" -> {
        ex.empty(501);
        return;
      }
      default -> {
        ex.text(400, "text/plain; charset=utf-8", "Failed to convert JSON into Call protobuf: "
            + "Failed to find enum for '" + type + "'");
        return;
      }
    }
    ex.json(200, out);
  }

  private static boolean isSubscribe(SimExchange ex) {
    String ct = ex.header("Content-Type");
    if (!"POST".equals(ex.method()) || ct == null || !ct.startsWith("application/json")) {
      return false;
    }
    try {
      com.fasterxml.jackson.databind.JsonNode call = Json.parse(ex.body());
      return call != null && "SUBSCRIBE".equals(call.path("type").asText());
    } catch (java.io.IOException e) {
      return false;
    }
  }

  /** SUBSCRIBE: 200 application/json, chunked RecordIO frames until the leader changes. */
  private void subscribe(SimExchange ex) throws java.io.IOException {
    java.util.concurrent.BlockingQueue<byte[]> q = stream.subscribe();
    ObjectNode first = Json.obj().put("type", "SUBSCRIBED");
    synchronized (model) {
      ObjectNode sub = first.putObject("subscribed");
      sub.set("get_state", MesosV1Json.getState(model));
      sub.put("heartbeat_interval_seconds", (double) stream.heartbeat.toSeconds());
    }
    java.io.OutputStream out = ex.stream("application/json");
    try {
      out.write(MesosEventStream.frame(first));
      out.flush();
      byte[] beat = MesosEventStream.frame(Json.obj().put("type", "HEARTBEAT"));
      while (true) {
        byte[] f = q.poll(stream.heartbeat.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        if (f != null && f.length == 0) {
          break;
        }
        out.write(f == null ? beat : f);
        out.flush();
      }
    } catch (java.io.IOException | InterruptedException e) {
      // subscriber went away
    } finally {
      stream.unsubscribe(q);
      try {
        out.close();
      } catch (java.io.IOException ignored) {
        // already closed
      }
    }
  }

  private static int intParam(SimExchange ex, String name, int dflt) {
    String v = ex.param(name);
    try {
      return v == null ? dflt : Integer.parseInt(v);
    } catch (NumberFormatException e) {
      return dflt;
    }
  }

  /** Flat metric→double map (mesos.md §8); a standby reports elected 0 and an empty view. */
  private ObjectNode metrics() {
    ObjectNode o = Json.obj();
    boolean elected = group.leader() == self;
    o.put("master/elected", elected ? 1.0 : 0.0);
    o.put("master/uptime_secs", model.clock().epochSeconds() - self.startTime);
    synchronized (model) {
      double cpus = 0, mem = 0, disk = 0, ucpus = 0, umem = 0, udisk = 0;
      int active = 0, inactive = 0;
      for (Agent a : model.agents()) {
        if (!a.active()) {
          inactive++;
          continue;
        }
        active++;
        double[] u = model.used(a);
        cpus += a.cpus;
        mem += a.mem;
        disk += a.disk;
        ucpus += u[0];
        umem += u[1];
        udisk += u[2];
      }
      if (!elected) {
        cpus = mem = disk = ucpus = umem = udisk = 0;
        active = inactive = 0;
      }
      putCapacity(o, "cpus", cpus, ucpus);
      putCapacity(o, "mem", mem, umem);
      putCapacity(o, "disk", disk, udisk);
      putCapacity(o, "gpus", 0, 0);
      o.put("master/slaves_active", (double) active).put("master/slaves_inactive", 0.0)
          .put("master/slaves_connected", (double) active).put("master/slaves_disconnected", 0.0)
          .put("master/slaves_unreachable", (double) inactive)
          .put("master/slave_registrations", (double) (elected ? model.agents().size() : 0))
          .put("master/slave_removals", 0.0);
      int fw = elected ? model.frameworks().size() : 0;
      o.put("master/frameworks_active", (double) fw).put("master/frameworks_inactive", 0.0)
          .put("master/frameworks_connected", (double) fw).put("master/frameworks_disconnected", 0.0);
      List<SimTask> live = elected ? model.liveTasks() : List.of();
      for (TaskState s : List.of(TaskState.TASK_STAGING, TaskState.TASK_STARTING, TaskState.TASK_RUNNING,
          TaskState.TASK_KILLING, TaskState.TASK_UNREACHABLE)) {
        o.put("master/tasks_" + s.name().substring(5).toLowerCase(), (double) live.stream().filter(t -> t.state() == s).count());
      }
      for (TaskState s : List.of(TaskState.TASK_FINISHED, TaskState.TASK_FAILED, TaskState.TASK_KILLED,
          TaskState.TASK_LOST, TaskState.TASK_ERROR, TaskState.TASK_DROPPED, TaskState.TASK_GONE)) {
        o.put("master/tasks_" + s.name().substring(5).toLowerCase(), elected ? (double) model.terminalCount(s) : 0.0);
      }
      o.put("master/tasks_gone_by_operator", 0.0);
      o.put("master/outstanding_offers", 0.0).put("master/event_queue_messages", 0.0)
          .put("master/event_queue_dispatches", 0.0).put("master/event_queue_http_requests", 0.0)
          .put("master/dropped_messages", 0.0).put("master/operator_event_stream_subscribers", 0.0);
      o.put("registrar/log/ensemble_size", (double) group.masters().size())
          .put("registrar/log/recovered", 1.0);
    }
    return o;
  }

  private static void putCapacity(ObjectNode o, String res, double total, double used) {
    o.put("master/" + res + "_total", total).put("master/" + res + "_used", used)
        .put("master/" + res + "_percent", total == 0 ? 0.0 : used / total)
        .put("master/" + res + "_revocable_total", 0.0).put("master/" + res + "_revocable_used", 0.0)
        .put("master/" + res + "_revocable_percent", 0.0);
  }
}
