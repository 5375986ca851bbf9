package io.pdimesos.sim.marathon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pdimesos.sim.SimClock;
import io.pdimesos.sim.http.Json;
import io.pdimesos.sim.model.Agent;
import io.pdimesos.sim.model.ClusterModel;
import io.pdimesos.sim.model.CommandScript;
import io.pdimesos.sim.model.Framework;
import io.pdimesos.sim.model.SimTask;
import io.pdimesos.sim.model.TaskState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Marathon's state and scheduler: apps, their instances and deployments. The scheduler converges
 * every app to its definition over simulated time; a deployment is finished when its apps have
 * converged (running, and healthy when they have health checks). Like upstream, nothing ever
 * fails a deployment by itself: without resources it waits in the launch queue forever.
 * All methods run under the cluster model's lock.
 */
public final class MarathonService {
  /** Simulated time from TASK_STAGING to TASK_RUNNING. */
  public static final Duration STAGING_TIME = Duration.ofSeconds(1);
  /** Simulated time from TASK_RUNNING to the first passing health check. */
  public static final Duration HEALTHY_AFTER = Duration.ofSeconds(2);
  /** How often a waiting launch queue retries offers. */
  public static final Duration OFFER_RETRY = Duration.ofSeconds(5);
  public static final String VERSION = "1.10.26";

  final ClusterModel model;
  final SimClock clock;
  final EventBus events = new EventBus();
  Framework framework;
  final Map<String, App> apps = new TreeMap<>();
  final Map<String, Deployment> deployments = new LinkedHashMap<>();
  final Map<String, Instance> instances = new LinkedHashMap<>();
  final MarathonViews views = new MarathonViews(this);
  private SimClock.Scheduled pendingTick;
  private int nextServicePort = 10000;

  static final class App {
    String id;
    ObjectNode def;
    String version;
    String lastScalingAt;
    String lastConfigChangeAt;
    int generation;
    final Map<String, ObjectNode> versions = new LinkedHashMap<>();
    ObjectNode lastTaskFailure;
    List<Integer> servicePorts = new ArrayList<>();
    String queuedSince;
    List<ObjectNode> lastUnusedOffers = List.of();
    /** Launch backoff after failed tasks: backoffSeconds x backoffFactor^n, capped. */
    int failures;
    long delayUntil;

    int instances() {
      return def.path("instances").asInt(1);
    }

    boolean hasHealthChecks() {
      return def.path("healthChecks").size() > 0;
    }

    int portCount() {
      if (AppDefinitions.hostNetworking(def)) {
        return def.path("portDefinitions").size();
      }
      JsonNode pm = def.path("container").path("portMappings");
      return pm.isArray() ? pm.size() : 0;
    }
  }

  static final class Instance {
    SimTask task;
    String appId;
    String version;
    int generation;
    boolean healthy;
    String firstSuccess;
    String lastSuccess;
    String instanceId;
  }

  static final class Deployment {
    String id = UUID.randomUUID().toString();
    String version;
    final List<String> affected = new ArrayList<>();
    final Map<String, String> actions = new LinkedHashMap<>();
    /** Definition before the change, for the rollback of a cancel; null value = app was new. */
    final Map<String, ObjectNode> originals = new LinkedHashMap<>();
    int currentStep;
  }

  public MarathonService(ClusterModel model) {
    this.model = model;
    this.clock = model.clock();
  }

  /** Registers the framework with the master (Marathon is partition-aware since 1.4). */
  public void register(String hostname, String webuiUrl) {
    synchronized (model) {
      framework = model.registerFramework("marathon", "*", "marathon", hostname, webuiUrl, 604800.0,
          "TASK_KILLING_STATE", "GPU_RESOURCES", "PARTITION_AWARE", "REGION_AWARE");
      model.addListener(framework.id, this::onStatus);
    }
  }

  public EventBus events() {
    return events;
  }

  public String frameworkId() {
    return framework.id;
  }

  String now() {
    return Json.iso(clock.millis());
  }

  ObjectNode event(String type) {
    return Json.obj().put("eventType", type).put("timestamp", now());
  }

