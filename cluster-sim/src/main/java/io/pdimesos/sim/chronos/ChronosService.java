package io.pdimesos.sim.chronos;

import com.fasterxml.jackson.databind.JsonNode;
import io.pdimesos.sim.SimClock;
import io.pdimesos.sim.http.Json;
import io.pdimesos.sim.model.Agent;
import io.pdimesos.sim.model.ClusterModel;
import io.pdimesos.sim.model.CommandRun;
import io.pdimesos.sim.model.Framework;
import io.pdimesos.sim.model.SimTask;
import io.pdimesos.sim.model.TaskState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Chronos' scheduler: jobs, the task queue, Mesos launches, counters and the dropped-trigger and
 * retry rules of chronos.md §6. A run's outcome comes from its command ({@link CommandScript}).
 * All methods run under the cluster model's lock.
 */
public final class ChronosService {
  static final Pattern NAME_V3 = Pattern.compile("([\\w\\.-]+)");
  static final Pattern NAME_V2 = Pattern.compile("([\\w\\s\\.#_-]+)");
  /** How often queued tasks that found no resources are offered again. */
  static final Duration OFFER_RETRY = Duration.ofSeconds(5);
  /** Queued tasks launch at the next offer round, one Mesos allocation interval later. */
  static final Duration OFFER_DELAY = Duration.ofSeconds(1);

  final ClusterModel model;
  final SimClock clock;
  final int version;
  Framework framework;
  Duration failureRetry = Duration.ofSeconds(60);
  final Map<String, ChronosJob> jobs = new LinkedHashMap<>();
  /** Persisted but never scheduled: dependent jobs whose parents were missing on create. */
  final Map<String, ChronosJob> dropped = new LinkedHashMap<>();
  final List<Queued> queue = new ArrayList<>();
  final Map<String, Run> running = new LinkedHashMap<>();
  final Map<String, List<Long>> successMillis = new HashMap<>();
  private final Map<String, Set<String>> parentsDone = new HashMap<>();
  private final Map<String, SimClock.Scheduled> timers = new HashMap<>();
  private SimClock.Scheduled pendingTick;

  record Queued(String taskId, String job, int attempt, String args) {}

  static final class Run {
    String job;
    int attempt;
    SimTask task;
    long started;
  }

  public ChronosService(ClusterModel model, int version) {
    this.model = model;
    this.clock = model.clock();
    this.version = version;
  }

  public void register(String hostname, String webuiUrl) {
    synchronized (model) {
      framework = model.registerFramework("chronos", "*", "chronos", hostname, webuiUrl, 604800.0);
      model.addListener(framework.id, this::onStatus);
    }
  }

  /** Delay before a failed attempt is retried ({@code --failure_retry}, 60 s upstream). */
  public void failureRetry(Duration d) {
    failureRetry = d;
  }

  String now() {
    return Json.iso(clock.millis());
  }

  // ---- job definitions -------------------------------------------------------------------------

  void upsertScheduled(JsonNode body) throws ChronosError {
    ChronosJob j = ChronosJob.read(body);
    ChronosJob old = jobs.get(j.name);
    boolean create = old == null;
    if (create) {
      checkName(j.name);
    }
    String scheduleText = body.path("schedule").asText(null);
    if (scheduleText == null) {
      // neither schedule nor parents: Chronos invents "run once now" (chronos.md §3)
      scheduleText = "R1//PT24H";
    }
    Schedule s = Schedule.parse(scheduleText, j.scheduleTimeZone, clock.now());
    if (s == null) {
      throw new ChronosError(400, "Cannot parse schedule '" + scheduleText + "' (wtf bro)", false);
    }
    if (create && s.start.isBefore(Instant.parse("1970-01-01T00:00:01Z"))) {
      throw new ChronosError(400, "Scheduled start date '" + scheduleText.split("/")[1] + "' is before 1970!", false);
    }
    if (create && j.uris.size() > 0 && j.fetch.size() > 0) {
      throw new ChronosError(400, "Tried to add both uri (deprecated) and fetch parameters on " + j.name, false);
    }
    j.schedule = s;
    j.parents = null;
    store(j, old);
  }

