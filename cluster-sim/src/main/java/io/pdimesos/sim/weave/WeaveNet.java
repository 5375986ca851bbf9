package io.pdimesos.sim.weave;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pdimesos.sim.http.Json;
import io.pdimesos.sim.model.Agent;
import io.pdimesos.sim.model.ClusterModel;
import io.pdimesos.sim.model.SimTask;
import io.pdimesos.sim.model.TaskState;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The overlay network: one Weave router per agent, fully meshed, IPAM split evenly between the
 * peers, DNS entries for the running tasks. Each router reports only its own view (weave.md §3):
 * a disconnected peer sees only itself, and the others see its connection retrying.
 */
public final class WeaveNet {
  public static final String VERSION = "2.8.1";
  public static final int MESH_PORT = 6783;
  private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

  private final ClusterModel model;
  private final Set<Integer> disconnected = new HashSet<>();
  private final Map<Integer, Integer> terminations = new HashMap<>();

  public WeaveNet(ClusterModel model) {
    this.model = model;
  }

  public void setDisconnected(int agentIndex, boolean down) {
    // read the model before taking this lock: request threads take the model lock first
    if (agentIndex < 1 || agentIndex > model.agents().size()) {
      throw new IllegalArgumentException("no agent " + agentIndex + " (have " + model.agents().size() + ")");
    }
    List<Agent> all = model.agents();
    synchronized (this) {
      boolean changed = down ? disconnected.add(agentIndex) : disconnected.remove(agentIndex);
      if (changed && down) {
        for (Agent a : all) {
          terminations.merge(a.index, 1, Integer::sum);
        }
      }
    }
  }

  synchronized boolean connected(Agent a, Agent b) {
    return a == b || (!disconnected.contains(a.index) && !disconnected.contains(b.index));
  }

  synchronized int terminations(Agent a) {
    return terminations.getOrDefault(a.index, 0);
  }

  /** MAC-like peer name, stable per agent. */
  static String peerName(Agent a) {
    return String.format("ce:31:e0:06:%02x:%02x", (a.index >> 8) & 255, a.index & 255);
  }

  static String nick(Agent a) {
    return a.name;
  }

  /** 64-bit unsigned; odd agents get values above Long.MAX_VALUE like real routers do. */
  static BigInteger uid(Agent a) {
    return BigInteger.valueOf(a.index).multiply(new BigInteger("9E3779B97F4A7C15", 16)).mod(TWO_64);
  }

  List<Agent> visiblePeers(Agent self) {
    List<Agent> out = new ArrayList<>();
    for (Agent a : model.agents()) {
      if (connected(self, a)) {
        out.add(a);
      }
    }
    return out;
  }

  /** Address of the connection between two peers as {@code self} sees it (lower index dials). */
  static String address(Agent self, Agent other) {
    boolean outbound = self.index < other.index;
    return other.ip + ":" + (outbound ? MESH_PORT : 40000 + self.index * 100 + other.index);
  }

  /** Running tasks whose names become weave.local. entries, as this router's DNS replica knows them. */
  List<SimTask> dnsTasks(Agent self) {
    List<SimTask> out = new ArrayList<>();
    for (SimTask t : model.liveTasks()) {
      if (t.state() == TaskState.TASK_RUNNING && connected(self, t.agent)) {
        out.add(t);
      }
    }
    return out;
  }

  static String dnsName(SimTask t) {
    String n = t.name.toLowerCase().replaceAll("[^a-z0-9-]", "-");
    return n + ".weave.local.";
  }