  // ---- writes ----------------------------------------------------------------------------------

  /** Locked apps answer 409 unless forced; forcing cancels the conflicting deployments. */
  void checkLocks(List<String> appIds, boolean force) throws MarathonError {
    List<Deployment> conflicts = new ArrayList<>();
    for (Deployment d : deployments.values()) {
      for (String a : appIds) {
        if (d.affected.contains(a) && !conflicts.contains(d)) {
          conflicts.add(d);
        }
      }
    }
    if (conflicts.isEmpty()) {
      return;
    }
    if (!force) {
      ObjectNode body = Json.message("App is locked by one or more deployments. Override with the "
          + "option '?force=true'. View details at '/v2/deployments/<DEPLOYMENT_ID>'.");
      ArrayNode ds = body.putArray("deployments");
      conflicts.forEach(d -> ds.addObject().put("id", d.id));
      // upstream still publishes a failure for the plan the caller never saw (marathon.md §4)
      ObjectNode failed = event("deployment_failed").put("id", UUID.randomUUID().toString());
      failed.put("reason", body.get("message").asText());
      events.publish(failed);
      throw new MarathonError(409, body);
    }
    for (Deployment d : conflicts) {
      finish(d, false, "Deployment was forcefully replaced");
    }
  }

  /** Creates or changes an app; returns the deployment (null for a no-op write). */
  Deployment upsert(String id, ObjectNode body, boolean force, boolean partial, String clientIp,
      String uri) throws MarathonError {
    App app = apps.get(id);
    ObjectNode def;
    if (body.has("version") && app != null) {
      ObjectNode old = app.versions.get(body.get("version").asText());
      if (old == null) {
        throw new MarathonError(404, "App '" + id + "' does not exist in version " + body.get("version").asText());
      }
      def = old.deepCopy();
    } else if (body.has("version")) {
      throw new MarathonError(404, "App '" + id + "' does not exist");
    } else if (app != null && partial) {
      def = app.def.deepCopy();
      body.properties().forEach(e -> def.set(e.getKey(), e.getValue()));
    } else {
      def = body.deepCopy();
    }
    def.put("id", id);
    def.remove("version");
    ObjectNode full = AppDefinitions.withDefaults(def);
    if (app != null && full.equals(app.def)) {
      return noOp();
    }
    checkLocks(List.of(id), force);
    String ts = now();
    Deployment d = new Deployment();
    d.version = ts;
    d.affected.add(id);
    if (app == null) {
      app = new App();
      app.id = id;
      app.lastConfigChangeAt = ts;
      app.lastScalingAt = ts;
      for (int i = 0; i < portsOf(full); i++) {
        app.servicePorts.add(nextServicePort++);
      }
      apps.put(id, app);
      d.actions.put(id, "StartApplication");
      d.originals.put(id, null);
    } else {
      d.originals.put(id, app.def);
      boolean onlyScale = onlyInstancesDiffer(app.def, full);
      d.actions.put(id, onlyScale ? "ScaleApplication" : "RestartApplication");
      app.lastScalingAt = ts;
      if (!onlyScale) {
        app.lastConfigChangeAt = ts;
        app.generation++;
      }
    }
    app.def = full;
    app.version = ts;
    app.versions.put(ts, full);
    app.failures = 0;
    app.delayUntil = 0;
    ObjectNode post = event("api_post_event").put("clientIp", clientIp).put("uri", uri);
    post.set("appDefinition", views.appJson(app, false));
    events.publish(post);
    start(d);
    return d;
  }

  private static int portsOf(ObjectNode full) {
    return AppDefinitions.hostNetworking(full) ? full.path("portDefinitions").size()
        : full.path("container").path("portMappings").size();
  }

  private static boolean onlyInstancesDiffer(ObjectNode a, ObjectNode b) {
    ObjectNode x = a.deepCopy();
    ObjectNode y = b.deepCopy();
    x.remove("instances");
    y.remove("instances");
    return x.equals(y);
  }

