package io.pdimesos.core.chronos;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pdimesos.core.error.UnexpectedJsonException;
import io.pdimesos.core.http.Json;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Chronos job (reference chronos.md §4) as its JSON tree. Typed getters read the fields this
 * project uses; everything else the user or the server wrote stays in the tree and is posted back
 * unchanged, so a field this class does not know (a newer {@code maxCompletionTime}, a 2.x
 * {@code epsilon}) is never lost. Immutable: {@link #toBuilder()} copies the tree.
 */
public final class ChronosJob {
  /** Fields the server maintains; a post that omits them resets them (§3). */
  public static final List<String> COUNTER_FIELDS = Collections.unmodifiableList(
      java.util.Arrays.asList("successCount", "errorCount", "lastSuccess", "lastError",
          "errorsSinceLastSuccess"));

  private final ObjectNode json;

  private ChronosJob(ObjectNode json) {
    this.json = json;
  }

  /** Reads a job from its JSON text (a user's definition or a server answer). */
  public static ChronosJob fromJson(String text) {
    ChronosJob job = new ChronosJob(Json.definition(text, "Chronos job"));
    try {
      job.checkTypes();
    } catch (UnexpectedJsonException e) {
      throw new IllegalArgumentException("The Chronos job definition's " + e.getMessage(), e);
    }
    return job;
  }

  /**
   * Wraps a JSON object (copied), such as one a server sent.
   *
   * @throws UnexpectedJsonException when it is not an object or a field has the wrong type
   */
  public static ChronosJob fromTree(JsonNode node) {
    if (node == null || !node.isObject()) {
      throw UnexpectedJsonException.wrongType("(job)", node == null
          ? com.fasterxml.jackson.databind.node.NullNode.getInstance() : node, "an object");
    }
    ChronosJob job = new ChronosJob(((ObjectNode) node).deepCopy());
    job.checkTypes();
    return job;
  }

  /** Reads every typed field once, so a wrong type shows where the job is read in. */
  private void checkTypes() {
    name();
    command();
    schedule();
    scheduleTimeZone();
    parents();
    disabled();
    concurrent();
    shell();
    arguments();
    owner();
    description();
    cpus();
    mem();
    disk();
    counters();
    errorsSinceLastSuccess();
  }

  public static Builder builder(String name) {
    return new Builder(JsonNodeFactory.instance.objectNode()).name(name);
  }

  public Builder toBuilder() {
    return new Builder(json.deepCopy());
  }

  /** A copy of the whole tree. */
  public ObjectNode toTree() {
    return json.deepCopy();
  }

  public String toJson() {
    return Json.write(json);
  }

  public String name() {
    return text("name");
  }

  public String command() {
    return text("command");
  }

  public String schedule() {
    return text("schedule");
  }

  public String scheduleTimeZone() {
    return text("scheduleTimeZone");
  }

  public List<String> parents() {
    return strings("parents");
  }

  /**
   * Has {@code parents}: Chronos treats any posted job with parents as dependent. An empty list
   * next to a schedule (as some answers carry) still means scheduled.
   */
  public boolean isDependent() {
    JsonNode p = json.get("parents");
    if (p == null || p.isNull()) {
      return false;
    }
    return p.size() > 0 || !isScheduled();
  }

  /** Has a non-empty {@code schedule}. */
  public boolean isScheduled() {
    return schedule() != null && !schedule().isEmpty();
  }

  public boolean disabled() {
    return bool("disabled", false);
  }

  /** 3.x only; absent on 2.x, where overlapping runs of a job never happen. */
  public boolean concurrent() {
    return bool("concurrent", false);
  }

  public boolean shell() {
    return bool("shell", true);
  }

  public List<String> arguments() {
    return strings("arguments");
  }

  public String owner() {
    return text("owner");
  }

  public String description() {
    return text("description");
  }

  public int retries() {
    JsonNode n = json.get("retries");
    return n == null || n.isNull() ? 2 : n.asInt(2);
  }

  public double cpus() {
    return number("cpus");
  }

  public double mem() {
    return number("mem");
  }

  public double disk() {
    return number("disk");
  }

  /** The {@code container} object, or null when the job has none. */
  public JsonNode container() {
    JsonNode c = json.get("container");
    return c == null || c.isNull() ? null : c.deepCopy();
  }

  /** Environment variables in order ({@code [{name, value}]}). */
  public Map<String, String> environmentVariables() {
    Map<String, String> out = new LinkedHashMap<String, String>();
    JsonNode a = json.get("environmentVariables");
    if (a != null && a.isArray()) {
      for (JsonNode e : a) {
        out.put(e.path("name").asText(""), e.path("value").asText(""));
      }
    }
    return out;
  }

  public long successCount() {
    return count("successCount");
  }

  public long errorCount() {
    return count("errorCount");
  }

  /** ISO time of the last final success in UTC, "" when never. */
  public String lastSuccess() {
    String s = text("lastSuccess");
    return s == null ? "" : s;
  }

  public String lastError() {
    String s = text("lastError");
    return s == null ? "" : s;
  }

  public long errorsSinceLastSuccess() {
    return count("errorsSinceLastSuccess");
  }

  /** The counters as one value, for "did my run finish" comparisons (§6.2). */
  public Counters counters() {
    return new Counters(successCount(), errorCount(), lastSuccess(), lastError());
  }

  /** The raw value of any field, or null. */
  public JsonNode field(String name) {
    JsonNode n = json.get(name);
    return n == null ? null : n.deepCopy();
  }

  // A field of the wrong type is an UnexpectedJsonException: a name 42 is not the name "42".

  private String text(String field) {
    JsonNode n = json.get(field);
    if (n != null && !n.isNull() && !n.isTextual()) {
      throw UnexpectedJsonException.wrongType(field, n, "a string");
    }
    return n == null || n.isNull() ? null : n.asText();
  }

  private boolean bool(String field, boolean dflt) {
    JsonNode n = json.get(field);
    if (n == null || n.isNull()) {
      return dflt;
    }
    // Chronos reads "true" strings as booleans too.
    if (n.isTextual() && ("true".equalsIgnoreCase(n.asText())
        || "false".equalsIgnoreCase(n.asText()))) {
      return Boolean.parseBoolean(n.asText());
    }
    if (!n.isBoolean()) {
      throw UnexpectedJsonException.wrongType(field, n, "true or false");
    }
    return n.booleanValue();
  }

  private double number(String field) {
    JsonNode n = json.get(field);
    if (n == null || n.isNull()) {
      return 0;
    }
    if (n.isNumber()) {
      return n.doubleValue();
    }
    try {
      if (n.isTextual()) {
        return Double.parseDouble(n.asText().trim()); // the docs' Docker example sends "0.5"
      }
    } catch (NumberFormatException e) {
      // not a number in a string either
    }
    throw UnexpectedJsonException.wrongType(field, n, "a number");
  }

  private long count(String field) {
    JsonNode n = json.get(field);
    if (n != null && !n.isNull() && !n.isNumber()) {
      throw UnexpectedJsonException.wrongType(field, n, "a number");
    }
    return n == null ? 0 : n.asLong(0);
  }

  private List<String> strings(String field) {
    List<String> out = new ArrayList<String>();
    JsonNode a = json.get(field);
    if (a != null && !a.isNull() && !a.isArray()) {
      throw UnexpectedJsonException.wrongType(field, a, "an array");
    }
    if (a != null && a.isArray()) {
      for (JsonNode e : a) {
        if (!e.isValueNode() || e.isNull()) {
          throw UnexpectedJsonException.wrongType(field + "[]", e, "a string");
        }
        out.add(e.asText());
      }
    }
    return out;
  }

  @Override
  public String toString() {
    // Only the name: environment values may hold secrets.
    return "ChronosJob{" + name() + (isDependent() ? ", dependent" : ", scheduled") + "}";
  }

  /** The outcome counters Chronos keeps per job. */
  public static final class Counters {
    private final long successCount;
    private final long errorCount;
    private final String lastSuccess;
    private final String lastError;

    public Counters(long successCount, long errorCount, String lastSuccess, String lastError) {
      this.successCount = successCount;
      this.errorCount = errorCount;
      this.lastSuccess = lastSuccess == null ? "" : lastSuccess;
      this.lastError = lastError == null ? "" : lastError;
    }

    public long successCount() {
      return successCount;
    }

    public long errorCount() {
      return errorCount;
    }

    public String lastSuccess() {
      return lastSuccess;
    }

    public String lastError() {
      return lastError;
    }

    /** A success was recorded since {@code before} (count up, or a new timestamp). */
    public boolean succeededSince(Counters before) {
      return successCount > before.successCount
          || (!lastSuccess.isEmpty() && !lastSuccess.equals(before.lastSuccess));
    }

    /** A final failure was recorded since {@code before}. */
    public boolean failedSince(Counters before) {
      return errorCount > before.errorCount
          || (!lastError.isEmpty() && !lastError.equals(before.lastError));
    }

    @Override
    public String toString() {
      return "success " + successCount + " (last " + (lastSuccess.isEmpty() ? "never" : lastSuccess)
          + "), error " + errorCount + " (last " + (lastError.isEmpty() ? "never" : lastError) + ")";
    }
  }

  /**
   * Sets typed fields on top of a JSON tree; fields not touched keep whatever the tree had. Null
   * arguments remove the field, so a blank setting in a dialog means "let Chronos decide".
   */
  public static final class Builder {
    private final ObjectNode json;

    private Builder(ObjectNode json) {
      this.json = json;
    }

    public Builder name(String v) {
      return text("name", v);
    }

    public Builder command(String v) {
      return text("command", v);
    }

    public Builder shell(Boolean v) {
      return bool("shell", v);
    }

    /** Makes the job scheduled: sets {@code schedule} and drops {@code parents}. */
    public Builder schedule(String v) {
      if (v != null) {
        json.remove("parents");
      }
      return text("schedule", v);
    }

    public Builder scheduleTimeZone(String v) {
      return text("scheduleTimeZone", v);
    }

    /** Makes the job dependent: sets {@code parents} and drops the schedule fields. */
    public Builder parents(List<String> v) {
      if (v != null) {
        json.remove("schedule");
        json.remove("scheduleTimeZone");
      }
      return strings("parents", v);
    }

    public Builder container(Container c) {
      if (c == null) {
        json.remove("container");
      } else {
        JsonNode old = json.get("container");
        json.set("container", c.mergeInto(old != null && old.isObject()
            ? ((ObjectNode) old).deepCopy() : JsonNodeFactory.instance.objectNode()));
      }
      return this;
    }

    /** Replaces the environment variables ({@code [{"name","value"}]}, in map order). */
    public Builder environmentVariables(Map<String, String> vars) {
      if (vars == null) {
        json.remove("environmentVariables");
        return this;
      }
      ArrayNode a = json.putArray("environmentVariables");
      for (Map.Entry<String, String> e : vars.entrySet()) {
        a.addObject().put("name", e.getKey()).put("value", e.getValue());
      }
      return this;
    }

    public Builder cpus(Double v) {
      return number("cpus", v);
    }

    public Builder mem(Double v) {
      return number("mem", v);
    }

    public Builder disk(Double v) {
      return number("disk", v);
    }

    public Builder retries(Integer v) {
      if (v == null) {
        json.remove("retries");
      } else {
        json.put("retries", v.intValue());
      }
      return this;
    }

    public Builder owner(String v) {
      return text("owner", v);
    }

    public Builder ownerName(String v) {
      return text("ownerName", v);
    }

    public Builder description(String v) {
      return text("description", v);
    }

    public Builder concurrent(Boolean v) {
      return bool("concurrent", v);
    }

    public Builder disabled(Boolean v) {
      return bool("disabled", v);
    }

    public Builder arguments(List<String> v) {
      return strings("arguments", v);
    }

    /** {@code [["attr","EQUALS|LIKE|UNLIKE","value"], …]}. */
    public Builder constraints(List<List<String>> v) {
      if (v == null) {
        json.remove("constraints");
        return this;
      }
      ArrayNode a = json.putArray("constraints");
      for (List<String> c : v) {
        ArrayNode row = a.addArray();
        for (String s : c) {
          row.add(s);
        }
      }
      return this;
    }

    /** Deprecated {@code uris}; Chronos refuses {@code uris} and {@code fetch} together. */
    public Builder uris(List<String> v) {
      return strings("uris", v);
    }

    public Builder fetch(List<Fetch> v) {
      if (v == null) {
        json.remove("fetch");
        return this;
      }
      ArrayNode a = json.putArray("fetch");
      for (Fetch f : v) {
        a.add(f.toTree());
      }
      return this;
    }

    /** Any other field, as JSON ({@code null} removes it). */
    public Builder field(String name, JsonNode value) {
      if (value == null) {
        json.remove(name);
      } else {
        json.set(name, value.deepCopy());
      }
      return this;
    }

    /** Drops the server-kept counters so a post does not write stale ones back. */
    public Builder withoutCounters() {
      for (String f : COUNTER_FIELDS) {
        json.remove(f);
      }
      return this;
    }

    public ChronosJob build() {
      return new ChronosJob(json.deepCopy());
    }

    private Builder text(String field, String v) {
      if (v == null) {
        json.remove(field);
      } else {
        json.put(field, v);
      }
      return this;
    }

    private Builder bool(String field, Boolean v) {
      if (v == null) {
        json.remove(field);
      } else {
        json.put(field, v.booleanValue());
      }
      return this;
    }

    private Builder number(String field, Double v) {
      if (v == null) {
        json.remove(field);
      } else {
        json.put(field, v.doubleValue());
      }
      return this;
    }

    private Builder strings(String field, List<String> v) {
      if (v == null) {
        json.remove(field);
        return this;
      }
      ArrayNode a = json.putArray(field);
      for (String s : v) {
        a.add(s);
      }
      return this;
    }
  }

  /**
   * The typed part of a {@code container}; merged into an existing container object so fields
   * such as {@code networkInfos} that were written as JSON survive.
   */
  public static final class Container {
    private String type;
    private String image;
    private String network;
    private Boolean forcePullImage;
    private final List<String[]> volumes = new ArrayList<String[]>();
    private final Map<String, String> parameters = new LinkedHashMap<String, String>();
    private boolean volumesSet;
    private boolean parametersSet;

    /** {@code DOCKER} (Chronos's default) or {@code MESOS}. */
    public Container type(String v) {
      this.type = v;
      return this;
    }

    public Container image(String v) {
      this.image = v;
      return this;
    }

    /** {@code HOST}, {@code BRIDGE} or {@code USER}, exactly upper case (Chronos does not fold it). */
    public Container network(String v) {
      this.network = v;
      return this;
    }

    public Container forcePullImage(Boolean v) {
      this.forcePullImage = v;
      return this;
    }

    /** Adds a volume; {@code hostPath} and {@code mode} ("RW"/"RO") may be null. */
    public Container volume(String containerPath, String hostPath, String mode) {
      volumes.add(new String[] {containerPath, hostPath, mode});
      volumesSet = true;
      return this;
    }

    /** Adds a Docker CLI parameter ({@code {"key","value"}}). */
    public Container parameter(String key, String value) {
      parameters.put(key, value);
      parametersSet = true;
      return this;
    }

    ObjectNode mergeInto(ObjectNode c) {
      putIfSet(c, "type", type);
      putIfSet(c, "image", image);
      putIfSet(c, "network", network);
      if (forcePullImage != null) {
        c.put("forcePullImage", forcePullImage.booleanValue());
      }
      if (volumesSet) {
        ArrayNode a = c.putArray("volumes");
        for (String[] v : volumes) {
          ObjectNode o = a.addObject().put("containerPath", v[0]);
          putIfSet(o, "hostPath", v[1]);
          putIfSet(o, "mode", v[2]);
        }
      }
      if (parametersSet) {
        ArrayNode a = c.putArray("parameters");
        for (Map.Entry<String, String> p : parameters.entrySet()) {
          a.addObject().put("key", p.getKey()).put("value", p.getValue());
        }
      }
      return c;
    }

    private static void putIfSet(ObjectNode o, String field, String v) {
      if (v != null && !v.isEmpty()) {
        o.put(field, v);
      }
    }
  }

  /** One {@code fetch} entry (Mesos URI to download into the sandbox). */
  public static final class Fetch {
    private final String uri;
    private final boolean executable;
    private final boolean cache;
    private final boolean extract;
    private final String outputFile;

    public Fetch(String uri, boolean executable, boolean cache, boolean extract,
        String outputFile) {
      this.uri = uri;
      this.executable = executable;
      this.cache = cache;
      this.extract = extract;
      this.outputFile = outputFile;
    }

    /** A plain download with Chronos's defaults (extracted, not executable, not cached). */
    public static Fetch of(String uri) {
      return new Fetch(uri, false, false, true, null);
    }

    ObjectNode toTree() {
      ObjectNode o = JsonNodeFactory.instance.objectNode().put("uri", uri)
          .put("executable", executable).put("cache", cache).put("extract", extract);
      if (outputFile != null && !outputFile.isEmpty()) {
        o.put("output_file", outputFile);
      }
      return o;
    }
  }

  /** Field names present in the tree, for comparisons. */
  Iterator<String> fieldNames() {
    return json.fieldNames();
  }

  ObjectNode tree() {
    return json;
  }
}
