package io.pdimesos.sim.marathon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pdimesos.sim.http.JettyPages;
import io.pdimesos.sim.http.Json;
import io.pdimesos.sim.http.Route;
import io.pdimesos.sim.http.SimExchange;
import io.pdimesos.sim.http.SimHttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The REST API of one Marathon instance (marathon.md §3). A non-leader forwards to the leader's
 * handler in process (upstream proxies over HTTP) and marks the answer with {@code X-Marathon-Via};
 * {@code /v2/events} on a non-leader answers 302 to the leader (1.7+).
 */
public final class MarathonRoutes implements Route {
  private final MarathonCluster cluster;
  private final int index;
  private final String mesosMaster;

  public MarathonRoutes(MarathonCluster cluster, int index, String mesosMaster) {
    this.cluster = cluster;
    this.index = index;
    this.mesosMaster = mesosMaster;
  }

  private SimHttpServer self() {
    return cluster.server(index);
  }

  @Override
  public void handle(SimExchange ex) throws IOException {
    ex.header("Cache-Control", "no-cache, no-store, must-revalidate").header("Pragma", "no-cache")
        .header("Expires", "0");
    SimHttpServer leader = cluster.leader();
    if (leader == null) {
      ex.json(502, Json.message("Could not determine the current leader"));
      return;
    }
    if (leader != self()) {
      if (ex.path().equals("/v2/events")) {
        ex.redirect(302, leader.url() + ex.pathAndQuery());
        return;
      }
      cluster.leaderRoutes().serve(ex);
      ex.header("X-Marathon-Via", "1.1 " + self().authority());
      return;
    }
    serve(ex);
  }

  /** What {@code /ping} may answer, in {@code SystemResource.ping}'s order of preference. */
  private static final List<String> PING_VARIANTS = List.of("text/plain", "text/html",
      "application/json", "text/*");

  /**
   * {@code SystemResource.ping} (1.10): the variant the {@code Accept} header prefers (highest
   * {@code q} first, then the order above; no header = text/plain): JSON gets {@code "pong"}
   * quoted, text types the bare word, nothing acceptable a 204.
   */
  private static void ping(SimExchange ex) {
    String accept = ex.header("Accept");
    List<String[]> ranges = new ArrayList<>();
    for (String range : (accept == null ? "*/*" : accept).split(",")) {
      String[] parts = range.trim().split(";");
      double q = 1;
      for (int i = 1; i < parts.length; i++) {
        String p = parts[i].trim();
        if (p.startsWith("q=")) {
          try {
            q = Double.parseDouble(p.substring(2));
          } catch (NumberFormatException e) {
            q = 0;
          }
        }
      }
      if (q > 0) {
        ranges.add(new String[] {parts[0].trim().toLowerCase(java.util.Locale.ROOT), String.valueOf(q)});
      }
    }
    ranges.sort((a, b) -> Double.compare(Double.parseDouble(b[1]), Double.parseDouble(a[1])));
    for (String[] range : ranges) {
      for (String variant : PING_VARIANTS) {
        if (compatible(range[0], variant)) {
          if (variant.equals("application/json")) {
            ex.text(200, "application/json", "\"pong\"");
          } else {
            ex.text(200, variant.endsWith("/*") ? "text/plain" : variant, "pong");
          }
          return;
        }
      }
    }
    ex.empty(204);
  }

  private static boolean compatible(String range, String variant) {
    String[] r = range.split("/", 2);
    String[] v = variant.split("/", 2);
    if (r.length < 2) {
      return false;
    }
    return (r[0].equals("*") || v[0].equals("*") || r[0].equals(v[0]))
        && (r[1].equals("*") || v[1].equals("*") || r[1].equals(v[1]));
  }

  void serve(SimExchange ex) throws IOException {
    SimHttpServer me = self();
    ex.header("X-Marathon-Leader", me.url()).header("X-Frame-Options", "DENY")
        .header("X-XSS-Protection", "1; mode=block");
    String path = ex.path();
    String method = ex.method();
    if (path.equals("/v2/events") && method.equals("GET")) {
      events(ex);
      return;
    }
    MarathonService svc = cluster.service;
    try {
      synchronized (svc.model) {
        route(ex, svc, path, method);
      }
    } catch (MarathonError e) {
      ex.json(e.status, e.body);
    } catch (AppDefinitions.Invalid e) {
      ex.json(e.status, e.body);
    }
  }

