package io.pdimesos.core.metronome;

import com.fasterxml.jackson.databind.JsonNode;
import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.error.NotFoundException;
import io.pdimesos.core.error.UnexpectedJsonException;
import io.pdimesos.core.http.ApiRequest;
import io.pdimesos.core.http.ApiResponse;
import io.pdimesos.core.http.Json;
import io.pdimesos.core.http.ServiceHttp;
import io.pdimesos.core.http.ServiceSettings;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Typed client for the Metronome jobs API (reference metronome.md §1), one method per endpoint,
 * every call through {@link ServiceHttp} (failover, retries, typed errors, cancel). Job ids are
 * checked before they go into a path. Thread-safe.
 *
 * <p>What may be sent twice: reads, {@code PUT}, {@code DELETE}, and a run's stop (a second stop
 * of a run that ended answers 404). Creating a job or schedule and starting a run are sent once:
 * a lost answer is thrown, and the operations decide by reading the state.
 */
public final class MetronomeClient {
  /** What {@code embed} may add to a job. */
  public enum Embed {
    ACTIVE_RUNS("activeRuns"), HISTORY("history"), HISTORY_SUMMARY("historySummary");

    private final String wire;

    Embed(String wire) {
      this.wire = wire;
    }

    /** The value as the query parameter takes it. */
    public String wire() {
      return wire;
    }
  }

  private static final Set<Embed> NONE = Collections.unmodifiableSet(EnumSet.noneOf(Embed.class));

  private final ServiceHttp http;

  public MetronomeClient(ServiceSettings settings, ProgressListener log) {
    this(ServiceHttp.create(settings, new MetronomeDialect(), log, "Metronome URL"));
  }

  /** Over an existing seam (tests, or a caller sharing one OkHttpClient). */
  public MetronomeClient(ServiceHttp http) {
    this.http = http;
  }

  public ServiceHttp http() {
    return http;
  }

  public ProgressListener log() {
    return http.log();
  }

  // ---- jobs ----------------------------------------------------------------------------------

  /** {@code GET /v1/jobs?embed=…}: every job, with what {@code embed} asks for. */
  public List<MetronomeJob> listJobs(Set<Embed> embed, CancellationToken token) {
    List<MetronomeJob> out = new ArrayList<MetronomeJob>();
    for (JsonNode j : Json.array(jobsResponse(embed, token))) {
      out.add(MetronomeJob.fromTree(identified(j))); // a list item that is no job is no job
    }
    return out;
  }

  /** The job list's answer as it came, for readers that keep each job's JSON untouched. */
  public ApiResponse jobsResponse(Set<Embed> embed, CancellationToken token) {
    return http.send(embed(ApiRequest.get("/v1/jobs"), embed).build(), token);
  }

  /**
   * {@code GET /v1/jobs/{id}?embed=…}.
   *
   * @throws NotFoundException when there is no such job
   */
  public MetronomeJob getJob(String id, Set<Embed> embed, CancellationToken token) {
    return MetronomeJob.fromTree(identified(http.send(embed(ApiRequest.get(job(id)), embed)
        .build(), token)));
  }

  public MetronomeJob getJob(String id, CancellationToken token) {
    return getJob(id, NONE, token);
  }

  /** Like {@link #getJob} but null when the job does not exist. */
  public MetronomeJob findJob(String id, Set<Embed> embed, CancellationToken token) {
    try {
      return getJob(id, embed, token);
    } catch (NotFoundException e) {
      return null;
    }
  }

  /**
   * {@code POST /v1/jobs} with the spec (its schedules left out: add them with
   * {@link #addSchedule}, which every Metronome release honours).
   *
   * @throws MetronomeConflictException with {@code JOB_EXISTS} when the id is taken
   */
  public MetronomeJob createJob(MetronomeJob job, CancellationToken token) {
    MetronomeIds.checkJobId(job.id());
    return MetronomeJob.fromTree(identified(http.send(ApiRequest.post("/v1/jobs")
        .jsonBody(Json.write(job.specWithoutSchedules())).build(), token)));
  }

