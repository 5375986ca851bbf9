package io.pdimesos.sim.chronos;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pdimesos.sim.http.JettyPages;
import io.pdimesos.sim.http.Json;
import io.pdimesos.sim.http.Route;
import io.pdimesos.sim.http.SimExchange;
import io.pdimesos.sim.http.SimHttpServer;
import java.io.IOException;
import java.util.List;

/**
 * The REST API of one Chronos instance, 3.x ({@code /v1/scheduler}) or 2.x ({@code /scheduler})
 * (chronos.md §1-§2, §7). A non-leader serves the leader's answer (upstream proxies).
 */
public final class ChronosRoutes implements Route {
  private static final String STACK = "\n\tat scala.Predef$.require(Predef.scala:224)"
      + "\n\tat org.apache.mesos.chronos.scheduler.api.JobManagementResource.apply(JobManagementResource.scala:160)";

  private final ChronosCluster cluster;
  private final int index;

  public ChronosRoutes(ChronosCluster cluster, int index) {
    this.cluster = cluster;
    this.index = index;
  }

  @Override
  public void handle(SimExchange ex) throws IOException {
    ex.header("Access-Control-Allow-Origin", "*");
    SimHttpServer leader = cluster.leader();
    if (leader != cluster.server(index)) {
      if (leader == null) {
        ex.text(500, "text/plain", "Error proxying request to leader (maybe the leadership just changed?)");
        return;
      }
      cluster.leaderRoutes().serve(ex);
      return;
    }
    serve(ex);
  }

  void serve(SimExchange ex) {
    ChronosService svc = cluster.service;
    try {
      synchronized (svc.model) {
        route(ex, svc);
      }
    } catch (ChronosError e) {
      error(ex, svc.version, e);
    }
  }

  private static void error(SimExchange ex, int version, ChronosError e) {
    if (version == 2) {
      // 2.x: the bare message as text; bad schedules and 500s come back empty (chronos.md §7)
      boolean empty = e.status == 500 || e.getMessage().startsWith("Cannot parse schedule");
      ex.text(e.status, "text/plain", empty ? "" : e.getMessage());
      return;
    }
    String message = e.requirement ? "java.lang.IllegalArgumentException: " + e.getMessage() + STACK
        : e.getMessage();
    ex.json(e.status, Json.obj().put("message", message)
        .put("status", e.status == 400 ? "Bad Request" : "Internal Server Error"));
  }

  private void route(SimExchange ex, ChronosService svc) throws ChronosError {
    String path = ex.path();
    String method = ex.method();
    if (path.equals("/ping")) {
      ex.text(200, "text/plain", "pong");
      return;
    }
    if (path.equals("/metrics")) {
      metrics(ex, svc);
      return;
    }
    String prefix = svc.version == 3 ? "/v1/scheduler" : "/scheduler";
    if (!path.startsWith(prefix + "/")) {
      notFound(ex);
      return;
    }
    String p = path.substring(prefix.length());
    boolean v3 = svc.version == 3;
    if ((p.equals("/iso8601") || p.equals("/dependency"))
        && (method.equals("POST") || (!v3 && method.equals("PUT")))) {
      String ct = ex.header("Content-Type");
      if (ct == null || !ct.startsWith("application/json")) {
        ex.empty(415);
        return;
      }
      JsonNode body;
      try {
        body = Json.parse(ex.body());
      } catch (IOException e) {
        throw new ChronosError(400, e.getMessage() == null ? "Invalid JSON" : e.getMessage().split("\n")[0], false);
      }
      if (body == null || !body.isObject() || !body.hasNonNull("name")) {
        throw new ChronosError(500, "java.lang.NullPointerException", false);
      }
      if (p.equals("/iso8601")) {
        svc.upsertScheduled(body);
      } else {
        svc.upsertDependent(body);
      }
      ex.empty(204);
      return;
    }
    if (p.equals("/iso8601") || p.equals("/dependency")) {
      ex.text(405, "text/html;charset=ISO-8859-1", JettyPages.error(405, path, "Method Not Allowed"));
      return;
    }
    if (p.equals("/jobs") && method.equals("GET")) {
      ArrayNode arr = Json.arr();
      svc.jobs.values().forEach(j -> arr.add(j.json(svc.version, true)));
      ex.json(200, arr);
      return;
    }
    if (p.equals("/jobs/search") && method.equals("GET")) {
      search(ex, svc);
      return;
    }
    if (v3 && p.equals("/jobs/summary") && method.equals("GET")) {
      ObjectNode o = Json.obj();
      ArrayNode arr = o.putArray("jobs");
      for (ChronosJob j : svc.jobs.values()) {
        ObjectNode s = arr.addObject().put("name", j.name).put("status", ChronosService.lastOutcome(j))
            .put("state", svc.currentState(j)).put("schedule", j.dependent() ? "" : j.schedule.toString());
        ArrayNode ps = s.putArray("parents");
        if (j.dependent()) {
          j.parents.forEach(ps::add);
        }
        s.put("disabled", j.disabled);
      }
      ex.json(200, o);
      return;
    }
    if (p.startsWith("/job/success/") && method.equals("PUT")) {
      String name = p.substring("/job/success/".length());
      boolean ok = svc.markSuccess(name);
      ex.text(200, "text/plain", "marked job " + name + " as successful: " + ok);
      return;
    }
    if (p.startsWith("/job/stat/") && method.equals("GET")) {
      stat(ex, svc, svc.require(p.substring("/job/stat/".length()), "Job"));
      return;
    }
    if (p.startsWith("/job/")) {
      String name = p.substring("/job/".length());
      switch (method) {
        case "PUT" -> {
          svc.runNow(name, ex.param("arguments"));
          ex.empty(204);
        }
        case "DELETE" -> {
          svc.delete(name);
          ex.empty(204);
        }
        case "GET" -> {
          if (!v3) {
            notFound(ex);
            return;
          }
          ex.json(200, svc.require(name, "Job").json(svc.version, false));
        }
        default -> notFound(ex);
      }
      return;
    }
    if (p.startsWith("/task/kill/") && method.equals("DELETE")) {
      svc.killTasks(p.substring("/task/kill/".length()));
      ex.empty(204);
      return;
    }
    if (p.equals("/graph/csv") && method.equals("GET")) {
      ex.text(200, "text/plain", svc.graphCsv());
      return;
    }
    if (p.equals("/graph/dot") && method.equals("GET")) {
      ex.text(200, "text/plain", svc.graphDot());
      return;
    }
    if (p.equals("/leader") && method.equals("GET")) {
      ex.json(200, Json.obj().put("leader", cluster.leader().authority()));
      return;
    }
    notFound(ex);
  }

