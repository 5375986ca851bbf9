package io.pdimesos.core.marathon;

import com.fasterxml.jackson.databind.JsonNode;

/** One health check's latest result for a task; keyed {@code instanceId} since 1.4, {@code taskId} before. */
public final class HealthResult {
  private final boolean alive;
  private final int consecutiveFailures;
  private final String firstSuccess;
  private final String lastSuccess;
  private final String lastFailure;
  private final String lastFailureCause;
  private final String instanceId;

  private HealthResult(JsonNode n) {
    this.alive = Boolean.TRUE.equals(Nodes.bool(n, "alive"));
    this.consecutiveFailures = Nodes.integer(n, "consecutiveFailures", 0);
    this.firstSuccess = Nodes.text(n, "firstSuccess");
    this.lastSuccess = Nodes.text(n, "lastSuccess");
    this.lastFailure = Nodes.text(n, "lastFailure");
    this.lastFailureCause = Nodes.text(n, "lastFailureCause");
    String id = Nodes.text(n, "instanceId");
    this.instanceId = id != null ? id : Nodes.text(n, "taskId");
  }

  static HealthResult from(JsonNode n) {
    return new HealthResult(n);
  }

  public boolean alive() {
    return alive;
  }

  public int consecutiveFailures() {
    return consecutiveFailures;
  }

  public String firstSuccess() {
    return firstSuccess;
  }

  public String lastSuccess() {
    return lastSuccess;
  }

  public String lastFailure() {
    return lastFailure;
  }

  public String lastFailureCause() {
    return lastFailureCause;
  }

  /** Instance id (1.4+) or task id (older servers). */
  public String instanceId() {
    return instanceId;
  }
}
