package io.pdimesos.sim.marathon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pdimesos.sim.http.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** App definition defaults, id rules and validation with Marathon's error shapes (marathon.md §6, §9, §10). */
final class AppDefinitions {
  /** One dot-separated label of a path segment (state/PathId.scala). */
  static final String SEGMENT_REGEX =
      "^(([a-z0-9]|[a-z0-9][a-z0-9\\-]*[a-z0-9])\\.)*([a-z0-9]|[a-z0-9][a-z0-9\\-]*[a-z0-9])|(\\.|\\.\\.)$";
  private static final Pattern SEGMENT = Pattern.compile(SEGMENT_REGEX);
  private static final Set<String> RESERVED = Set.of("restart", "tasks", "versions", ".", "..");

  /** Top-level fields the reader knows; anything else is ignored like the RAML reader does. */
  static final Map<String, JsonNodeType> FIELDS = new LinkedHashMap<>();

  static {
    FIELDS.put("id", JsonNodeType.STRING);
    FIELDS.put("cmd", JsonNodeType.STRING);
    FIELDS.put("args", JsonNodeType.ARRAY);
    FIELDS.put("user", JsonNodeType.STRING);
    FIELDS.put("instances", JsonNodeType.NUMBER);
    FIELDS.put("cpus", JsonNodeType.NUMBER);
    FIELDS.put("mem", JsonNodeType.NUMBER);
    FIELDS.put("disk", JsonNodeType.NUMBER);
    FIELDS.put("gpus", JsonNodeType.NUMBER);
    FIELDS.put("executor", JsonNodeType.STRING);
    FIELDS.put("container", JsonNodeType.OBJECT);
    FIELDS.put("networks", JsonNodeType.ARRAY);
    FIELDS.put("portDefinitions", JsonNodeType.ARRAY);
    FIELDS.put("requirePorts", JsonNodeType.BOOLEAN);
    FIELDS.put("env", JsonNodeType.OBJECT);
    FIELDS.put("secrets", JsonNodeType.OBJECT);
    FIELDS.put("labels", JsonNodeType.OBJECT);
    FIELDS.put("constraints", JsonNodeType.ARRAY);
    FIELDS.put("acceptedResourceRoles", JsonNodeType.ARRAY);
    FIELDS.put("role", JsonNodeType.STRING);
    FIELDS.put("fetch", JsonNodeType.ARRAY);
    FIELDS.put("healthChecks", JsonNodeType.ARRAY);
    FIELDS.put("readinessChecks", JsonNodeType.ARRAY);
    FIELDS.put("dependencies", JsonNodeType.ARRAY);
    FIELDS.put("upgradeStrategy", JsonNodeType.OBJECT);
    FIELDS.put("backoffSeconds", JsonNodeType.NUMBER);
    FIELDS.put("backoffFactor", JsonNodeType.NUMBER);
    FIELDS.put("maxLaunchDelaySeconds", JsonNodeType.NUMBER);
    FIELDS.put("taskKillGracePeriodSeconds", JsonNodeType.NUMBER);
    FIELDS.put("killSelection", JsonNodeType.STRING);
    FIELDS.put("unreachableStrategy", JsonNodeType.OBJECT);
    FIELDS.put("tty", JsonNodeType.BOOLEAN);
    FIELDS.put("version", JsonNodeType.STRING);
  }

  private AppDefinitions() {}

  /** A rejected definition: status 400 (wrong JSON shape) or 422 (invalid values). */
  static final class Invalid extends Exception {
    private static final long serialVersionUID = 1L;
    final int status;
    final ObjectNode body;

    Invalid(int status, ObjectNode body) {
      super(body.toString(), null, false, false);
      this.status = status;
      this.body = body;
    }
  }

  /** Resolves a (relative) id against root and canonicalizes {@code .}/{@code ..}. */
  static String canonical(String id) {
    List<String> out = new ArrayList<>();
    for (String seg : id.split("/")) {
      if (seg.isEmpty() || seg.equals(".")) {
        continue;
      }
      if (seg.equals("..")) {
        if (!out.isEmpty()) {
          out.remove(out.size() - 1);
        }
        continue;
      }
      out.add(seg);
    }
    return "/" + String.join("/", out);
  }

