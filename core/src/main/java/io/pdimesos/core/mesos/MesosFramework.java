package io.pdimesos.core.mesos;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/** A framework (scheduler) registered with the master, or a completed one. */
public final class MesosFramework {
  private final JsonNode raw;
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

  private MesosFramework(JsonNode n, boolean completed) {
    this.raw = n;
    this.id = Nodes.text(n, "id", "");
    this.name = Nodes.text(n, "name", "");
    this.active = Nodes.bool(n, "active", !completed);
    // "connected" arrived in 0.2x; before that an active framework was a connected one
    this.connected = Nodes.bool(n, "connected", active);
    this.completed = completed;
    this.hostname = Nodes.text(n, "hostname");
    this.webuiUrl = Nodes.text(n, "webui_url");
    this.user = Nodes.text(n, "user");
    List<String> r = Nodes.strings(n.get("roles"));
    this.roles = r.isEmpty() && Nodes.text(n, "role") != null
        ? java.util.Collections.singletonList(Nodes.text(n, "role")) : r;
    this.registeredTime = Nodes.number(n, "registered_time", 0);
    this.unregisteredTime = Nodes.number(n, "unregistered_time", 0);
    this.usedResources = Resources.from(n.get("used_resources"));
    this.offeredResources = Resources.from(n.get("offered_resources"));
    this.taskCounts = Nodes.taskCounters(n);
  }

  static MesosFramework from(JsonNode n, boolean completed) {
    return new MesosFramework(Nodes.item(n, "frameworks[]"), completed);
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
   * The framework's JSON as the master sent it; streamed from the state it comes without its
   * task, executor and offer lists, which are read apart.
   */
  public JsonNode raw() {
    return raw;
  }

  @Override
  public String toString() {
    return name + " (" + id + (completed ? ", completed" : active ? "" : ", inactive") + ")";
  }
}
