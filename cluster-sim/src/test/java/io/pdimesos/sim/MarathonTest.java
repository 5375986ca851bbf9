package io.pdimesos.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MarathonTest {
  ClusterSim sim;
  String m;

  @BeforeEach
  void start() {
    sim = ClusterSim.builder().agents(2).freePorts().steppedClock().build().start();
    m = sim.marathonUrls().get(0);
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  private void advance(int seconds) {
    sim.clock().advance(Duration.ofSeconds(seconds));
  }

  private JsonNode app(String id) {
    return SimHttp.get(m + "/v2/apps" + id).json().get("app");
  }

  private List<String> eventTypes() {
    return sim.marathon().service().events().history().stream().map(e -> e.get("eventType").asText()).toList();
  }

  @Test
  void createDeploysThroughStagingToRunning() {
    var r = SimHttp.send("POST", m + "/v2/apps", Shape.text("marathon/requests/system-tests.app.sleep-app.json"));
    assertThat(r.code()).isEqualTo(201);
    String deploymentId = r.header("Marathon-Deployment-Id");
    assertThat(deploymentId).isNotBlank();
    assertThat(r.header("Location")).endsWith("/v2/apps/sleep");
    assertThat(r.json().get("deployments").get(0).get("id").asText()).isEqualTo(deploymentId);

    JsonNode deployments = SimHttp.get(m + "/v2/deployments").json();
    assertThat(Shape.diff(Shape.fixture("marathon/examples/deployments.json"), deployments, Set.of(), Set.of())).isEmpty();
    assertThat(deployments.get(0).get("id").asText()).isEqualTo(deploymentId);

    advance(0);
    assertThat(app("/sleep").get("tasksStaged").asInt()).isEqualTo(1);
    advance(1);
    JsonNode running = app("/sleep");
    assertThat(running.get("tasksRunning").asInt()).isEqualTo(1);
    assertThat(running.get("deployments")).isEmpty();
    assertThat(SimHttp.get(m + "/v2/deployments").json()).isEmpty();
    assertThat(eventTypes()).containsSubsequence("api_post_event", "deployment_info",
        "status_update_event", "status_update_event", "deployment_step_success", "deployment_success");
    // the Mesos master sees the same task
    JsonNode state = SimHttp.get(sim.mesosUrls().get(0) + "/master/state").json();
    JsonNode mesosTask = state.get("frameworks").get(0).get("tasks").get(0);
    assertThat(mesosTask.get("id").asText()).isEqualTo(running.get("tasks").get(0).get("id").asText());
    assertThat(mesosTask.get("state").asText()).isEqualTo("TASK_RUNNING");
  }

  @Test
  void healthChecksGateTheDeploymentAndShapesMatchUpstream() {
    var r = SimHttp.send("PUT", m + "/v2/apps/readiness-and-health-app",
        Shape.text("marathon/requests/system-tests.app.readiness-and-health-app.json"));
    assertThat(r.code()).isEqualTo(201);
    assertThat(Shape.diff(Shape.fixture("marathon/examples/deployments_result.json"), r.json(), Set.of(), Set.of())).isEmpty();
    advance(1);
    assertThat(app("/readiness-and-health-app").get("tasksRunning").asInt()).isEqualTo(1);
    assertThat(app("/readiness-and-health-app").get("deployments")).hasSize(1);
    advance(2);
    JsonNode healthy = app("/readiness-and-health-app");
    assertThat(healthy.get("tasksHealthy").asInt()).isEqualTo(1);
    assertThat(healthy.get("deployments")).isEmpty();
    assertThat(eventTypes()).contains("health_status_changed_event", "instance_health_changed_event");

    JsonNode list = SimHttp.get(m + "/v2/apps?embed=apps.tasks").json();
    assertThat(Shape.diff(Shape.fixture("marathon/responses/marathon-lb.GET-apps-embed-tasks.marathon-1.5.health.json"),
        list,
        // optional in upstream AppInfo (only when set)
        Set.of("acceptedResourceRoles", "container"),
        // AppDefinition fields 1.10 writes that this 1.5 capture predates or omits
        Set.of("cmd", "constraints", "dependencies", "env", "fetch", "portDefinitions", "readinessChecks",
            "secrets", "role", "servicePorts", "localVolumes", "region", "zone"))).isEmpty();
    JsonNode tasks = SimHttp.get(m + "/v2/tasks").json();
    assertThat(Shape.diff(Shape.fixture("marathon/raml/tasks.json"), tasks, Set.of(),
        Set.of("ipAddresses", "healthCheckResults", "localVolumes"))).isEmpty();
    JsonNode appTasks = SimHttp.get(m + "/v2/apps/readiness-and-health-app/tasks").json();
    assertThat(Shape.diff(Shape.fixture("marathon/raml/app_tasks.json"), appTasks, Set.of(),
        Set.of("ipAddresses", "healthCheckResults", "localVolumes", "servicePorts"))).isEmpty();
  }

  @Test
  void rejectsWhatMarathonRejects() {
    var invalid = SimHttp.send("POST", m + "/v2/apps",
        Shape.text("marathon/requests/jenkins-marathon-plugin.marathon-json.allfields.json"));
    assertThat(invalid.code()).isEqualTo(422);
    assertThat(Shape.diff(Shape.fixture("marathon/errors/raml-traits.422-object-not-valid.json"), invalid.json(),
        Set.of(), Set.of())).isEmpty();

    var capacity = SimHttp.send("POST", m + "/v2/apps",
        "{\"id\":\"/x\",\"cmd\":\"sleep 1\",\"upgradeStrategy\":{\"minimumHealthCapacity\":2}}");
    assertThat(capacity.code()).isEqualTo(422);
    assertThat(capacity.json().get("details").get(0).get("path").asText()).isEqualTo("/upgradeStrategy/minimumHealthCapacity");
    assertThat(capacity.json().get("details").get(0).get("errors").get(0).asText()).isEqualTo("is greater than 1");

    for (String badId : List.of("/Upper", "/under_score", "/trailing-", "/a/restart")) {
      assertThat(SimHttp.send("POST", m + "/v2/apps", "{\"id\":\"" + badId + "\",\"cmd\":\"x\"}").code())
          .as(badId).isEqualTo(422);
    }
    var wrongType = SimHttp.send("POST", m + "/v2/apps", "{\"id\":5,\"cmd\":\"x\"}");
    assertThat(wrongType.code()).isEqualTo(400);
    assertThat(wrongType.json()).isEqualTo(Shape.fixture("marathon/errors/raml-traits.400-invalid-json.json"));

    assertThat(SimHttp.send("POST", m + "/v2/apps", "{\"id\":\"/dup\",\"cmd\":\"x\"}").code()).isEqualTo(201);
    var dup = SimHttp.send("POST", m + "/v2/apps", "{\"id\":\"/dup\",\"cmd\":\"x\"}");
    assertThat(dup.code()).isEqualTo(409);
    assertThat(Shape.diff(Shape.fixture("marathon/errors/raml-traits.409-duplicate-app-id.json"), dup.json(),
        Set.of(), Set.of())).isEmpty();
    assertThat(dup.json().get("message").asText()).isEqualTo("An app with id [/dup] already exists.");

    var missing = SimHttp.get(m + "/v2/apps/not-existent");
    assertThat(missing.code()).isEqualTo(404);
    assertThat(Shape.diff(Shape.fixture("marathon/errors/raml-apps.404-app-not-found.json"), missing.json(),
        Set.of(), Set.of())).isEmpty();
    var noTask = SimHttp.send("DELETE", m + "/v2/apps/dup/tasks/not-existing", null);
    assertThat(noTask.code()).isEqualTo(404);
    assertThat(noTask.json()).isEqualTo(Shape.fixture("marathon/errors/raml-apps.404-task-not-found.json"));
    var noDeployment = SimHttp.send("DELETE", m + "/v2/deployments/unknown_deployment", null);
    assertThat(noDeployment.code()).isEqualTo(404);
    assertThat(noDeployment.json()).isEqualTo(Shape.fixture("marathon/errors/raml-deployments.404-deployment-not-found.json"));

    var unknownRoute = SimHttp.get(m + "/v2/nothing");
    assertThat(unknownRoute.code()).isEqualTo(500);
    assertThat(unknownRoute.json().get("message").asText()).isEqualTo("URI not found");
  }

  @Test
  void writesToALockedAppNeedForce() {
    // "unhealthy" in cmd keeps health checks failing: the deployment never finishes (marathon.md §5)
    String app = "{\"id\":\"/web\",\"cmd\":\"serve unhealthy\",\"healthChecks\":[{\"protocol\":\"MESOS_HTTP\"}]}";
    String first = SimHttp.send("PUT", m + "/v2/apps/web", app).header("Marathon-Deployment-Id");
    advance(30);
    assertThat(SimHttp.get(m + "/v2/deployments").json()).hasSize(1);
    var locked = SimHttp.send("PUT", m + "/v2/apps/web", "{\"instances\":2}");
    assertThat(locked.code()).isEqualTo(409);
    assertThat(Shape.diff(Shape.fixture("marathon/errors/raml-traits.409-app-locked-by-deployment.json"),
        locked.json(), Set.of(), Set.of())).isEmpty();
    assertThat(locked.json().get("deployments").get(0).get("id").asText()).isEqualTo(first);

    var forced = SimHttp.send("PUT", m + "/v2/apps/web?force=true", "{\"instances\":2}");
    assertThat(forced.code()).isEqualTo(200);
    assertThat(sim.marathon().service().events().history()).anyMatch(e ->
        e.get("eventType").asText().equals("deployment_failed") && e.get("id").asText().equals(first));
    advance(2);
    assertThat(app("/web").get("tasksRunning").asInt()).isEqualTo(2);
    assertThat(app("/web").get("tasksUnhealthy").asInt()).isEqualTo(2);

    // cancel = rollback deployment (200 DR); force cancel = 202 without rollback
    String second = forced.header("Marathon-Deployment-Id");
    var revert = SimHttp.send("DELETE", m + "/v2/deployments/" + second, null);
    assertThat(revert.code()).isEqualTo(200);
    assertThat(revert.header("Marathon-Deployment-Id")).isEqualTo(revert.json().get("deploymentId").asText());
    assertThat(app("/web").get("instances").asInt()).isEqualTo(1);
    var gone = SimHttp.send("DELETE", m + "/v2/deployments/" + revert.json().get("deploymentId").asText() + "?force=true", null);
    assertThat(gone.code()).isEqualTo(202);
    assertThat(gone.body()).isEmpty();
  }

  @Test
  void deploymentsWaitInTheQueueWhenAgentsLackResources() {
    SimHttp.send("PUT", m + "/v2/apps/huge", "{\"cmd\":\"x\",\"mem\":100000}");
    advance(60);
    JsonNode queue = SimHttp.get(m + "/v2/queue?embed=lastUnusedOffers").json();
    JsonNode fixture = Shape.fixture("marathon/raml/queue.json");
    ObjectNode entry = ((ObjectNode) fixture.get("queue").get(1)).deepCopy();
    entry.remove("app"); // the app definition is checked by the apps tests
    ObjectNode actual = ((ObjectNode) queue.get("queue").get(0)).deepCopy();
    actual.remove("app");
    // The RAML example fills scalar, ranges and set of every resource/attribute at once; a real
    // offer sets the one that matches the value type (resources: scalar, text attributes: set).
    assertThat(Shape.diff(entry, actual, Set.of("lastUsedOfferAt", "rejectSummaryLaunchAttempt", "set",
        "ranges", "/lastUnusedOffers[]/offer/attributes[]/scalar"), Set.of())).isEmpty();
    assertThat(queue.get("queue").get(0).get("lastUnusedOffers").get(0).get("reason").toString())
        .contains("InsufficientMemory");
    assertThat(SimHttp.get(m + "/v2/queue").json().get("queue").get(0).has("lastUnusedOffers")).isFalse();
    assertThat(SimHttp.get(m + "/v2/deployments").json()).hasSize(1);
  }

  @Test
  void killScaleRestartAndLostAgents() {
    SimHttp.send("PUT", m + "/v2/apps/svc", "{\"cmd\":\"x\",\"instances\":2,\"constraints\":[[\"hostname\",\"UNIQUE\"]]}");
    advance(1);
    JsonNode tasks = app("/svc").get("tasks");
    assertThat(tasks).hasSize(2);
    assertThat(tasks.get(0).get("host").asText()).isNotEqualTo(tasks.get(1).get("host").asText());
    String victim = tasks.get(0).get("id").asText();

    var killed = SimHttp.send("DELETE", m + "/v2/apps/svc/tasks/" + victim, null);
    assertThat(killed.json().get("task").get("id").asText()).isEqualTo(victim);
    advance(1);
    assertThat(app("/svc").get("tasksRunning").asInt()).isEqualTo(2);

    var scaled = SimHttp.send("DELETE", m + "/v2/apps/svc/tasks?scale=true&host=*", null);
    assertThat(scaled.header("Marathon-Deployment-Id")).isNotNull();
    advance(1);
    assertThat(app("/svc").get("instances").asInt()).isZero();
    SimHttp.send("PUT", m + "/v2/apps/svc", "{\"instances\":1}");
    advance(1);
    String before = app("/svc").get("tasks").get(0).get("id").asText();
    var restart = SimHttp.send("POST", m + "/v2/apps/svc/restart", null);
    assertThat(restart.code()).isEqualTo(200);
    advance(2);
    JsonNode after = app("/svc").get("tasks");
    assertThat(after).hasSize(1);
    assertThat(after.get(0).get("id").asText()).isNotEqualTo(before);

    // an agent goes away: the task turns TASK_UNREACHABLE and Marathon starts a replacement
    String host = after.get(0).get("host").asText();
    int agentIndex = sim.model().agents().stream().filter(a -> a.hostname().equals(host)).findFirst().get().index;
    sim.faults().loseAgent(agentIndex);
    advance(2);
    JsonNode replaced = app("/svc").get("tasks");
    assertThat(replaced).anyMatch(t -> t.get("state").asText().equals("TASK_RUNNING")
        && !t.get("host").asText().equals(host));
    assertThat(eventTypes()).contains("status_update_event");
    assertThat(sim.marathon().service().events().history()).anyMatch(e ->
        "TASK_UNREACHABLE".equals(e.path("taskStatus").asText()));

    // rollback to the first version via PUT {"version": ...}; UNIQUE hostname needs both agents
    sim.faults().restoreAgent(agentIndex);
    JsonNode versions = SimHttp.get(m + "/v2/apps/svc/versions").json().get("versions");
    String first = versions.get(versions.size() - 1).asText();
    assertThat(SimHttp.get(m + "/v2/apps/svc/versions/" + first).json().get("instances").asInt()).isEqualTo(2);
    assertThat(SimHttp.send("PUT", m + "/v2/apps/svc", "{\"version\":\"" + first + "\",\"cmd\":\"y\"}").code())
        .isEqualTo(422);
    assertThat(SimHttp.send("PUT", m + "/v2/apps/svc?force=true", "{\"version\":\"" + first + "\"}").code()).isEqualTo(200);
    advance(2);
    assertThat(app("/svc").get("tasksRunning").asInt()).isEqualTo(2);

    var deleted = SimHttp.send("DELETE", m + "/v2/apps/svc", null);
    assertThat(deleted.code()).isEqualTo(200);
    advance(1);
    assertThat(SimHttp.get(m + "/v2/apps/svc").code()).isEqualTo(404);
    assertThat(SimHttp.send("DELETE", m + "/v2/apps/svc/tasks?scale=true&wipe=true", null).code()).isEqualTo(404);
  }

  @Test
  void infoLeaderAndPing() {
    JsonNode info = SimHttp.get(m + "/v2/info").json();
    assertThat(Shape.diff(Shape.fixture("marathon/examples/info.json"), info,
        Set.of("default_network_name", "env_vars_prefix", "launch_token_refresh_interval",
            "max_instances_per_offer", "mesos_bridge_name", "mesos_heartbeat_failure_threshold",
            "mesos_heartbeat_interval", "mesos_leader_ui_url", "min_revive_offers_interval",
            "offer_matching_timeout", "on_elected_prepare_timeout", "reconciliation_initial_delay",
            "reconciliation_interval", "scale_apps_initial_delay", "scale_apps_interval", "store_cache",
            "task_launch_confirm_timeout", "task_launch_timeout", "task_lost_expunge_initial_delay",
            "task_lost_expunge_interval", "task_reservation_timeout", "zk_compression",
            "zk_compression_threshold", "zk_connection_timeout", "zk_max_node_size"),
        Set.of())).isEmpty();
    assertThat(info.get("frameworkId").asText()).isEqualTo(sim.model().frameworks().get(0).id);
    JsonNode leader = SimHttp.get(m + "/v2/leader").json();
    assertThat(Shape.diff(Shape.fixture("marathon/responses/raml-leader.GET-leader.json"), leader, Set.of(), Set.of())).isEmpty();
    assertThat(SimHttp.get(m + "/ping").body()).isEqualTo("pong");
    assertThat(SimHttp.get(m + "/ping").header("X-Marathon-Leader")).isEqualTo(m);
    // SystemResource.ping negotiates: marathon-python sends Accept: application/json
    var json = SimHttp.get(m + "/ping", "application/json");
    assertThat(json.body()).isEqualTo("\"pong\"");
    assertThat(json.header("Content-Type")).isEqualTo("application/json");
    assertThat(SimHttp.get(m + "/ping", "text/html;q=0.5, application/json;q=0.9").body()).isEqualTo("\"pong\"");
    assertThat(SimHttp.get(m + "/ping", "text/*").header("Content-Type")).isEqualTo("text/plain");
    assertThat(SimHttp.get(m + "/ping", "image/png").code()).isEqualTo(204);
    assertThat(SimHttp.get(m + "/metrics").code()).isEqualTo(501);
  }

  @Test
  void dockerAppsGetPortsFromTheirMappings() {
    var r = SimHttp.send("POST", m + "/v2/apps", Shape.text("marathon/requests/system-tests.app.docker-http-server.json"));
    assertThat(r.code()).isEqualTo(201);
    advance(1);
    assertThat(app("/docker-http-server").get("tasksRunning").asInt()).isEqualTo(1);
  }

  @Test
  void crashingTasksAreRelaunchedWithBackoff() {
    SimHttp.send("PUT", m + "/v2/apps/crash", "{\"cmd\":\"sleep 2; exit 1\",\"backoffSeconds\":10}");
    advance(3); // staging 1 s, runs 2 s, fails
    JsonNode app = app("/crash");
    assertThat(app.get("lastTaskFailure").get("state").asText()).isEqualTo("TASK_FAILED");
    assertThat(app.get("lastTaskFailure").get("message").asText()).isEqualTo("Command exited with status 1");
    assertThat(app.get("tasks")).isEmpty();
    JsonNode queued = SimHttp.get(m + "/v2/queue").json().get("queue").get(0);
    assertThat(queued.get("delay").get("timeLeftSeconds").asInt()).isEqualTo(10);
    assertThat(queued.get("delay").get("overdue").asBoolean()).isFalse();
    assertThat(SimHttp.send("DELETE", m + "/v2/queue/crash/delay", null).code()).isEqualTo(204);
    advance(0);
    assertThat(app("/crash").get("tasksStaged").asInt()).isEqualTo(1);
    assertThat(SimHttp.send("DELETE", m + "/v2/queue/nope/delay", null).code()).isEqualTo(404);
    // without health checks the deployment succeeded as soon as the first task ran
    assertThat(app("/crash").get("deployments")).isEmpty();
  }

  @Test
  void appDefinitionsOnlyUseFieldsUpstreamDefines() {
    SimHttp.send("POST", m + "/v2/apps", Shape.text("marathon/requests/system-tests.app.readiness-and-health-app.json"));
    SimHttp.send("POST", m + "/v2/apps", Shape.text("marathon/requests/system-tests.app.docker-http-server.json"));
    JsonNode schema = Shape.fixture("marathon/schema/AppDefinition.json").get("properties");
    Set<String> appInfoOnly = Set.of("tasksStaged", "tasksRunning", "tasksHealthy", "tasksUnhealthy",
        "deployments", "tasks", "lastTaskFailure");
    for (JsonNode app : SimHttp.get(m + "/v2/apps").json().get("apps")) {
      app.fieldNames().forEachRemaining(k -> {
        if (!appInfoOnly.contains(k) && !k.equals("role")) { // role: 1.9+ (marathon.md §9), after this schema
          assertThat(schema.has(k)).as("AppDefinition field " + k).isTrue();
        }
      });
    }
  }
}
