package io.pdimesos.sim.metronome;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Metronome's scheduler (reference metronome.md §3-§4, read from JobRunServiceActor,
 * JobRunExecutorActor, JobSpecSchedulerActor, JobSpecDependencyActor and JobHistoryServiceActor):
 * jobs and their one schedule, runs that become Mesos tasks of the {@code metronome} framework,
 * restarts, the starting deadline of scheduled runs, FORBID, dependencies, and the history that
 * a finished run moves to. All methods run under the cluster model's lock.
 */
public final class MetronomeService {
  /** Runs in the launch queue are offered again after this long when nothing fits. */
  static final Duration OFFER_RETRY = Duration.ofSeconds(5);
  /** Queued runs launch at the next offer round. */
  static final Duration OFFER_DELAY = Duration.ofSeconds(1);
  /** JobSpecSchedulerActor: "60 secs is the smallest unit of reschedule time for cron". */
  static final Duration MIN_RESCHEDULE = Duration.ofSeconds(60);
  /** The server's zone is UTC here: timestamps end in +0000, run ids are UTC times. */
  static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")
      .withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMddHHmmss")
      .withZone(ZoneOffset.UTC);
  private static final String ALNUM =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  /** {@code metronome.history.count} (MetronomeConfig's default). */
  static final int HISTORY_COUNT = 1000;

  final ClusterModel model;
  final SimClock clock;
  Framework framework;
  /** How long after a run ends its history entry appears (an event bus and a store upstream). */
  Duration historyLag = Duration.ofMillis(200);
  final Map<String, Job> jobs = new LinkedHashMap<>();
  final Map<String, Run> runs = new LinkedHashMap<>();
  final List<Run> queue = new ArrayList<>();
  private final Map<String, Run> byTask = new LinkedHashMap<>();
  private SimClock.Scheduled pendingRound;
  long started;
  long failed;

  /** A job spec with its schedule timer, history and dependency bookkeeping. */
  static final class Job {
    ObjectNode spec;
    final History history = new History();
    SimClock.Scheduled timer;
    Instant scheduledAt;
    /** JobSpecDependencyActor's state: the latest run of each parent, and our own. */
    final Map<String, Run> lastParentRuns = new LinkedHashMap<>();
    long lastSuccessMillis = Long.MIN_VALUE;
    long lastStartedMillis = Long.MIN_VALUE;

    Job(ObjectNode spec) {
      this.spec = spec;
    }

    String id() {
      return spec.get("id").asText();
    }

    ObjectNode schedule() {
      JsonNode s = spec.get("schedules");
      return s.size() == 0 ? null : (ObjectNode) s.get(0);
    }
  }

  static final class History {
    long successCount;
    long failureCount;
    Long lastSuccessAt;
    Long lastFailureAt;
    final Deque<ObjectNode> successful = new ArrayDeque<>();
    final Deque<ObjectNode> failedRuns = new ArrayDeque<>();
  }

  /** A run while it is active; it leaves {@link #runs} when it ends. */
  static final class Run {
    String id;
    String jobId;
    ObjectNode spec;
    String status = "INITIAL";
    long created;
    Long completed;
    final Map<String, ObjectNode> tasks = new LinkedHashMap<>();
    SimTask task;
    boolean aborted;
    SimClock.Scheduled deadline;

    boolean starting() {
      return status.equals("INITIAL") || status.equals("STARTING");
    }
  }

  public MetronomeService(ClusterModel model) {
    this.model = model;
    this.clock = model.clock();
  }

  public void register(String hostname, String webuiUrl) {
    synchronized (model) {
      framework = model.registerFramework("metronome", "*", "metronome", hostname, webuiUrl,
          604800.0);
      model.addListener(framework.id, this::onStatus);
    }
  }

  /** Delay between a run's end and its history entry (200 ms by default). */
  public void historyLag(Duration lag) {
    historyLag = lag;
  }