  /** A write that changes nothing: a plan with no steps that succeeds at once (marathon.md §4). */
  Deployment noOp() {
    Deployment d = new Deployment();
    d.version = now();
    deployments.put(d.id, d);
    finish(d, true, null);
    return d;
  }

  Deployment delete(String id, boolean force) throws MarathonError {
    App app = requireApp(id);
    checkLocks(List.of(id), force);
    Deployment d = new Deployment();
    d.version = now();
    d.affected.add(id);
    d.actions.put(id, "StopApplication");
    d.originals.put(id, app.def);
    apps.remove(id);
    for (Instance i : instancesOf(id)) {
      kill(i);
    }
    events.publish(event("app_terminated_event").put("appId", id));
    start(d);
    return d;
  }

  Deployment restart(String id, boolean force) throws MarathonError {
    App app = requireApp(id);
    checkLocks(List.of(id), force);
    Deployment d = new Deployment();
    d.version = now();
    d.affected.add(id);
    d.actions.put(id, "RestartApplication");
    d.originals.put(id, app.def);
    app.generation++;
    app.version = d.version;
    app.lastScalingAt = d.version;
    app.versions.put(d.version, app.def);
    start(d);
    return d;
  }

  /** Kills instances; with {@code scale} the app shrinks by as many (a deployment), else they are replaced. */
  Object killInstances(String appId, List<Instance> victims, boolean scale, boolean force)
      throws MarathonError {
    if (scale) {
      App app = requireApp(appId);
      checkLocks(List.of(appId), force);
      ObjectNode def = app.def.deepCopy();
      def.put("instances", Math.max(0, app.instances() - victims.size()));
      victims.forEach(this::kill);
      return upsert(appId, def, true, false, "127.0.0.1", "/v2/apps" + appId + "/tasks");
    }
    ArrayNode killed = Json.arr();
    for (Instance i : victims) {
      killed.add(views.taskJson(i));
      kill(i);
    }
    tickSoon();
    return killed;
  }

  /** Cancels a deployment: a rollback deployment, or (force) just forget it (marathon.md §3.3). */
  Deployment cancel(String deploymentId, boolean force) throws MarathonError {
    Deployment d = deployments.get(deploymentId);
    if (d == null) {
      throw new MarathonError(404, "DeploymentPlan " + deploymentId + " does not exist");
    }
    finish(d, false, "The deployment has been cancelled");
    if (force) {
      return null;
    }
    Deployment revert = new Deployment();
    revert.version = now();
    for (Map.Entry<String, ObjectNode> e : d.originals.entrySet()) {
      String id = e.getKey();
      revert.affected.add(id);
      App app = apps.get(id);
      if (e.getValue() == null) {
        revert.actions.put(id, "StopApplication");
        if (app != null) {
          apps.remove(id);
          instancesOf(id).forEach(this::kill);
        }
      } else {
        revert.actions.put(id, app == null ? "StartApplication" : "RestartApplication");
        if (app == null) {
          app = new App();
          app.id = id;
          apps.put(id, app);
        }
        if (!onlyInstancesDiffer(app.def == null ? e.getValue() : app.def, e.getValue())) {
          app.generation++;
        }
        app.def = e.getValue();
        app.version = revert.version;
        app.versions.put(revert.version, app.def);
      }
    }
    start(revert);
    return revert;
  }

  App requireApp(String id) throws MarathonError {
    App app = apps.get(id);
    if (app == null) {
      throw new MarathonError(404, "App '" + id + "' does not exist");
    }
    return app;
  }

  // ---- the scheduler ---------------------------------------------------------------------------

  private void start(Deployment d) {
    deployments.put(d.id, d);
    d.currentStep = 1;
    ObjectNode info = event("deployment_info");
    info.set("plan", views.plan(d));
    info.set("currentStep", views.step(d));
    events.publish(info);
    tickSoon();
  }

  /** Runs the scheduler once the writer's answer is out (next clock turn). */
  void tickSoon() {
    if (pendingTick != null) {
      pendingTick.cancel();
    }
    pendingTick = clock.schedule(Duration.ZERO, this::tick);
  }

