package io.pdimesos.core.marathon;

import com.fasterxml.jackson.databind.JsonNode;
import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.error.BadResponseException;
import io.pdimesos.core.http.ApiRequest;
import io.pdimesos.core.http.ApiResponse;
import io.pdimesos.core.http.Json;
import io.pdimesos.core.http.ServiceHttp;
import io.pdimesos.core.http.ServiceSettings;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * Typed client for Marathon's REST API v2 (1.4–1.10). One method per endpoint; all HTTP goes
 * through {@link ServiceHttp}, which fails over between the configured URLs (any Marathon
 * instance proxies to the leader) and retries what is safe to retry. Writes that would be
 * refused with 409 "locked by deployment" are retried unless the caller forces them.
 */
public final class MarathonClient {
  /** Header carrying the deployment id of every state change (1.4+). */
  public static final String DEPLOYMENT_HEADER = "Marathon-Deployment-Id";

  private final ServiceHttp http;

  public MarathonClient(ServiceSettings settings, ProgressListener log) {
    this(ServiceHttp.create(settings, new MarathonDialect(), log, "Marathon URL"));
  }

  public MarathonClient(ServiceHttp http) {
    this.http = http;
  }

  public ServiceHttp http() {
    return http;
  }

  // ---------------------------------------------------------------- apps

  /**
   * {@code GET /v2/apps}. {@code idContains} and {@code cmdContains} are case-insensitive
   * substrings, {@code labelSelector} a Marathon selector ({@code env==prod,tier}); null skips a
   * filter. {@code embed} values such as {@code apps.tasks}, {@code apps.counts},
   * {@code apps.lastTaskFailure}.
   */
  public List<App> apps(String idContains, String labelSelector, String cmdContains,
      Collection<String> embed, CancellationToken token) {
    ApiRequest.Builder b = ApiRequest.get("/v2/apps").query("id", blankToNull(idContains))
        .query("label", blankToNull(labelSelector)).query("cmd", blankToNull(cmdContains));
    addEmbeds(b, embed);
    return http.send(b.build(), token).read(new ApiResponse.Reader<List<App>>() {
      @Override
      public List<App> read(JsonNode root) {
        List<App> out = new ArrayList<App>();
        for (JsonNode a : Nodes.requiredArray(root, "apps")) {
          out.add(App.from(a));
        }
        return Collections.unmodifiableList(out);
      }
    });
  }

  /**
   * {@code GET /v2/apps/{id}}: always with counts, tasks, deployments and lastTaskFailure.
   *
   * @throws io.pdimesos.core.error.NotFoundException when there is no such app
   */
  public App app(String appId, CancellationToken token) {
    String id = MarathonIds.appId(appId);
    return http.send(ApiRequest.get(appPath(id)).build(), token).read(APP);
  }

  /**
   * {@code PUT /v2/apps/{id}}: creates the app (201) or updates it (200). With
   * {@code partialUpdate} (Marathon's default) fields missing from the definition keep their
   * values; without it the definition replaces the app. {@code force} overrides running
   * deployments of the app instead of waiting for them.
   */
  public DeploymentResult upsert(AppDefinition definition, boolean force, boolean partialUpdate,
      CancellationToken token) {
    ApiRequest request = ApiRequest.put(appPath(definition.id())).query("force", force)
        .query("partialUpdate", partialUpdate).jsonBody(definition.toJson())
        .retryWhenLocked(!force).build();
    return deploymentResult(http.send(request, token));
  }

  /** {@code DELETE /v2/apps/{id}}. Marathon's own default is force=true; we send it explicitly. */
  public DeploymentResult delete(String appId, boolean force, CancellationToken token) {
    String id = MarathonIds.appId(appId);
    return deploymentResult(http.send(ApiRequest.delete(appPath(id)).query("force", force)
        .retryWhenLocked(!force).build(), token));
  }

  /** Sets the instance count: a partial {@code PUT} of {@code {"instances":N}}, no restart. */
  public DeploymentResult scale(String appId, int instances, boolean force,
      CancellationToken token) {
    if (instances < 0) {
      throw new IllegalArgumentException("Instances must not be negative: " + instances);
    }
    String id = MarathonIds.appId(appId);
    ApiRequest request = ApiRequest.put(appPath(id)).query("force", force)
        .query("partialUpdate", true).jsonBody("{\"instances\":" + instances + "}")
        .retryWhenLocked(!force).build();
    return deploymentResult(http.send(request, token));
  }

  /**
   * {@code POST /v2/apps/{id}/restart}: a rolling restart without a definition change. Not
   * resent on 409 (a POST), so a locked app fails fast here; force it or wait first.
   */
  public DeploymentResult restart(String appId, boolean force, CancellationToken token) {
    String id = MarathonIds.appId(appId);
    return deploymentResult(http.send(ApiRequest.post(appPath(id) + "/restart")
        .query("force", force).retryWhenLocked(!force).build(), token));
  }