  private static void notFound(SimExchange ex) {
    ex.text(404, "text/html;charset=ISO-8859-1", JettyPages.error(404, ex.path(), "Not Found"));
  }

  /** Case-insensitive substring match; default limit 10 (chronos.md §2). */
  private static void search(SimExchange ex, ChronosService svc) {
    String name = lower(ex.param("name"));
    String command = lower(ex.param("command"));
    String any = lower(ex.param("any"));
    int limit = ex.param("limit") == null ? 10 : Integer.parseInt(ex.param("limit"));
    int offset = ex.param("offset") == null ? 0 : Integer.parseInt(ex.param("offset"));
    ArrayNode arr = Json.arr();
    int seen = 0;
    for (ChronosJob j : svc.jobs.values()) {
      String n = j.name.toLowerCase();
      String c = j.command.toLowerCase();
      boolean match = (name == null || n.contains(name)) && (command == null || c.contains(command))
          && (any == null || n.contains(any) || c.contains(any));
      if (!match) {
        continue;
      }
      if (seen++ < offset) {
        continue;
      }
      if (arr.size() >= limit) {
        break;
      }
      arr.add(j.json(svc.version, false));
    }
    ex.json(200, arr);
  }

  private static String lower(String s) {
    return s == null ? null : s.toLowerCase();
  }

  private static void stat(SimExchange ex, ChronosService svc, ChronosJob j) {
    List<Long> d = svc.durations(j.name);
    ObjectNode o = Json.obj();
    ObjectNode h = o.putObject("histogram");
    h.put("75thPercentile", pct(d, 0.75)).put("95thPercentile", pct(d, 0.95))
        .put("98thPercentile", pct(d, 0.98)).put("99thPercentile", pct(d, 0.99))
        .put("median", pct(d, 0.5)).put("mean", pct(d, 0.5)).put("count", d.size());
    // no Cassandra in the emulator, like a default install: the history stays empty
    o.putArray("taskStatHistory");
    ex.json(200, o);
  }

  private static double pct(List<Long> sorted, double q) {
    if (sorted.isEmpty()) {
      return 0.0;
    }
    int i = (int) Math.min(sorted.size() - 1, Math.ceil(q * sorted.size()) - 1);
    return sorted.get(Math.max(0, i));
  }

  private static void metrics(SimExchange ex, ChronosService svc) {
    ObjectNode o = Json.obj().put("version", "3.0.0");
    ObjectNode gauges = o.putObject("gauges");
    gauges.putObject("org.apache.mesos.chronos.scheduler.jobs.TaskManager.queueSize").put("value", svc.queue.size());
    ObjectNode counters = o.putObject("counters");
    for (ChronosJob j : svc.jobs.values()) {
      counters.putObject("jobs.run.success." + j.name).put("count", j.successCount);
      counters.putObject("jobs.run.failure." + j.name).put("count", j.errorCount);
    }
    o.putObject("histograms");
    o.putObject("meters");
    o.putObject("timers");
    ex.json(200, o);
  }
}