  /** DELETE /v2/queue/{id}/delay: launch again right away. */
  void resetDelay(App app) {
    app.delayUntil = 0;
    tickSoon();
  }

  private void tick() {
    synchronized (model) {
      pendingTick = null;
      boolean waiting = false;
      for (App app : List.copyOf(apps.values())) {
        waiting |= !reconcile(app);
      }
      for (Deployment d : List.copyOf(deployments.values())) {
        if (d.affected.stream().allMatch(this::converged)) {
          finish(d, true, null);
        }
      }
      if (waiting) {
        pendingTick = clock.schedule(OFFER_RETRY, this::tick);
      }
    }
  }

  /** Launches or kills toward the definition; false when launches wait for resources. */
  private boolean reconcile(App app) {
    List<Instance> mine = instancesOf(app.id);
    List<Instance> current = new ArrayList<>();
    List<Instance> old = new ArrayList<>();
    for (Instance i : mine) {
      if (i.task.state() == TaskState.TASK_UNREACHABLE) {
        continue; // unreachableStrategy 0/0: replaced at once
      }
      (i.generation == app.generation ? current : old).add(i);
    }
    int target = app.instances();
    boolean placedAll = true;
    int need = target - current.size();
    if (need > 0 && clock.millis() < app.delayUntil) {
      // backing off after failures: the queue shows the delay, a tick is due when it ends
      if (app.queuedSince == null) {
        app.queuedSince = now();
      }
      return true;
    }
    for (int n = 0; n < need; n++) {
      Instance launched = launch(app);
      if (launched == null) {
        placedAll = false;
        break;
      }
      current.add(launched);
    }
    if (need < 0) {
      Comparator<Instance> byStart = Comparator.comparingDouble(i -> i.task.firstTimestamp());
      current.sort("OLDEST_FIRST".equals(app.def.path("killSelection").asText()) ? byStart : byStart.reversed());
      for (int n = 0; n < -need; n++) {
        kill(current.get(n));
      }
    }
    long ready = current.stream().filter(i -> ready(app, i)).count();
    if (ready >= target) {
      old.forEach(this::kill);
    }
    if (placedAll) {
      app.queuedSince = null;
      app.lastUnusedOffers = List.of();
    } else {
      if (app.queuedSince == null) {
        app.queuedSince = now();
      }
      app.lastUnusedOffers = unusedOffers(app);
    }
    return placedAll;
  }

  private boolean ready(App app, Instance i) {
    return i.task.state() == TaskState.TASK_RUNNING && (!app.hasHealthChecks() || i.healthy);
  }

  private boolean converged(String appId) {
    App app = apps.get(appId);
    List<Instance> mine = instancesOf(appId);
    if (app == null) {
      return mine.isEmpty();
    }
    long ready = mine.stream().filter(i -> i.generation == app.generation && ready(app, i)).count();
    return ready == app.instances() && mine.size() == app.instances();
  }

  private Instance launch(App app) {
    double cpus = app.def.path("cpus").asDouble();
    double mem = app.def.path("mem").asDouble();
    double disk = app.def.path("disk").asDouble();
    Agent agent = model.findAgent(cpus, mem, disk, a -> constraintsAllow(app, a));
    if (agent == null) {
      return null;
    }
    String uuid = UUID.randomUUID().toString();
    String prefix = app.id.substring(1).replace('/', '_');
    Map<String, String> labels = new LinkedHashMap<>();
    app.def.path("labels").properties().forEach(e -> labels.put(e.getKey(), e.getValue().asText()));
    Instance i = new Instance();
    i.appId = app.id;
    i.version = app.version;
    i.generation = app.generation;
    i.instanceId = prefix + ".marathon-" + uuid;
    instances.put(prefix + "." + uuid, i);
    String name = app.id.substring(app.id.lastIndexOf('/') + 1);
    i.task = model.launch(framework.id, prefix + "." + uuid, name, agent, cpus, mem, disk,
        app.portCount(), labels);
    String cmd = app.def.path("cmd").asText("");
    i.task.appendStderr("Starting task " + i.task.id);
    CommandScript script = CommandScript.parse(cmd);
    script.lines(false).forEach(i.task::appendStdout);
    script.lines(true).forEach(i.task::appendStderr);
    clock.schedule(STAGING_TIME, () -> {
      synchronized (model) {
        if (i.task.state() == TaskState.TASK_STAGING) {
          model.update(i.task, TaskState.TASK_RUNNING, "");
        }
      }
    });
    if (script.exitCode != 0) {
      // a command that exits non-zero crashes after its run time; Marathon relaunches it
      clock.schedule(STAGING_TIME.plus(script.runtime), () -> {
        synchronized (model) {
          if (!i.task.state().terminal) {
            i.task.appendStderr("Command exited with status " + script.exitCode);
            model.update(i.task, TaskState.TASK_FAILED, "Command exited with status " + script.exitCode);
          }
        }
      });
    }
    return i;
  }