  void upsertDependent(JsonNode body) throws ChronosError {
    ChronosJob j = ChronosJob.read(body);
    if (j.parents == null || j.parents.isEmpty()) {
      throw new ChronosError(500, "Error, parent does not exist", false);
    }
    ChronosJob old = jobs.get(j.name);
    if (old == null) {
      checkName(j.name);
      if (!jobs.keySet().containsAll(j.parents)) {
        // persisted, then silently dropped from the graph by the main loop (chronos.md §3)
        dropped.put(j.name, j);
        return;
      }
    } else if (!jobs.keySet().containsAll(j.parents)) {
      throw ChronosError.require("JobSchedule " + j.name + " does not have all parents defined!");
    }
    store(j, old);
  }

  private void checkName(String name) throws ChronosError {
    Pattern p = version == 3 ? NAME_V3 : NAME_V2;
    if (name == null || !p.matcher(name).matches()) {
      throw ChronosError.require("the job's name is invalid. Allowed names: '" + p.pattern() + "'");
    }
  }

  private void store(ChronosJob j, ChronosJob old) {
    j.generation = old == null ? 0 : old.generation + 1;
    jobs.put(j.name, j);
    dropped.remove(j.name);
    arm(j);
  }

  /** Wakes up when a scheduled job falls due (a start in the past runs it at once). */
  private void arm(ChronosJob j) {
    SimClock.Scheduled old = timers.remove(j.name);
    if (old != null) {
      old.cancel();
    }
    if (j.dependent() || j.disabled || j.schedule.repetitions == 0) {
      return;
    }
    int gen = j.generation;
    long due = j.schedule.start.toEpochMilli();
    timers.put(j.name, clock.scheduleAt(Math.max(due, clock.millis()), () -> {
      synchronized (model) {
        ChronosJob current = jobs.get(j.name);
        if (current == j && current.generation == gen && !current.disabled) {
          enqueue(current, due, 0, null);
        }
      }
    }));
  }

  ChronosJob require(String name, String kind) throws ChronosError {
    ChronosJob j = jobs.get(name);
    if (j == null) {
      throw ChronosError.require(kind + " '" + name + "' not found");
    }
    return j;
  }

  // ---- runs ------------------------------------------------------------------------------------

  void runNow(String name, String arguments) throws ChronosError {
    ChronosJob j = require(name, "Job");
    String args = arguments == null ? null : arguments.replace(";", "");
    enqueue(j, clock.millis(), 0, args);
  }

  /** A second queued task of the same job is dropped silently (TaskManager.enqueue). */
  private void enqueue(ChronosJob j, long dueMillis, int attempt, String args) {
    for (Queued q : queue) {
      if (q.job().equals(j.name)) {
        return;
      }
    }
    String taskId = "ct:" + dueMillis + ":" + attempt + ":" + j.name + ":" + (args == null ? "" : args);
    Queued q = new Queued(taskId, j.name, attempt, args);
    if (j.highPriority) {
      queue.add(0, q);
    } else {
      queue.add(q);
    }
    tickSoon();
  }

  private void tickSoon() {
    if (pendingTick != null) {
      return; // the next round takes the new task too
    }
    pendingTick = clock.schedule(OFFER_DELAY, this::offerRound);
  }

