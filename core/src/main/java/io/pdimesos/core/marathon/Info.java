package io.pdimesos.core.marathon;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code GET /v2/info}: which Marathon answers, its version and leader. */
public final class Info {
  private final String name;
  private final String version;
  private final String buildref;
  private final boolean elected;
  private final String leader;
  private final String frameworkId;
  private final JsonNode raw;

  private Info(JsonNode n) {
    this.raw = n;
    this.name = Nodes.text(n, "name");
    this.version = Nodes.text(n, "version");
    this.buildref = Nodes.text(n, "buildref");
    this.elected = Boolean.TRUE.equals(Nodes.bool(n, "elected"));
    this.leader = Nodes.text(n, "leader");
    this.frameworkId = Nodes.text(n, "frameworkId");
  }

  public static Info from(JsonNode n) {
    return new Info(n);
  }

  public String name() {
    return name;
  }

  /** e.g. {@code 1.5.0-SNAPSHOT}. */
  public String version() {
    return version;
  }

  public String buildref() {
    return buildref;
  }

  public boolean elected() {
    return elected;
  }

  /** {@code host:port} of the leader. */
  public String leader() {
    return leader;
  }

  public String frameworkId() {
    return frameworkId;
  }

  /** Everything, including {@code marathon_config} and {@code zookeeper_config}. */
  public JsonNode raw() {
    return raw;
  }

  @Override
  public String toString() {
    return name + " " + version + " (leader " + leader + ")";
  }
}