  /**
   * {@code PUT /v1/jobs/{id}}: replaces the spec. Metronome keeps the stored schedules whatever
   * the body says, so they are left out here too.
   *
   * @throws NotFoundException when there is no such job
   */
  public MetronomeJob updateJob(MetronomeJob job, CancellationToken token) {
    return MetronomeJob.fromTree(identified(http.send(ApiRequest.put(job(job.id()))
        .jsonBody(Json.write(job.specWithoutSchedules())).build(), token)));
  }

  /**
   * {@code DELETE /v1/jobs/{id}?stopCurrentJobRuns=…}; answers the deleted job.
   *
   * @throws MetronomeConflictException with {@code ACTIVE_RUNS} (runs active and not stopping
   *     them) or {@code DEPENDANTS} (other jobs depend on it)
   */
  public MetronomeJob deleteJob(String id, boolean stopCurrentJobRuns, CancellationToken token) {
    return MetronomeJob.fromTree(identified(http.send(ApiRequest.delete(job(id))
        .query("stopCurrentJobRuns", stopCurrentJobRuns).build(), token)));
  }

  // ---- schedules -------------------------------------------------------------------------------

  public List<MetronomeSchedule> schedules(String jobId, CancellationToken token) {
    List<MetronomeSchedule> out = new ArrayList<MetronomeSchedule>();
    for (JsonNode s : Json.array(http.send(ApiRequest.get(job(jobId) + "/schedules").build(),
        token))) {
      out.add(MetronomeSchedule.fromTree(identified(s)));
    }
    return out;
  }

  /** @throws NotFoundException for an unknown job or schedule (the message says which) */
  public MetronomeSchedule schedule(String jobId, String scheduleId, CancellationToken token) {
    return MetronomeSchedule.fromTree(identified(http.send(ApiRequest.get(schedule(jobId,
        scheduleId)).build(), token)));
  }

  /** @throws MetronomeConflictException with {@code SCHEDULE_EXISTS} (one is the maximum) */
  public MetronomeSchedule addSchedule(String jobId, MetronomeSchedule s,
      CancellationToken token) {
    MetronomeIds.checkScheduleId(s.id());
    return MetronomeSchedule.fromTree(identified(http.send(ApiRequest.post(job(jobId)
        + "/schedules").jsonBody(Json.write(s.toTree())).build(), token)));
  }

  public MetronomeSchedule updateSchedule(String jobId, MetronomeSchedule s,
      CancellationToken token) {
    return MetronomeSchedule.fromTree(identified(http.send(ApiRequest.put(schedule(jobId, s.id()))
        .jsonBody(Json.write(s.toTree())).build(), token)));
  }

  public void deleteSchedule(String jobId, String scheduleId, CancellationToken token) {
    http.send(ApiRequest.delete(schedule(jobId, scheduleId)).build(), token);
  }

  // ---- runs ------------------------------------------------------------------------------------

  /** {@code POST /v1/jobs/{id}/runs}: starts a run now (201, usually {@code INITIAL}). */
  public JobRun startRun(String jobId, CancellationToken token) {
    return JobRun.fromTree(identified(http.send(ApiRequest.post(job(jobId) + "/runs").build(),
        token)));
  }

  /**
   * {@code GET /v1/jobs/{id}/runs/{runId}}.
   *
   * @throws NotFoundException once the run has ended (or never existed): see the history
   */
  public JobRun getRun(String jobId, String runId, CancellationToken token) {
    return JobRun.fromTree(identified(http.send(ApiRequest.get(run(jobId, runId)).build(),
        token)));
  }

  /** Like {@link #getRun} but null when the run is not active (any more). */
  public JobRun findRun(String jobId, String runId, CancellationToken token) {
    try {
      return getRun(jobId, runId, token);
    } catch (NotFoundException e) {
      return null;
    }
  }

  /** {@code GET /v1/jobs/{id}/runs}: the active runs only. */
  public List<JobRun> activeRuns(String jobId, CancellationToken token) {
    List<JobRun> out = new ArrayList<JobRun>();
    for (JsonNode r : Json.array(http.send(ApiRequest.get(job(jobId) + "/runs").build(), token))) {
      out.add(JobRun.fromTree(identified(r)));
    }
    return out;
  }