  private void route(SimExchange ex, MarathonService svc, String path, String method)
      throws MarathonError, AppDefinitions.Invalid {
    if (path.equals("/ping")) {
      ping(ex);
      return;
    }
    if (path.equals("/metrics")) {
      ex.json(501, Json.message("cluster-sim does not emulate Marathon's /metrics"));
      return;
    }
    if (path.equals("/v2/info") && method.equals("GET")) {
      ex.json(200, info());
      return;
    }
    if (path.equals("/v2/leader")) {
      if (method.equals("GET")) {
        ex.json(200, Json.obj().put("leader", self().authority()));
      } else if (method.equals("DELETE")) {
        ex.json(200, Json.message("Leadership abdicated"));
        cluster.electNext();
      } else {
        notFound(ex);
      }
      return;
    }
    if (path.equals("/v2/apps") || path.equals("/v2/apps/")) {
      switch (method) {
        case "GET" -> ex.json(200, listApps(ex, svc));
        case "POST" -> createApp(ex, svc);
        default -> notFound(ex);
      }
      return;
    }
    if (path.startsWith("/v2/apps/")) {
      appRoutes(ex, svc, path.substring("/v2/apps".length()), method);
      return;
    }
    if (path.equals("/v2/tasks") && method.equals("GET")) {
      ObjectNode o = Json.obj();
      ArrayNode tasks = o.putArray("tasks");
      List<String> status = new ArrayList<>(ex.params("status"));
      status.addAll(ex.params("status[]"));
      for (MarathonService.Instance i : svc.instances.values()) {
        String st = i.task.state().name().substring(5).toLowerCase();
        if (status.isEmpty() || status.contains(st)) {
          tasks.add(svc.views.taskJson(i));
        }
      }
      ex.json(200, o);
      return;
    }
    if (path.equals("/v2/tasks/delete") && method.equals("POST")) {
      deleteTasksById(ex, svc);
      return;
    }
    if (path.equals("/v2/deployments") && method.equals("GET")) {
      ArrayNode arr = Json.arr();
      svc.deployments.values().forEach(d -> arr.add(svc.views.deploymentJson(d)));
      ex.json(200, arr);
      return;
    }
    if (path.startsWith("/v2/deployments/") && method.equals("DELETE")) {
      boolean force = ex.flag("force", false);
      MarathonService.Deployment revert = svc.cancel(path.substring("/v2/deployments/".length()), force);
      if (revert == null) {
        ex.empty(202);
      } else {
        deploymentResult(ex, 200, revert);
      }
      return;
    }
    if (path.equals("/v2/queue") && method.equals("GET")) {
      ObjectNode q = svc.views.queueJson();
      if (!ex.params("embed").contains("lastUnusedOffers")) {
        q.get("queue").forEach(e -> ((ObjectNode) e).remove("lastUnusedOffers"));
      }
      ex.json(200, q);
      return;
    }
    if (path.startsWith("/v2/queue/") && path.endsWith("/delay") && method.equals("DELETE")) {
      String appId = path.substring("/v2/queue".length(), path.length() - "/delay".length());
      MarathonService.App app = svc.apps.get(appId);
      if (app == null || app.queuedSince == null) {
        throw new MarathonError(404, "Application " + appId + " not found in tasks queue.");
      }
      svc.resetDelay(app);
      ex.empty(204);
      return;
    }
    if ((path.equals("/v2/groups") || path.equals("/v2/groups/")) && method.equals("GET")) {
      ObjectNode g = Json.obj().put("id", "/");
      ArrayNode apps = g.putArray("apps");
      svc.apps.values().forEach(a -> apps.add(svc.views.appJson(a, false)));
      g.putArray("groups");
      g.putArray("pods");
      g.putArray("dependencies");
      g.put("version", svc.now()).put("enforceRole", false);
      ex.json(200, g);
      return;
    }
    notFound(ex);
  }

