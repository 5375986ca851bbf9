package io.pdimesos.core.chronos;

import com.fasterxml.jackson.databind.JsonNode;
import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.error.BadResponseException;
import io.pdimesos.core.error.UnexpectedJsonException;
import io.pdimesos.core.error.NotFoundException;
import io.pdimesos.core.http.ApiRequest;
import io.pdimesos.core.http.ApiResponse;
import io.pdimesos.core.http.Json;
import io.pdimesos.core.http.ServiceHttp;
import io.pdimesos.core.http.ServiceSettings;
import java.io.UnsupportedEncodingException;
import java.net.URLEncoder;
import java.util.ArrayList;
import java.util.List;

/**
 * Typed client for the Chronos scheduler API, 2.x and 3.x (reference chronos.md §1-§2). One line
 * per endpoint; every call goes through {@link ServiceHttp}. With {@link ChronosVersion#AUTO} the
 * API generation is asked once, on first use, and remembered; the client is thread-safe.
 */
public final class ChronosClient {
  private static final String TEXT_ACCEPT = "text/plain, */*;q=0.5";

  private final ServiceHttp http;
  private final Object detectLock = new Object();
  private volatile ChronosVersion version;

  public ChronosClient(ServiceSettings settings, ChronosVersion version, ProgressListener log) {
    this(ServiceHttp.create(settings, new ChronosDialect(), log, "Chronos URL"), version);
  }

  /** Over an existing seam (tests, or a caller sharing one OkHttpClient). */
  public ChronosClient(ServiceHttp http, ChronosVersion version) {
    this.http = http;
    this.version = version == null ? ChronosVersion.AUTO : version;
  }

  public ProgressListener log() {
    return http.log();
  }

  /** The API generation, detected on first call when configured as AUTO. */
  public ChronosVersion version(CancellationToken token) {
    ChronosVersion v = version;
    if (v != ChronosVersion.AUTO) {
      return v;
    }
    detect(token);
    return version;
  }

  /**
   * Probes {@code GET /v1/scheduler/jobs}: 200 is 3.x, 404 falls back to {@code /scheduler/jobs}
   * (2.x). Returns the job list the successful probe fetched (so listing jobs does not ask twice),
   * or null when another thread detected the version first.
   */
  private ApiResponse detect(CancellationToken token) {
    synchronized (detectLock) {
      if (version != ChronosVersion.AUTO) {
        return null;
      }
      ApiResponse r = http.send(ApiRequest.get(ChronosVersion.V3.prefix() + "/jobs").accept(404)
          .build(), token);
      if (r.status() != 404) {
        jobs(r); // a 200 is only Chronos 3.x when it is a job list (not a proxy's page)
        version = ChronosVersion.V3;
        http.log().detailed("Chronos 3.x API found at " + r.base());
        return r;
      }
      ApiResponse r2 = http.send(ApiRequest.get(ChronosVersion.V2.prefix() + "/jobs").accept(404)
          .build(), token);
      if (r2.status() == 404) {
        throw new BadResponseException("Neither " + r.describe() + " nor " + r2.describe()
            + " exists: is the Chronos URL right (a Chronos server answers one of them)?", 404,
            r2.method(), r2.url(), null);
      }
      jobs(r2);
      version = ChronosVersion.V2;
      http.log().detailed("Chronos 2.x API found at " + r2.base());
      return r2;
    }
  }

  private String p(String path, CancellationToken token) {
    return version(token).prefix() + path;
  }

  /** Every job, scheduled and dependent. */
  public List<ChronosJob> listJobs(CancellationToken token) {
    return jobs(jobsResponse(token));
  }

  /**
   * The job list's answer as it came (a JSON array, not checked here), for readers that keep each
   * job's JSON untouched and report which instance answered and how fast.
   */
  public ApiResponse jobsResponse(CancellationToken token) {
    ApiResponse r = null;
    if (version == ChronosVersion.AUTO) {
      r = detect(token);
    }
    if (r == null) {
      r = http.send(ApiRequest.get(p("/jobs", token)).build(), token);
    }
    return r;
  }

