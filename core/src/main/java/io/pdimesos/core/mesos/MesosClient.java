package io.pdimesos.core.mesos;

import com.fasterxml.jackson.databind.JsonNode;
import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.error.BadResponseException;
import io.pdimesos.core.error.CancelledException;
import io.pdimesos.core.error.ClusterException;
import io.pdimesos.core.error.UnexpectedJsonException;
import io.pdimesos.core.http.ApiRequest;
import io.pdimesos.core.http.ApiResponse;
import io.pdimesos.core.http.EndpointRouter;
import io.pdimesos.core.http.FailoverRouter;
import io.pdimesos.core.http.HttpClients;
import io.pdimesos.core.http.Json;
import io.pdimesos.core.http.ServiceHttp;
import io.pdimesos.core.http.ServiceSettings;
import io.pdimesos.core.http.StreamingResponse;
import io.pdimesos.core.http.Urls;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * Typed client of the Mesos master's HTTP API (v0 JSON endpoints). Requests go to the leading
 * master ({@link MesosLeaderRouter}); behind a proxy such as DC/OS's admin router (a context
 * path like {@code /mesos} is set) the proxy finds the leader and the URLs are used as they are.
 * {@code /master/state} is streamed ({@link #streamState}), never held in memory.
 */
public final class MesosClient implements TaskLookup {
  static final String SETTING = "Mesos master URLs";
  /** A big cluster's state takes minutes to arrive, longer than the default call limit. */
  private static final long MIN_STATE_READ_MILLIS = 60_000;
  /** The master's default {@code /master/tasks} page size. */
  static final int TASK_PAGE = 100;
  /** Pages of recent tasks read before the whole state is cheaper to stream. */
  static final int MAX_TASK_PAGES = 10;

  private final ServiceHttp http;
  private final ProgressListener log;

  public MesosClient(ServiceSettings settings, ProgressListener log) {
    this(settings, HttpClients.forService(settings, listener(log)), listener(log));
  }

  private MesosClient(ServiceSettings settings, OkHttpClient client, ProgressListener log) {
    this(new ServiceHttp(settings, client, routerFor(settings, client, log),
        MesosDialect.INSTANCE, log));
  }

  /** Over an existing seam (tests, or a caller sharing one router). */
  public MesosClient(ServiceHttp http) {
    this.http = http;
    this.log = http.log();
  }

  private static ProgressListener listener(ProgressListener log) {
    return log == null ? ProgressListener.NONE : log;
  }

  private static EndpointRouter routerFor(ServiceSettings settings, OkHttpClient client,
      ProgressListener log) {
    if (!settings.contextPath().isEmpty()) {
      return FailoverRouter.of(settings.urls(), SETTING);
    }
    return MesosLeaderRouter.create(settings, client, log, SETTING);
  }

  public ServiceHttp http() {
    return http;
  }

  /** Base URL of the leading master (discovering it when needed). */
  public HttpUrl leader(CancellationToken token) {
    EndpointRouter r = http.router();
    if (r instanceof MesosLeaderRouter) {
      return ((MesosLeaderRouter) r).leader(token);
    }
    return r.candidates(token).get(0);
  }

  /**
   * {@code GET /master/redirect} on the leader: the raw {@code Location} it answers
   * ({@code //host:port}), naming the leader as the masters see it.
   */
  public String redirect(CancellationToken token) {
    ApiResponse r = http.send(ApiRequest.get("/master/redirect").accept(307).build(), token);
    String location = r.header("Location");
    if (location == null || !RedirectLeaderDiscovery.namesAHost(location)) {
      throw new BadResponseException(r.describe() + " answered HTTP " + r.status()
          + (location == null ? " without a Location" : " with a Location that names no"
          + " leader: '" + Json.snippet(location) + "'"), r.status(), r.method(), r.url(),
          null);
    }
    return location;
  }

  /** {@code GET /master/health}: true when the master answers 200 (leader or not). */
  public boolean health(CancellationToken token) {
    return http.send(ApiRequest.get("/master/health").build(), token).status() == 200;
  }

  /** {@code GET /version}. */
  public MesosVersion version(CancellationToken token) {
    return read(http.send(ApiRequest.get("/version").build(), token),
        new ApiResponse.Reader<MesosVersion>() {
          @Override
          public MesosVersion read(JsonNode n) {
            return MesosVersion.from(n);
          }
        });
  }

  /** {@code GET /metrics/snapshot}: metric name → value (flags 1.0/0.0, MB, fractions). */
  public Map<String, Double> metricsSnapshot(CancellationToken token) {
    JsonNode n = snapshot(http.send(ApiRequest.get("/metrics/snapshot").build(), token));
    Map<String, Double> out = new LinkedHashMap<String, Double>();
    for (Map.Entry<String, JsonNode> e : n.properties()) {
      if (e.getValue().isNumber()) {
        out.put(e.getKey(), e.getValue().asDouble());
      }
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * The JSON object of a {@code /metrics/snapshot} answer. Every metric is named "group/name"
   * ({@code master/elected}): an object without one such name is not a snapshot.
   */
  public static JsonNode snapshot(ApiResponse r) {
    JsonNode n = object(r);
    java.util.Iterator<String> names = n.fieldNames();
    while (names.hasNext()) {
      if (names.next().indexOf('/') > 0) {
        return n;
      }
    }
    throw new BadResponseException(r.describe() + " answered HTTP " + r.status()
        + " with JSON that is not a metrics snapshot (no group/name metric): "
        + Json.snippet(r.body()), r.status(), r.method(), r.url(), null);
  }

  /** {@code GET /master/state-summary}: agents and frameworks with task counters. */
  public StateSummary stateSummary(CancellationToken token) {
    // A summary that lists no agents is not a cluster without agents: a check must not pass on it.
    return read(http.send(ApiRequest.get("/master/state-summary").build(), token),
        new ApiResponse.Reader<StateSummary>() {
          @Override
          public StateSummary read(JsonNode n) {
            return new StateSummary(Nodes.text(n, "hostname"), Nodes.text(n, "cluster"),
                agents(Nodes.requiredArray(n, "slaves")),
                frameworks(Nodes.requiredArray(n, "frameworks"), false));
          }
        });
  }

  /** {@code GET /master/slaves}: registered agents (not the recovered ones). */
  public List<MesosAgent> agents(CancellationToken token) {
    return read(http.send(ApiRequest.get("/master/slaves").build(), token),
        new ApiResponse.Reader<List<MesosAgent>>() {
          @Override
          public List<MesosAgent> read(JsonNode n) {
            return agents(Nodes.requiredArray(n, "slaves"));
          }
        });
  }

  /** {@code GET /master/frameworks}: active frameworks, then completed ones. */
  public List<MesosFramework> frameworks(CancellationToken token) {
    return read(http.send(ApiRequest.get("/master/frameworks").build(), token),
        new ApiResponse.Reader<List<MesosFramework>>() {
          @Override
          public List<MesosFramework> read(JsonNode n) {
            List<MesosFramework> out = new ArrayList<MesosFramework>(frameworks(
                Nodes.requiredArray(n, "frameworks"), false));
            if (n.hasNonNull("completed_frameworks")) {
              out.addAll(frameworks(Nodes.requiredArray(n, "completed_frameworks"), true));
            }
            return Collections.unmodifiableList(out);
          }
        });
  }

  /** {@code GET /master/tasks}: one page. Tasks here carry no framework name or hostname. */
  public List<MesosTask> tasks(TaskQuery query, CancellationToken token) {
    ApiRequest request = ApiRequest.get("/master/tasks").query("limit", query.limit())
        .query("offset", query.offset()).query("order", query.orderParameter())
        .query("framework_id", query.frameworkId()).query("task_id", query.taskId()).build();
    return read(http.send(request, token), new ApiResponse.Reader<List<MesosTask>>() {
      @Override
      public List<MesosTask> read(JsonNode n) {
        List<MesosTask> out = new ArrayList<MesosTask>();
        for (JsonNode t : Nodes.requiredArray(n, "tasks")) {
          String state = Nodes.text(Nodes.item(t, "tasks[]"), "state");
          MesosTask.Kind kind = isTerminal(state) ? MesosTask.Kind.COMPLETED
              : "TASK_UNREACHABLE".equals(state) ? MesosTask.Kind.UNREACHABLE
              : MesosTask.Kind.ACTIVE;
          out.add(MesosTask.from(t, kind, null, false, null));
        }
        return Collections.unmodifiableList(out);
      }
    });
  }

  /**
   * Streams {@code GET /master/state} into {@code visitor} while the body arrives, holding one
   * agent or task at a time.
   *
   * @return the header of the state (who answered, the leader, election time)
   */
  public MasterInfo streamState(StateVisitor visitor, CancellationToken token) {
    return readState(visitor, StateSelection.NONE, token, false);
  }

  /**
   * {@link #streamState(StateVisitor, CancellationToken)}, where each item also keeps the JSON
   * values {@code selection} names for its kind ({@code selected()}), read in the same pass.
   */
  public MasterInfo streamState(StateVisitor visitor, StateSelection selection,
      CancellationToken token) {
    return readState(visitor, selection, token, false);
  }

  private MasterInfo readState(StateVisitor visitor, StateSelection selection,
      CancellationToken token, boolean headerOnly) {
    long read = Math.max(MIN_STATE_READ_MILLIS, http.settings().timeouts().readMillis());
    ApiRequest request = ApiRequest.get("/master/state").readTimeoutMillis(read).build();
    StreamingResponse response = http.open(request, token);
    try {
      visitor.answered(Urls.redact(response.base()), response.elapsedMillis());
      return new StateStreamParser(visitor, selection, lateAgents(token), token, headerOnly)
          .parse(response.body());
    } catch (IOException e) {
      throw response.failure(e, token, "a Mesos state");
    } catch (UnexpectedJsonException e) {
      throw e.answeredBy("GET", response.url(), response.status());
    } finally {
      response.close();
    }
  }

  /**
   * The header of {@code /master/state} (version, leader, election time), reading no further
   * than the first list of agents or frameworks.
   */
  public MasterInfo masterInfo(CancellationToken token) {
    return readState(new StateVisitor() {}, StateSelection.NONE, token, true);
  }

  /**
   * When the leader was elected, in seconds since the epoch, 0 when unknown. Asks the v1
   * {@code GET_MASTER} call first (it is small, but needs the read-write realm and Mesos 1.1),
   * then falls back to the header of {@code /master/state}.
   */
  public double electedTime(CancellationToken token) {
    try {
      ApiResponse r = http.send(ApiRequest.post("/api/v1").jsonBody("{\"type\":\"GET_MASTER\"}")
          .idempotent(true).build(), token);
      double elected = Nodes.number(r.json().path("get_master"), "elected_time", 0);
      if (elected > 0) {
        return elected;
      }
    } catch (CancelledException e) {
      throw e;
    } catch (ClusterException e) {
      log.debug("v1 GET_MASTER unavailable (" + firstLine(e.getMessage())
          + "); reading the state header instead");
    }
    return masterInfo(token).electedTime();
  }

  /**
   * Agent id → hostname from {@code /master/slaves}, for 0.2x states that list tasks before
   * agents; an empty map when the endpoint is missing (it is small next to the state).
   */
  private Supplier<Map<String, String>> lateAgents(final CancellationToken token) {
    return new Supplier<Map<String, String>>() {
      @Override
      public Map<String, String> get() {
        Map<String, String> out = new HashMap<String, String>();
        try {
          for (MesosAgent a : agents(token)) {
            out.put(a.id(), a.hostname());
          }
        } catch (CancelledException e) {
          throw e;
        } catch (ClusterException e) {
          log.debug("Agent hostnames unavailable for tasks listed before agents: "
              + e.getMessage());
        }
        return out;
      }
    };
  }

  /** Every task whose id starts with {@code idPrefix}, from the streamed state. */
  @Override
  public List<TaskRef> tasksWithIdPrefix(final String idPrefix, CancellationToken token) {
    final List<TaskRef> out = new ArrayList<TaskRef>();
    streamState(new StateVisitor() {
      @Override
      public void task(MesosTask task) {
        if (task.id().startsWith(idPrefix)) {
          out.add(task.toRef());
        }
      }
    }, token);
    return out;
  }

  /**
   * The tasks with the prefix whose first status is not older than {@code sinceMillis}, from
   * {@code /master/tasks} pages in descending first-status order (newest first): paging stops at
   * the first task older than that, so a recent run costs one small page instead of the whole
   * state. Tasks without any status update sort last there and are left out. After
   * {@link #MAX_TASK_PAGES} pages without reaching older tasks, or when the endpoint fails, the
   * full state is read instead.
   */
  @Override
  public List<TaskRef> tasksWithIdPrefix(String idPrefix, long sinceMillis,
      CancellationToken token) {
    List<TaskRef> out = new ArrayList<TaskRef>();
    // Pages are separate requests: a task launched meanwhile sorts first and pushes the older
    // ones back, so the next page can repeat tasks of this one (the master keeps no cursor).
    Set<String> seen = new HashSet<String>();
    try {
      for (int page = 0; page < MAX_TASK_PAGES; page++) {
        ApiRequest request = ApiRequest.get("/master/tasks").query("limit", TASK_PAGE)
            .query("offset", page * TASK_PAGE).query("order", "des").build();
        JsonNode tasks = read(http.send(request, token), new ApiResponse.Reader<JsonNode>() {
          @Override
          public JsonNode read(JsonNode n) {
            for (JsonNode t : Nodes.requiredArray(n, "tasks")) {
              Nodes.item(t, "tasks[]");
            }
            return n.get("tasks");
          }
        });
        for (JsonNode t : tasks) {
          double first = firstStatusSeconds(t);
          if (first > 0 && first * 1000 < sinceMillis) {
            return out; // every later task started earlier still
          }
          String id = Nodes.text(t, "id", "");
          if (id.startsWith(idPrefix) && seen.add(id)) {
            out.add(MesosTask.from(t, MesosTask.Kind.ACTIVE, null, false, null).toRef());
          }
        }
        if (tasks.size() < TASK_PAGE) {
          return out;
        }
      }
      log.debug("More than " + MAX_TASK_PAGES * TASK_PAGE + " tasks since " + sinceMillis
          + "; reading the whole state instead");
    } catch (CancelledException e) {
      throw e;
    } catch (ClusterException e) {
      log.debug("GET /master/tasks failed (" + firstLine(e.getMessage())
          + "); reading the whole state instead");
    }
    return tasksWithIdPrefix(idPrefix, token);
  }

  /** The time of a task's first status (statuses are in arrival order), 0 without any. */
  private static double firstStatusSeconds(JsonNode task) {
    JsonNode statuses = task.path("statuses");
    return statuses.size() == 0 ? 0 : Nodes.number(statuses.get(0), "timestamp", 0);
  }

  /** The leading master's v1 event stream ({@code SUBSCRIBE}, Mesos 1.1+). */
  @Override
  public void streamTaskStates(TaskStateListener listener, CancellationToken token) {
    new TaskStates(http).stream(listener, token);
  }

  @Override
  public String sandboxTail(TaskRef task, String file, int maxBytes, CancellationToken token) {
    return new SandboxReader(this, log).tail(task, file, maxBytes, token);
  }

  @Override
  public Map<String, String> sandboxTails(TaskRef task, List<String> files, int maxBytes,
      CancellationToken token) {
    return new SandboxReader(this, log).tails(task, files, maxBytes, token);
  }

  static boolean isTerminal(String state) {
    return TaskRef.isTerminal(state);
  }

  private static String firstLine(String s) {
    int nl = s == null ? -1 : s.indexOf('\n');
    return nl < 0 ? String.valueOf(s) : s.substring(0, nl);
  }

  private static JsonNode object(ApiResponse r) {
    JsonNode n = r.json();
    if (!n.isObject()) {
      throw new BadResponseException(r.describe() + " answered JSON that is not an object: "
          + Json.snippet(r.body()), r.status(), r.method(), r.url(), null);
    }
    return n;
  }

  /** Reads an answer that must be a JSON object; bad fields name this request. */
  private static <T> T read(ApiResponse r, ApiResponse.Reader<T> reader) {
    object(r);
    return r.read(reader);
  }

  private static List<MesosAgent> agents(JsonNode array) {
    List<MesosAgent> out = new ArrayList<MesosAgent>();
    for (JsonNode a : array) {
      out.add(MesosAgent.from(a));
    }
    return Collections.unmodifiableList(out);
  }

  private static List<MesosFramework> frameworks(JsonNode array, boolean completed) {
    List<MesosFramework> out = new ArrayList<MesosFramework>();
    for (JsonNode f : array) {
      out.add(MesosFramework.from(f, completed));
    }
    return Collections.unmodifiableList(out);
  }

  @Override
  public String toString() {
    return "MesosClient" + http.settings().urls().toString().replaceAll("(?<=://)[^/@\\s]*@", "")
        + (http.router() instanceof MesosLeaderRouter
        && ((MesosLeaderRouter) http.router()).knownLeader() != null
        ? " leader " + Urls.redact(((MesosLeaderRouter) http.router()).knownLeader()) : "");
  }
}
