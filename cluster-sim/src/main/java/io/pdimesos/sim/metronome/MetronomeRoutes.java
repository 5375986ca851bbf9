package io.pdimesos.sim.metronome;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pdimesos.sim.http.Json;
import io.pdimesos.sim.http.Route;
import io.pdimesos.sim.http.SimExchange;
import io.pdimesos.sim.http.SimHttpServer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The REST API of one Metronome instance (api/src/main/resources/routes; reference metronome.md
 * §1-§2). A non-leader serves the leader's answer and says so in {@code X-LEADER}, as
 * LeaderProxyFilter does; with no leader it answers 503 "No consistent leadership".
 */
public final class MetronomeRoutes implements Route {
  /** Binders.pathPathBinder: each dot-separated segment (empty ones dropped) must match. */
  private static final Pattern SEGMENT = Pattern.compile(
      "^(([a-z0-9]|[a-z0-9][a-z0-9\\-]*[a-z0-9])\\.)*([a-z0-9]|[a-z0-9][a-z0-9\\-]*[a-z0-9])$");
  /** JobInfo.Embed.names, in the order Binders lists them. */
  private static final List<String> EMBEDS = List.of("activeRuns", "schedules", "history",
      "historySummary");

  private final MetronomeCluster cluster;
  private final int index;

  public MetronomeRoutes(MetronomeCluster cluster, int index) {
    this.cluster = cluster;
    this.index = index;
  }

  @Override
  public void handle(SimExchange ex) throws IOException {
    SimHttpServer leader = cluster.leader();
    if (leader == null || !leader.running()) {
      ex.text(503, "text/plain; charset=utf-8", "No consistent leadership");
      return;
    }
    if (leader != cluster.server(index)) {
      ex.header("X-LEADER", leader.authority());
      ex.header("X-VIA", cluster.server(index).authority());
      cluster.leaderRoutes().serve(ex);
      return;
    }
    serve(ex);
  }

  void serve(SimExchange ex) {
    MetronomeService svc = cluster.service;
    try {
      synchronized (svc.model) {
        route(ex, svc);
      }
    } catch (MetronomeError e) {
      ex.json(e.status, e.body);
    }
  }

  private void route(SimExchange ex, MetronomeService svc) throws MetronomeError {
    String path = ex.path();
    String m = ex.method();
    switch (m + " " + path) {
      case "GET /ping" -> {
        ex.text(200, "text/plain; charset=utf-8", "pong");
        return;
      }
      case "GET /info" -> {
        ObjectNode info = Json.obj().put("version", "0.6.0").put("libVersion", "1.7.202");
        info.putObject("config").put("metronome.history.count", "1000")
            .put("metronome.framework.name", "\"metronome\"");
        ex.json(200, info);
        return;
      }
      case "GET /leader" -> {
        ex.json(200, Json.obj().put("leader", cluster.leader().authority()));
        return;
      }
      case "GET /v1/metrics" -> {
        ObjectNode o = Json.obj().put("version", "4.0.0");
        o.putObject("counters").<ObjectNode>set("jobs.started", Json.obj().put("count",
            svc.started)).set("jobs.failed", Json.obj().put("count", svc.failed));
        o.putObject("gauges").set("jobs.active", Json.obj().put("value", svc.runs.size()));
        o.putObject("histograms");
        o.putObject("meters");
        o.putObject("timers");
        ex.json(200, o);
        return;
      }
      case "GET /v1/queue" -> {
        ArrayNode q = Json.arr();
        svc.queued().forEach((job, runs) -> {
          ArrayNode rs = q.addObject().put("jobId", job).putArray("runs");
          runs.forEach(id -> rs.addObject().put("runId", id));
        });
        ex.json(200, q);
        return;
      }
      case "GET /v1/jobs" -> {
        Set<String> embed = embeds(ex);
        ArrayNode arr = Json.arr();
        svc.jobs.values().forEach(j -> arr.add(svc.info(j, embed)));
        ex.json(200, arr);
        return;
      }
      case "POST /v1/jobs" -> {
        ex.json(201, svc.create(body(ex)));
        return;
      }
      default -> {
        // the job routes below
      }
    }
    if (!path.startsWith("/v1/jobs/")) {
      throw unknownRoute(ex);
    }
    String[] p = path.substring("/v1/jobs/".length()).split("/", -1);
    String id = jobId(p[0], ex);
    String rest = m + " " + String.join("/", java.util.Arrays.copyOfRange(p, 1, p.length));
    if (p.length == 1) {
      switch (m) {
        case "GET" -> ex.json(200, svc.info(svc.require(id), embeds(ex)));
        case "PUT" -> ex.json(200, svc.update(id, body(ex)));
        case "DELETE" -> ex.json(200, svc.delete(id, ex.flag("stopCurrentJobRuns", false)));
        default -> throw unknownRoute(ex);
      }
      return;
    }
    if (rest.equals("GET schedules")) {
      ArrayNode arr = Json.arr();
      for (JsonNode s : svc.require(id).spec.get("schedules")) {
        arr.add(svc.renderSchedule((ObjectNode) s));
      }
      ex.json(200, arr);
    } else if (rest.equals("POST schedules")) {
      ex.json(201, svc.addSchedule(id, body(ex)));
    } else if (p.length == 3 && p[1].equals("schedules")) {
      switch (m) {
        case "GET" -> ex.json(200, svc.schedule(id, p[2]));
        case "PUT" -> ex.json(200, svc.updateSchedule(id, p[2], body(ex)));
        case "DELETE" -> {
          svc.deleteSchedule(id, p[2]);
          ex.empty(200);
        }
        default -> throw unknownRoute(ex);
      }
    } else if (rest.equals("POST runs")) {
      // the request body is ignored: runs cannot be parameterised (reference §4)
      ex.json(201, svc.render(svc.start(svc.require(id), null)));
    } else if (rest.equals("GET runs")) {
      svc.require(id);
      ArrayNode arr = Json.arr();
      svc.activeRuns(id).forEach(r -> arr.add(svc.render(r)));
      ex.json(200, arr);
    } else if (p.length == 3 && p[1].equals("runs") && m.equals("GET")) {
      ex.json(200, svc.render(svc.requireRun(id, p[2])));
    } else if (p.length == 5 && p[1].equals("runs") && p[3].equals("actions")
        && p[4].equals("stop") && m.equals("POST")) {
      svc.require(id);
      MetronomeService.Run r = svc.requireRun(id, p[2]);
      svc.abort(r);
      ex.json(200, svc.render(r));
    } else {
      throw unknownRoute(ex);
    }
  }

