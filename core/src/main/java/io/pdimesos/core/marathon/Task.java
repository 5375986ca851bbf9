package io.pdimesos.core.marathon;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A Marathon task as listed by {@code /v2/tasks} or embedded in an app. */
public final class Task {
  private final String id;
  private final String appId;
  private final String host;
  private final String slaveId;
  private final String state;
  private final String stagedAt;
  private final String startedAt;
  private final String version;
  private final List<Integer> ports;
  private final List<Integer> servicePorts;
  private final List<String> ipAddresses;
  private final List<HealthResult> healthCheckResults;
  private final JsonNode raw;

  private Task(JsonNode n) {
    this.raw = n;
    this.id = Nodes.text(n, "id");
    this.appId = Nodes.text(n, "appId");
    this.host = Nodes.text(n, "host");
    this.slaveId = Nodes.text(n, "slaveId");
    this.state = Nodes.text(n, "state");
    this.stagedAt = Nodes.text(n, "stagedAt");
    this.startedAt = Nodes.text(n, "startedAt");
    this.version = Nodes.text(n, "version");
    this.ports = Nodes.ints(n, "ports");
    this.servicePorts = Nodes.ints(n, "servicePorts");
    List<String> ips = new ArrayList<String>();
    for (JsonNode ip : Nodes.array(n, "ipAddresses")) {
      String a = Nodes.text(ip, "ipAddress");
      if (a != null) {
        ips.add(a);
      }
    }
    this.ipAddresses = Collections.unmodifiableList(ips);
    List<HealthResult> hs = new ArrayList<HealthResult>();
    for (JsonNode h : Nodes.array(n, "healthCheckResults")) {
      hs.add(HealthResult.from(h));
    }
    this.healthCheckResults = Collections.unmodifiableList(hs);
  }

  public static Task from(JsonNode n) {
    return new Task(n);
  }

  /** The tasks of an array node ({@code Nodes.array}: absent is empty). */
  static List<Task> list(JsonNode array) {
    List<Task> out = new ArrayList<Task>();
    for (JsonNode t : array) {
      out.add(from(Nodes.item(t, "tasks[]")));
    }
    return Collections.unmodifiableList(out);
  }

  public String id() {
    return id;
  }

  public String appId() {
    return appId;
  }

  public String host() {
    return host;
  }

  public String slaveId() {
    return slaveId;
  }

  /** Mesos state ({@code TASK_RUNNING}); null on servers before 1.4, which did not send it. */
  public String state() {
    return state;
  }

  public String stagedAt() {
    return stagedAt;
  }

  public String startedAt() {
    return startedAt;
  }

  /** The app version the task was launched with. */
  public String version() {
    return version;
  }

  /** Host ports. */
  public List<Integer> ports() {
    return ports;
  }

  public List<Integer> servicePorts() {
    return servicePorts;
  }

  public List<String> ipAddresses() {
    return ipAddresses;
  }

  public List<HealthResult> healthCheckResults() {
    return healthCheckResults;
  }

  public JsonNode raw() {
    return raw;
  }

  /** Running: state TASK_RUNNING, or (old servers without state) a start time. */
  public boolean isRunning() {
    return state == null ? startedAt != null : "TASK_RUNNING".equals(state);
  }

  /** Every health check has a result and all say alive. */
  public boolean isHealthy() {
    if (healthCheckResults.isEmpty()) {
      return false;
    }
    for (HealthResult h : healthCheckResults) {
      if (!h.alive()) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return id + " on " + host + (ports.isEmpty() ? "" : " ports " + ports)
        + (ipAddresses.isEmpty() ? "" : " ips " + ipAddresses) + " (" + state + ")";
  }
}