  /** The {@code WeaveStatus} struct as Go's encoding/json writes it (nil slices are null). */
  ObjectNode report(Agent self) {
    synchronized (model) {
      ObjectNode o = Json.obj();
      o.put("Ready", true).put("Version", VERSION);
      o.putObject("VersionCheck").put("Enabled", false).put("Success", false).put("NewVersion", "")
          .put("NextCheckAt", "0001-01-01T00:00:00Z");
      ObjectNode r = o.putObject("Router");
      r.put("Protocol", "weave").put("ProtocolMinVersion", 1).put("ProtocolMaxVersion", 2)
          .put("Encryption", false).put("PeerDiscovery", true).put("Name", peerName(self))
          .put("NickName", nick(self)).put("Port", MESH_PORT);
      ArrayNode peers = r.putArray("Peers");
      for (Agent p : visiblePeers(self)) {
        ObjectNode po = peers.addObject().put("Name", peerName(p)).put("NickName", nick(p));
        po.put("UID", uid(p)).put("ShortID", p.index).put("Version", 1 + terminations(p));
        ArrayNode cs = po.putArray("Connections");
        for (Agent q : visiblePeers(self)) {
          if (q != p && connected(p, q)) {
            cs.addObject().put("Name", peerName(q)).put("NickName", nick(q)).put("Address", address(p, q))
                .put("Outbound", p.index < q.index).put("Established", true);
          }
        }
        if (cs.isEmpty()) {
          po.putNull("Connections");
        }
      }
      r.putNull("UnicastRoutes");
      r.putNull("BroadcastRoutes");
      ArrayNode conns = r.putArray("Connections");
      for (LocalConnection c : connections(self)) {
        ObjectNode co = conns.addObject().put("Address", c.address).put("Outbound", c.outbound)
            .put("State", c.state).put("Info", c.info);
        if (c.established()) {
          co.putObject("Attrs").put("name", "fastdp").put("mtu", 1376);
        } else {
          co.putNull("Attrs");
        }
      }
      if (conns.isEmpty()) {
        r.putNull("Connections");
      }
      r.put("TerminationCount", terminations(self));
      ArrayNode targets = r.putArray("Targets");
      for (Agent a : model.agents()) {
        if (a != self) {
          targets.add(a.ip);
        }
      }
      if (targets.isEmpty()) {
        r.putNull("Targets");
      }
      r.putObject("OverlayDiagnostics").putNull("fastdp").putNull("sleeve");
      r.putArray("TrustedSubnets");
      r.put("Interface", "datapath (via ODP)");
      r.putNull("CaptureStats");
      r.putNull("MACs");
      o.set("IPAM", ipam(self));
      o.set("DNS", dns(self));
      return o;
    }
  }

  private ObjectNode ipam(Agent self) {
    ObjectNode i = Json.obj();
    i.putNull("Paxos");
    i.put("Range", "10.32.0.0/12").put("RangeNumIPs", ClusterModel.IPAM_SIZE).put("ActiveIPs", activeIps(self))
        .put("DefaultSubnet", "10.32.0.0/12");
    ArrayNode entries = i.putArray("Entries");
    for (Agent a : model.agents()) {
      entries.addObject().put("Token", ClusterModel.longToIp(model.ipamSliceStart(a)))
          .put("Size", model.ipamSliceSize()).put("Peer", peerName(a)).put("Nickname", nick(a))
          .put("IsKnownPeer", connected(self, a)).put("Version", 1);
    }
    i.putNull("PendingClaims");
    i.putNull("PendingAllocates");
    return i;
  }

  int activeIps(Agent self) {
    int n = 0;
    for (SimTask t : model.liveTasks()) {
      if (t.agent == self) {
        n++;
      }
    }
    return n;
  }

  ObjectNode dns(Agent self) {
    ObjectNode d = Json.obj().put("Domain", "weave.local.");
    d.putArray("Upstream").add("8.8.8.8");
    d.put("Address", "172.17.0.1:53").put("TTL", 1);
    List<SimTask> tasks = dnsTasks(self);
    if (tasks.isEmpty()) {
      d.putNull("Entries");
    } else {
      ArrayNode e = d.putArray("Entries");
      for (SimTask t : tasks) {
        e.addObject().put("Hostname", dnsName(t)).put("Origin", peerName(t.agent))
            .put("ContainerID", t.containerId.replace("-", "")).put("Address", t.ip).put("Version", 0)
            .put("Tombstone", 0);
      }
    }
    return d;
  }

  /** One line of {@code Router.Connections}: live connections and targets not connected. */
  record LocalConnection(String address, boolean outbound, String state, String info, Agent peer) {
    boolean established() {
      return state.equals("established");
    }
  }

  List<LocalConnection> connections(Agent self) {
    List<LocalConnection> out = new ArrayList<>();
    for (Agent a : model.agents()) {
      if (a == self) {
        continue;
      }
      if (connected(self, a)) {
        out.add(new LocalConnection(address(self, a), self.index < a.index, "established",
            "fastdp " + peerName(a) + "(" + nick(a) + ")", a));
      } else {
        out.add(new LocalConnection(a.ip + ":" + MESH_PORT, true, "retrying",
            "dial tcp4 " + a.ip + ":" + MESH_PORT + ": connect: connection refused", a));
      }
    }
    return out;
  }
}
