package io.pdimesos.core.mesos;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The scalar header of {@code /master/state}: who answered, who leads, since when. */
public final class MasterInfo {
  private final String version;
  private final String id;
  private final String pid;
  private final String hostname;
  private final String cluster;
  private final String leaderPid;
  private final String leaderHostname;
  private final double startTime;
  private final double electedTime;
  private final long activatedAgents;
  private final long deactivatedAgents;
  private final long unreachableAgents;

  private MasterInfo(JsonNode n) {
    this.version = Nodes.text(n, "version");
    this.id = Nodes.text(n, "id");
    this.pid = Nodes.text(n, "pid");
    this.hostname = Nodes.text(n, "hostname");
    this.cluster = Nodes.text(n, "cluster");
    this.leaderPid = Nodes.text(n, "leader");
    this.leaderHostname = Nodes.text(n.path("leader_info"), "hostname");
    this.startTime = Nodes.number(n, "start_time", 0);
    this.electedTime = Nodes.number(n, "elected_time", 0);
    this.activatedAgents = Nodes.count(n, "activated_slaves");
    this.deactivatedAgents = Nodes.count(n, "deactivated_slaves");
    this.unreachableAgents = Nodes.count(n, "unreachable_slaves");
  }

  /** From the header fields collected while streaming (objects other than leader_info dropped). */
  static MasterInfo from(ObjectNode header) {
    return new MasterInfo(header);
  }

  public String version() {
    return version;
  }

  public String id() {
    return id;
  }

  /** {@code master@10.0.5.220:5050} of the master that answered. */
  public String pid() {
    return pid;
  }

  public String hostname() {
    return hostname;
  }

  public String cluster() {
    return cluster;
  }

  /** The leader's pid as this master sees it, or null when none is elected. */
  public String leaderPid() {
    return leaderPid;
  }

  /** {@code leader_info.hostname} (1.2+), or null. */
  public String leaderHostname() {
    return leaderHostname;
  }

  public double startTime() {
    return startTime;
  }

  /** Seconds since the epoch of this master's election, 0 when it is not the leader. */
  public double electedTime() {
    return electedTime;
  }

  public long activatedAgents() {
    return activatedAgents;
  }

  public long deactivatedAgents() {
    return deactivatedAgents;
  }

  public long unreachableAgents() {
    return unreachableAgents;
  }

  /** True when the answering master is the leader it names. */
  public boolean isLeader() {
    return pid != null && pid.equals(leaderPid);
  }

  @Override
  public String toString() {
    return "Mesos " + version + " master " + pid + " (leader " + leaderPid + ")";
  }
}
