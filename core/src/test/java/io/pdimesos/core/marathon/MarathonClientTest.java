package io.pdimesos.core.marathon;

import static io.pdimesos.core.marathon.MarathonFixtures.HEALTHY_APPS;
import static io.pdimesos.core.marathon.MarathonFixtures.appBody;
import static io.pdimesos.core.marathon.MarathonFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.error.AuthException;
import io.pdimesos.core.error.NotFoundException;
import io.pdimesos.core.error.RejectedException;
import io.pdimesos.core.http.Auth;
import io.pdimesos.core.http.RetryPolicy;
import io.pdimesos.core.http.ServiceSettings;
import io.pdimesos.core.http.Timeouts;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MarathonClientTest {
  private static final CancellationToken NONE = CancellationToken.none();
  private final MockWebServer server = new MockWebServer();
  private MarathonClient client;

  @BeforeEach
  void start() throws Exception {
    server.start();
    client = new MarathonClient(ServiceSettings.builder().urls(server.url("/").toString())
        .auth(Auth.basic("ops", "pw")).retry(RetryPolicy.of(3, 10, 50, 5_000, 0))
        .timeouts(Timeouts.of(1_000, 2_000, 5_000)).build(), ProgressListener.NONE);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  static MockResponse json(int code, String body) {
    return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json")
        .body(body).build();
  }

  private RecordedRequest take() throws InterruptedException {
    return server.takeRequest();
  }

  @Test
  void aStandbyThatCannotReachItsLeaderHandsOverToTheNextInstance() throws Exception {
    try (MockWebServer standby = new MockWebServer()) {
      standby.start();
      standby.enqueue(new MockResponse.Builder().code(502)
          .body("Could not determine the current leader").build());
      server.enqueue(json(200, text("examples/app_list.json")));
      MarathonClient two = new MarathonClient(ServiceSettings.builder()
          .urls(standby.url("/") + "," + server.url("/"))
          .retry(RetryPolicy.of(3, 10, 50, 5_000, 0)).build(), ProgressListener.NONE);

      assertThat(two.apps(null, null, null, List.of(), NONE)).isNotEmpty();
      assertThat(standby.getRequestCount()).isEqualTo(1);
      assertThat(server.getRequestCount()).isEqualTo(1);
    }
  }

  @Test
  void listsAppsWithFiltersAndEmbeds() throws Exception {
    server.enqueue(json(200, text("examples/app_list.json")));

    List<App> apps = client.apps("my", "env==prod", "sleep", List.of("apps.tasks", "apps.counts"), NONE);

    RecordedRequest r = take();
    assertThat(r.getMethod()).isEqualTo("GET");
    assertThat(r.getTarget()).isEqualTo(
        "/v2/apps?id=my&label=env%3D%3Dprod&cmd=sleep&embed=apps.tasks&embed=apps.counts");
    assertThat(r.getHeaders().get("Accept")).isEqualTo("application/json");
    assertThat(r.getHeaders().get("Authorization")).startsWith("Basic ");
    assertThat(apps).hasSize(1);
    App a = apps.get(0);
    assertThat(a.id()).isEqualTo("/myapp");
    assertThat(a.instances()).isEqualTo(3);
    assertThat(a.deploymentIds()).containsExactly("9538079c-3898-4e32-aa31-799bf9097f74");
    assertThat(a.raw().get("uris").get(0).asText()).contains("README.md");
  }

  @Test
  void getsOneAppWithTasksHealthAndIps() throws Exception {
    server.enqueue(json(200, appBody(HEALTHY_APPS, 0, null)));

    App app = client.app("nginx-green", NONE);

    assertThat(take().getTarget()).isEqualTo("/v2/apps/nginx-green");
    assertThat(app.tasksHealthy()).isEqualTo(3);
    assertThat(app.hasHealthChecks()).isTrue();
    assertThat(app.tasks()).hasSize(3);
    assertThat(app.labels()).containsEntry("HAPROXY_GROUP", "external");
    assertThat(app.version()).isEqualTo("2017-07-14T15:13:34.402Z");
    assertThat(app.lastConfigChangeAt()).isEqualTo("2017-07-14T15:13:34.402Z");
    Task t = app.tasks().get(0);
    assertThat(t.host()).isEqualTo("10.0.6.25");
    assertThat(t.ports()).containsExactly(16916);
    assertThat(t.ipAddresses()).containsExactly("172.17.0.2");
    assertThat(t.isRunning()).isTrue();
    assertThat(t.isHealthy()).isTrue();
    assertThat(t.healthCheckResults().get(0).instanceId())
        .isEqualTo("nginx-green.marathon-01da9a15-68a7-11e7-a229-e6a514ca0c21");
  }

  @Test
  void upsertSendsPutWithForceAndPartialUpdateAndReadsCreated() throws Exception {
    server.enqueue(new MockResponse.Builder().code(201)
        .setHeader("Marathon-Deployment-Id", "5ed4c0c5-9ff8-4a6f-a0cd-f57f59a34b43")
        .setHeader("Location", "/v2/apps/sleep").body(text("examples/deployments_result.json"))
        .build());
    AppDefinition def = AppDefinition.fromJson(text("requests/system-tests.app.sleep-app.json"));

    DeploymentResult dr = client.upsert(def, false, true, NONE);

    RecordedRequest r = take();
    assertThat(r.getMethod()).isEqualTo("PUT");
    assertThat(r.getTarget()).isEqualTo("/v2/apps/sleep?force=false&partialUpdate=true");
    assertThat(r.getHeaders().get("Content-Type")).startsWith("application/json");
    assertThat(MarathonFixtures.json("requests/system-tests.app.sleep-app.json"))
        .isEqualTo(io.pdimesos.core.http.Json.MAPPER.readTree(r.getBody().utf8()));
    assertThat(dr.created()).isTrue();
    assertThat(dr.deploymentId()).isEqualTo("5ed4c0c5-9ff8-4a6f-a0cd-f57f59a34b43");
    assertThat(dr.version()).isEqualTo("2015-09-29T15:59:51.164Z");
  }

  @Test
  void updateTakesTheDeploymentIdFromTheHeaderWhenTheBodyHasNone() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).setHeader("Marathon-Deployment-Id", "d-1")
        .body("").build());
    DeploymentResult dr = client.upsert(AppDefinition.fromJson(
        text("requests/docs-articles.app-simple.json")), true, false, NONE);
    assertThat(take().getTarget()).isEqualTo("/v2/apps/simple?force=true&partialUpdate=false");
    assertThat(dr.created()).isFalse();
    assertThat(dr.deploymentId()).isEqualTo("d-1");
  }

  @Test
  void lockedWriteIsRetriedThenFailsWithTheBlockingDeployments() throws Exception {
    for (int i = 0; i < 3; i++) {
      server.enqueue(json(409, text("errors/raml-traits.409-app-locked-by-deployment.json")));
    }
    AppDefinition def = AppDefinition.fromJson(text("requests/system-tests.app.sleep-app.json"));

    assertThatThrownBy(() -> client.upsert(def, false, true, NONE))
        .isInstanceOfSatisfying(DeploymentLockedException.class, e -> {
          assertThat(e.status()).isEqualTo(409);
          assertThat(e.blockingDeploymentIds()).containsExactly("97c136bf-5a28-4821-9d94-480d9fbb01c8");
          assertThat(e.getMessage()).contains("App is locked by one or more deployments")
              .contains("97c136bf-5a28-4821-9d94-480d9fbb01c8");
        });
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void lockedWriteSucceedsWhenTheLockGoesAway() throws Exception {
    server.enqueue(json(409, text("errors/legacy-docs-1.3.rest-api.409-app-locked.json")));
    server.enqueue(json(200, text("examples/deployments_result.json")));
    DeploymentResult dr = client.scale("/sleep", 4, false, NONE);
    assertThat(dr.deploymentId()).isEqualTo("5ed4c0c5-9ff8-4a6f-a0cd-f57f59a34b43");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void forcedWriteIsNeverRetriedOnLock() throws Exception {
    server.enqueue(json(409, text("errors/raml-traits.409-app-locked-by-deployment.json")));
    server.enqueue(json(200, text("examples/deployments_result.json")));
    assertThatThrownBy(() -> client.scale("/sleep", 4, true, NONE))
        .isInstanceOf(DeploymentLockedException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void duplicateIdConflictIsNotALockAndNotRetried() throws Exception {
    server.enqueue(json(409, text("errors/raml-traits.409-duplicate-app-id.json")));
    assertThatThrownBy(() -> client.delete("/existing-app", false, NONE))
        .isInstanceOf(RejectedException.class)
        .isNotInstanceOf(DeploymentLockedException.class)
        .hasMessageContaining("An app with id [/existing_app] already exists.");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void validationErrorsName422And400FieldsAlike() throws Exception {
    server.enqueue(json(422, text("errors/raml-traits.422-object-not-valid.json")));
    AppDefinition def = AppDefinition.fromJson(text("requests/system-tests.app.sleep-app.json"));
    assertThatThrownBy(() -> client.upsert(def, false, true, NONE))
        .isInstanceOfSatisfying(RejectedException.class, e -> {
          assertThat(e.status()).isEqualTo(422);
          assertThat(e.fieldErrors()).hasSize(1);
          assertThat(e.getMessage()).contains("Object is not valid")
              .contains("/upgradeStrategy/minimumHealthCapacity: is greater than 1");
        });
    assertThat(server.getRequestCount()).isEqualTo(1);

    server.enqueue(json(400, text("errors/raml-traits.400-invalid-json.json")));
    assertThatThrownBy(() -> client.upsert(def, false, true, NONE))
        .hasMessageContaining("Invalid JSON").hasMessageContaining("/id: error.expected.jsstring");

    server.enqueue(json(422, text("errors/raml-groups.422-object-not-valid.json")));
    assertThatThrownBy(() -> client.upsert(def, false, true, NONE))
        .hasMessageContaining("/apps(0)/id: identifier /app is not child of /group");
  }

  @Test
  void notFoundQuotesMarathon() throws Exception {
    server.enqueue(json(404, text("errors/raml-apps.404-app-not-found.json")));
    assertThatThrownBy(() -> client.app("/not-existent", NONE))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("App '/not_existent' does not exist");
  }

  @Test
  void unknownRouteAnswers500UriNotFoundAndIsExplained() throws Exception {
    server.enqueue(json(500, "{\"message\":\"URI not found\"}"));
    assertThatThrownBy(() -> client.info(NONE)).isInstanceOf(RejectedException.class)
        .hasMessageContaining("URI not found").hasMessageContaining("context path");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void jettyBasicAuthPageBecomesAnAuthError() throws Exception {
    server.enqueue(new MockResponse.Builder().code(401)
        .setHeader("WWW-Authenticate", "basic realm=\"Mesosphere\"")
        .setHeader("Content-Type", "text/html")
        .body("<html><head><title>Error 401 Unauthorized</title></head><body><h2>HTTP ERROR 401</h2></body></html>")
        .build());
    assertThatThrownBy(() -> client.ping(NONE)).isInstanceOf(AuthException.class)
        .hasMessageContaining("unauthorized").hasMessageContaining("HTTP ERROR 401")
        .hasMessageNotContaining("<html>").hasMessageNotContaining("pw");
    server.enqueue(json(403, text("errors/raml-traits.403-forbidden.json")));
    assertThatThrownBy(() -> client.ping(NONE)).isInstanceOf(AuthException.class)
        .hasMessageContaining("Not Authorized to perform this action!");
    server.enqueue(json(401, text("errors/raml-traits.401-unauthorized.json")));
    assertThatThrownBy(() -> client.ping(NONE)).isInstanceOf(AuthException.class)
        .hasMessageContaining("Invalid username or password.");
  }

  @Test
  void deleteRestartAndScaleSendTheRightCalls() throws Exception {
    server.enqueue(json(200, text("examples/deployments_result.json")));
    server.enqueue(json(200, text("examples/deployments_result.json")));
    server.enqueue(json(200, text("examples/deployments_result.json")));

    client.delete("/prod/web", true, NONE);
    client.restart("prod/web", false, NONE);
    client.scale("/prod/web", 0, false, NONE);

    RecordedRequest d = take();
    assertThat(d.getMethod()).isEqualTo("DELETE");
    assertThat(d.getTarget()).isEqualTo("/v2/apps/prod/web?force=true");
    RecordedRequest r = take();
    assertThat(r.getMethod()).isEqualTo("POST");
    assertThat(r.getTarget()).isEqualTo("/v2/apps/prod/web/restart?force=false");
    RecordedRequest s = take();
    assertThat(s.getMethod()).isEqualTo("PUT");
    assertThat(s.getTarget()).isEqualTo("/v2/apps/prod/web?force=false&partialUpdate=true");
    assertThat(s.getBody().utf8()).isEqualTo("{\"instances\":0}");
  }

  @Test
  void restartIsAPostSoALockFailsFast() throws Exception {
    server.enqueue(json(409, text("errors/raml-traits.409-app-locked-by-deployment.json")));
    assertThatThrownBy(() -> client.restart("/web", false, NONE))
        .isInstanceOf(DeploymentLockedException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void appTasksAndAllTasksWithStatusFilter() throws Exception {
    server.enqueue(json(200, text("examples/app_tasks.json")));
    server.enqueue(json(200, text("examples/tasks.json")));

    List<Task> appTasks = client.appTasks("/minecraft/survival-world", NONE);
    List<Task> all = client.tasks(List.of("running", "staging"), NONE);

    assertThat(take().getTarget()).isEqualTo("/v2/apps/minecraft/survival-world/tasks");
    assertThat(take().getTarget()).isEqualTo("/v2/tasks?status=running&status=staging");
    assertThat(appTasks.get(0).state()).isEqualTo("TASK_STAGING");
    assertThat(appTasks.get(0).isRunning()).isFalse();
    assertThat(all).extracting(Task::appId).containsExactly("/frontend-foosball", "/tools/docker/registry");
    assertThat(all.get(0).servicePorts()).containsExactly(10019);
  }

  @Test
  void oldServersHealthResultsUseTaskIdAndHaveNoState() throws Exception {
    server.enqueue(json(200, text("responses/legacy-docs-1.3.GET-tasks.health.json")));
    List<Task> all = client.tasks(null, NONE);
    assertThat(take().getTarget()).isEqualTo("/v2/tasks");
    assertThat(all.get(0).state()).isNull();
    assertThat(all.get(0).isRunning()).isTrue();
    assertThat(all.get(0).healthCheckResults().get(0).instanceId())
        .isEqualTo("bridged-webapp.eb76c51f-4b4a-11e4-ae49-56847afe9799");
  }

  @Test
  void killTasksVariants() throws Exception {
    server.enqueue(json(200, text("examples/app_tasks.json")));
    server.enqueue(json(200, text("examples/deployments_result.json")));
    server.enqueue(json(200, text("examples/app_task.json")));
    server.enqueue(json(200, text("examples/tasks.json")));

    KillResult killed = client.killAppTasks("/minecraft/survival-world", "srv7", false, false, false, NONE);
    KillResult scaled = client.killAppTasks("/minecraft/survival-world", null, true, false, true, NONE);
    KillResult one = client.killTask("/minecraft/survival-world",
        "minecraft_survival-world.instance-564bd685-4c30-11e5-98c1-be5b2935a987", false, true, false, NONE);
    KillResult many = client.killTasks(List.of("task1", "task2"), false, false, false, NONE);

    RecordedRequest k = take();
    assertThat(k.getMethod()).isEqualTo("DELETE");
    assertThat(k.getTarget()).isEqualTo(
        "/v2/apps/minecraft/survival-world/tasks?host=srv7&scale=false&wipe=false&force=false");
    assertThat(killed.killedTasks()).hasSize(1);
    assertThat(killed.deployment()).isNull();
    assertThat(take().getTarget()).isEqualTo(
        "/v2/apps/minecraft/survival-world/tasks?scale=true&wipe=false&force=true");
    assertThat(scaled.deployment().deploymentId()).isEqualTo("5ed4c0c5-9ff8-4a6f-a0cd-f57f59a34b43");
    assertThat(take().getTarget()).isEqualTo("/v2/apps/minecraft/survival-world/tasks/"
        + "minecraft_survival-world.instance-564bd685-4c30-11e5-98c1-be5b2935a987?scale=false&wipe=true&force=false");
    assertThat(one.killedTasks()).extracting(Task::host).containsExactly("srv7.hw.ca1.mesosphere.com");
    RecordedRequest m = take();
    assertThat(m.getMethod()).isEqualTo("POST");
    assertThat(m.getTarget()).isEqualTo("/v2/tasks/delete?scale=false&wipe=false&force=false");
    assertThat(io.pdimesos.core.http.Json.MAPPER.readTree(m.getBody().utf8()))
        .isEqualTo(MarathonFixtures.json("requests/raml-tasks.POST-tasks-delete.json"));
    assertThat(many.killedTasks()).hasSize(2);
  }

  @Test
  void scaleAndWipeTogetherAreRefusedBeforeSending() {
    assertThatThrownBy(() -> client.killAppTasks("/a", null, true, true, false, NONE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'scale' and 'wipe'");
    assertThatThrownBy(() -> client.killTasks(List.of("t"), true, true, false, NONE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void invalidTaskIdIsRejectedWithMarathonsText() {
    server.enqueue(json(400, text("errors/raml-tasks.400-invalid-task-id.json")));
    assertThatThrownBy(() -> client.killTasks(List.of("not_known"), false, false, false, NONE))
        .isInstanceOf(RejectedException.class).hasMessageContaining("Invalid task id not_known");
    server.enqueue(json(404, text("errors/raml-apps.404-task-not-found.json")));
    assertThatThrownBy(() -> client.killTask("/a", "not-existing", false, false, false, NONE))
        .isInstanceOf(NotFoundException.class).hasMessageContaining("Task 'not-existing' does not exist");
  }

  @Test
  void deploymentsAndCancel() throws Exception {
    server.enqueue(json(200, text("examples/deployments.json")));
    server.enqueue(json(200, text("examples/deployments_result.json")));
    server.enqueue(new MockResponse.Builder().code(202).build());
    server.enqueue(json(404, text("errors/raml-deployments.404-deployment-not-found.json")));

    List<Deployment> ds = client.deployments(NONE);
    DeploymentResult revert = client.cancelDeployment("97c136bf-5a28-4821-9d94-480d9fbb01c8", false, NONE);
    DeploymentResult forced = client.cancelDeployment("97c136bf-5a28-4821-9d94-480d9fbb01c8", true, NONE);

    assertThat(take().getTarget()).isEqualTo("/v2/deployments");
    Deployment d = ds.get(0);
    assertThat(d.id()).isEqualTo("97c136bf-5a28-4821-9d94-480d9fbb01c8");
    assertThat(d.version()).isEqualTo("2015-09-30T09:09:17.614Z");
    assertThat(d.affectedApps()).containsExactly("/foo");
    assertThat(d.steps()).hasSize(2);
    assertThat(d.steps().get(1).get(0).pod()).isEqualTo("/bla");
    assertThat(d.currentActions().get(0).action()).isEqualTo("ScaleApplication");
    assertThat(d.currentActions().get(0).readinessCheckResults().get(0).get("ready").asBoolean()).isFalse();
    assertThat(d.currentStep()).isEqualTo(1);
    assertThat(d.totalSteps()).isEqualTo(1);
    RecordedRequest c = take();
    assertThat(c.getMethod()).isEqualTo("DELETE");
    assertThat(c.getTarget()).isEqualTo("/v2/deployments/97c136bf-5a28-4821-9d94-480d9fbb01c8?force=false");
    assertThat(revert.deploymentId()).isEqualTo("5ed4c0c5-9ff8-4a6f-a0cd-f57f59a34b43");
    assertThat(take().getTarget()).endsWith("?force=true");
    assertThat(forced).isNull();
    assertThatThrownBy(() -> client.cancelDeployment("unknown_deployment", false, NONE))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("DeploymentPlan unknown_deployment does not exist");
  }

  @Test
  void staleDeploymentShapeWithArraySteps() throws Exception {
    server.enqueue(json(200, text("responses/legacy-docs-1.3.GET-deployments.pre-1.0-steps-format.json")));
    List<Deployment> ds = client.deployments(NONE);
    assertThat(ds).isNotEmpty();
    assertThat(ds.get(0).steps()).isNotEmpty();
    assertThat(ds.get(0).steps().get(0)).isNotEmpty();
    assertThat(ds.get(0).steps().get(0).get(0).action()).isNotBlank();
  }

  @Test
  void queueSummarisesUnusedOfferReasons() throws Exception {
    server.enqueue(json(200, text("examples/queue.json")));
    server.enqueue(json(200, text("examples/queue.json")));

    List<QueueItem> q = client.queue(NONE);
    QueueItem foo = client.queueItem("foo", NONE);

    assertThat(take().getTarget()).isEqualTo("/v2/queue?embed=lastUnusedOffers");
    assertThat(q).hasSize(2);
    assertThat(q.get(0).runSpecId()).isEqualTo("/tools/datadog-agent");
    assertThat(foo.count()).isEqualTo(2);
    assertThat(foo.unusedOfferReasons()).containsEntry("InsufficientMemory", 1);
    assertThat(foo.summary()).contains("/foo: 2 instance(s) waiting")
        .contains("123 of 123 offers unused").contains("InsufficientCpus 75 of 123")
        .contains("InsufficientMemory 15 of 48").doesNotContain("UnfulfilledRole")
        .contains("last unused offers: InsufficientMemory x1");
  }

  @Test
  void infoLeaderAndPing() throws Exception {
    server.enqueue(json(200, text("examples/info.json")));
    server.enqueue(json(200, text("responses/raml-leader.GET-leader.json")));
    server.enqueue(json(404, text("errors/raml-leader.404-no-leader.json")));
    server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "text/plain").body("pong").build());

    Info info = client.info(NONE);
    assertThat(info.version()).isEqualTo("1.5.0-SNAPSHOT");
    assertThat(info.leader()).isEqualTo("localhost:8080");
    assertThat(info.elected()).isTrue();
    assertThat(info.raw().path("http_config").path("http_port").asInt()).isEqualTo(8080);
    assertThat(client.leader(NONE)).isEqualTo("marathon.globalcorp.com:8080");
    assertThat(client.leader(NONE)).isNull();
    assertThat(client.ping(NONE)).isTrue();
    assertThat(take().getTarget()).isEqualTo("/v2/info");
    assertThat(take().getTarget()).isEqualTo("/v2/leader");
    assertThat(take().getTarget()).isEqualTo("/v2/leader");
    assertThat(take().getTarget()).isEqualTo("/ping");
  }

  @Test
  void tooManyDeploymentsIsNotCalledAPermissionProblem() {
    server.enqueue(json(403, "{\"message\":\"Max number (100) of running deployments is achieved. Wait for existing deployments to complete or cancel them.\"}"));
    assertThatThrownBy(() -> client.restart("/a", true, NONE))
        .isInstanceOf(RejectedException.class).isNotInstanceOf(AuthException.class)
        .hasMessageContaining("Max number (100)");
  }

  @Test
  void readsPre14AppsAndBothTaskStatsKeys() throws Exception {
    server.enqueue(json(200, text(MarathonFixtures.OLD_APPS)));
    App old = client.apps(null, null, null, List.of("apps.tasks"), NONE).get(0);
    assertThat(old.id()).isEqualTo("/nginx-green");
    assertThat(old.tasks()).isNotEmpty().allMatch(Task::isRunning).allMatch(Task::isHealthy);
    assertThat(old.tasks().get(0).state()).isNull();
    assertThat(old.tasks().get(0).healthCheckResults().get(0).instanceId())
        .isEqualTo(old.tasks().get(0).id());
    assertThat(old.taskStats()).isNull();

    // Stats shape per reference §7; 1.8 calls the key taskStats, 1.9+ tasksStats.
    String stats = "{\"totalSummary\":{\"stats\":{\"counts\":{\"staged\":0,\"running\":3,\"healthy\":3,\"unhealthy\":0}}}}";
    com.fasterxml.jackson.databind.JsonNode statsNode = io.pdimesos.core.http.Json.MAPPER.readTree(stats);
    for (String key : List.of("taskStats", "tasksStats")) {
      server.enqueue(json(200, appBody(MarathonFixtures.HEALTHY_APPS, 0, a -> a.set(key, statsNode))));
      App app = client.app("/nginx-green", NONE);
      assertThat(app.taskStats().at("/totalSummary/stats/counts/running").asInt()).isEqualTo(3);
    }
  }

  @Test
  void groupConflictIsARejection() {
    server.enqueue(json(409, text("errors/raml-groups.409-group-exists.json")));
    assertThatThrownBy(() -> client.delete("/g", true, NONE)).isInstanceOf(RejectedException.class)
        .isNotInstanceOf(DeploymentLockedException.class)
        .hasMessageContaining("Group / is already created");
  }

  @Test
  void invalidIdsAreRefusedBeforeSending() {
    assertThatThrownBy(() -> client.app("/prod/My_App", NONE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'My_App'");
    assertThat(server.getRequestCount()).isZero();
  }
}
