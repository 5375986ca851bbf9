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
import java.util.ArrayList;
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
    if (p.startsWith("/stats/") && method.equals("GET")) {
      stats(ex, svc, p.substring("/stats/".length()));
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

  /**
   * {@code JobManagementResource.search} (3.0.2): case-insensitive substrings; an empty
   * parameter filters nothing; {@code any} only brings back a job that {@code name} or
   * {@code command} left out (so {@code any} alone lists every job); then
   * {@code slice(offset, offset + limit)} of the list, {@code limit} 10 and {@code offset} 0 by
   * default. A {@code limit} or {@code offset} that is not an integer is a JAX-RS 404.
   */
  private static void search(SimExchange ex, ChronosService svc) {
    String name = lower(ex.param("name"));
    String command = lower(ex.param("command"));
    String any = lower(ex.param("any"));
    Integer limit = integerParam(ex, "limit", 10);
    Integer offset = integerParam(ex, "offset", 0);
    if (limit == null || offset == null) {
      notFound(ex);
      return;
    }
    List<ChronosJob> matches = new ArrayList<>();
    for (ChronosJob j : svc.jobs.values()) {
      String n = j.name.toLowerCase();
      String c = j.command.toLowerCase();
      boolean valid = (name == null || n.contains(name)) && (command == null || c.contains(command));
      if (!valid && any != null && (n.contains(any) || c.contains(any))) {
        valid = true;
      }
      if (valid) {
        matches.add(j);
      }
    }
    // Scala's List.slice: bounds clamped to the list, an empty slice when until <= from; the sum
    // is an Integer sum, so it overflows like upstream's
    int from = Math.max(0, offset);
    int until = Math.min(offset + limit, matches.size());
    ArrayNode arr = Json.arr();
    for (int i = from; i < until; i++) {
      arr.add(matches.get(i).json(svc.version, false));
    }
    ex.json(200, arr);
  }

  /** A JAX-RS {@code Integer} query parameter: absent → the default, not an integer → null. */
  private static Integer integerParam(SimExchange ex, String name, int dflt) {
    String v = ex.param(name);
    if (v == null) {
      return dflt;
    }
    try {
      return Integer.valueOf(v);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * {@code StatsResource.getPerf}: every job whose run-time histogram has the key
   * {@code percentile} ({@code 99thPercentile} ... {@code median}, {@code mean}), as
   * {@code {"jobNameLabel", "time"}} in seconds, slowest first; any other key lists nothing.
   */
  private static void stats(SimExchange ex, ChronosService svc, String percentile) {
    List<ObjectNode> rows = new ArrayList<>();
    for (ChronosJob j : svc.jobs.values()) {
      JsonNode value = histogram(svc.durations(j.name)).get(percentile);
      if (value != null) {
        rows.add(Json.obj().put("jobNameLabel", j.name).put("time", value.asDouble() / 1000.0));
      }
    }
    rows.sort((a, b) -> Double.compare(b.get("time").asDouble(), a.get("time").asDouble()));
    ArrayNode arr = Json.arr();
    rows.forEach(arr::add);
    ex.json(200, arr);
  }

  private static String lower(String s) {
    return s == null ? null : s.toLowerCase();
  }

  private static void stat(SimExchange ex, ChronosService svc, ChronosJob j) {
    ObjectNode o = Json.obj();
    o.set("histogram", histogram(svc.durations(j.name)));
    // no Cassandra in the emulator, like a default install: the history stays empty
    o.putArray("taskStatHistory");
    ex.json(200, o);
  }

  /** The run-time histogram of successful runs in ms ({@code JobStatWrapperSerializer}). */
  private static ObjectNode histogram(List<Long> d) {
    return Json.obj().put("75thPercentile", pct(d, 0.75)).put("95thPercentile", pct(d, 0.95))
        .put("98thPercentile", pct(d, 0.98)).put("99thPercentile", pct(d, 0.99))
        .put("median", pct(d, 0.5)).put("mean", pct(d, 0.5)).put("count", d.size());
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