  // ---------------------------------------------------------------- tasks

  /** {@code GET /v2/apps/{id}/tasks}. */
  public List<Task> appTasks(String appId, CancellationToken token) {
    String id = MarathonIds.appId(appId);
    return http.send(ApiRequest.get(appPath(id) + "/tasks").build(), token).read(TASKS);
  }

  /** {@code GET /v2/tasks}; {@code statuses} may hold {@code running} and/or {@code staging}. */
  public List<Task> tasks(Collection<String> statuses, CancellationToken token) {
    ApiRequest.Builder b = ApiRequest.get("/v2/tasks");
    if (statuses != null) {
      for (String s : statuses) {
        b.query("status", s);
      }
    }
    return http.send(b.build(), token).read(TASKS);
  }

  /**
   * {@code DELETE /v2/apps/{id}/tasks}: kills the app's tasks, on {@code host} only when given.
   * Without {@code scale} Marathon starts replacements; with it the instance count drops.
   */
  public KillResult killAppTasks(String appId, String host, boolean scale, boolean wipe,
      boolean force, CancellationToken token) {
    checkScaleWipe(scale, wipe);
    String id = MarathonIds.appId(appId);
    ApiRequest request = ApiRequest.delete(appPath(id) + "/tasks")
        .query("host", blankToNull(host)).query("scale", scale).query("wipe", wipe)
        .query("force", force).build();
    return killResult(http.send(request, token), scale);
  }

  /** {@code DELETE /v2/apps/{id}/tasks/{taskId}}. */
  public KillResult killTask(String appId, String taskId, boolean scale, boolean wipe,
      boolean force, CancellationToken token) {
    checkScaleWipe(scale, wipe);
    String id = MarathonIds.appId(appId);
    ApiRequest request = ApiRequest.delete(appPath(id) + "/tasks/" + taskId)
        .query("scale", scale).query("wipe", wipe).query("force", force).build();
    ApiResponse r = http.send(request, token);
    if (scale) {
      return new KillResult(null, deploymentResult(r));
    }
    return r.read(new ApiResponse.Reader<KillResult>() {
      @Override
      public KillResult read(JsonNode root) {
        return new KillResult(Collections.singletonList(Task.from(Nodes.requiredObject(root,
            "task"))), null);
      }
    });
  }

  /** {@code POST /v2/tasks/delete} with {@code {"ids":[…]}}: tasks of any apps at once. */
  public KillResult killTasks(Collection<String> taskIds, boolean scale, boolean wipe,
      boolean force, CancellationToken token) {
    checkScaleWipe(scale, wipe);
    if (taskIds == null || taskIds.isEmpty()) {
      throw new IllegalArgumentException("No task ids given to kill");
    }
    String body = Json.write(Collections.singletonMap("ids", new ArrayList<String>(taskIds)));
    ApiRequest request = ApiRequest.post("/v2/tasks/delete").query("scale", scale)
        .query("wipe", wipe).query("force", force).jsonBody(body).build();
    return killResult(http.send(request, token), scale);
  }

  // ---------------------------------------------------------------- deployments, queue, info

  /** {@code GET /v2/deployments}: the running deployments. */
  public List<Deployment> deployments(CancellationToken token) {
    return http.send(ApiRequest.get("/v2/deployments").build(), token).read(
        new ApiResponse.Reader<List<Deployment>>() {
          @Override
          public List<Deployment> read(JsonNode root) {
            List<Deployment> out = new ArrayList<Deployment>();
            for (JsonNode d : Json.array(root, "(the list of deployments)")) {
              out.add(Deployment.from(d));
            }
            return Collections.unmodifiableList(out);
          }
        });
  }

  /**
   * {@code DELETE /v2/deployments/{id}}. Without {@code force} Marathon rolls back by starting a
   * revert deployment, returned here; with it the deployment just stops where it is (202) and
   * null is returned.
   */
  public DeploymentResult cancelDeployment(String deploymentId, boolean force,
      CancellationToken token) {
    ApiResponse r = http.send(ApiRequest.delete("/v2/deployments/" + deploymentId)
        .query("force", force).build(), token);
    if (force || r.status() == 202) {
      return null;
    }
    return deploymentResult(r); // a 200 names the revert deployment (body or header)
  }