  static String time(long millis) {
    return TIME.format(Instant.ofEpochMilli(millis));
  }

  // ---- jobs ------------------------------------------------------------------------------------

  Job require(String id) throws MetronomeError {
    Job j = jobs.get(id);
    if (j == null) {
      throw MetronomeError.unknownJob(id);
    }
    return j;
  }

  ObjectNode create(JsonNode body) throws MetronomeError {
    ObjectNode spec = JobSpecs.job(body, null);
    String id = spec.get("id").asText();
    if (jobs.containsKey(id)) {
      throw MetronomeError.detail(409, "Job with this id already exists");
    }
    checkDependencies(spec);
    Job j = new Job(spec);
    jobs.put(id, j);
    arm(j);
    return render(j);
  }

  /** PUT: the new spec with the stored schedules (JobSpecController.updateJob). */
  ObjectNode update(String id, JsonNode body) throws MetronomeError {
    ObjectNode spec = JobSpecs.job(body, id);
    Job j = require(id);
    spec.set("schedules", j.spec.get("schedules").deepCopy());
    checkDependencies(spec);
    j.spec = spec;
    j.scheduledAt = null;
    arm(j);
    return render(j);
  }

  /** JobSpec.validateDependencies: known parents, no cycle. */
  private void checkDependencies(ObjectNode spec) throws MetronomeError {
    List<String> unknown = new ArrayList<>();
    for (String p : JobSpecs.dependencyIds(spec)) {
      if (!jobs.containsKey(p)) {
        unknown.add(p);
      }
    }
    if (!unknown.isEmpty()) {
      throw MetronomeError.detail(422, "Dependencies contain unknown jobs. unknown=["
          + String.join(", ", unknown) + "]");
    }
    String id = spec.get("id").asText();
    if (jobs.containsKey(id)) {
      for (String p : JobSpecs.dependencyIds(spec)) {
        if (reaches(p, id, 0)) {
          throw MetronomeError.detail(422, "Dependencies have a cycle.");
        }
      }
    }
  }

  private boolean reaches(String from, String to, int depth) {
    if (from.equals(to)) {
      return true;
    }
    Job j = jobs.get(from);
    if (j == null || depth > jobs.size()) {
      return false;
    }
    for (String p : JobSpecs.dependencyIds(j.spec)) {
      if (reaches(p, to, depth + 1)) {
        return true;
      }
    }
    return false;
  }

  /** JobSpecController.deleteJob: active runs first, then stop them, then dependants. */
  ObjectNode delete(String id, boolean stopCurrentJobRuns) throws MetronomeError {
    Job j = require(id);
    List<Run> active = activeRuns(id);
    if (!active.isEmpty() && !stopCurrentJobRuns) {
      throw MetronomeError.detail(409, "There are active job runs. Override with"
          + " stopCurrentJobRuns=true");
    }
    for (Run r : active) {
      abort(r);
    }
    List<String> children = new ArrayList<>();
    for (Job c : jobs.values()) {
      if (JobSpecs.dependencyIds(c.spec).contains(id)) {
        children.add(c.id());
      }
    }
    if (!children.isEmpty()) {
      throw MetronomeError.detail(409, "There are jobs with a dependency on " + id
          + ". children=[" + String.join(", ", children) + "]");
    }
    if (j.timer != null) {
      j.timer.cancel();
    }
    jobs.remove(id);
    return render(j);
  }

  // ---- schedules -------------------------------------------------------------------------------

  ObjectNode schedule(String jobId, String scheduleId) throws MetronomeError {
    Job j = require(jobId);
    ObjectNode s = j.schedule();
    if (s == null || !s.get("id").asText().equals(scheduleId)) {
      throw MetronomeError.unknownSchedule(scheduleId);
    }
    return renderSchedule(s);
  }

