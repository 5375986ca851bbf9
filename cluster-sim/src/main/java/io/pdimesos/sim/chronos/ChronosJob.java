package io.pdimesos.sim.chronos;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pdimesos.sim.http.Json;
import java.util.ArrayList;
import java.util.List;

/** A Chronos job with the defaults of JobDeserializer and the field order of JobSerializer (chronos.md §4). */
final class ChronosJob {
  String name;
  String command;
  boolean shell;
  String executor;
  String executorFlags;
  String taskInfoData;
  int retries;
  String owner;
  String ownerName;
  String description;
  long successCount;
  long errorCount;
  String lastSuccess;
  String lastError;
  long errorsSinceLastSuccess;
  double cpus;
  double mem;
  double disk;
  boolean disabled;
  boolean softError;
  boolean dataProcessingJobType;
  JsonNode fetch;
  JsonNode uris;
  JsonNode environmentVariables;
  JsonNode arguments;
  boolean highPriority;
  String runAsUser;
  boolean concurrent;
  JsonNode container;
  JsonNode constraints;
  String epsilon;
  boolean async;
  Schedule schedule;
  String scheduleTimeZone;
  List<String> parents;
  /** Changes on every re-post so timers of the old definition know they are stale. */
  int generation;

  boolean dependent() {
    return parents != null;
  }

  static ChronosJob read(JsonNode b) {
    ChronosJob j = new ChronosJob();
    j.name = b.path("name").asText(null);
    j.command = b.path("command").asText("");
    j.shell = b.path("shell").asBoolean(true);
    j.executor = b.path("executor").asText("");
    j.executorFlags = b.path("executorFlags").asText("");
    j.taskInfoData = b.path("taskInfoData").asText("");
    j.retries = b.path("retries").asInt(2);
    j.owner = b.path("owner").asText("");
    j.ownerName = b.path("ownerName").asText("");
    j.description = b.path("description").asText("");
    j.successCount = b.path("successCount").asLong(0);
    j.errorCount = b.path("errorCount").asLong(0);
    j.lastSuccess = b.path("lastSuccess").asText("");
    j.lastError = b.path("lastError").asText("");
    j.errorsSinceLastSuccess = b.path("errorsSinceLastSuccess").asLong(0);
    // 0 or missing means "server default" and is replaced at parse time (chronos.md §9)
    j.cpus = positive(b.path("cpus").asDouble(0), 0.1);
    j.mem = positive(b.path("mem").asDouble(0), 128);
    j.disk = positive(b.path("disk").asDouble(0), 256);
    j.disabled = b.path("disabled").asBoolean(false);
    j.softError = b.path("softError").asBoolean(false);
    j.dataProcessingJobType = b.path("dataProcessingJobType").asBoolean(false);
    j.fetch = b.has("fetch") ? b.get("fetch") : Json.arr();
    j.uris = b.has("uris") ? b.get("uris") : Json.arr();
    j.environmentVariables = b.has("environmentVariables") ? b.get("environmentVariables") : Json.arr();
    j.arguments = b.has("arguments") ? b.get("arguments") : Json.arr();
    j.highPriority = b.path("highPriority").asBoolean(false);
    j.runAsUser = b.path("runAsUser").asText("root");
    j.concurrent = b.path("concurrent").asBoolean(false);
    j.container = b.path("container").has("image") ? b.get("container") : null;
    j.constraints = b.has("constraints") ? b.get("constraints") : Json.arr();
    j.epsilon = b.path("epsilon").asText("PT60S");
    j.async = b.path("async").asBoolean(false);
    j.scheduleTimeZone = b.path("scheduleTimeZone").asText("");
    if (b.has("parents")) {
      j.parents = new ArrayList<>();
      b.get("parents").forEach(p -> j.parents.add(p.asText()));
    }
    return j;
  }

  private static double positive(double v, double dflt) {
    return v > 0 ? v : dflt;
  }

  /** Command line of a run: run-now arguments are appended (chronos.md §6.4). */
  String commandWith(String args) {
    if (args != null && !args.isEmpty()) {
      return command + " " + args;
    }
    List<String> a = new ArrayList<>();
    arguments.forEach(x -> a.add(x.asText()));
    return a.isEmpty() ? command : command + " " + String.join(" ", a);
  }

  ObjectNode json(int version, boolean listView) {
    ObjectNode o = Json.obj();
    o.put("name", name).put("command", command).put("shell", shell);
    if (version == 2) {
      o.put("epsilon", epsilon);
    }
    o.put("executor", executor).put("executorFlags", executorFlags).put("taskInfoData", taskInfoData)
        .put("retries", retries).put("owner", owner).put("ownerName", ownerName)
        .put("description", description);
    if (version == 2) {
      o.put("async", async);
    }
    o.put("successCount", successCount).put("errorCount", errorCount).put("lastSuccess", lastSuccess)
        .put("lastError", lastError).put("cpus", cpus).put("disk", disk).put("mem", mem)
        .put("disabled", disabled).put("softError", softError)
        .put("dataProcessingJobType", dataProcessingJobType)
        .put("errorsSinceLastSuccess", errorsSinceLastSuccess);
    JsonNode f = fetch;
    JsonNode u = uris;
    if (listView) {
      // the list mirrors uris and fetch into each other (chronos.md §2)
      if (f.size() == 0 && u.size() > 0) {
        ArrayNode mirrored = Json.arr();
        u.forEach(x -> mirrored.addObject().put("uri", x.asText()).put("executable", false)
            .put("cache", false).put("extract", true));
        f = mirrored;
      } else if (u.size() == 0 && f.size() > 0) {
        ArrayNode mirrored = Json.arr();
        f.forEach(x -> mirrored.add(x.path("uri").asText()));
        u = mirrored;
      }
    }
    o.set("fetch", f);
    o.set("uris", u);
    o.set("environmentVariables", environmentVariables);
    o.set("arguments", arguments);
    o.put("highPriority", highPriority).put("runAsUser", runAsUser);
    if (version == 3) {
      o.put("concurrent", concurrent);
    }
    if (container != null) {
      o.set("container", container);
    }
    o.set("constraints", constraints);
    if (dependent()) {
      ArrayNode p = o.putArray("parents");
      parents.forEach(p::add);
    } else {
      o.put("schedule", schedule.toString()).put("scheduleTimeZone", scheduleTimeZone);
    }
    return o;
  }
}