  /** Unknown routes: NotFoundException is mapped to 500 at HEAD (marathon.md §6). */
  private static void notFound(SimExchange ex) {
    ex.json(500, Json.message("URI not found"));
  }

  private void appRoutes(SimExchange ex, MarathonService svc, String rest, String method)
      throws MarathonError, AppDefinitions.Invalid {
    // The id may contain slashes; the reserved words cannot be app ids (marathon.md §10).
    String[] segs = rest.substring(1).split("/");
    int cut = segs.length;
    for (int k = 0; k < segs.length; k++) {
      if (segs[k].equals("restart") || segs[k].equals("tasks") || segs[k].equals("versions")) {
        cut = k;
        break;
      }
    }
    String id = AppDefinitions.canonical(String.join("/", java.util.Arrays.copyOfRange(segs, 0, cut)));
    String sub = cut < segs.length ? segs[cut] : "";
    String arg = cut + 1 < segs.length ? String.join("/", java.util.Arrays.copyOfRange(segs, cut + 1, segs.length)) : null;
    boolean force = ex.flag("force", false);
    switch (sub) {
      case "" -> {
        switch (method) {
          case "GET" -> {
            MarathonService.App app = svc.requireApp(id);
            ex.json(200, Json.obj().set("app", svc.views.appJson(app, true)));
          }
          case "PUT", "PATCH" -> {
            if (method.equals("PATCH")) {
              svc.requireApp(id);
            }
            JsonNode body = parse(ex);
            AppDefinitions.checkTypes(body);
            ObjectNode def = AppDefinitions.known(body);
            def.put("id", id);
            boolean partial = method.equals("PATCH") || ex.flag("partialUpdate", true);
            boolean existed = svc.apps.containsKey(id);
            AppDefinitions.validate(merged(svc, id, def, partial));
            MarathonService.Deployment d = svc.upsert(id, def, force, partial, ex.remoteAddress(), ex.path());
            if (!existed) {
              ex.header("Location", self().url() + "/v2/apps" + id);
            }
            deploymentResult(ex, existed ? 200 : 201, d);
          }
          case "DELETE" -> deploymentResult(ex, 200, svc.delete(id, ex.flag("force", true)));
          default -> notFound(ex);
        }
      }
      case "restart" -> {
        if (!method.equals("POST")) {
          notFound(ex);
          return;
        }
        deploymentResult(ex, 200, svc.restart(id, force));
      }
      case "versions" -> {
        MarathonService.App app = svc.requireApp(id);
        if (arg == null) {
          ArrayNode vs = Json.arr();
          List<String> list = new ArrayList<>(app.versions.keySet());
          java.util.Collections.reverse(list);
          list.forEach(vs::add);
          ex.json(200, Json.obj().set("versions", vs));
        } else {
          ObjectNode def = app.versions.get(arg);
          if (def == null) {
            throw new MarathonError(404, "App '" + id + "' does not exist in version " + arg);
          }
          ex.json(200, def.deepCopy().put("version", arg));
        }
      }
      case "tasks" -> taskRoutes(ex, svc, id, arg, method, force);
      default -> notFound(ex);
    }
  }

  private static ObjectNode merged(MarathonService svc, String id, ObjectNode def, boolean partial) {
    MarathonService.App app = svc.apps.get(id);
    if (def.has("version") || app == null || !partial) {
      return def;
    }
    ObjectNode m = app.def.deepCopy();
    def.properties().forEach(e -> m.set(e.getKey(), e.getValue()));
    return m;
  }