  ObjectNode addSchedule(String jobId, JsonNode body) throws MetronomeError {
    ObjectNode s = JobSpecs.schedule(body, null);
    Job j = require(jobId);
    String id = s.get("id").asText();
    if (j.schedule() != null && j.schedule().get("id").asText().equals(id)) {
      throw MetronomeError.detail(409, "requirement failed: A schedule with id " + id
          + " already exists");
    }
    if (j.schedule() != null) {
      throw MetronomeError.detail(409, "requirement failed: Only one schedule supported at the"
          + " moment");
    }
    ((ArrayNode) j.spec.get("schedules")).add(s);
    j.scheduledAt = null;
    arm(j);
    return renderSchedule(s);
  }

  ObjectNode updateSchedule(String jobId, String scheduleId, JsonNode body)
      throws MetronomeError {
    ObjectNode s = JobSpecs.schedule(body, scheduleId);
    Job j = require(jobId);
    if (j.schedule() == null || !j.schedule().get("id").asText().equals(scheduleId)) {
      throw MetronomeError.unknownSchedule(scheduleId);
    }
    ((ArrayNode) j.spec.get("schedules")).set(0, s);
    j.scheduledAt = null;
    arm(j);
    return renderSchedule(s);
  }

  void deleteSchedule(String jobId, String scheduleId) throws MetronomeError {
    Job j = require(jobId);
    if (j.schedule() == null || !j.schedule().get("id").asText().equals(scheduleId)) {
      throw MetronomeError.unknownSchedule(scheduleId);
    }
    ((ArrayNode) j.spec.get("schedules")).removeAll();
    arm(j);
  }

  /**
   * JobSpecSchedulerActor: the next cron time after the last scheduled one (or now), but never
   * sooner than 60 s; a disabled schedule has no timer.
   */
  private void arm(Job j) {
    if (j.timer != null) {
      j.timer.cancel();
      j.timer = null;
    }
    ObjectNode s = j.schedule();
    if (s == null || !s.get("enabled").asBoolean()) {
      j.scheduledAt = null;
      return;
    }
    ZoneId zone = ZoneId.of(s.get("timezone").asText());
    Instant from = j.scheduledAt != null ? j.scheduledAt : clock.now();
    ZonedDateTime next = Cron.parse(s.get("cron").asText()).next(from.atZone(zone), zone);
    if (next == null) {
      return;
    }
    j.scheduledAt = next.toInstant();
    long delay = Math.max(next.toInstant().toEpochMilli() - clock.millis(),
        MIN_RESCHEDULE.toMillis());
    j.timer = clock.schedule(Duration.ofMillis(delay), () -> {
      synchronized (model) {
        if (jobs.get(j.id()) == j && j.schedule() == s) {
          start(j, s);
          arm(j);
        }
      }
    });
  }

  // ---- runs ------------------------------------------------------------------------------------

  List<Run> activeRuns(String jobId) {
    List<Run> out = new ArrayList<>();
    for (Run r : runs.values()) {
      if (r.jobId.equals(jobId)) {
        out.add(r);
      }
    }
    return out;
  }

  /**
   * JobRunServiceActor.triggerJobRun: a scheduled run under FORBID is skipped while another runs;
   * a scheduled run gets the schedule's starting deadline, a manual one none.
   */
  Run start(Job j, ObjectNode schedule) {
    if (schedule != null && schedule.get("concurrencyPolicy").asText().equals("FORBID")
        && !activeRuns(j.id()).isEmpty()) {
      return null;
    }
    Run r = new Run();
    r.id = newRunId();
    r.jobId = j.id();
    r.spec = j.spec.deepCopy();
    r.created = clock.millis();
    runs.put(r.id, r);
    started++;
    j.lastStartedMillis = r.created;
    dependencyEvent(r);
    // persisted, then placed in the launch queue (becomeCreating -> becomeStarting)
    clock.schedule(Duration.ZERO, () -> {
      synchronized (model) {
        if (runs.get(r.id) == r && r.status.equals("INITIAL")) {
          r.status = "STARTING";
          enqueue(r);
        }
      }
    });
    if (schedule != null) {
      r.deadline = clock.schedule(Duration.ofSeconds(
          schedule.get("startingDeadlineSeconds").asLong()), () -> {
            synchronized (model) {
              if (runs.get(r.id) == r && r.starting()) {
                abort(r); // StartTimeout: the run fails without ever starting
              }
            }
          });
    }
    return r;
  }

