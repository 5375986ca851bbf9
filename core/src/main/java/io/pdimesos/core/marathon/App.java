package io.pdimesos.core.marathon;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An app as Marathon reports it (AppInfo): the definition with defaults filled in, plus counts,
 * deployments, tasks and the last task failure when embedded. The raw JSON is kept so nothing the
 * typed fields leave out is lost.
 */
public final class App {
  private final JsonNode raw;
  private final String id;
  private final String cmd;
  private final int instances;
  private final double cpus;
  private final double mem;
  private final double disk;
  private final String version;
  private final String lastConfigChangeAt;
  private final String lastScalingAt;
  private final int tasksStaged;
  private final int tasksRunning;
  private final int tasksHealthy;
  private final int tasksUnhealthy;
  private final List<String> deploymentIds;
  private final List<Task> tasks;
  private final TaskFailure lastTaskFailure;
  private final int healthCheckCount;
  private final Map<String, String> labels;

  private App(JsonNode n) {
    Nodes.item(n, "app");
    this.raw = n;
    this.id = Nodes.text(n, "id");
    this.cmd = Nodes.text(n, "cmd");
    this.instances = Nodes.integer(n, "instances", 1);
    this.cpus = Nodes.number(n, "cpus", 0);
    this.mem = Nodes.number(n, "mem", 0);
    this.disk = Nodes.number(n, "disk", 0);
    this.version = Nodes.text(n, "version");
    JsonNode vi = Nodes.object(n, "versionInfo");
    this.lastConfigChangeAt = Nodes.text(vi, "lastConfigChangeAt");
    this.lastScalingAt = Nodes.text(vi, "lastScalingAt");
    this.tasksStaged = Nodes.integer(n, "tasksStaged", 0);
    this.tasksRunning = Nodes.integer(n, "tasksRunning", 0);
    this.tasksHealthy = Nodes.integer(n, "tasksHealthy", 0);
    this.tasksUnhealthy = Nodes.integer(n, "tasksUnhealthy", 0);
    List<String> deps = new ArrayList<String>();
    for (JsonNode d : Nodes.array(n, "deployments")) {
      String did = d.isTextual() ? d.asText() : Nodes.text(d, "id");
      if (did != null) {
        deps.add(did);
      }
    }
    this.deploymentIds = Collections.unmodifiableList(deps);
    this.tasks = Task.list(Nodes.array(n, "tasks"));
    JsonNode f = Nodes.object(n, "lastTaskFailure");
    this.lastTaskFailure = f == null ? null : new TaskFailure(f);
    this.healthCheckCount = Nodes.array(n, "healthChecks").size();
    Map<String, String> l = new LinkedHashMap<String, String>();
    JsonNode labels = Nodes.object(n, "labels");
    if (labels != null) {
      for (Map.Entry<String, JsonNode> e : labels.properties()) {
        l.put(e.getKey(), Nodes.text(labels, e.getKey()));
      }
    }
    this.labels = Collections.unmodifiableMap(l);
  }

  public static App from(JsonNode n) {
    return new App(n);
  }

  /** The whole JSON object as received. */
  public JsonNode raw() {
    return raw;
  }

  public String id() {
    return id;
  }

  public String cmd() {
    return cmd;
  }

  public int instances() {
    return instances;
  }

  public double cpus() {
    return cpus;
  }

  public double mem() {
    return mem;
  }

  public double disk() {
    return disk;
  }

  /** Version of the current definition (changes on scale and restart too). */
  public String version() {
    return version;
  }

  /** When the configuration last changed; null when not reported. */
  public String lastConfigChangeAt() {
    return lastConfigChangeAt;
  }

  public String lastScalingAt() {
    return lastScalingAt;
  }

  public int tasksStaged() {
    return tasksStaged;
  }

  public int tasksRunning() {
    return tasksRunning;
  }

  /** Only counts tasks with health data: 0 for apps without health checks. */
  public int tasksHealthy() {
    return tasksHealthy;
  }

  public int tasksUnhealthy() {
    return tasksUnhealthy;
  }

  /** Deployments currently touching this app (non-empty means locked). */
  public List<String> deploymentIds() {
    return deploymentIds;
  }

  public List<Task> tasks() {
    return tasks;
  }

  /** Null when none was embedded or none happened. */
  public TaskFailure lastTaskFailure() {
    return lastTaskFailure;
  }

  public boolean hasHealthChecks() {
    return healthCheckCount > 0;
  }

  public Map<String, String> labels() {
    return labels;
  }

  /** Task statistics: key {@code taskStats} up to 1.8, {@code tasksStats} from 1.9; null if absent. */
  public JsonNode taskStats() {
    JsonNode s = raw.get("tasksStats");
    if (s == null || s.isNull()) {
      s = raw.get("taskStats");
    }
    return s == null || s.isNull() ? null : s;
  }

  @Override
  public String toString() {
    return id + " (" + tasksRunning + "/" + instances + " running, version " + version + ")";
  }

  /** Why the app's last task ended ({@code lastTaskFailure}). */
  public static final class TaskFailure {
    private final String appId;
    private final String host;
    private final String message;
    private final String state;
    private final String taskId;
    private final String timestamp;
    private final String version;

    TaskFailure(JsonNode n) {
      this.appId = Nodes.text(n, "appId");
      this.host = Nodes.text(n, "host");
      this.message = Nodes.text(n, "message");
      this.state = Nodes.text(n, "state");
      this.taskId = Nodes.text(n, "taskId");
      this.timestamp = Nodes.text(n, "timestamp");
      this.version = Nodes.text(n, "version");
    }

    public String appId() {
      return appId;
    }

    public String host() {
      return host;
    }

    public String message() {
      return message;
    }

    public String state() {
      return state;
    }

    public String taskId() {
      return taskId;
    }

    public String timestamp() {
      return timestamp;
    }

    public String version() {
      return version;
    }

    @Override
    public String toString() {
      return "last task failure " + timestamp + ": " + state + " on " + host + ": " + message;
    }
  }
}
