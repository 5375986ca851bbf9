package io.pdimesos.core.marathon;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One event from {@code /v2/events}. Shapes differ between versions and from the docs, so the
 * typed accessors read each field under every name it has had; {@link #raw()} keeps the rest.
 */
public final class MarathonEvent {
  public static final String DEPLOYMENT_SUCCESS = "deployment_success";
  public static final String DEPLOYMENT_FAILED = "deployment_failed";
  public static final String DEPLOYMENT_INFO = "deployment_info";
  public static final String DEPLOYMENT_STEP_SUCCESS = "deployment_step_success";
  public static final String DEPLOYMENT_STEP_FAILURE = "deployment_step_failure";
  public static final String STATUS_UPDATE = "status_update_event";
  public static final String INSTANCE_CHANGED = "instance_changed_event";
  public static final String INSTANCE_HEALTH_CHANGED = "instance_health_changed_event";
  public static final String HEALTH_STATUS_CHANGED = "health_status_changed_event";
  public static final String EVENT_STREAM_ATTACHED = "event_stream_attached";

  private final String eventType;
  private final JsonNode raw;

  private MarathonEvent(String eventType, JsonNode raw) {
    this.eventType = eventType;
    this.raw = raw;
  }

  /**
   * An event from its SSE {@code event:} name (may be null) and {@code data:} JSON; the JSON's
   * own {@code eventType} wins when both exist.
   */
  public static MarathonEvent of(String sseEventName, JsonNode data) {
    String t = Nodes.text(data, "eventType");
    return new MarathonEvent(t != null ? t : sseEventName, data);
  }

  public String eventType() {
    return eventType;
  }

  public String timestamp() {
    return Nodes.text(raw, "timestamp");
  }

  /** The deployment an event is about: {@code id} of deployment_success/failed, else {@code plan.id}. */
  public String deploymentId() {
    if (eventType != null && (eventType.equals(DEPLOYMENT_SUCCESS)
        || eventType.equals(DEPLOYMENT_FAILED)) && Nodes.text(raw, "id") != null) {
      return Nodes.text(raw, "id");
    }
    return Nodes.text(raw.get("plan"), "id");
  }

  /** App id: {@code appId}, or {@code runSpecId} of instance events. */
  public String appId() {
    String a = Nodes.text(raw, "appId");
    return a != null ? a : Nodes.text(raw, "runSpecId");
  }

  public String taskId() {
    return Nodes.text(raw, "taskId");
  }

  public String instanceId() {
    return Nodes.text(raw, "instanceId");
  }

  /** {@code taskStatus} of a status update ({@code TASK_RUNNING}). */
  public String taskStatus() {
    return Nodes.text(raw, "taskStatus");
  }

  /** Instance condition of instance_changed_event ({@code Running}). */
  public String condition() {
    return Nodes.text(raw, "condition");
  }

  /** {@code healthy} or {@code alive}; null when unknown. */
  public Boolean healthy() {
    Boolean h = Nodes.bool(raw, "healthy");
    return h != null ? h : Nodes.bool(raw, "alive");
  }

  /** {@code version} or {@code runSpecVersion}. */
  public String version() {
    String v = Nodes.text(raw, "version");
    return v != null ? v : Nodes.text(raw, "runSpecVersion");
  }

  /** {@code reason} of deployment_failed and group_change_failed; may be null. */
  public String reason() {
    return Nodes.text(raw, "reason");
  }

  public JsonNode raw() {
    return raw;
  }

  @Override
  public String toString() {
    return eventType + " " + raw;
  }
}