  private String newRunId() {
    while (true) {
      StringBuilder sb = new StringBuilder(RUN_ID.format(clock.now()));
      for (int i = 0; i < 5; i++) {
        sb.append(ALNUM.charAt(ThreadLocalRandom.current().nextInt(ALNUM.length())));
      }
      if (!runs.containsKey(sb.toString())) {
        return sb.toString();
      }
    }
  }

  Run requireRun(String jobId, String runId) throws MetronomeError {
    Run r = runs.get(runId);
    if (r == null || !r.jobId.equals(jobId)) {
      throw MetronomeError.unknownRun(jobId, runId);
    }
    return r;
  }

  /** becomeAborting: kill the task, purge the queue, fail the run (stop, starting deadline). */
  void abort(Run r) {
    r.aborted = true;
    if (r.task != null && !r.task.state().terminal) {
      model.update(r.task, TaskState.TASK_KILLED, "Killed by Metronome");
    }
    r.status = "FAILED";
    r.completed = clock.millis();
    finish(r, false);
  }

  private void enqueue(Run r) {
    if (!queue.contains(r)) {
      queue.add(r);
    }
    if (pendingRound == null) {
      pendingRound = clock.schedule(OFFER_DELAY, this::offerRound);
    }
  }

  /** One Mesos offer round: a queued run launches where its resources and constraints fit. */
  private void offerRound() {
    synchronized (model) {
      pendingRound = null;
      boolean waiting = false;
      for (Run r : List.copyOf(queue)) {
        JsonNode run = r.spec.get("run");
        Agent agent = framework == null ? null : model.findAgent(run.get("cpus").asDouble(),
            run.get("mem").asDouble(), run.get("disk").asDouble(), a -> placed(run, a));
        if (agent == null) {
          waiting = true;
          continue;
        }
        queue.remove(r);
        launch(r, agent);
      }
      if (waiting && pendingRound == null) {
        pendingRound = clock.schedule(OFFER_RETRY, this::offerRound);
      }
    }
  }