  /** {@code GET /v2/queue?embed=lastUnusedOffers}: what waits to launch and why. */
  public List<QueueItem> queue(CancellationToken token) {
    return http.send(ApiRequest.get("/v2/queue").query("embed", "lastUnusedOffers").build(),
        token).read(new ApiResponse.Reader<List<QueueItem>>() {
          @Override
          public List<QueueItem> read(JsonNode root) {
            List<QueueItem> out = new ArrayList<QueueItem>();
            for (JsonNode q : Nodes.requiredArray(root, "queue")) {
              out.add(QueueItem.from(q));
            }
            return Collections.unmodifiableList(out);
          }
        });
  }

  /** The queue entry of {@code appId}, or null when nothing of it waits. */
  public QueueItem queueItem(String appId, CancellationToken token) {
    String id = MarathonIds.appId(appId);
    for (QueueItem q : queue(token)) {
      if (id.equals(q.runSpecId())) {
        return q;
      }
    }
    return null;
  }

  /** {@code GET /v2/info}. */
  public Info info(CancellationToken token) {
    return http.send(ApiRequest.get("/v2/info").build(), token).read(
        new ApiResponse.Reader<Info>() {
          @Override
          public Info read(JsonNode root) {
            return Info.from(Nodes.item(root, "(the info object)"));
          }
        });
  }

  /** {@code GET /v2/leader}: {@code host:port} of the leader, or null when there is none. */
  public String leader(CancellationToken token) {
    ApiResponse r = http.send(ApiRequest.get("/v2/leader").accept(404).build(), token);
    if (r.status() == 404) {
      return null;
    }
    return r.read(new ApiResponse.Reader<String>() {
      @Override
      public String read(JsonNode root) {
        String leader = Nodes.text(root, "leader");
        if (leader == null) {
          throw io.pdimesos.core.error.UnexpectedJsonException.missing("leader", "a string");
        }
        return leader;
      }
    });
  }

  /** {@code GET /ping}: true when Marathon answers "pong". */
  public boolean ping(CancellationToken token) {
    ApiResponse r = http.send(ApiRequest.get("/ping").header("Accept", "text/plain, */*")
        .build(), token);
    return r.body() != null && r.body().contains("pong");
  }

  // ---------------------------------------------------------------- events

  /** An event stream subscription for {@code eventTypes} (all types when empty). */
  public MarathonEventStream eventStream(Collection<String> eventTypes) {
    return new MarathonEventStream(http, eventTypes);
  }

  // ---------------------------------------------------------------- helpers

  private static final ApiResponse.Reader<App> APP = new ApiResponse.Reader<App>() {
    @Override
    public App read(JsonNode root) {
      return App.from(Nodes.requiredObject(root, "app"));
    }
  };

  private static final ApiResponse.Reader<List<Task>> TASKS = new ApiResponse.Reader<List<Task>>() {
    @Override
    public List<Task> read(JsonNode root) {
      return Task.list(Nodes.requiredArray(root, "tasks"));
    }
  };

  static String appPath(String canonicalId) {
    return "/v2/apps/" + MarathonIds.pathOf(canonicalId);
  }

  private static void checkScaleWipe(boolean scale, boolean wipe) {
    if (scale && wipe) {
      // Marathon answers 400 for this; saying it before sending names the two settings.
      throw new IllegalArgumentException("Kill tasks: 'scale' and 'wipe' cannot be used together");
    }
  }

  private static KillResult killResult(ApiResponse r, boolean scale) {
    if (scale) {
      return new KillResult(null, deploymentResult(r));
    }
    return new KillResult(r.read(TASKS), null);
  }

  /** Reads the deployment id from the body, or from the header when the body lacks it. */
  static DeploymentResult deploymentResult(final ApiResponse r) {
    String id = null;
    String version = null;
    String body = r.body();
    if (body != null && body.trim().startsWith("{")) {
      String[] read = r.read(new ApiResponse.Reader<String[]>() {
        @Override
        public String[] read(JsonNode n) {
          String id = Nodes.text(n, "deploymentId");
          if (id == null) {
            // POST /v2/apps answers with the app and "deployments":[{id}] instead.
            id = Nodes.text(Nodes.array(n, "deployments").path(0), "id");
          }
          return new String[] {id, Nodes.text(n, "version")};
        }
      });
      id = read[0];
      version = read[1];
    }
    if (id == null) {
      id = r.header(DEPLOYMENT_HEADER);
    }
    if (id == null) {
      throw new BadResponseException(r.describe() + " answered HTTP " + r.status()
          + " without a deployment id (neither body nor " + DEPLOYMENT_HEADER + " header): "
          + Json.snippet(body), r.status(), r.method(), r.url(), null);
    }
    return new DeploymentResult(id, version, r.status());
  }

  private static void addEmbeds(ApiRequest.Builder b, Collection<String> embed) {
    if (embed != null) {
      for (String e : embed) {
        b.query("embed", e);
      }
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.trim().isEmpty() ? null : s.trim();
  }
}
