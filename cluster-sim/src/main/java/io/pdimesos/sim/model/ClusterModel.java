package io.pdimesos.sim.model;

import io.pdimesos.sim.SimClock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * The one cluster every emulated service reads and writes: agents, frameworks and tasks with
 * resource accounting. Every endpoint renders from here, so numbers agree across Mesos state,
 * metrics, Marathon, Chronos and Weave. All methods lock this object; services that need several
 * reads to agree synchronize on it too.
 */
public final class ClusterModel {

  /** Told about every task status change, on the thread that made it, under the model lock. */
  public interface TaskListener {
    void onStatus(SimTask task, TaskState state);
  }

  /** Per-agent resources used to build the cluster. */
  public record AgentSpec(double cpus, double mem, double disk, int portsBegin, int portsEnd) {
    public static AgentSpec defaults() {
      return new AgentSpec(4, 15026, 76238, 31000, 32000);
    }
  }

  public static final int MAX_COMPLETED_TASKS_PER_FRAMEWORK = 1000;
  /** The overlay range Weave's IPAM hands out by default (weave.md §3). */
  public static final long IPAM_BASE = ipToLong("10.32.0.0");
  public static final long IPAM_SIZE = 1L << 20;

  private final SimClock clock;
  private final String masterId = UUID.randomUUID().toString();
  private final List<Agent> agents = new ArrayList<>();
  private final Map<String, Framework> frameworks = new LinkedHashMap<>();
  private final Map<String, SimTask> liveTasks = new LinkedHashMap<>();
  private final Map<String, Deque<SimTask>> completed = new LinkedHashMap<>();
  private final Map<String, List<TaskListener>> listeners = new LinkedHashMap<>();
  private final List<TaskListener> globalListeners = new CopyOnWriteArrayList<>();
  private final EnumMap<TaskState, Long> terminalCounters = new EnumMap<>(TaskState.class);
  private final Map<Agent, Integer> nextIp = new LinkedHashMap<>();
  private int frameworkSeq;

  public ClusterModel(SimClock clock, List<String> agentIps, AgentSpec spec) {
    this.clock = clock;
    for (int i = 0; i < agentIps.size(); i++) {
      Agent a = new Agent(i + 1, masterId + "-S" + i, agentIps.get(i), spec.cpus(), spec.mem(),
          spec.disk(), spec.portsBegin(), spec.portsEnd(), clock.epochSeconds());
      a.attributes.put("rack", "rack-" + ((i % 2) + 1));
      a.attributes.put("name", a.name);
      agents.add(a);
    }
  }

  public SimClock clock() {
    return clock;
  }

  public String masterId() {
    return masterId;
  }

  public synchronized List<Agent> agents() {
    return List.copyOf(agents);
  }

  public synchronized Agent agent(int index) {
    return agents.get(index - 1);
  }

  public synchronized Agent agentById(String id) {
    for (Agent a : agents) {
      if (a.id.equals(id)) {
        return a;
      }
    }
    return null;
  }

  public synchronized Framework registerFramework(String name, String role, String principal,
      String hostname, String webuiUrl, double failoverTimeout, String... capabilities) {
    String id = masterId + "-" + String.format("%04d", frameworkSeq++);
    Framework f = new Framework(id, name, role, principal, hostname, webuiUrl, clock.epochSeconds(),
        failoverTimeout, capabilities);
    frameworks.put(id, f);
    completed.put(id, new ArrayDeque<>());
    return f;
  }

  public synchronized List<Framework> frameworks() {
    return List.copyOf(frameworks.values());
  }

  public synchronized Framework framework(String id) {
    return frameworks.get(id);
  }

  public synchronized void addListener(String frameworkId, TaskListener l) {
    listeners.computeIfAbsent(frameworkId, k -> new ArrayList<>()).add(l);
  }

  /** For observers of every task (Weave DNS, the event log of tests). */
  public void addGlobalListener(TaskListener l) {
    globalListeners.add(l);
  }

  // ---- resources -------------------------------------------------------------------------------

  /** Resources a task holds while it is not terminal (unreachable tasks still hold them). */
  public synchronized double[] used(Agent a) {
    double[] u = new double[4];
    for (SimTask t : liveTasks.values()) {
      if (t.agent == a) {
        u[0] += t.cpus;
        u[1] += t.mem;
        u[2] += t.disk;
        u[3] += t.hostPorts.size();
      }
    }
    return u;
  }

  public synchronized List<Integer> usedPorts(Agent a) {
    List<Integer> ports = new ArrayList<>();
    for (SimTask t : liveTasks.values()) {
      if (t.agent == a) {
        ports.addAll(t.hostPorts);
      }
    }
    ports.sort(null);
    return ports;
  }

  /** Why an agent cannot take a task, with Marathon's offer-rejection reason names; empty = fits. */
  public synchronized List<String> rejectReasons(Agent a, double cpus, double mem, double disk,
      Predicate<Agent> constraint) {
    List<String> reasons = new ArrayList<>();
    if (!a.active) {
      reasons.add("AgentMaintenance");
      return reasons;
    }
    double[] u = used(a);
    if (constraint != null && !constraint.test(a)) {
      reasons.add("UnfulfilledConstraint");
    }
    if (u[0] + cpus > a.cpus + 1e-9) {
      reasons.add("InsufficientCpus");
    }
    if (u[1] + mem > a.mem + 1e-9) {
      reasons.add("InsufficientMemory");
    }
    if (u[2] + disk > a.disk + 1e-9) {
      reasons.add("InsufficientDisk");
    }
    return reasons;
  }

