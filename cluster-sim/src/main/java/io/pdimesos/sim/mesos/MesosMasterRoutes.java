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
import java.util.Map;
import java.util.Set;

/** The v0 endpoints of one emulated master, with the leader redirect rules of mesos.md §2. */
public final class MesosMasterRoutes implements Route {

  /**
   * The processes of a 1.8 master and their endpoints ({@code src/master/master.cpp}
   * {@code Master::initialize}, {@code src/files/files.cpp}, {@code src/version/version.cpp},
   * libprocess's metrics, help, system and logging processes, {@code src/master/registrar.cpp}).
   */
  static final Map<String, Set<String>> PROCESSES = Map.of(
      "master", Set.of("api/v1", "api/v1/scheduler", "create-volumes", "destroy-volumes",
          "frameworks", "flags", "health", "redirect", "reserve", "roles", "teardown", "slaves",
          "state", "state-summary", "tasks", "maintenance/schedule", "maintenance/status",
          "machine/down", "machine/up", "unreserve", "quota", "weights"),
      "metrics", Set.of("snapshot"),
      "version", Set.of(""),
      "files", Set.of("browse", "read", "download", "debug"),
      "help", Set.of(""),
      "system", Set.of("stats.json"),
      "logging", Set.of("toggle"),
      "registrar(1)", Set.of("registry"));
  /** The master's web UI: {@code provide("", ...)}, {@code "app"}, {@code "assets"}. */
  private static final Set<String> WEB_UI = Set.of("", "app", "assets");
  /** Endpoints a non-leading master answers with 307 to the leader (since 1.0). */
  private static final Set<String> REDIRECTED = Set.of("state", "state-summary", "frameworks",
      "slaves", "tasks", "roles", "quota", "weights", "teardown", "api/v1", "api/v1/scheduler",
      "maintenance/schedule", "maintenance/status", "machine/up", "machine/down", "reserve",
      "unreserve", "create-volumes", "destroy-volumes");

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
    Libprocess.Target target = Libprocess.resolve(ex.path(), "master", PROCESSES, WEB_UI);
    if (target == null) {
      ex.empty(404);
      return;
    }
    if (target.endpoint() == null) {
      notEmulated(ex, "the Mesos web UI");
      return;
    }
    Map<String, String> query = Libprocess.query(ex.rawQuery());
    if (target.is("version", "")) {
      ex.json(200, MesosJson.versionInfo());
      return;
    }
    if (target.is("metrics", "snapshot")) {
      ex.json(200, metrics());
      return;
    }
    if (!target.process().equals("master")) {
      notEmulated(ex, "/" + target.process() + "/" + target.endpoint());
      return;
    }
    String ep = target.endpoint();
    if (ep.equals("health")) {
      ex.empty(200);
      return;
    }
    if (ep.equals("redirect")) {
      redirect(ex, target.path());
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
        // Master::Http::redirect keeps the path the handler saw, so /state goes to /master/state.
        ex.redirect(307, "//" + leader.host + ":" + leader.port + target.path()
            + (ex.rawQuery() == null ? "" : "?" + ex.rawQuery()));
        return;
      }
    }
    if (ep.equals("api/v1")) {
      MesosOperatorApi.Call call = MesosOperatorApi.read(ex);
      if (call != null && call.type().equals("SUBSCRIBE")) {
        subscribe(ex); // streams outside the model lock
      } else if (call != null) {
        synchronized (model) {
          operatorApi(ex, call);
        }
      }
      return;
    }
    String jsonp = query.get("jsonp");
    synchronized (model) {
      switch (ep) {
        case "state" -> ex.json(200, state());
        case "state-summary" -> ex.json(200, stateSummary());
        case "slaves" -> ex.json(200, slaves(query.get("slave_id")));
        case "frameworks" -> ex.json(200, frameworks(query.get("framework_id")));
        case "tasks" -> ex.json(200, tasks(query));
        case "roles" -> ex.json(200, roles());
        default -> {
          notEmulated(ex, "/master/" + ep);
          return;
        }
      }
    }
    if (jsonp != null) {
      // ?jsonp=<cb> wraps any v0 JSON answer in a callback (mesos.md §1)
      ex.respond(200, "text/javascript", jsonp + "(" + new String(ex.responseBody(),
          java.nio.charset.StandardCharsets.UTF_8) + ");");
    }
  }

  /** An endpoint real Mesos has and cluster-sim does not: say so instead of a misleading 404. */
  private static void notEmulated(SimExchange ex, String what) {
    ex.text(501, "text/plain; charset=utf-8", "cluster-sim does not emulate " + what);
  }

  /**
   * {@code Master::Http::redirect}: {@code /master/redirect} (or {@code /redirect}) answers 307 to
   * the leader's bare address, anything below it 404 (loop guard), e.g. {@code /master/redirect/}.
   */
  private void redirect(SimExchange ex, String path) {
    MasterGroup.Master leader = group.leader();
    if (leader == null) {
      ex.text(503, "text/plain; charset=utf-8", "No leader elected");
    } else if (!path.equals("/master/redirect")) {
      ex.empty(404);
    } else {
      ex.redirect(307, "//" + leader.host + ":" + leader.port);
    }
  }

  /** The master's flags by name (a sorted map upstream: {@code FlagsBase}); all values strings. */
  private Map<String, String> flagValues() {
    Map<String, String> f = new java.util.TreeMap<>();
    f.put("cluster", cluster);
    f.put("hostname", self.host);
    f.put("port", String.valueOf(self.port));
    f.put("quorum", String.valueOf(group.masters().size() / 2 + 1));
    f.put("max_completed_frameworks", "50");
    f.put("max_completed_tasks_per_framework", "1000");
    f.put("max_unreachable_tasks_per_framework", "1000");
    f.put("work_dir", "/var/lib/mesos/master");
    f.put("authenticate_http_readonly", "false");
    f.put("authenticate_http_readwrite", "false");
    f.put("registry", "replicated_log");
    f.put("logging_level", "INFO");
    f.put("version", "false");
    return f;
  }

  private ObjectNode flags() {
    ObjectNode f = Json.obj();
    flagValues().forEach(f::put);
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

  /**
   * {@code ReadOnlyHandler::tasks}: running, unreachable and completed tasks sorted by their
   * first status time ({@code order=asc}, anything else descending), then {@code limit}
   * (default 100) tasks from {@code offset} (0). Both are read as C {@code int}s (a value that is
   * not one gives the default) and kept in a {@code size_t}: {@code limit=-1} means all tasks, a
   * negative {@code offset} none, and {@code offset + limit} wraps around 2^64 like upstream's.
   */
  private ObjectNode tasks(Map<String, String> query) {
    Integer limitParam = Libprocess.numifyInt(query.get("limit"));
    Integer offsetParam = Libprocess.numifyInt(query.get("offset"));
    long limit = limitParam == null ? 100 : limitParam; // sign-extended: the bits of the size_t
    long offset = offsetParam == null ? 0 : offsetParam;
    boolean asc = "asc".equals(query.get("order"));
    String fid = query.get("framework_id");
    String tid = query.get("task_id");
    List<SimTask> all = new ArrayList<>(model.allTasks());
    all.removeIf(t -> (fid != null && !fid.equals(t.frameworkId)) || (tid != null && !tid.equals(t.id)));
    Comparator<SimTask> byTime = Comparator.comparingDouble(SimTask::firstTimestamp);
    all.sort(asc ? byTime : byTime.reversed());
    long end = Long.compareUnsigned(offset + limit, all.size()) < 0 ? offset + limit : all.size();
    ObjectNode o = Json.obj();
    ArrayNode arr = o.putArray("tasks");
    for (long i = offset; Long.compareUnsigned(i, end) < 0; i++) {
      SimTask t = all.get((int) i);
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
   * Answers a v1 call that passed {@link MesosOperatorApi#read} as a 1.8 master does. Calls the
   * emulator does not model answer 501 naming the call, as a 1.8 master answers the calls it
   * knows but has not implemented ({@code UNKNOWN}, {@code UPDATE_QUOTA}), so a client never
   * mistakes them for an empty cluster.
   */
  private void operatorApi(SimExchange ex, MesosOperatorApi.Call call) {
    String type = call.type();
    ObjectNode out = Json.obj().put("type", type);
    switch (type) {
      case "GET_HEALTH" -> out.putObject("get_health").put("healthy", true);
      case "GET_FLAGS" -> {
        ArrayNode list = out.putObject("get_flags").putArray("flags");
        flagValues().forEach((name, value) -> list.addObject().put("name", name)
            .put("value", value));
      }
      case "GET_VERSION" -> out.putObject("get_version").set("version_info", MesosJson.versionInfo());
      case "GET_MASTER" -> {
        ObjectNode gm = out.putObject("get_master");
        gm.set("master_info", MesosJson.masterInfo(self));
        gm.put("start_time", self.startTime).put("elected_time", self.electedTime());
      }
      case "GET_METRICS" -> {
        ArrayNode list = out.putObject("get_metrics").putArray("metrics");
        metrics().properties().forEach(e -> list.addObject().put("name", e.getKey())
            .put("value", e.getValue().asDouble()));
      }
      case "GET_STATE" -> out.set("get_state", MesosV1Json.getState(model));
      case "GET_TASKS" -> out.set("get_tasks", MesosV1Json.getTasks(model));
      case "GET_AGENTS" -> out.set("get_agents", MesosV1Json.getAgents(model));
      case "GET_FRAMEWORKS" -> out.set("get_frameworks", MesosV1Json.getFrameworks(model));
      case "GET_EXECUTORS" -> out.set("get_executors", MesosV1Json.getExecutors(model));
      case "UNKNOWN", "UPDATE_QUOTA" -> {
        ex.empty(501); // upstream's NotImplemented()
        return;
      }
      default -> {
        ex.text(501, "text/plain; charset=utf-8", "cluster-sim does not emulate the v1 call " + type
            + " of Mesos 1.8");
        return;
      }
    }
    ex.json(200, out);
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