  /** An auth plugin's 401 (RAML traits.raml: secured). */
  public static void unauthorized(SimExchange ex) {
    ex.json(401, Json.message("Invalid username or password."));
  }

  /**
   * How injected errors look: 503 is LeaderProxyFilter's text, 500 ErrorHandler's
   * {@code requestPath}, 403 the auth plugin's message, the rest Play's client error.
   */
  public static void injected(SimExchange ex, int status) {
    switch (status) {
      case 503 -> ex.text(503, "text/plain; charset=utf-8", "No consistent leadership");
      case 500 -> ex.json(500, Json.obj().put("requestPath", ex.path()));
      case 403 -> ex.json(403, Json.message("Not Authorized to perform this action!"));
      default -> ex.json(status, MetronomeError.client(status, "Injected failure (" + status
          + ")", ex.path()).body);
    }
  }

  private static MetronomeError unknownRoute(SimExchange ex) {
    return MetronomeError.client(404, "Unknown route.", ex.path());
  }

  /** The path's job id as the binder reads it, or Play's 400. */
  private static String jobId(String raw, SimExchange ex) throws MetronomeError {
    List<String> segments = new ArrayList<>();
    for (String s : raw.split("\\.")) {
      if (!s.isEmpty()) {
        segments.add(s);
      }
    }
    for (String s : segments) {
      if (!SEGMENT.matcher(s).matches()) {
        throw MetronomeError.client(400, "Not a valid id: " + raw, ex.path());
      }
    }
    if (segments.isEmpty()) {
      throw MetronomeError.client(400, "Not a valid id: " + raw, ex.path());
    }
    return String.join(".", segments);
  }

  /** Binders.embedQueryBinder: repeated or comma-separated; anything unknown is a 400. */
  private static Set<String> embeds(SimExchange ex) throws MetronomeError {
    Set<String> out = new LinkedHashSet<>();
    for (String v : ex.params("embed")) {
      for (String e : v.split(",")) {
        if (!EMBEDS.contains(e)) {
          throw MetronomeError.client(400, "Unknown embed options. Valid options are: "
              + String.join(", ", EMBEDS), ex.path());
        }
        out.add(e);
      }
    }
    return out;
  }

  /** Play's JSON body parser: 415 without a JSON content type, 400 for text that is no JSON. */
  private static JsonNode body(SimExchange ex) throws MetronomeError {
    String ct = ex.header("Content-Type");
    if (ct == null || !(ct.startsWith("application/json") || ct.startsWith("text/json"))) {
      throw MetronomeError.client(415, "Expecting text/json or application/json body",
          ex.path());
    }
    try {
      JsonNode n = Json.parse(ex.body());
      if (n == null || n.isMissingNode()) {
        throw MetronomeError.client(400, "Invalid Json: No content to map due to end-of-input",
            ex.path());
      }
      return n;
    } catch (IOException e) {
      throw MetronomeError.client(400, "Invalid Json: " + e.getMessage().split("\n")[0],
          ex.path());
    }
  }
}
