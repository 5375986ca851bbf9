package io.pdimesos.core.marathon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pdimesos.core.http.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The app definition a deploy sends. Either the user's own JSON, passed through untouched (every
 * field Marathon knows, including ones this class does not), or one built from a few fields by
 * {@link #builder()}. Only the id is checked and canonicalised.
 */
public final class AppDefinition {
  private final ObjectNode json;
  private final String id;

  private AppDefinition(ObjectNode json) {
    JsonNode idNode = json.get("id");
    if (idNode == null || !idNode.isTextual()) {
      throw new InvalidException("id", true, "The app definition has no \"id\"");
    }
    try {
      this.id = MarathonIds.appId(idNode.asText());
    } catch (IllegalArgumentException e) {
      throw new InvalidException("id", false, e.getMessage());
    }
    this.json = json;
  }

  /**
   * A definition that cannot be used, naming the field at fault ({@code "id"}), or none when the
   * text is not a JSON object at all.
   */
  public static final class InvalidException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String field;
    private final boolean missing;

    InvalidException(String field, boolean missing, String message) {
      super(message);
      this.field = field;
      this.missing = missing;
    }

    InvalidException(String message, Throwable cause) {
      super(message, cause);
      this.field = null;
      this.missing = false;
    }

    /** The definition's field at fault, or null when the JSON itself is. */
    public String field() {
      return field;
    }

    /** Whether the field is absent, rather than present and wrong. */
    public boolean missing() {
      return missing;
    }
  }

  /** The user's JSON as is; errors quote the parser's complaint or name the field at fault. */
  public static AppDefinition fromJson(String json) {
    return new AppDefinition(parse(json));
  }

  /**
   * The user's JSON named {@code id}: its own id, if it has one, is replaced, so it need not
   * have one (a row's app id field, a deploy's app id setting).
   */
  public static AppDefinition fromJson(String json, String id) {
    ObjectNode n = parse(json);
    n.put("id", id);
    return new AppDefinition(n);
  }

  private static ObjectNode parse(String json) {
    JsonNode n;
    try {
      n = Json.MAPPER.readTree(json);
    } catch (IOException e) {
      throw new InvalidException("The app definition is not valid JSON: "
          + e.getMessage().split("\n")[0], e);
    }
    if (n == null || !n.isObject()) {
      throw new InvalidException(null, false, "The app definition must be a JSON object");
    }
    return (ObjectNode) n;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Canonical absolute id ({@code /prod/web}). */
  public String id() {
    return id;
  }

  /** A copy of the definition's JSON. */
  public ObjectNode json() {
    return json.deepCopy();
  }

  /** The JSON body to send. The id is left as the user wrote it: the URL path is what counts. */
  public String toJson() {
    return Json.write(json);
  }

  /**
   * Whether {@code app} (an app as Marathon reports it) carries every field this definition sets
   * with the same value, objects compared field by field; the id is compared canonically.
   * Marathon fills in defaults and may normalise some values, so false can also mean "written
   * differently": callers treat it as "not shown", never as "not done".
   */
  public boolean isShownBy(JsonNode app) {
    if (app == null || !app.isObject()) {
      return false;
    }
    java.util.Iterator<java.util.Map.Entry<String, JsonNode>> it = json.fields();
    while (it.hasNext()) {
      java.util.Map.Entry<String, JsonNode> e = it.next();
      if (e.getKey().equals("id")) {
        if (!id.equals(MarathonIds.appId(app.path("id").asText("")))) {
          return false;
        }
      } else if (!Json.contains(app.get(e.getKey()), e.getValue())) {
        return false;
      }
    }
    return true;
  }

  /** Whether the definition declares health checks (so a deploy waits for healthy tasks). */
  public boolean hasHealthChecks() {
    return json.path("healthChecks").size() > 0;
  }

  /** {@code instances} when set, else null (Marathon keeps or defaults it). */
  public Integer instances() {
    JsonNode n = json.get("instances");
    return n != null && n.isNumber() ? n.asInt() : null;
  }

  /** A copy named {@code id} (canonicalised; the JSON keeps it as given). */
  public AppDefinition withId(String id) {
    ObjectNode copy = json.deepCopy();
    copy.put("id", id);
    return new AppDefinition(copy);
  }

  /** A copy with {@code labels.key = value} added; other labels are kept. */
  public AppDefinition withLabel(String key, String value) {
    ObjectNode copy = json.deepCopy();
    JsonNode labels = copy.get("labels");
    ObjectNode l = labels != null && labels.isObject() ? (ObjectNode) labels
        : copy.putObject("labels");
    l.put(key, value);
    return new AppDefinition(copy);
  }

  @Override
  public String toString() {
    return "AppDefinition{" + id + "}";
  }

  /** Builds a definition from fields; unset fields are left out so Marathon's defaults apply. */
  public static final class Builder {
    private String id;
    private String cmd;
    private List<String> args;
    private String dockerImage;
    private Integer instances;
    private Double cpus;
    private Double mem;
    private Double disk;
    private final Map<String, String> env = new LinkedHashMap<String, String>();
    private final Map<String, String> labels = new LinkedHashMap<String, String>();
    private final List<Integer> ports = new ArrayList<Integer>();
    private HealthCheck healthCheck;
    private final List<List<String>> constraints = new ArrayList<List<String>>();

    public Builder id(String v) {
      this.id = v;
      return this;
    }

    public Builder cmd(String v) {
      this.cmd = v;
      return this;
    }

    public Builder args(List<String> v) {
      this.args = v == null ? null : new ArrayList<String>(v);
      return this;
    }

    public Builder dockerImage(String v) {
      this.dockerImage = v;
      return this;
    }

    public Builder instances(int v) {
      this.instances = v;
      return this;
    }

    public Builder cpus(double v) {
      this.cpus = v;
      return this;
    }

    public Builder mem(double v) {
      this.mem = v;
      return this;
    }

    public Builder disk(double v) {
      this.disk = v;
      return this;
    }

    public Builder env(String name, String value) {
      env.put(name, value);
      return this;
    }

    public Builder label(String name, String value) {
      labels.put(name, value);
      return this;
    }

    /** A host port definition; 0 asks for a dynamic port. */
    public Builder port(int port) {
      ports.add(port);
      return this;
    }

    public Builder healthCheck(HealthCheck v) {
      this.healthCheck = v;
      return this;
    }

    /** A constraint such as {@code hostname UNIQUE} or {@code rack_id GROUP_BY 2}. */
    public Builder constraint(String field, String operator, String value) {
      List<String> c = new ArrayList<String>(Arrays.asList(field, operator));
      if (value != null && !value.isEmpty()) {
        c.add(value);
      }
      constraints.add(c);
      return this;
    }

    public AppDefinition build() {
      boolean hasCmd = cmd != null && !cmd.trim().isEmpty();
      boolean hasArgs = args != null && !args.isEmpty();
      if (hasCmd && hasArgs) {
        throw new IllegalArgumentException("Give either a command or arguments, not both");
      }
      if (!hasCmd && !hasArgs && (dockerImage == null || dockerImage.trim().isEmpty())) {
        throw new IllegalArgumentException("Give a command, arguments or a Docker image");
      }
      ObjectNode n = Json.MAPPER.createObjectNode();
      n.put("id", MarathonIds.appId(id));
      if (hasCmd) {
        n.put("cmd", cmd);
      }
      if (hasArgs) {
        ArrayNode a = n.putArray("args");
        for (String s : args) {
          a.add(s);
        }
      }
      if (dockerImage != null && !dockerImage.trim().isEmpty()) {
        ObjectNode c = n.putObject("container");
        c.put("type", "DOCKER");
        c.putObject("docker").put("image", dockerImage.trim());
      }
      if (instances != null) {
        requireAtLeast(instances, 0, "instances");
        n.put("instances", instances);
      }
      putResource(n, "cpus", cpus, 0.001);
      putResource(n, "mem", mem, 0);
      putResource(n, "disk", disk, 0);
      if (!env.isEmpty()) {
        ObjectNode e = n.putObject("env");
        for (Map.Entry<String, String> x : env.entrySet()) {
          e.put(x.getKey(), x.getValue());
        }
      }
      if (!labels.isEmpty()) {
        ObjectNode l = n.putObject("labels");
        for (Map.Entry<String, String> x : labels.entrySet()) {
          l.put(x.getKey(), x.getValue());
        }
      }
      if (!ports.isEmpty()) {
        ArrayNode pd = n.putArray("portDefinitions");
        for (Integer p : ports) {
          if (p < 0 || p > 65535) {
            throw new IllegalArgumentException("Port " + p + " is not between 0 and 65535");
          }
          pd.addObject().put("port", p).put("protocol", "tcp");
        }
      }
      if (healthCheck != null) {
        n.putArray("healthChecks").add(healthCheck.toJson());
      }
      if (!constraints.isEmpty()) {
        ArrayNode cs = n.putArray("constraints");
        for (List<String> c : constraints) {
          ArrayNode one = cs.addArray();
          for (String s : c) {
            one.add(s);
          }
        }
      }
      return new AppDefinition(n);
    }

    private static void requireAtLeast(double v, double min, String field) {
      if (v < min) {
        throw new IllegalArgumentException("\"" + field + "\" must be at least " + min + ": " + v);
      }
    }

    private static void putResource(ObjectNode n, String field, Double v, double min) {
      if (v != null) {
        requireAtLeast(v, min, field);
        n.put(field, v);
      }
    }
  }

  /** One health check: HTTP-like ({@code path}) or COMMAND ({@code command}). */
  public static final class HealthCheck {
    private final String protocol;
    private String path;
    private String command;
    private Integer portIndex;
    private Integer gracePeriodSeconds;
    private Integer intervalSeconds;
    private Integer timeoutSeconds;
    private Integer maxConsecutiveFailures;

    /** {@code MESOS_HTTP}, {@code MESOS_TCP}, {@code HTTP}, {@code TCP}, {@code COMMAND}… */
    public HealthCheck(String protocol) {
      this.protocol = protocol == null ? "MESOS_HTTP" : protocol.trim().toUpperCase(java.util.Locale.ROOT);
    }

    public HealthCheck path(String v) {
      this.path = v;
      return this;
    }

    public HealthCheck command(String v) {
      this.command = v;
      return this;
    }

    public HealthCheck portIndex(int v) {
      this.portIndex = v;
      return this;
    }

    public HealthCheck gracePeriodSeconds(int v) {
      this.gracePeriodSeconds = v;
      return this;
    }

    public HealthCheck intervalSeconds(int v) {
      this.intervalSeconds = v;
      return this;
    }

    public HealthCheck timeoutSeconds(int v) {
      this.timeoutSeconds = v;
      return this;
    }

    public HealthCheck maxConsecutiveFailures(int v) {
      this.maxConsecutiveFailures = v;
      return this;
    }

    ObjectNode toJson() {
      ObjectNode h = Json.MAPPER.createObjectNode();
      h.put("protocol", protocol);
      if (protocol.equals("COMMAND")) {
        if (command == null || command.trim().isEmpty()) {
          throw new IllegalArgumentException("A COMMAND health check needs a command");
        }
        h.putObject("command").put("value", command);
      } else if (path != null && !path.isEmpty()) {
        h.put("path", path);
      }
      putIfSet(h, "portIndex", portIndex);
      putIfSet(h, "gracePeriodSeconds", gracePeriodSeconds);
      putIfSet(h, "intervalSeconds", intervalSeconds);
      putIfSet(h, "timeoutSeconds", timeoutSeconds);
      putIfSet(h, "maxConsecutiveFailures", maxConsecutiveFailures);
      return h;
    }

    private static void putIfSet(ObjectNode n, String field, Integer v) {
      if (v != null) {
        n.put(field, v);
      }
    }
  }
}
