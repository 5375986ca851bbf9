package io.pdimesos.core.metronome;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pdimesos.core.http.Json;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Metronome job (reference metronome.md §3) as its JSON tree: the spec a user wrote, or the
 * server's answer with whatever it embedded ({@code activeRuns}, {@code history},
 * {@code historySummary}). Fields this class does not know stay in the tree and are sent back
 * as they were. Immutable; {@link #toBuilder()} copies the tree.
 */
public final class MetronomeJob {
  /** The top-level fields of a job spec; the server refuses any other (422). */
  public static final List<String> SPEC_FIELDS = Collections.unmodifiableList(Arrays.asList(
      "id", "description", "labels", "run", "schedules", "dependencies"));
  /** What {@code embed} adds to an answer; never part of a spec. */
  static final List<String> EMBEDDED_FIELDS = Collections.unmodifiableList(Arrays.asList(
      "activeRuns", "history", "historySummary"));

  private final ObjectNode json;

  private MetronomeJob(ObjectNode json) {
    this.json = json;
  }

  /** Reads a job from its JSON text (a user's definition or a server answer). */
  public static MetronomeJob fromJson(String text) {
    return new MetronomeJob(Json.definition(text, "Metronome job"));
  }

  public static MetronomeJob fromTree(JsonNode node) {
    return new MetronomeJob(Json.copyOf(node, "A Metronome job must be a JSON object, not "
        + node));
  }

  public static Builder builder(String id) {
    return new Builder(JsonNodeFactory.instance.objectNode()).id(id);
  }

  public Builder toBuilder() {
    return new Builder(json.deepCopy());
  }

  /** A copy of the whole tree, embedded fields included. */
  public ObjectNode toTree() {
    return json.deepCopy();
  }

  public String toJson() {
    return Json.write(json);
  }

  /** The spec to send: the tree without what the server embedded, and without schedules. */
  public ObjectNode specWithoutSchedules() {
    ObjectNode spec = json.deepCopy();
    spec.remove(EMBEDDED_FIELDS);
    spec.remove("schedules");
    return spec;
  }

  /**
   * Whether {@code stored} (the job as Metronome reports it) carries every field of this job's
   * spec, schedules aside, with the same value. Metronome fills in defaults, so false can also
   * mean "written differently": callers treat it as "not shown", never as "not done".
   */
  public boolean isShownBy(MetronomeJob stored) {
    return stored != null && Json.contains(stored.json, specWithoutSchedules());
  }

  public String id() {
    return json.path("id").asText(null);
  }

  public String description() {
    return json.path("description").asText(null);
  }

  /** The {@code run} object (missing node when absent). */
  public JsonNode run() {
    return json.path("run");
  }

  public String cmd() {
    return run().path("cmd").asText(null);
  }

  public String dockerImage() {
    return run().path("docker").path("image").asText(null);
  }

  public double cpus() {
    return run().path("cpus").asDouble(0);
  }

  public double mem() {
    return run().path("mem").asDouble(0);
  }

  public double disk() {
    return run().path("disk").asDouble(0);
  }

  public Map<String, String> labels() {
    Map<String, String> out = new LinkedHashMap<String, String>();
    for (Iterator<Map.Entry<String, JsonNode>> it = json.path("labels").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      out.put(e.getKey(), e.getValue().asText());
    }
    return out;
  }

  /** Ids of the jobs this job runs after ({@code dependencies[].id}). */
  public List<String> dependencies() {
    List<String> out = new ArrayList<String>();
    for (JsonNode d : json.path("dependencies")) {
      out.add(d.path("id").asText(""));
    }
    return out;
  }

  public List<MetronomeSchedule> schedules() {
    List<MetronomeSchedule> out = new ArrayList<MetronomeSchedule>();
    for (JsonNode s : json.path("schedules")) {
      out.add(MetronomeSchedule.fromTree(s));
    }
    return out;
  }

  /** The schedule (Metronome allows one), or null. */
  public MetronomeSchedule schedule() {
    List<MetronomeSchedule> s = schedules();
    return s.isEmpty() ? null : s.get(0);
  }

  /** The embedded active runs; empty when not embedded or none. */
  public List<JobRun> activeRuns() {
    List<JobRun> out = new ArrayList<JobRun>();
    for (JsonNode r : json.path("activeRuns")) {
      out.add(JobRun.fromTree(r));
    }
    return out;
  }

  /** The embedded history, or null when {@code embed=history} was not asked. */
  public JobHistory history() {
    return json.has("history") ? JobHistory.fromTree(json.get("history")) : null;
  }

  /** The embedded {@code historySummary} (counters only), or null. */
  public JobHistory historySummary() {
    return json.has("historySummary") ? JobHistory.fromTree(json.get("historySummary")) : null;
  }

  @Override
  public String toString() {
    return "MetronomeJob" + toJson();
  }

  /**
   * Sets typed fields on top of a tree. A null argument removes the field, so Metronome's default
   * applies (where it has one: cpus, mem and disk have none through the API).
   */
  public static final class Builder {
    private final ObjectNode json;

    private Builder(ObjectNode json) {
      this.json = json;
    }

    private ObjectNode run() {
      JsonNode r = json.get("run");
      return r instanceof ObjectNode ? (ObjectNode) r : json.putObject("run");
    }

    private static void set(ObjectNode node, String field, Object value) {
      if (value == null) {
        node.remove(field);
      } else {
        node.set(field, Json.MAPPER.valueToTree(value));
      }
    }

    public Builder id(String id) {
      set(json, "id", id);
      return this;
    }

    public Builder description(String text) {
      set(json, "description", text);
      return this;
    }

    /** Shell command, run with {@code /bin/sh -c}. */
    public Builder cmd(String cmd) {
      set(run(), "cmd", cmd);
      return this;
    }

    /** Command words without a shell (a Docker entry point's arguments). */
    public Builder args(List<String> args) {
      set(run(), "args", args);
      return this;
    }

    public Builder cpus(Double cpus) {
      set(run(), "cpus", cpus);
      return this;
    }

    /** Memory in MB; Metronome's minimum is 32. */
    public Builder mem(Double mem) {
      set(run(), "mem", mem);
      return this;
    }

    public Builder disk(Double disk) {
      set(run(), "disk", disk);
      return this;
    }

    public Builder user(String user) {
      set(run(), "user", user);
      return this;
    }

    public Builder dockerImage(String image) {
      if (image == null) {
        run().remove("docker");
      } else {
        run().putObject("docker").put("image", image);
      }
      return this;
    }

    public Builder env(Map<String, String> env) {
      set(run(), "env", env);
      return this;
    }

    public Builder labels(Map<String, String> labels) {
      set(json, "labels", labels);
      return this;
    }

    /**
     * Restart policy: {@code ON_FAILURE} relaunches a failed task until
     * {@code activeDeadlineSeconds} after the run's start (null: no limit), {@code NEVER} not.
     */
    public Builder restart(String policy, Long activeDeadlineSeconds) {
      if (policy == null) {
        run().remove("restart");
      } else {
        ObjectNode r = run().putObject("restart").put("policy", policy);
        set(r, "activeDeadlineSeconds", activeDeadlineSeconds);
      }
      return this;
    }

    /** Jobs that must all succeed before this one runs (Metronome 0.6.x after 0.6.44). */
    public Builder dependencies(List<String> jobIds) {
      if (jobIds == null || jobIds.isEmpty()) {
        json.remove("dependencies");
      } else {
        ArrayNode a = json.putArray("dependencies");
        for (String id : jobIds) {
          a.addObject().put("id", id);
        }
      }
      return this;
    }

    /** The job's one schedule; null removes it. */
    public Builder schedule(MetronomeSchedule schedule) {
      if (schedule == null) {
        json.remove("schedules");
      } else {
        json.putArray("schedules").add(schedule.toTree());
      }
      return this;
    }

    public MetronomeJob build() {
      return new MetronomeJob(json.deepCopy());
    }
  }
}
