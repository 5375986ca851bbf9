package io.pdimesos.core.mesos;

import com.fasterxml.jackson.databind.JsonNode;

/** A custom executor the master lists under its framework ({@code executors[]}). */
public final class MesosExecutor {
  private final JsonNode raw;
  private final String id;
  private final String name;
  private final String frameworkId;
  private final String agentId;
  private final Resources resources;
  private final String frameworkName;

  private MesosExecutor(JsonNode n, String frameworkId, String frameworkName) {
    this.raw = n;
    this.id = Nodes.text(n, "executor_id", Nodes.text(n, "id", ""));
    this.name = Nodes.text(n, "name", "");
    this.frameworkId = Nodes.text(n, "framework_id", frameworkId);
    this.agentId = Nodes.text(n, "slave_id", Nodes.text(n, "agent_id", ""));
    this.resources = Resources.from(n.get("resources"));
    this.frameworkName = frameworkName;
  }

  static MesosExecutor from(JsonNode n, String frameworkId, String frameworkName) {
    return new MesosExecutor(Nodes.item(n, "executors[]"), frameworkId, frameworkName);
  }

  public String id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String frameworkId() {
    return frameworkId;
  }

  /** Name of the executor's framework, or null where the listing does not say. */
  public String frameworkName() {
    return frameworkName;
  }

  public String agentId() {
    return agentId;
  }

  public Resources resources() {
    return resources;
  }

  /** The item's JSON as the master sent it (paths beyond the typed accessors). */
  public JsonNode raw() {
    return raw;
  }

  @Override
  public String toString() {
    return id + " on " + agentId;
  }
}