  /** UNIQUE, CLUSTER, LIKE and UNLIKE on hostname or agent attributes; others are not checked. */
  private boolean constraintsAllow(App app, Agent a) {
    for (JsonNode c : app.def.path("constraints")) {
      String field = c.path(0).asText();
      String op = c.path(1).asText();
      String value = c.path(2).asText(null);
      String actual = field.equals("hostname") ? a.hostname() : a.attributes.get(field);
      switch (op) {
        case "UNIQUE" -> {
          for (Instance i : instancesOf(app.id)) {
            String other = field.equals("hostname") ? i.task.agent.hostname() : i.task.agent.attributes.get(field);
            if (!i.task.state().terminal && other != null && other.equals(actual)) {
              return false;
            }
          }
        }
        case "CLUSTER", "IS" -> {
          if (value != null && !value.equals(actual)) {
            return false;
          }
        }
        case "LIKE" -> {
          if (actual == null || !actual.matches(value)) {
            return false;
          }
        }
        case "UNLIKE" -> {
          if (actual != null && actual.matches(value)) {
            return false;
          }
        }
        default -> {
          // GROUP_BY, MAX_PER: accepted, not enforced
        }
      }
    }
    return true;
  }

  private List<ObjectNode> unusedOffers(App app) {
    List<ObjectNode> out = new ArrayList<>();
    for (Agent a : model.agents()) {
      List<String> reasons = model.rejectReasons(a, app.def.path("cpus").asDouble(),
          app.def.path("mem").asDouble(), app.def.path("disk").asDouble(), x -> constraintsAllow(app, x));
      if (reasons.isEmpty()) {
        continue;
      }
      ObjectNode o = Json.obj();
      ObjectNode offer = o.putObject("offer");
      offer.put("id", UUID.randomUUID().toString()).put("agentId", a.id).put("hostname", a.hostname());
      double[] used = model.used(a);
      ArrayNode res = offer.putArray("resources");
      res.addObject().put("name", "cpus").put("scalar", a.cpus - used[0]).put("role", "*");
      res.addObject().put("name", "mem").put("scalar", a.mem - used[1]).put("role", "*");
      res.addObject().put("name", "disk").put("scalar", a.disk - used[2]).put("role", "*");
      ArrayNode attrs = offer.putArray("attributes");
      a.attributes.forEach((k, v) -> attrs.addObject().put("name", k).putArray("set").add(v));
      o.put("timestamp", now());
      ArrayNode r = o.putArray("reason");
      reasons.forEach(r::add);
      out.add(o);
    }
    return out;
  }

  private void kill(Instance i) {
    if (!i.task.state().terminal) {
      model.update(i.task, TaskState.TASK_KILLED, "Killed by Marathon");
    }
  }

  private void finish(Deployment d, boolean success, String reason) {
    if (deployments.remove(d.id) == null) {
      return;
    }
    ObjectNode e = event(success ? "deployment_success" : "deployment_failed").put("id", d.id);
    e.set("plan", views.plan(d));
    if (!success) {
      e.put("reason", reason);
    }
    if (success && !d.affected.isEmpty()) {
      ObjectNode step = event("deployment_step_success");
      step.set("plan", views.plan(d));
      step.set("currentStep", views.step(d));
      events.publish(step);
    }
    events.publish(e);
    if (success) {
      events.publish(event("group_change_success").put("groupId", "/").put("version", d.version));
    }
  }