  /** Substring search; see {@link JobSearch} for the server's default limit of 10. */
  public List<ChronosJob> search(JobSearch s, CancellationToken token) {
    ApiResponse r = http.send(ApiRequest.get(p("/jobs/search", token)).query("name", s.name())
        .query("command", s.command()).query("any", s.any()).query("limit", s.limit())
        .query("offset", s.offset()).build(), token);
    List<ChronosJob> all = jobs(r);
    if (!s.exactName() || s.name() == null) {
      return all;
    }
    List<ChronosJob> exact = new ArrayList<ChronosJob>();
    for (ChronosJob j : all) {
      if (s.name().equals(j.name())) {
        exact.add(j);
      }
    }
    return exact;
  }

  /**
   * One job by exact name: 3.x asks {@code GET /v1/scheduler/job/{name}}; 2.x has no such
   * endpoint, so the job list is read and the name picked from it.
   *
   * @throws NotFoundException when there is no such job
   */
  public ChronosJob getJob(String name, CancellationToken token) {
    if (version(token) == ChronosVersion.V3) {
      ApiResponse r = http.send(ApiRequest.get(p("/job/" + seg(name), token)).build(), token);
      object(r);
      return r.read(new ApiResponse.Reader<ChronosJob>() {
        @Override
        public ChronosJob read(JsonNode n) {
          return ChronosJob.fromTree(n);
        }
      });
    }
    for (ChronosJob j : listJobs(token)) {
      if (name.equals(j.name())) {
        return j;
      }
    }
    throw new NotFoundException(404, "GET", ChronosVersion.V2.prefix() + "/jobs",
        "Job '" + name + "' not found in the job list") {
      private static final long serialVersionUID = 1L;

      @Override
      public String getMessage() {
        return "Chronos has no job named '" + name + "'";
      }
    };
  }

  /** Like {@link #getJob} but null when the job does not exist. */
  public ChronosJob findJob(String name, CancellationToken token) {
    try {
      return getJob(name, token);
    } catch (NotFoundException e) {
      return null;
    }
  }

  /**
   * Creates or replaces a job ({@code POST …/iso8601} for scheduled, {@code …/dependency} for
   * dependent ones). Keyed by name, so sending it again does no harm: the request may be retried.
   * The job is validated first; warnings go to the log.
   */
  public void upsert(ChronosJob job, CancellationToken token) {
    ChronosVersion v = version(token);
    for (String w : ChronosValidation.validate(job, v)) {
      http.log().warn(w);
    }
    String path = job.isDependent() ? "/dependency" : "/iso8601";
    http.send(ApiRequest.post(p(path, token)).jsonBody(job.toJson()).idempotent(true).build(),
        token);
  }

  /**
   * Queues one run now ({@code PUT …/job/{name}[?arguments=…]}). 204 means queued, no more
   * (§6.1). Not retried: a second trigger could become a second run.
   */
  public void runNow(String name, String arguments, CancellationToken token) {
    ChronosValidation.checkArguments(arguments);
    String args = arguments == null || arguments.isEmpty() ? null : arguments;
    http.send(ApiRequest.put(p("/job/" + seg(name), token)).query("arguments", args)
        .idempotent(false).build(), token);
  }

  /** Deletes the job; Chronos kills its running tasks and rewires its children (§2). */
  public void deleteJob(String name, CancellationToken token) {
    http.send(ApiRequest.delete(p("/job/" + seg(name), token)).build(), token);
  }

  /** Kills the job's running Mesos tasks; queued tasks stay queued. */
  public void killTasks(String name, CancellationToken token) {
    http.send(ApiRequest.delete(p("/task/kill/" + seg(name), token)).build(), token);
  }

