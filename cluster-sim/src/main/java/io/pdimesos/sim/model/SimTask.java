package io.pdimesos.sim.model;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A Mesos task placed on an agent, with its status history and its sandbox files. */
public final class SimTask {
  public final String id;
  public final String name;
  public final String frameworkId;
  public final Agent agent;
  public final double cpus;
  public final double mem;
  public final double disk;
  public final List<Integer> hostPorts;
  public final String containerId;
  public final Map<String, String> labels;
  /** Address on the overlay network (Weave IPAM); also reported as the task's IP. */
  public final String ip;
  final List<Status> statuses = new ArrayList<>();
  private final StringBuilder stdout = new StringBuilder();
  private final StringBuilder stderr = new StringBuilder();
  TaskState state = TaskState.TASK_STAGING;
  String message = "";

  SimTask(String id, String name, String frameworkId, Agent agent, double cpus, double mem,
      double disk, List<Integer> hostPorts, String containerId, Map<String, String> labels, String ip) {
    this.id = id;
    this.name = name;
    this.frameworkId = frameworkId;
    this.agent = agent;
    this.cpus = cpus;
    this.mem = mem;
    this.disk = disk;
    this.hostPorts = hostPorts;
    this.containerId = containerId;
    this.labels = labels;
    this.ip = ip;
  }

  /** A status update as Mesos keeps it: state and time in float seconds. */
  public record Status(TaskState state, double timestamp) {}

  public TaskState state() {
    return state;
  }

  public String message() {
    return message;
  }

  public List<Status> statuses() {
    return List.copyOf(statuses);
  }

  public double firstTimestamp() {
    return statuses.isEmpty() ? 0 : statuses.get(0).timestamp();
  }

  public double timestampOf(TaskState s) {
    for (Status st : statuses) {
      if (st.state() == s) {
        return st.timestamp();
      }
    }
    return -1;
  }

  /** Absolute sandbox directory, in the layout of mesos.md §10. */
  public String sandboxDirectory() {
    return "/var/lib/mesos/slave/slaves/" + agent.id + "/frameworks/" + frameworkId + "/executors/"
        + id + "/runs/" + containerId;
  }

  public synchronized void appendStdout(String line) {
    stdout.append(line).append('\n');
  }

  public synchronized void appendStderr(String line) {
    stderr.append(line).append('\n');
  }

  public synchronized byte[] file(String name) {
    if ("stdout".equals(name)) {
      return stdout.toString().getBytes(StandardCharsets.UTF_8);
    }
    if ("stderr".equals(name)) {
      return stderr.toString().getBytes(StandardCharsets.UTF_8);
    }
    return null;
  }
}