  /** Mesos status updates of Marathon's tasks: events, health, failures, replacements. */
  private void onStatus(SimTask t, TaskState state) {
    Instance i = instances.get(t.id);
    if (i == null) {
      return;
    }
    ObjectNode su = event("status_update_event").put("slaveId", t.agent.id).put("taskId", t.id)
        .put("taskStatus", state.name()).put("message", t.message()).put("appId", i.appId)
        .put("host", t.agent.hostname());
    su.putArray("ipAddresses").addObject().put("ipAddress", t.ip).put("protocol", "IPv4");
    ArrayNode ports = su.putArray("ports");
    t.hostPorts.forEach(ports::add);
    su.put("version", i.version);
    events.publish(su);
    events.publish(event("instance_changed_event").put("instanceId", i.instanceId)
        .put("condition", condition(state)).put("runSpecId", i.appId).put("agentId", t.agent.id)
        .put("host", t.agent.hostname()).put("runSpecVersion", i.version));
    App app = apps.get(i.appId);
    if (state == TaskState.TASK_RUNNING && app != null && app.hasHealthChecks()) {
      boolean sick = app.def.path("cmd").asText("").contains("unhealthy");
      clock.schedule(HEALTHY_AFTER, () -> {
        synchronized (model) {
          if (t.state() == TaskState.TASK_RUNNING && !sick) {
            i.healthy = true;
            i.firstSuccess = now();
            i.lastSuccess = i.firstSuccess;
            events.publish(event("health_status_changed_event").put("appId", i.appId)
                .put("instanceId", i.instanceId).put("version", i.version).put("alive", true));
            events.publish(event("instance_health_changed_event").put("instanceId", i.instanceId)
                .put("runSpecId", i.appId).put("healthy", true).put("runSpecVersion", i.version));
            tickSoon();
          }
        }
      });
    }
    if (state == TaskState.TASK_FAILED || state == TaskState.TASK_LOST || state == TaskState.TASK_ERROR) {
      if (app != null) {
        app.failures++;
        double delay = app.def.path("backoffSeconds").asDouble(1)
            * Math.pow(app.def.path("backoffFactor").asDouble(1.15), app.failures - 1);
        delay = Math.min(delay, app.def.path("maxLaunchDelaySeconds").asDouble(300));
        app.delayUntil = clock.millis() + (long) (delay * 1000);
        clock.scheduleAt(app.delayUntil, this::tick);
        app.lastTaskFailure = Json.obj().put("appId", app.id).put("host", t.agent.hostname())
            .put("message", t.message()).put("state", state.name()).put("taskId", t.id)
            .put("timestamp", now()).put("version", i.version).put("slaveId", t.agent.id);
      }
    }
    if (state.terminal) {
      instances.remove(t.id);
    }
    tickSoon();
  }

  private static String condition(TaskState s) {
    return switch (s) {
      case TASK_STAGING -> "Staging";
      case TASK_STARTING -> "Starting";
      case TASK_RUNNING -> "Running";
      case TASK_KILLING -> "Killing";
      case TASK_KILLED -> "Killed";
      case TASK_FINISHED -> "Finished";
      case TASK_FAILED -> "Failed";
      case TASK_ERROR -> "Error";
      case TASK_UNREACHABLE -> "Unreachable";
      case TASK_GONE -> "Gone";
      case TASK_DROPPED -> "Dropped";
      default -> "Unknown";
    };
  }

  // ---- views -----------------------------------------------------------------------------------

  List<Instance> instancesOf(String appId) {
    List<Instance> out = new ArrayList<>();
    for (Instance i : instances.values()) {
      if (i.appId.equals(appId)) {
        out.add(i);
      }
    }
    return out;
  }

  Instance instance(String taskId) {
    return instances.get(taskId);
  }

}