  /** The active agent with the most free memory that fits, or null (spreads tasks out). */
  public synchronized Agent findAgent(double cpus, double mem, double disk, Predicate<Agent> constraint) {
    Agent best = null;
    double bestFree = -1;
    for (Agent a : agents) {
      if (rejectReasons(a, cpus, mem, disk, constraint).isEmpty()) {
        double free = a.mem - used(a)[1];
        if (free > bestFree) {
          best = a;
          bestFree = free;
        }
      }
    }
    return best;
  }

  // ---- tasks -----------------------------------------------------------------------------------

  public synchronized SimTask launch(String frameworkId, String taskId, String name, Agent agent,
      double cpus, double mem, double disk, int portCount, Map<String, String> labels) {
    List<Integer> ports = new ArrayList<>();
    for (int i = 0; i < portCount; i++) {
      ports.add(agent.nextHostPort());
    }
    SimTask t = new SimTask(taskId, name, frameworkId, agent, cpus, mem, disk, ports,
        UUID.randomUUID().toString(), labels, allocateIp(agent));
    liveTasks.put(taskId, t);
    record(t, TaskState.TASK_STAGING, "");
    return t;
  }

  public synchronized void update(SimTask t, TaskState state, String message) {
    if (t.state.terminal) {
      return;
    }
    if (state.terminal) {
      liveTasks.remove(t.id);
      Deque<SimTask> ring = completed.get(t.frameworkId);
      ring.addLast(t);
      while (ring.size() > MAX_COMPLETED_TASKS_PER_FRAMEWORK) {
        ring.removeFirst();
      }
      terminalCounters.merge(state, 1L, Long::sum);
    }
    record(t, state, message);
  }

  private void record(SimTask t, TaskState state, String message) {
    t.state = state;
    t.message = message == null ? "" : message;
    t.statuses.add(new SimTask.Status(state, clock.epochSeconds()));
    for (TaskListener l : listeners.getOrDefault(t.frameworkId, List.of())) {
      l.onStatus(t, state);
    }
    for (TaskListener l : globalListeners) {
      l.onStatus(t, state);
    }
  }

  public synchronized SimTask task(String id) {
    SimTask t = liveTasks.get(id);
    if (t != null) {
      return t;
    }
    for (Deque<SimTask> ring : completed.values()) {
      for (SimTask c : ring) {
        if (c.id.equals(id)) {
          return c;
        }
      }
    }
    return null;
  }

  /** Running (incl. staging/starting/killing) and unreachable tasks. */
  public synchronized List<SimTask> liveTasks() {
    return List.copyOf(liveTasks.values());
  }

  public synchronized List<SimTask> completedTasks(String frameworkId) {
    return List.copyOf(completed.getOrDefault(frameworkId, new ArrayDeque<>()));
  }

  public synchronized List<SimTask> allTasks() {
    List<SimTask> all = new ArrayList<>(liveTasks.values());
    completed.values().forEach(all::addAll);
    return all;
  }

  public synchronized long terminalCount(TaskState s) {
    return terminalCounters.getOrDefault(s, 0L);
  }

  /**
   * An agent drops off: partition-aware frameworks see TASK_UNREACHABLE, the others TASK_LOST
   * (mesos.md §11), and the agent takes no new tasks until it is restored.
   */
  public synchronized void loseAgent(Agent a) {
    a.active = false;
    for (SimTask t : List.copyOf(liveTasks.values())) {
      if (t.agent == a) {
        Framework f = frameworks.get(t.frameworkId);
        boolean partitionAware = f != null && List.of(f.capabilities).contains("PARTITION_AWARE");
        update(t, partitionAware ? TaskState.TASK_UNREACHABLE : TaskState.TASK_LOST,
            "Agent " + a.id + " is unreachable");
      }
    }
  }

  /** The agent comes back; its unreachable tasks are gone for good (they were replaced). */
  public synchronized void restoreAgent(Agent a) {
    for (SimTask t : List.copyOf(liveTasks.values())) {
      if (t.agent == a && t.state == TaskState.TASK_UNREACHABLE) {
        update(t, TaskState.TASK_GONE, "Agent " + a.id + " came back");
      }
    }
    a.active = true;
  }

  public synchronized int activeAgentCount() {
    int n = 0;
    for (Agent a : agents) {
      if (a.active) {
        n++;
      }
    }
    return n;
  }

  // ---- overlay addresses -----------------------------------------------------------------------

  /** First address of the IPAM slice owned by the agent's Weave peer. */
  public long ipamSliceStart(Agent a) {
    return IPAM_BASE + (a.index - 1) * ipamSliceSize();
  }

  public long ipamSliceSize() {
    return IPAM_SIZE / Math.max(1, agents.size());
  }

  private String allocateIp(Agent a) {
    int n = nextIp.merge(a, 1, Integer::sum);
    return longToIp(ipamSliceStart(a) + n);
  }

  public static long ipToLong(String ip) {
    String[] p = ip.split("\\.");
    long v = 0;
    for (String s : p) {
      v = (v << 8) | Integer.parseInt(s);
    }
    return v;
  }

  public static String longToIp(long v) {
    return ((v >> 24) & 255) + "." + ((v >> 16) & 255) + "." + ((v >> 8) & 255) + "." + (v & 255);
  }
}