  /** Placement constraints IS (and EQ, stored as IS), LIKE and UNLIKE; hostname or attribute. */
  private static boolean placed(JsonNode run, Agent a) {
    for (JsonNode c : run.path("placement").path("constraints")) {
      String field = c.path("attribute").asText();
      String actual = field.equals("hostname") ? a.hostname() : a.attributes.get(field);
      String value = c.path("value").asText("");
      boolean ok = switch (c.path("operator").asText()) {
        case "IS" -> value.equals(actual);
        case "LIKE" -> actual != null && actual.matches(value);
        case "UNLIKE" -> actual == null || !actual.matches(value);
        default -> true;
      };
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /**
   * The run becomes a Mesos task of run spec {@code /<job path>/<runId>}: id
   * {@code <path with _>.<uuid>} (Marathon 1.7 task ids), name the path reversed with dots.
   */
  private void launch(Run r, Agent agent) {
    JsonNode run = r.spec.get("run");
    String[] path = (r.jobId + "." + r.id).split("\\.");
    StringBuilder name = new StringBuilder();
    for (int i = path.length - 1; i >= 0; i--) {
      name.append(name.length() == 0 ? "" : ".").append(path[i]);
    }
    String taskId = r.jobId.replace('.', '_') + "_" + r.id + "." + UUID.randomUUID();
    SimTask t = model.launch(framework.id, taskId, name.toString(), agent,
        run.get("cpus").asDouble(), run.get("mem").asDouble(), run.get("disk").asDouble(), 0,
        Map.of());
    r.task = t;
    byTask.put(taskId, r);
    onStatus(t, TaskState.TASK_STAGING); // registered before its first status could be seen
    List<String> words = new ArrayList<>();
    run.path("args").forEach(w -> words.add(w.asText()));
    CommandRun.start(model, t, run.has("cmd") ? run.get("cmd").asText() : String.join(" ", words));
  }

  /** Mesos status updates, as the run's executor actor sees them. */
  private void onStatus(SimTask t, TaskState state) {
    Run r = byTask.get(t.id);
    if (r == null || r.aborted || !runs.containsKey(r.id)) {
      return;
    }
    String name = metronomeState(state);
    ObjectNode task = r.tasks.computeIfAbsent(t.id, k -> Json.obj().put("id", k)
        .put("startedAt", time(clock.millis())));
    task.remove("status");
    if (name.equals("TASK_FINISHED")) {
      task.put("completedAt", time(clock.millis()));
    }
    task.put("status", name);
    switch (name) {
      case "TASK_STAGING", "TASK_STARTING", "TASK_RUNNING" -> {
        if (r.starting() && r.deadline != null) {
          r.deadline.cancel();
        }
        r.status = "ACTIVE";
      }
      case "TASK_FINISHED" -> {
        r.status = "SUCCESS";
        r.completed = clock.millis();
        finish(r, true);
      }
      default -> {
        if (restartInTime(r)) {
          enqueue(r); // ON_FAILURE: another task, same run, same status
        } else {
          r.status = "FAILED";
          r.completed = clock.millis();
          finish(r, false);
        }
      }
    }
  }

  /** TaskState.apply: Killing counts as running, every lost condition as failed. */
  private static String metronomeState(TaskState s) {
    return switch (s) {
      case TASK_STAGING, TASK_STARTING, TASK_RUNNING, TASK_FINISHED, TASK_FAILED, TASK_KILLED ->
          s.name();
      case TASK_KILLING -> "TASK_RUNNING";
      default -> "TASK_FAILED";
    };
  }

  private boolean restartInTime(Run r) {
    JsonNode restart = r.spec.get("run").get("restart");
    if (!restart.get("policy").asText().equals("ON_FAILURE")) {
      return false;
    }
    JsonNode deadline = restart.get("activeDeadlineSeconds");
    return deadline == null || r.created + deadline.asLong() * 1000 > clock.millis();
  }

  /**
   * The run leaves the active runs at once (wipeJobRun); its history entry follows after
   * {@link #historyLag}; children depending on the job hear of it at once.
   */
  private void finish(Run r, boolean success) {
    runs.remove(r.id);
    queue.remove(r);
    r.tasks.keySet().forEach(byTask::remove);
    if (r.deadline != null) {
      r.deadline.cancel();
    }
    if (!success) {
      failed++;
    }
    Job j = jobs.get(r.jobId);
    if (j != null) {
      if (success) {
        j.lastSuccessMillis = r.completed;
      }
      clock.schedule(historyLag, () -> {
        synchronized (model) {
          if (jobs.get(r.jobId) == j) {
            record(j.history, r, success);
          }
        }
      });
    }
    dependencyEvent(r);
  }

  private void record(History h, Run r, boolean success) {
    long now = clock.millis();
    ObjectNode info = Json.obj().put("id", r.id).put("createdAt", time(r.created))
        .put("finishedAt", time(now));
    ArrayNode tasks = info.putArray("tasks");
    r.tasks.keySet().forEach(tasks::add);
    Deque<ObjectNode> list = success ? h.successful : h.failedRuns;
    list.addFirst(info);
    while (list.size() > HISTORY_COUNT) {
      list.removeLast();
    }
    if (success) {
      h.successCount++;
      h.lastSuccessAt = now;
    } else {
      h.failureCount++;
      h.lastFailureAt = now;
    }
  }

  /**
   * JobSpecDependencyActor: every event of a parent's run replaces that parent's last run; a
   * child starts when each parent's last run succeeded after the child's last success, and the
   * child was not started since.
   */
  private void dependencyEvent(Run r) {
    for (Job c : List.copyOf(jobs.values())) {
      List<String> parents = JobSpecs.dependencyIds(c.spec);
      if (!parents.contains(r.jobId)) {
        continue;
      }
      c.lastParentRuns.put(r.jobId, r);
      boolean allSucceeded = true;
      for (String p : parents) {
        Run last = c.lastParentRuns.get(p);
        allSucceeded &= last != null && last.status.equals("SUCCESS")
            && last.completed != null && last.completed > c.lastSuccessMillis;
      }
      if (allSucceeded && c.lastStartedMillis <= c.lastSuccessMillis) {
        start(c, null);
      }
    }
  }

  /** The runs waiting for an offer, by job (LaunchQueueController). */
  Map<String, List<String>> queued() {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (Run r : queue) {
      out.computeIfAbsent(r.jobId, k -> new ArrayList<>()).add(r.id);
    }
    return out;
  }

  // ---- views -----------------------------------------------------------------------------------

  /** JobSpecFormat's writes (answers of POST, PUT and DELETE). */
  ObjectNode render(Job j) {
    ObjectNode out = j.spec.deepCopy();
    ArrayNode schedules = out.putArray("schedules");
    for (JsonNode s : j.spec.get("schedules")) {
      schedules.add(renderSchedule((ObjectNode) s));
    }
    return out;
  }

  /** JobInfoWrites: the spec with the embeds asked for (GET /v1/jobs[/{id}]). */
  ObjectNode info(Job j, Set<String> embed) {
    ObjectNode spec = render(j);
    ObjectNode out = Json.obj();
    for (String f : List.of("id", "description", "dependencies", "labels", "run",
        "schedules")) {
      if (spec.has(f)) {
        out.set(f, spec.get(f));
      }
    }
    if (embed.contains("activeRuns")) {
      ArrayNode a = out.putArray("activeRuns");
      activeRuns(j.id()).forEach(r -> a.add(render(r)));
    }
    if (embed.contains("history")) {
      ObjectNode h = summary(j.history);
      ArrayNode ok = h.putArray("successfulFinishedRuns");
      j.history.successful.forEach(ok::add);
      ArrayNode bad = h.putArray("failedFinishedRuns");
      j.history.failedRuns.forEach(bad::add);
      out.set("history", h);
    }
    if (embed.contains("historySummary")) {
      out.set("historySummary", summary(j.history));
    }
    return out;
  }

  private static ObjectNode summary(History h) {
    ObjectNode o = Json.obj().put("successCount", h.successCount)
        .put("failureCount", h.failureCount);
    o.set("lastSuccessAt", h.lastSuccessAt == null ? o.nullNode()
        : o.textNode(time(h.lastSuccessAt)));
    o.set("lastFailureAt", h.lastFailureAt == null ? o.nullNode()
        : o.textNode(time(h.lastFailureAt)));
    return o;
  }

  /** ScheduleSpecFormat's writes: the settings plus {@code nextRunAt} from now. */
  ObjectNode renderSchedule(ObjectNode s) {
    ObjectNode out = s.deepCopy();
    ZoneId zone = ZoneId.of(s.get("timezone").asText());
    ZonedDateTime next = Cron.parse(s.get("cron").asText()).next(clock.now().atZone(zone), zone);
    out.put("nextRunAt", next == null ? null : TIME.format(next.toInstant()));
    return out;
  }

  /** JobRunWrites. */
  ObjectNode render(Run r) {
    ObjectNode o = Json.obj().put("id", r.id).put("jobId", r.jobId).put("status", r.status)
        .put("createdAt", time(r.created));
    o.set("completedAt", r.completed == null ? o.nullNode() : o.textNode(time(r.completed)));
    ArrayNode tasks = o.putArray("tasks");
    r.tasks.values().forEach(t -> tasks.add(t.deepCopy()));
    return o;
  }
}
