package io.pdimesos.sim.marathon;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pdimesos.sim.http.Json;
import io.pdimesos.sim.model.SimTask;
import io.pdimesos.sim.model.TaskState;
import java.util.List;

/** Marathon's JSON views of the service state: AppInfo, Task, deployments, plans, queue (marathon.md §5, §7). */
final class MarathonViews {
  private final MarathonService svc;

  MarathonViews(MarathonService svc) {
    this.svc = svc;
  }

  ObjectNode plan(MarathonService.Deployment d) {
    ObjectNode p = Json.obj().put("id", d.id);
    ArrayNode steps = p.putArray("steps");
    if (!d.actions.isEmpty()) {
      steps.add(step(d));
    }
    p.put("version", d.version);
    return p;
  }

  ObjectNode step(MarathonService.Deployment d) {
    ObjectNode s = Json.obj();
    ArrayNode actions = s.putArray("actions");
    d.actions.forEach((app, action) -> actions.addObject().put("action", action).put("app", app));
    return s;
  }

  ObjectNode deploymentJson(MarathonService.Deployment d) {
    ObjectNode o = Json.obj().put("id", d.id).put("version", d.version);
    ArrayNode aa = o.putArray("affectedApps");
    d.affected.forEach(aa::add);
    o.putArray("affectedPods");
    o.putArray("steps").add(step(d));
    ArrayNode current = o.putArray("currentActions");
    d.actions.forEach((app, action) -> current.addObject().put("action", action).put("app", app)
        .putArray("readinessCheckResults"));
    o.put("currentStep", d.currentStep).put("totalSteps", d.actions.isEmpty() ? 0 : 1);
    return o;
  }

  ObjectNode taskJson(MarathonService.Instance i) {
    SimTask t = i.task;
    MarathonService.App app = svc.apps.get(i.appId);
    ObjectNode o = Json.obj();
    o.put("id", t.id).put("slaveId", t.agent.id).put("host", t.agent.hostname())
        .put("state", t.state().name());
    boolean active = !t.state().terminal;
    if (active) {
      o.put("stagedAt", Json.iso((long) (t.firstTimestamp() * 1000)));
      double started = t.timestampOf(TaskState.TASK_RUNNING);
      if (started >= 0) {
        o.put("startedAt", Json.iso((long) (started * 1000)));
      }
      o.put("version", i.version);
      ArrayNode ports = o.putArray("ports");
      t.hostPorts.forEach(ports::add);
    }
    o.put("appId", i.appId);
    ArrayNode sp = o.putArray("servicePorts");
    if (app != null) {
      app.servicePorts.forEach(sp::add);
    }
    o.putArray("ipAddresses").addObject().put("ipAddress", t.ip).put("protocol", "IPv4");
    if (app != null && app.hasHealthChecks()) {
      ArrayNode hc = o.putArray("healthCheckResults");
      if (i.healthy) {
        hc.addObject().put("alive", true).put("consecutiveFailures", 0).put("firstSuccess", i.firstSuccess)
            .putNull("lastFailure").put("lastSuccess", i.lastSuccess).putNull("lastFailureCause")
            .put("instanceId", i.instanceId);
      }
    }
    o.putArray("localVolumes");
    o.put("region", "local").put("zone", "local").put("role", "*");
    return o;
  }

  /** AppInfo: the definition plus counts and deployments; {@code full} adds tasks and lastTaskFailure. */
  ObjectNode appJson(MarathonService.App app, boolean full) {
    ObjectNode o = app.def.deepCopy();
    o.put("version", app.version);
    o.putObject("versionInfo").put("lastScalingAt", app.lastScalingAt)
        .put("lastConfigChangeAt", app.lastConfigChangeAt);
    List<MarathonService.Instance> mine = svc.instancesOf(app.id);
    int staged = 0, running = 0, healthy = 0, unhealthy = 0;
    for (MarathonService.Instance i : mine) {
      TaskState s = i.task.state();
      if (s == TaskState.TASK_STAGING || s == TaskState.TASK_STARTING) {
        staged++;
      } else if (s == TaskState.TASK_RUNNING) {
        running++;
        if (app.hasHealthChecks()) {
          if (i.healthy) {
            healthy++;
          } else if (app.def.path("cmd").asText("").contains("unhealthy")) {
            unhealthy++;
          }
        }
      }
    }
    o.put("tasksStaged", staged).put("tasksRunning", running).put("tasksHealthy", healthy)
        .put("tasksUnhealthy", unhealthy);
    ArrayNode ds = o.putArray("deployments");
    for (MarathonService.Deployment d : svc.deployments.values()) {
      if (d.affected.contains(app.id)) {
        ds.addObject().put("id", d.id);
      }
    }
    if (full) {
      ArrayNode tasks = o.putArray("tasks");
      mine.forEach(i -> tasks.add(taskJson(i)));
      if (app.lastTaskFailure != null) {
        o.set("lastTaskFailure", app.lastTaskFailure);
      }
    }
    return o;
  }

  ObjectNode queueJson() {
    ObjectNode o = Json.obj();
    ArrayNode q = o.putArray("queue");
    for (MarathonService.App app : svc.apps.values()) {
      if (app.queuedSince == null) {
        continue;
      }
      long running = svc.instancesOf(app.id).stream().filter(i -> i.generation == app.generation).count();
      ObjectNode e = q.addObject();
      ObjectNode def = app.def.deepCopy();
      def.put("version", app.version);
      e.set("app", def);
      e.put("count", Math.max(0, app.instances() - running)).put("role", "*");
      long left = Math.max(0, app.delayUntil - svc.clock.millis()) / 1000;
      e.putObject("delay").put("timeLeftSeconds", left).put("overdue", left == 0);
      e.put("since", app.queuedSince);
      ObjectNode summary = e.putObject("processedOffersSummary");
      summary.put("processedOffersCount", app.lastUnusedOffers.size())
          .put("unusedOffersCount", app.lastUnusedOffers.size());
      if (!app.lastUnusedOffers.isEmpty()) {
        summary.put("lastUnusedOfferAt", app.queuedSince);
      }
      ArrayNode rs = summary.putArray("rejectSummaryLastOffers");
      for (String reason : List.of("UnfulfilledRole", "UnfulfilledConstraint", "InsufficientCpus",
          "InsufficientMemory", "InsufficientDisk", "InsufficientGpus")) {
        long declined = app.lastUnusedOffers.stream()
            .filter(u -> u.get("reason").toString().contains("\"" + reason + "\"")).count();
        rs.addObject().put("reason", reason).put("declined", declined)
            .put("processed", app.lastUnusedOffers.size());
      }
      ArrayNode lu = e.putArray("lastUnusedOffers");
      app.lastUnusedOffers.forEach(lu::add);
    }
    return o;
  }
}