  private void taskRoutes(SimExchange ex, MarathonService svc, String id, String taskId, String method,
      boolean force) throws MarathonError {
    svc.requireApp(id);
    boolean scale = ex.flag("scale", false);
    boolean wipe = ex.flag("wipe", false);
    if (scale && wipe) {
      throw new MarathonError(400, "You cannot use scale and wipe at the same time.");
    }
    if (method.equals("GET") && taskId == null) {
      ObjectNode o = Json.obj();
      ArrayNode tasks = o.putArray("tasks");
      svc.instancesOf(id).forEach(i -> tasks.add(svc.views.taskJson(i)));
      ex.json(200, o);
      return;
    }
    if (!method.equals("DELETE")) {
      notFound(ex);
      return;
    }
    List<MarathonService.Instance> victims = new ArrayList<>();
    if (taskId != null) {
      MarathonService.Instance i = svc.instance(taskId);
      if (i == null || !i.appId.equals(id)) {
        throw new MarathonError(404, "Task '" + taskId + "' does not exist");
      }
      victims.add(i);
    } else {
      String host = ex.param("host");
      for (MarathonService.Instance i : svc.instancesOf(id)) {
        if (host == null || host.equals("*") || host.equals(i.task.agent.hostname())) {
          victims.add(i);
        }
      }
    }
    Object result = svc.killInstances(id, victims, scale, force);
    if (result instanceof MarathonService.Deployment d) {
      deploymentResult(ex, 200, d);
    } else if (taskId != null) {
      ex.json(200, Json.obj().set("task", ((ArrayNode) result).get(0)));
    } else {
      ex.json(200, Json.obj().set("tasks", (ArrayNode) result));
    }
  }

  private void deleteTasksById(SimExchange ex, MarathonService svc) throws MarathonError {
    JsonNode body = parse(ex);
    boolean scale = ex.flag("scale", false);
    if (scale && ex.flag("wipe", false)) {
      throw new MarathonError(400, "You cannot use scale and wipe at the same time.");
    }
    java.util.Map<String, List<MarathonService.Instance>> byApp = new java.util.LinkedHashMap<>();
    for (JsonNode idNode : body.path("ids")) {
      String taskId = idNode.asText();
      MarathonService.Instance i = svc.instance(taskId);
      if (i == null) {
        if (!taskId.matches("^(.+)\\.(instance-|marathon-)?([^.]+)$")) {
          throw new MarathonError(400, "Invalid task id '" + taskId + "'.");
        }
        continue;
      }
      byApp.computeIfAbsent(i.appId, k -> new ArrayList<>()).add(i);
    }
    ArrayNode killed = Json.arr();
    MarathonService.Deployment last = null;
    for (var e : byApp.entrySet()) {
      Object r = svc.killInstances(e.getKey(), e.getValue(), scale, ex.flag("force", false));
      if (r instanceof MarathonService.Deployment d) {
        last = d;
      } else {
        killed.addAll((ArrayNode) r);
      }
    }
    if (scale && last != null) {
      deploymentResult(ex, 200, last);
    } else {
      ex.json(200, Json.obj().set("tasks", killed));
    }
  }

  private void createApp(SimExchange ex, MarathonService svc) throws MarathonError, AppDefinitions.Invalid {
    JsonNode body = parse(ex);
    AppDefinitions.checkTypes(body);
    ObjectNode def = AppDefinitions.known(body);
    String id = def.has("id") ? AppDefinitions.canonical(def.get("id").asText()) : "";
    if (!id.isEmpty()) {
      def.put("id", id);
    }
    def.remove("version");
    AppDefinitions.validate(def);
    if (svc.apps.containsKey(id)) {
      throw new MarathonError(409, "An app with id [" + id + "] already exists.");
    }
    MarathonService.Deployment d = svc.upsert(id, def, ex.flag("force", false), false,
        ex.remoteAddress(), ex.path());
    ObjectNode app = svc.views.appJson(svc.apps.get(id), false);
    ex.header("Location", self().url() + "/v2/apps" + id);
    ex.header("Marathon-Deployment-Id", d.id);
    ex.json(201, app);
  }

  private static ArrayNode listAppsFilter(MarathonService svc, SimExchange ex) {
    String cmd = ex.param("cmd");
    String id = ex.param("id");
    String label = ex.param("label");
    List<String> embed = ex.params("embed");
    boolean tasks = embed.stream().anyMatch(e -> e.endsWith("tasks") || e.endsWith("failures"));
    ArrayNode arr = Json.arr();
    for (MarathonService.App app : svc.apps.values()) {
      if (cmd != null && !app.def.path("cmd").asText("").toLowerCase().contains(cmd.toLowerCase())) {
        continue;
      }
      if (id != null && !app.id.toLowerCase().contains(id.toLowerCase())) {
        continue;
      }
      if (label != null && !LabelSelector.matches(label, app.def.path("labels"))) {
        continue;
      }
      ObjectNode a = svc.views.appJson(app, tasks);
      if (!embed.stream().anyMatch(e -> e.endsWith("lastTaskFailure") || e.endsWith("failures"))) {
        a.remove("lastTaskFailure");
      }
      arr.add(a);
    }
    return arr;
  }