  /** {@code GET …/job/stat/{name}}: run-time histogram and (with Cassandra) task history. */
  public JsonNode jobStat(String name, CancellationToken token) {
    ApiResponse r = http.send(ApiRequest.get(p("/job/stat/" + seg(name), token)).build(), token);
    JsonNode stat = object(r);
    if (!stat.path("histogram").isObject()) {
      throw (stat.hasNonNull("histogram") ? UnexpectedJsonException.wrongType("histogram",
          stat.get("histogram"), "an object") : UnexpectedJsonException.missing("histogram",
          "an object")).answeredBy(r.method(), r.url(), r.status());
    }
    return stat;
  }

  /** {@code host:port} of the current leader. */
  public String leader(CancellationToken token) {
    ApiResponse r = http.send(ApiRequest.get(p("/leader", token)).build(), token);
    JsonNode leader = object(r).get("leader");
    if (leader == null || !leader.isTextual()) {
      throw (leader == null ? UnexpectedJsonException.missing("leader", "a string")
          : UnexpectedJsonException.wrongType("leader", leader, "a string"))
          .answeredBy(r.method(), r.url(), r.status());
    }
    return leader.asText();
  }

  /**
   * Last outcome and current state of every job from {@code GET /v1/scheduler/jobs/summary}
   * (3.x only). Its {@code status} is the outcome and {@code state} the activity (§2).
   */
  public List<JobState> summary(CancellationToken token) {
    if (version(token) != ChronosVersion.V3) {
      throw new UnsupportedOperationException("jobs/summary needs Chronos 3.x; use graph/csv");
    }
    ApiResponse r = http.send(ApiRequest.get(p("/jobs/summary", token)).build(), token);
    object(r);
    return r.read(new ApiResponse.Reader<List<JobState>>() {
      @Override
      public List<JobState> read(JsonNode n) {
        JsonNode jobs = n.get("jobs");
        if (jobs == null || !jobs.isArray()) {
          throw jobs == null ? UnexpectedJsonException.missing("jobs", "an array")
              : UnexpectedJsonException.wrongType("jobs", jobs, "an array");
        }
        List<JobState> out = new ArrayList<JobState>();
        for (JsonNode j : jobs) {
          ChronosJob job = ChronosJob.fromTree(j); // checks the name is a string
          out.add(new JobState(job.name(), j.path("status").asText(""),
              j.path("state").asText("")));
        }
        return out;
      }
    });
  }

  /** All jobs' outcomes, current states and edges ({@code text/plain}). */
  public GraphCsv graph(CancellationToken token) {
    ApiResponse r = http.send(ApiRequest.get(p("/graph/csv", token)).header("Accept", TEXT_ACCEPT)
        .build(), token);
    try {
      return GraphCsv.parse(r.body());
    } catch (IllegalArgumentException e) {
      throw new BadResponseException(r.describe() + " answered HTTP " + r.status()
          + " with text that is not a Chronos graph: " + e.getMessage(), r.status(), r.method(),
          r.url(), e);
    }
  }

  private static List<ChronosJob> jobs(ApiResponse r) {
    JsonNode n = r.json();
    if (!n.isArray()) {
      throw new BadResponseException(r.describe() + " answered " + n.getNodeType()
          + " where a JSON array of jobs was expected", r.status(), r.method(), r.url(), null);
    }
    return r.read(new ApiResponse.Reader<List<ChronosJob>>() {
      @Override
      public List<ChronosJob> read(JsonNode jobs) {
        List<ChronosJob> out = new ArrayList<ChronosJob>();
        for (JsonNode j : jobs) {
          out.add(ChronosJob.fromTree(j));
        }
        return out;
      }
    });
  }

  private static JsonNode object(ApiResponse r) {
    return Json.object(r);
  }

  /** A job name as one path segment (2.x names may hold spaces and '#'). */
  static String seg(String name) {
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException("The Chronos job name is empty");
    }
    try {
      return URLEncoder.encode(name, "UTF-8").replace("+", "%20");
    } catch (UnsupportedEncodingException e) {
      throw new IllegalStateException(e);
    }
  }
}