  /**
   * {@code POST …/runs/{runId}/actions/stop}: kills the run's tasks; the run ends
   * {@code FAILED}. Sent again after a lost answer, as a second stop changes nothing.
   *
   * @throws NotFoundException when the run is no longer active
   */
  public JobRun stopRun(String jobId, String runId, CancellationToken token) {
    return JobRun.fromTree(identified(http.send(ApiRequest.post(run(jobId, runId)
        + "/actions/stop").idempotent(true).build(), token)));
  }

  // ---- service -------------------------------------------------------------------------------

  /** {@code GET /v1/queue}: the ids of the runs waiting for a Mesos offer, by job id. */
  public Map<String, List<String>> queue(CancellationToken token) {
    Map<String, List<String>> out = new LinkedHashMap<String, List<String>>();
    for (JsonNode j : Json.array(http.send(ApiRequest.get("/v1/queue").build(), token))) {
      List<String> runs = new ArrayList<String>();
      for (JsonNode r : j.path("runs")) {
        runs.add(r.path("runId").asText(""));
      }
      out.put(j.path("jobId").asText(""), runs);
    }
    return out;
  }

  /** {@code GET /info}: version, libVersion (the Marathon library) and configuration. */
  public JsonNode info(CancellationToken token) {
    ApiResponse r = http.send(ApiRequest.get("/info").build(), token);
    return r.read(new ApiResponse.Reader<JsonNode>() {
      @Override
      public JsonNode read(JsonNode n) {
        text(n, "version");
        return Json.object(r);
      }
    });
  }

  /** Metronome's version from {@code GET /info} ({@code 0.6.44}), "" when it names none. */
  public String version(CancellationToken token) {
    return info(token).path("version").asText("");
  }

  /** {@code host:port} of the leading Metronome ({@code GET /leader}). */
  public String leader(CancellationToken token) {
    ApiResponse r = http.send(ApiRequest.get("/leader").build(), token);
    return r.read(new ApiResponse.Reader<String>() {
      @Override
      public String read(JsonNode n) {
        return text(n, "leader");
      }
    });
  }

  // ---- helpers ---------------------------------------------------------------------------------

  /**
   * The answer's object, which must carry its {@code id} as a string: every job, run and
   * schedule Metronome answers with does, and an object without one is not what was asked for
   * (a wrong type is never taken for a job).
   */
  private static JsonNode identified(ApiResponse r) {
    return r.read(new ApiResponse.Reader<JsonNode>() {
      @Override
      public JsonNode read(JsonNode n) {
        return identified(Json.object(r));
      }
    });
  }

  private static JsonNode identified(JsonNode n) {
    if (!n.isObject()) {
      throw UnexpectedJsonException.wrongType("(item)", n, "an object");
    }
    text(n, "id");
    return n;
  }

  /** The string in {@code field}, which must be there. */
  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      throw UnexpectedJsonException.missing(field, "a string");
    }
    if (!v.isTextual()) {
      throw UnexpectedJsonException.wrongType(field, v, "a string");
    }
    return v.asText();
  }

  private static ApiRequest.Builder embed(ApiRequest.Builder b, Set<Embed> embed) {
    for (Embed e : embed == null ? NONE : embed) {
      b.query("embed", e.wire());
    }
    return b;
  }

  private static String job(String id) {
    return "/v1/jobs/" + MetronomeIds.checkJobId(id);
  }

  private static String schedule(String jobId, String scheduleId) {
    if (scheduleId == null || scheduleId.isEmpty()) {
      throw new IllegalArgumentException("The schedule id is empty");
    }
    return job(jobId) + "/schedules/" + segment(scheduleId);
  }

  private static String run(String jobId, String runId) {
    if (runId == null || runId.isEmpty()) {
      throw new IllegalArgumentException("The run id is empty");
    }
    return job(jobId) + "/runs/" + segment(runId);
  }

  /** Run and schedule ids are letters and digits; anything else is refused, not encoded. */
  private static String segment(String id) {
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (!Character.isLetterOrDigit(c) && c != '-' && c != '_') {
        throw new IllegalArgumentException("'" + id + "' is not a Metronome run or schedule id");
      }
    }
    return id;
  }
}