  private static ObjectNode listApps(SimExchange ex, MarathonService svc) {
    ObjectNode o = Json.obj();
    o.set("apps", listAppsFilter(svc, ex));
    return o;
  }

  private static void deploymentResult(SimExchange ex, int status, MarathonService.Deployment d) {
    ex.header("Marathon-Deployment-Id", d.id);
    ex.json(status, Json.obj().put("deploymentId", d.id).put("version", d.version));
  }

  private static JsonNode parse(SimExchange ex) throws MarathonError {
    try {
      JsonNode n = Json.parse(ex.body().isEmpty() ? "{}" : ex.body());
      return n == null ? Json.obj() : n;
    } catch (IOException e) {
      ObjectNode body = Json.message("Invalid JSON");
      body.put("details", e.getMessage() == null ? "" : e.getMessage().split("\n")[0]);
      throw new MarathonError(400, body);
    }
  }

  private ObjectNode info() {
    SimHttpServer me = self();
    MarathonService svc = cluster.service;
    ObjectNode o = Json.obj().put("name", "marathon").put("version", MarathonService.VERSION)
        .put("buildref", "cluster-sim").put("elected", true).put("leader", me.authority())
        .put("frameworkId", svc.frameworkId());
    ObjectNode mc = o.putObject("marathon_config");
    mc.putArray("access_control_allow_origin");
    mc.put("checkpoint", true).put("decline_offer_duration", 120000).put("executor", "//cmd")
        .put("failover_timeout", 604800).put("framework_name", "marathon")
        .put("ha", cluster.servers().size() > 1).put("hostname", me.host()).put("launch_token", 100)
        .put("leader_proxy_connection_timeout_ms", 5000).put("leader_proxy_read_timeout_ms", 10000)
        .put("local_port_max", 20000).put("local_port_min", 10000).put("master", mesosMaster)
        .put("mesos_role", "*").put("mesos_user", "root").put("webui_url", me.url());
    mc.putArray("features");
    o.putObject("zookeeper_config").put("zk", "zk://localhost:2181/marathon").put("zk_timeout", 10000)
        .put("zk_session_timeout", 10000).put("zk_max_versions", 50);
    o.putObject("http_config").put("http_port", me.url().startsWith("http:") ? me.port() : 0)
        .put("https_port", me.url().startsWith("https:") ? me.port() : 8443);
    return o;
  }

  // ---- SSE -------------------------------------------------------------------------------------

  private void events(SimExchange ex) throws IOException {
    // Jetty's EventSourceServlet compares each Accept value with equals("text/event-stream").
    if (!ex.headers("Accept").contains("text/event-stream")) {
      ex.text(405, "text/html;charset=ISO-8859-1",
          JettyPages.error(405, "/v2/events", "HTTP method GET is not supported by this URL"));
      return;
    }
    EventBus bus = cluster.service.events();
    EventBus.Subscriber sub = bus.subscribe(ex.params("event_type"));
    OutputStream out = ex.stream("text/event-stream;charset=UTF-8");
    String remote = ex.remoteAddress();
    synchronized (cluster.service.model) {
      bus.publish(cluster.service.event("event_stream_attached").put("remoteAddress", remote));
    }
    long beatMillis = cluster.heartbeat.toMillis();
    try {
      while (true) {
        String frame = sub.queue.poll(beatMillis, TimeUnit.MILLISECONDS);
        if (sub.closed && (frame == null || frame.isEmpty())) {
          break;
        }
        out.write((frame == null ? "\r\n" : frame).getBytes(StandardCharsets.UTF_8));
        out.flush();
      }
    } catch (IOException | InterruptedException e) {
      // client went away or shutdown
    } finally {
      bus.unsubscribe(sub);
      synchronized (cluster.service.model) {
        bus.publish(cluster.service.event("event_stream_detached").put("remoteAddress", remote));
      }
      try {
        out.close();
      } catch (IOException ignored) {
        // already gone
      }
    }
  }
}
