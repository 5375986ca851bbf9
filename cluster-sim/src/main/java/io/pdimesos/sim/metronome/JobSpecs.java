package io.pdimesos.sim.metronome;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.pdimesos.sim.http.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads job and schedule bodies the way Metronome does, in its order (RestController.validate):
 * its own JSON schema first, then the JSON readers (cron, time zone, volume shapes), then the
 * Accord rules of JobSpec, JobRunSpec and ScheduleSpec. Each stage that fails answers 422 with
 * the paths as Play writes them ({@code /schedules(0)/cron}). What passes is stored as
 * Metronome's writers render it: every defaulted field filled in, in their order.
 */
final class JobSpecs {
  private static final JsonSchema JOB = schema("jobspec.schema.json");
  private static final JsonSchema SCHEDULE = schema("schedulespec.schema.json");

  private JobSpecs() {}

  private static JsonSchema schema(String file) {
    try (InputStream in = JobSpecs.class.getResourceAsStream(file)) {
      ObjectNode s = (ObjectNode) Json.MAPPER.readTree(in);
      // "$schema": "http://json-schema.org/schema#" names no draft; the keywords are draft 4
      s.remove("$schema");
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A job body (POST, or PUT with the id taken from the path), validated and rendered. */
  static ObjectNode job(JsonNode body, String idFromPath) throws MetronomeError {
    check(JOB, body);
    Errors e = new Errors();
    ArrayNode schedules = Json.arr();
    int i = 0;
    for (JsonNode s : body.path("schedules")) {
      ObjectNode read = readSchedule(s, "/schedules(" + i++ + ")", e);
      if (read != null) {
        schedules.add(read);
      }
    }
    int v = 0;
    for (JsonNode vol : body.path("run").path("volumes")) {
      Set<String> keys = keys(vol);
      if (!keys.equals(Set.of("containerPath", "hostPath", "mode"))
          && !keys.equals(Set.of("containerPath", "secret"))) {
        e.add("/run/volumes(" + v + ")", "expected HostVolume or SecretVolume object but got "
            + Json.write(vol));
      }
      v++;
    }
    e.throwIfAny();
    ObjectNode spec = render(body, idFromPath, schedules);
    accord(spec, e);
    e.throwIfAny();
    return spec;
  }

  /** A body of {@code POST/PUT …/schedules}; {@code idFromPath} overrides the id on PUT. */
  static ObjectNode schedule(JsonNode body, String idFromPath) throws MetronomeError {
    check(SCHEDULE, body);
    Errors e = new Errors();
    ObjectNode s = readSchedule(body, "", e);
    e.throwIfAny();
    if (idFromPath != null) {
      s.put("id", idFromPath);
    }
    scheduleRules(s, "", e);
    e.throwIfAny();
    return s;
  }

  private static void check(JsonSchema schema, JsonNode body) throws MetronomeError {
    Errors e = new Errors();
    for (ValidationMessage m : schema.validate(body)) {
      String location = m.getInstanceLocation().toString();
      String text = m.getMessage();
      if (text.startsWith(location + ": ")) {
        text = text.substring(location.length() + 2);
      }
      e.add(playPath(location), text);
    }
    e.throwIfAny();
  }

  /** {@code $.schedules[0].cron} as Play's JsPath prints it: {@code /schedules(0)/cron}. */
  static String playPath(String location) {
    return location.replaceFirst("^\\$", "").replaceAll("\\[(\\d+)]", "($1)")
        .replaceAll("\\.([^.(]+)", "/$1").replaceAll("\\['([^']*)']", "/$1");
  }

  private static ObjectNode readSchedule(JsonNode s, String at, Errors e) {
    Cron cron = Cron.parse(s.path("cron").asText(null));
    if (cron == null) {
      e.add(at + "/cron", "Can not read cron expression " + Json.write(s.path("cron")));
    }
    String zone = s.path("timezone").asText("UTC");
    if (!ZoneId.getAvailableZoneIds().contains(zone)) {
      e.add(at + "/timezone", "No time zone found with this id: " + Json.write(s.get("timezone")));
    }
    if (cron == null || e.has(at + "/timezone")) {
      return null;
    }
    return Json.obj().put("id", s.path("id").asText()).put("cron", cron.toString())
        .put("timezone", zone)
        .put("startingDeadlineSeconds", s.path("startingDeadlineSeconds").asLong(900))
        .put("concurrencyPolicy", s.path("concurrencyPolicy").asText("ALLOW"))
        .put("enabled", s.path("enabled").asBoolean(true));
  }

  /** ScheduleSpec's rule: {@code startingDeadline >= 1.minute}. */
  private static void scheduleRules(ObjectNode s, String at, Errors e) {
    long deadline = s.get("startingDeadlineSeconds").asLong();
    if (deadline < 60) {
      e.add(at + "/startingDeadline", "got " + deadline + " seconds, expected 1 minute or more");
    }
  }

  /** JobSpec and JobRunSpec validators (model/JobSpec.scala, model/JobRunSpec.scala). */
  private static void accord(ObjectNode spec, Errors e) {
    JsonNode run = spec.get("run");
    boolean docker = run.has("docker");
    boolean ucr = run.has("ucr");
    if (!run.has("cmd") && !(docker && !run.path("docker").path("image").asText().isEmpty())
        && !ucr) {
      e.add("/run", "Cmd, Docker or UCR image must be specified");
    }
    if (docker && ucr) {
      e.add("/run", "Either Docker or UCR should be provided, but not both");
    }
    if (docker && run.path("gpus").asInt() > 0) {
      e.add("/run/gpus", "GPUs are not supported with Docker");
    }
    Set<String> referenced = new HashSet<>();
    run.path("env").forEach(v -> {
      if (v.has("secret")) {
        referenced.add(v.get("secret").asText());
      }
    });
    for (JsonNode vol : run.path("volumes")) {
      if (vol.has("secret")) {
        referenced.add(vol.get("secret").asText());
        if (docker) {
          e.add("/run/volumes", "File based secrets are only supported by UCR");
        }
      }
    }
    Set<String> provided = keys(run.path("secrets"));
    if (!referenced.equals(provided)) {
      Set<String> undefined = new HashSet<>(referenced);
      undefined.removeAll(provided);
      Set<String> unused = new HashSet<>(provided);
      unused.removeAll(referenced);
      e.add("/run", (undefined.isEmpty() ? "" : "The following secrets are referenced, but"
          + " undefined: " + String.join(", ", undefined) + ". Please add them to the secrets"
          + " field.") + (unused.isEmpty() ? "" : "The following secrets are defined, but not"
          + " referenced: " + String.join(", ", unused) + ". Please remove them from the secrets"
          + " field."));
    }
    int n = spec.get("schedules").size();
    if (n > 1) {
      e.add("/schedules", "has size " + n + ", expected 1 or less");
    }
    List<String> deps = dependencyIds(spec);
    if (new HashSet<>(deps).size() != deps.size()) {
      e.add("/dependencies", "has double entries");
    }
    if (n > 0 && !deps.isEmpty()) {
      e.add("", "Jobs may not have both dependencies and schedules specified");
    }
    for (int i = 0; i < n; i++) {
      scheduleRules((ObjectNode) spec.get("schedules").get(i), "/schedules(" + i + ")", e);
    }
  }

  static List<String> dependencyIds(JsonNode spec) {
    List<String> out = new ArrayList<>();
    spec.path("dependencies").forEach(d -> out.add(d.path("id").asText()));
    return out;
  }

  /** JobSpecFormat's writes: id, description, dependencies, labels, schedules, run. */
  private static ObjectNode render(JsonNode in, String idFromPath, ArrayNode schedules) {
    ObjectNode out = Json.obj();
    out.put("id", idFromPath != null ? idFromPath : in.get("id").asText());
    if (in.hasNonNull("description")) {
      out.put("description", in.get("description").asText());
    }
    ArrayNode deps = out.putArray("dependencies");
    in.path("dependencies").forEach(d -> deps.addObject().put("id", d.path("id").asText()));
    out.set("labels", in.has("labels") ? in.get("labels").deepCopy() : Json.obj());
    out.set("schedules", schedules);
    out.set("run", renderRun(in.get("run")));
    return out;
  }

  /** RunSpecFormat's writes, defaults included, in its order. */
  private static ObjectNode renderRun(JsonNode in) {
    ObjectNode r = Json.obj();
    r.set("cpus", in.get("cpus"));
    r.set("mem", in.get("mem"));
    r.set("disk", in.get("disk"));
    r.put("gpus", in.path("gpus").asInt(0));
    copy(in, r, "cmd", "args", "user");
    r.set("env", in.has("env") ? in.get("env").deepCopy() : Json.obj());
    ArrayNode constraints = r.putObject("placement").putArray("constraints");
    for (JsonNode c : in.path("placement").path("constraints")) {
      ObjectNode out = constraints.addObject().put("attribute", c.path("attribute").asText())
          .put("operator", c.path("operator").asText().equals("EQ") ? "IS"
              : c.path("operator").asText());
      copy(c, out, "value");
    }
    ArrayNode artifacts = r.putArray("artifacts");
    for (JsonNode a : in.path("artifacts")) {
      artifacts.addObject().put("uri", a.path("uri").asText())
          .put("extract", a.path("extract").asBoolean(true))
          .put("executable", a.path("executable").asBoolean(false))
          .put("cache", a.path("cache").asBoolean(false));
    }
    r.put("maxLaunchDelay", in.path("maxLaunchDelay").asLong(3600));
    if (in.has("docker")) {
      JsonNode d = in.get("docker");
      r.putObject("docker").put("image", d.path("image").asText())
          .put("privileged", d.path("privileged").asBoolean(false))
          .<ObjectNode>set("parameters", d.has("parameters") ? d.get("parameters").deepCopy()
              : Json.arr())
          .put("forcePullImage", d.path("forcePullImage").asBoolean(false));
    }
    if (in.has("ucr")) {
      JsonNode u = in.get("ucr");
      ObjectNode ucr = r.putObject("ucr");
      ucr.putObject("image").put("id", u.path("image").path("id").asText())
          .put("kind", u.path("image").path("kind").asText("docker"))
          .put("forcePull", u.path("image").path("forcePull").asBoolean(false));
      ucr.put("privileged", u.path("privileged").asBoolean(false));
    }
    r.set("volumes", in.has("volumes") ? in.get("volumes").deepCopy() : Json.arr());
    ObjectNode restart = r.putObject("restart").put("policy",
        in.path("restart").path("policy").asText("NEVER"));
    copy(in.path("restart"), restart, "activeDeadlineSeconds");
    copy(in, r, "taskKillGracePeriodSeconds");
    r.set("secrets", in.has("secrets") ? in.get("secrets").deepCopy() : Json.obj());
    ArrayNode networks = r.putArray("networks");
    for (JsonNode n : in.path("networks")) {
      ObjectNode out = networks.addObject();
      copy(n, out, "name", "mode");
      if (n.path("labels").size() > 0) {
        out.set("labels", n.get("labels").deepCopy());
      }
    }
    return r;
  }

  private static void copy(JsonNode from, ObjectNode to, String... fields) {
    for (String f : fields) {
      if (from.hasNonNull(f)) {
        to.set(f, from.get(f).deepCopy());
      }
    }
  }

  private static Set<String> keys(JsonNode n) {
    Set<String> out = new HashSet<>();
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      out.add(it.next());
    }
    return out;
  }

  /** Errors by path, in the order found. */
  private static final class Errors {
    final Map<String, List<String>> byPath = new LinkedHashMap<>();

    void add(String path, String error) {
      byPath.computeIfAbsent(path, k -> new ArrayList<>()).add(error);
    }

    boolean has(String path) {
      return byPath.containsKey(path);
    }

    void throwIfAny() throws MetronomeError {
      if (!byPath.isEmpty()) {
        throw MetronomeError.invalid(byPath);
      }
    }
  }
}