  /** 400 "Invalid JSON" with play-json style details when a field has the wrong JSON type. */
  static void checkTypes(JsonNode body) throws Invalid {
    if (!body.isObject()) {
      throw new Invalid(400, invalidJson("", "error.expected.jsobject"));
    }
    for (Map.Entry<String, JsonNodeType> f : FIELDS.entrySet()) {
      JsonNode v = body.get(f.getKey());
      if (v == null || v.isNull()) {
        continue;
      }
      if (v.getNodeType() != f.getValue()) {
        String expected = switch (f.getValue()) {
          case STRING -> "error.expected.jsstring";
          case NUMBER -> "error.expected.jsnumber";
          case BOOLEAN -> "error.expected.jsboolean";
          case ARRAY -> "error.expected.jsarray";
          default -> "error.expected.jsobject";
        };
        throw new Invalid(400, invalidJson("/" + f.getKey(), expected));
      }
    }
  }

  private static ObjectNode invalidJson(String path, String error) {
    ObjectNode o = Json.message("Invalid JSON");
    o.putArray("details").addObject().put("path", path).putArray("errors").add(error);
    return o;
  }

  /** Keeps the known fields of a request body (unknown ones are ignored upstream). */
  static ObjectNode known(JsonNode body) {
    ObjectNode o = Json.obj();
    body.properties().forEach(e -> {
      if (FIELDS.containsKey(e.getKey()) && !e.getValue().isNull()) {
        o.set(e.getKey(), e.getValue());
      }
    });
    return o;
  }

  /** The definition with every default filled in, as GET shows it. */
  static ObjectNode withDefaults(ObjectNode def) {
    ObjectNode o = Json.obj();
    o.put("id", def.path("id").asText());
    copy(def, o, "cmd");
    copy(def, o, "args");
    copy(def, o, "user");
    o.put("backoffFactor", def.path("backoffFactor").asDouble(1.15));
    o.put("backoffSeconds", def.path("backoffSeconds").asInt(1));
    o.set("constraints", def.has("constraints") ? def.get("constraints") : Json.arr());
    copy(def, o, "container");
    o.put("cpus", def.path("cpus").asDouble(1));
    o.set("dependencies", def.has("dependencies") ? def.get("dependencies") : Json.arr());
    o.put("disk", def.path("disk").asDouble(0));
    o.set("env", def.has("env") ? def.get("env") : Json.obj());
    o.put("executor", def.path("executor").asText(""));
    o.set("fetch", def.has("fetch") ? def.get("fetch") : Json.arr());
    o.set("healthChecks", healthChecks(def));
    o.put("instances", def.path("instances").asInt(1));
    o.set("labels", def.has("labels") ? def.get("labels") : Json.obj());
    o.put("maxLaunchDelaySeconds", def.path("maxLaunchDelaySeconds").asInt(300));
    o.put("mem", def.path("mem").asDouble(128));
    o.put("gpus", def.path("gpus").asInt(0));
    o.set("networks", def.has("networks") ? def.get("networks") : Json.arr().add(Json.obj().put("mode", "host")));
    if (hostNetworking(o)) {
      o.set("portDefinitions", def.has("portDefinitions") ? def.get("portDefinitions")
          : Json.arr().add(Json.obj().put("port", 0).put("name", "default").put("protocol", "tcp")));
    }
    o.put("requirePorts", def.path("requirePorts").asBoolean(false));
    o.set("upgradeStrategy", def.has("upgradeStrategy") ? def.get("upgradeStrategy")
        : Json.obj().put("maximumOverCapacity", 1.0).put("minimumHealthCapacity", 1.0));
    o.set("readinessChecks", def.has("readinessChecks") ? def.get("readinessChecks") : Json.arr());
    o.set("secrets", def.has("secrets") ? def.get("secrets") : Json.obj());
    o.put("killSelection", def.path("killSelection").asText("YOUNGEST_FIRST"));
    o.set("unreachableStrategy", def.has("unreachableStrategy") ? def.get("unreachableStrategy")
        : Json.obj().put("inactiveAfterSeconds", 0).put("expungeAfterSeconds", 0));
    o.put("role", def.path("role").asText("*"));
    copy(def, o, "acceptedResourceRoles");
    copy(def, o, "taskKillGracePeriodSeconds");
    copy(def, o, "tty");
    return o;
  }

  private static ArrayNode healthChecks(ObjectNode def) {
    ArrayNode out = Json.arr();
    for (JsonNode hc : def.path("healthChecks")) {
      ObjectNode h = Json.obj();
      h.put("gracePeriodSeconds", hc.path("gracePeriodSeconds").asInt(300))
          .put("intervalSeconds", hc.path("intervalSeconds").asInt(60))
          .put("maxConsecutiveFailures", hc.path("maxConsecutiveFailures").asInt(3))
          .put("portIndex", hc.path("portIndex").asInt(0))
          .put("timeoutSeconds", hc.path("timeoutSeconds").asInt(20))
          .put("delaySeconds", hc.path("delaySeconds").asInt(15))
          .put("protocol", hc.path("protocol").asText("HTTP"));
      if (hc.has("path")) {
        h.put("path", hc.get("path").asText());
      }
      if (hc.has("command")) {
        h.set("command", hc.get("command"));
      }
      if (hc.has("ignoreHttp1xx")) {
        h.put("ignoreHttp1xx", hc.get("ignoreHttp1xx").asBoolean());
      }
      out.add(h);
    }
    return out;
  }