  /** One Mesos offer round: launch, drop or keep each queued task (chronos.md §6.1). */
  private void offerRound() {
    synchronized (model) {
      pendingTick = null;
      boolean waiting = false;
      for (Queued q : List.copyOf(queue)) {
        ChronosJob j = jobs.get(q.job());
        if (j == null || j.disabled) {
          queue.remove(q); // disabled: dropped, state back to idle, no counters
          continue;
        }
        if (!j.concurrent && runningCount(j.name) > 0) {
          queue.remove(q); // "doesn't allow concurrency": the trigger is lost
          continue;
        }
        Agent agent = model.findAgent(j.cpus, j.mem, j.disk, a -> constraintsAllow(j, a));
        if (agent == null) {
          waiting = true; // stays queued until resources appear
          continue;
        }
        queue.remove(q);
        launch(j, q, agent);
      }
      if (waiting) {
        pendingTick = clock.schedule(OFFER_RETRY, this::offerRound);
      }
    }
  }

  private static boolean constraintsAllow(ChronosJob j, Agent a) {
    for (JsonNode c : j.constraints) {
      String field = c.path(0).asText();
      String op = c.path(1).asText();
      String value = c.path(2).asText("");
      String actual = field.equals("hostname") ? a.hostname() : a.attributes.get(field);
      boolean ok = switch (op) {
        case "EQUALS" -> value.equals(actual);
        case "LIKE" -> actual != null && actual.matches(value);
        case "UNLIKE" -> actual == null || !actual.matches(value);
        default -> true; // unknown operators are dropped silently upstream
      };
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private void launch(ChronosJob j, Queued q, Agent agent) {
    SimTask t = model.launch(framework.id, q.taskId(), "ChronosTask:" + j.name, agent, j.cpus, j.mem,
        j.disk, 0, Map.of());
    Run run = new Run();
    run.job = j.name;
    run.attempt = q.attempt();
    run.task = t;
    run.started = clock.millis();
    running.put(t.id, run);
    if (!j.dependent()) {
      j.schedule.skipForward(clock.now());
      arm(j);
    }
    CommandRun.start(model, t, j.commandWith(q.args()));
  }

  int runningCount(String job) {
    int n = 0;
    for (Run r : running.values()) {
      if (r.job.equals(job)) {
        n++;
      }
    }
    return n;
  }

  /** Mesos status updates (MesosJobFramework.statusUpdate, chronos.md §6.1 step 4). */
  private void onStatus(SimTask t, TaskState state) {
    Run run = running.get(t.id);
    if (run == null || !state.terminal) {
      return;
    }
    running.remove(t.id);
    ChronosJob j = jobs.get(run.job);
    if (j == null || state == TaskState.TASK_KILLED) {
      return; // killed: no counters, no retry
    }
    if (state == TaskState.TASK_FINISHED) {
      j.successCount++;
      j.lastSuccess = now();
      j.errorsSinceLastSuccess = 0;
      successMillis.computeIfAbsent(j.name, k -> new ArrayList<>()).add(clock.millis() - run.started);
      triggerChildren(j);
      if (!j.dependent() && j.schedule.repetitions == 0) {
        j.disabled = true;
      }
      return;
    }
    // FAILED, LOST (and anything else terminal): retry or final failure (§6.3)
    boolean mayRetry = run.attempt < j.retries
        && (j.lastError.isEmpty() || (!j.lastSuccess.isEmpty() && j.lastSuccess.compareTo(j.lastError) >= 0));
    if (mayRetry) {
      int attempt = run.attempt + 1;
      clock.schedule(failureRetry, () -> {
        synchronized (model) {
          ChronosJob current = jobs.get(j.name);
          if (current != null) {
            enqueue(current, clock.millis(), attempt, null);
          }
        }
      });
      return;
    }
    j.errorCount++;
    j.errorsSinceLastSuccess++;
    j.lastError = now();
    if (j.softError) {
      triggerChildren(j);
    }
  }

  /** A child runs once every parent has succeeded since its last run (JobGraph). */
  private void triggerChildren(ChronosJob parent) {
    for (ChronosJob child : List.copyOf(jobs.values())) {
      if (child.dependent() && child.parents.contains(parent.name)) {
        Set<String> done = parentsDone.computeIfAbsent(child.name, k -> new LinkedHashSet<>());
        done.add(parent.name);
        if (done.containsAll(child.parents)) {
          done.clear();
          enqueue(child, clock.millis(), 0, null);
        }
      }
    }
  }

  void killTasks(String name) throws ChronosError {
    require(name, "JobSchedule");
    for (Run r : List.copyOf(running.values())) {
      if (r.job.equals(name)) {
        model.update(r.task, TaskState.TASK_KILLED, "Killed by Chronos");
      }
    }
  }

  /** Deletes a job after rewiring its children (chronos.md §2 delete). */
  void delete(String name) throws ChronosError {
    ChronosJob j = require(name, "JobSchedule");
    for (ChronosJob child : List.copyOf(jobs.values())) {
      if (!child.dependent() || !child.parents.contains(name)) {
        continue;
      }
      if (j.dependent()) {
        LinkedHashSet<String> ps = new LinkedHashSet<>(child.parents);
        ps.remove(name);
        ps.addAll(j.parents);
        child.parents = new ArrayList<>(ps);
      } else {
        child.parents = null;
        child.schedule = Schedule.parse(j.schedule.toString(), j.scheduleTimeZone, clock.now());
        child.scheduleTimeZone = j.scheduleTimeZone;
        arm(child);
      }
    }
    killTasks(name);
    queue.removeIf(q -> q.job().equals(name));
    SimClock.Scheduled timer = timers.remove(name);
    if (timer != null) {
      timer.cancel();
    }
    jobs.remove(name);
  }

  boolean markSuccess(String name) {
    ChronosJob j = jobs.get(name);
    if (j == null) {
      return false;
    }
    j.successCount++;
    j.lastSuccess = now();
    triggerChildren(j);
    return true;
  }

  /** Leadership moved: the in-memory queue and states are lost (counters survive in ZooKeeper). */
  void leaderChanged() {
    queue.clear();
    parentsDone.clear();
  }

  // ---- views -----------------------------------------------------------------------------------

  /** {@code fresh}, {@code failure} (a tie counts as failure) or {@code success} (Exporter.getLastState). */
  static String lastOutcome(ChronosJob j) {
    if (j.lastSuccess.isEmpty() && j.lastError.isEmpty()) {
      return "fresh";
    }
    if (j.lastSuccess.isEmpty() || (!j.lastError.isEmpty() && j.lastError.compareTo(j.lastSuccess) >= 0)) {
      return "failure";
    }
    return "success";
  }

  String currentState(ChronosJob j) {
    int n = runningCount(j.name);
    if (n > 0) {
      return version == 3 ? n + " running" : "running";
    }
    for (Queued q : queue) {
      if (q.job().equals(j.name)) {
        return "queued";
      }
    }
    return "idle";
  }

  String graphCsv() {
    StringBuilder sb = new StringBuilder();
    for (ChronosJob j : jobs.values()) {
      sb.append("node,").append(j.name).append(',').append(lastOutcome(j)).append(',')
          .append(currentState(j)).append('\n');
    }
    for (ChronosJob j : jobs.values()) {
      if (j.dependent()) {
        for (String p : j.parents) {
          sb.append("link,").append(p).append(',').append(j.name).append('\n');
        }
      }
    }
    return sb.toString();
  }

  String graphDot() {
    StringBuilder sb = new StringBuilder("digraph G {\n");
    for (ChronosJob j : jobs.values()) {
      sb.append("  \"").append(j.name).append("\";\n");
      if (j.dependent()) {
        for (String p : j.parents) {
          sb.append("  \"").append(p).append("\" -> \"").append(j.name).append("\";\n");
        }
      }
    }
    return sb.append("}\n").toString();
  }

  /** Successful run times in ms, sorted, for the stat histogram. */
  List<Long> durations(String job) {
    List<Long> d = new ArrayList<>(successMillis.getOrDefault(job, List.of()));
    d.sort(Comparator.naturalOrder());
    return d;
  }
}
