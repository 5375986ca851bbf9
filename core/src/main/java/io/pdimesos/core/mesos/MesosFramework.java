package io.pdimesos.core.mesos;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import io.pdimesos.core.json.FieldReader;
import io.pdimesos.core.json.JsonValues;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A framework (scheduler) registered with the master, or a completed one. */
public final class MesosFramework {
  private final JsonValues selected;
  private final String id;
  private final String name;
  private final boolean active;
  private final boolean connected;
  private final boolean completed;
  private final String hostname;
  private final String webuiUrl;
  private final String user;
  private final List<String> roles;
  private final double registeredTime;
  private final double unregisteredTime;
  private final Resources usedResources;
  private final Resources offeredResources;
  private final Map<String, Long> taskCounts;

  private MesosFramework(Fields f, JsonValues selected, boolean completed) {
    this.selected = selected;
    this.id = f.id == null ? "" : f.id;
    this.name = f.name == null ? "" : f.name;
    this.active = f.active != null ? f.active : !completed;
    // "connected" arrived in 0.2x; before that an active framework was a connected one
    this.connected = f.connected != null ? f.connected : active;
    this.completed = completed;
    this.hostname = f.hostname;
    this.webuiUrl = f.webuiUrl;
    this.user = f.user;
    this.roles = f.roles.isEmpty() && f.role != null ? Collections.singletonList(f.role)
        : f.roles;
    this.registeredTime = f.registeredTime;
    this.unregisteredTime = f.unregisteredTime;
    this.usedResources = f.usedResources;
    this.offeredResources = f.offeredResources;
    this.taskCounts = MesosTokens.counters(f.taskCounts);
  }

  /** A framework that arrived as a tree ({@code /master/frameworks}, state-summary). */
  static MesosFramework from(JsonNode n, boolean completed) {
    Fields f = new Fields();
    MesosTokens.readTree(Nodes.item(n, "frameworks[]"), f);
    return f.build(JsonValues.of(n), completed);
  }

  /**
   * The fields of one framework read from tokens. In a streamed state its task, executor and
   * offer lists are read apart and never reach this reader.
   */
  static final class Fields implements FieldReader {
    private String id;
    private String name;
    private Boolean active;
    private Boolean connected;
    private String hostname;
    private String webuiUrl;
    private String user;
    private List<String> roles = Collections.emptyList();
    private String role;
    private double registeredTime;
    private double unregisteredTime;
    private Resources usedResources = Resources.EMPTY;
    private Resources offeredResources = Resources.EMPTY;
    private Map<String, Long> taskCounts;

    @Override
    public boolean wants(String field) {
      switch (field) {
        case "id":
        case "name":
        case "active":
        case "connected":
        case "hostname":
        case "webui_url":
        case "user":
        case "roles":
        case "role":
        case "registered_time":
        case "unregistered_time":
        case "used_resources":
        case "offered_resources":
          return true;
        default:
          return MesosTokens.isTaskCounter(field);
      }
    }

    @Override
    public void read(String field, JsonParser p) throws IOException {
      switch (field) {
        case "id":
          id = MesosTokens.text(p, field);
          break;
        case "name":
          name = MesosTokens.text(p, field);
          break;
        case "active":
          active = MesosTokens.bool(p, field);
          break;
        case "connected":
          connected = MesosTokens.bool(p, field);
          break;
        case "hostname":
          hostname = MesosTokens.text(p, field);
          break;
        case "webui_url":
          webuiUrl = MesosTokens.text(p, field);
          break;
        case "user":
          user = MesosTokens.text(p, field);
          break;
        case "roles":
          roles = MesosTokens.strings(p);
          break;
        case "role":
          role = MesosTokens.text(p, field);
          break;
        case "registered_time":
          registeredTime = MesosTokens.number(p, field, 0);
          break;
        case "unregistered_time":
          unregisteredTime = MesosTokens.number(p, field, 0);
          break;
        case "used_resources":
          usedResources = Resources.read(p, field);
          break;
        case "offered_resources":
          offeredResources = Resources.read(p, field);
          break;
        default:
          if (taskCounts == null) {
            taskCounts = new LinkedHashMap<String, Long>();
          }
          MesosTokens.taskCounter(field, p, taskCounts);
      }
    }

    @Override
    public FieldReader fields(final String field) {
      if (!"used_resources".equals(field) && !"offered_resources".equals(field)) {
        return null;
      }
      return "used_resources".equals(field) ? Resources.reader(r -> usedResources = r)
          : Resources.reader(r -> offeredResources = r);
    }

    /** The framework's name once read (tasks listed before it wait for it), else null. */
    String name() {
      return name;
    }

    String id() {
      return id == null ? "" : id;
    }

    MesosFramework build(JsonValues selected, boolean completed) {
      return new MesosFramework(this, selected, completed);
    }
  }

  public String id() {
    return id;
  }

  public String name() {
    return name;
  }

  public boolean active() {
    return active;
  }

  public boolean connected() {
    return connected;
  }

  /** True when listed under {@code completed_frameworks} (torn down). */
  public boolean completed() {
    return completed;
  }

  public String hostname() {
    return hostname;
  }

  public String webuiUrl() {
    return webuiUrl;
  }

  public String user() {
    return user;
  }

  /** {@code role}, or {@code roles} of MULTI_ROLE frameworks. */
  public List<String> roles() {
    return roles;
  }

  /** Seconds since the epoch, 0 when unknown. */
  public double registeredTime() {
    return registeredTime;
  }

  public double unregisteredTime() {
    return unregisteredTime;
  }

  public Resources usedResources() {
    return usedResources;
  }

  public Resources offeredResources() {
    return offeredResources;
  }

  /** {@code TASK_*} counters (state-summary only), else empty. */
  public Map<String, Long> taskCounts() {
    return taskCounts;
  }

  /**
   * The framework's JSON values the read kept (paths beyond the typed accessors): every path of a
   * framework read whole, only the selected pointers of a streamed state read with a
   * {@link StateSelection}. Streamed from the state it comes without its task, executor and offer
   * lists, which are read apart.
   */
  public JsonValues selected() {
    return selected;
  }

  @Override
  public String toString() {
    return name + " (" + id + (completed ? ", completed" : active ? "" : ", inactive") + ")";
  }
}