  static boolean hostNetworking(ObjectNode full) {
    for (JsonNode n : full.path("networks")) {
      if (!"host".equals(n.path("mode").asText("host"))) {
        return false;
      }
    }
    return true;
  }

  private static void copy(ObjectNode from, ObjectNode to, String key) {
    if (from.has(key)) {
      to.set(key, from.get(key));
    }
  }

  /** 422 with {@code details:[{path, errors}]} for every rule broken (marathon.md §6). */
  static void validate(ObjectNode def) throws Invalid {
    Map<String, List<String>> errors = new LinkedHashMap<>();
    String id = def.path("id").asText("");
    if (def.has("version")) {
      for (var it = def.fieldNames(); it.hasNext(); ) {
        String k = it.next();
        if (!k.equals("id") && !k.equals("version")) {
          add(errors, "/", "The 'version' field may only be combined with the 'id' field.");
          break;
        }
      }
    }
    if (id.isEmpty() || id.equals("/")) {
      add(errors, "/id", "error.path.missing");
    } else {
      String[] segs = id.substring(1).split("/");
      for (String s : segs) {
        if (!SEGMENT.matcher(s).matches()) {
          add(errors, "/id", "must fully match regular expression '" + SEGMENT_REGEX + "'");
          break;
        }
      }
      if (RESERVED.contains(segs[segs.length - 1])) {
        add(errors, "/id", "must not end with any of the following reserved keywords: "
            + String.join(", ", List.of("restart", "tasks", "versions", ".", "..")));
      }
    }
    min(errors, def, "instances", 0);
    min(errors, def, "cpus", 0.001);
    min(errors, def, "mem", 0);
    min(errors, def, "disk", 0);
    min(errors, def, "gpus", 0);
    JsonNode us = def.path("upgradeStrategy");
    for (String k : List.of("minimumHealthCapacity", "maximumOverCapacity")) {
      if (us.has(k)) {
        double v = us.get(k).asDouble();
        if (v > 1) {
          add(errors, "/upgradeStrategy/" + k, "is greater than 1");
        } else if (v < 0) {
          add(errors, "/upgradeStrategy/" + k, "is less than 0");
        }
      }
    }
    boolean hasCmd = def.has("cmd");
    boolean hasArgs = def.has("args");
    boolean hasContainer = def.has("container");
    if (!def.has("version") && ((hasCmd && hasArgs) || (!hasCmd && !hasArgs && !hasContainer))) {
      add(errors, "/", "AppDefinition must either contain one of 'cmd' or 'args', and/or a 'container'.");
    }
    JsonNode container = def.path("container");
    if (hasContainer && "DOCKER".equals(container.path("type").asText("DOCKER"))) {
      if (container.path("docker").path("image").asText("").isEmpty()) {
        add(errors, "/container/docker/image", "must not be empty");
      }
    }
    int i = 0;
    for (JsonNode hc : def.path("healthChecks")) {
      String protocol = hc.path("protocol").asText("HTTP");
      if (!Set.of("HTTP", "HTTPS", "TCP", "COMMAND", "MESOS_HTTP", "MESOS_HTTPS", "MESOS_TCP").contains(protocol)) {
        add(errors, "/healthChecks(" + i + ")/protocol", "error.unknown.enum.literal");
      }
      i++;
    }
    if (!errors.isEmpty()) {
      ObjectNode body = Json.message("Object is not valid");
      ArrayNode details = body.putArray("details");
      errors.forEach((p, errs) -> {
        ArrayNode a = details.addObject().put("path", p).putArray("errors");
        errs.forEach(a::add);
      });
      throw new Invalid(422, body);
    }
  }

  private static void min(Map<String, List<String>> errors, ObjectNode def, String key, double min) {
    if (def.has(key) && def.get(key).asDouble() < min) {
      add(errors, "/" + key, "got " + def.get(key).asText() + ", expected " + min + " or more");
    }
  }

  private static void add(Map<String, List<String>> errors, String path, String message) {
    errors.computeIfAbsent(path, k -> new ArrayList<>()).add(message);
  }
}
