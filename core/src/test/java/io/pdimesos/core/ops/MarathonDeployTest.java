package io.pdimesos.core.ops;

import static io.pdimesos.core.marathon.MarathonFixtures.HEALTHY_APPS;
import static io.pdimesos.core.marathon.MarathonFixtures.appBody;
import static io.pdimesos.core.marathon.MarathonFixtures.text;
import static io.pdimesos.testsupport.FakeMarathon.DEPLOYMENT;
import static io.pdimesos.testsupport.FakeMarathon.deploymentResult;
import static io.pdimesos.testsupport.FakeMarathon.deploymentsListing;
import static io.pdimesos.testsupport.FakeMarathon.eventsRefused;
import static io.pdimesos.testsupport.FakeMarathon.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.http.Json;
import io.pdimesos.core.http.RetryPolicy;
import io.pdimesos.core.http.ServiceSettings;
import io.pdimesos.core.http.Timeouts;
import io.pdimesos.core.marathon.AppDefinition;
import io.pdimesos.core.marathon.MarathonClient;
import io.pdimesos.core.marathon.MarathonFixtures;
import io.pdimesos.core.ops.MarathonAppOperation.OnTimeout;
import io.pdimesos.core.ops.MarathonAppResult.Outcome;
import io.pdimesos.testsupport.FakeMarathon;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MarathonDeployTest {
  private final FakeMarathon marathon = new FakeMarathon();
  private final List<String> log = new CopyOnWriteArrayList<>();
  private final ProgressListener listener = new ProgressListener() {
    @Override
    public void basic(String line) {
      log.add(line);
    }

    @Override
    public void detailed(String line) {
      log.add(line);
    }
  };
  private MarathonClient client;

  @BeforeEach
  void start() throws Exception {
    client = new MarathonClient(ServiceSettings.builder().urls(marathon.url())
        .retry(RetryPolicy.of(2, 10, 50, 2_000, 0)).timeouts(Timeouts.of(1_000, 3_000, 5_000))
        .build(), ProgressListener.NONE);
  }

  @AfterEach
  void stop() {
    marathon.close();
  }

  private static AppDefinition nginx() {
    // The 1.5 fixture's own definition fields, as a user would deploy them.
    JsonNode app = MarathonFixtures.json(HEALTHY_APPS).get("apps").get(0);
    ObjectNode def = Json.MAPPER.createObjectNode();
    for (String f : List.of("id", "container", "cpus", "mem", "instances", "healthChecks", "labels")) {
      def.set(f, app.get(f));
    }
    return AppDefinition.fromJson(Json.write(def));
  }

  @Test
  void deploysAndWaitsUntilTheDeploymentIsGoneAndTasksAreHealthy() throws Exception {
    marathon.on("PUT /v2/apps/nginx-green", n -> deploymentResult())
        .on("GET /v2/deployments", n -> json(200, n <= 2 ? deploymentsListing(DEPLOYMENT, "/nginx-green") : "[]"))
        .on("GET /v2/apps/nginx-green", n -> json(200, appBody(HEALTHY_APPS, 0, null)))
        .on("GET /v2/events", n -> eventsRefused());

    MarathonAppResult r = new MarathonDeploy(client, nginx()).pollInterval(20, 50)
        .run(10_000, listener, CancellationToken.none());

    assertThat(r.outcome()).isEqualTo(Outcome.SUCCEEDED);
    assertThat(r.success()).isTrue();
    assertThat(r.deploymentId()).isEqualTo(DEPLOYMENT);
    assertThat(r.version()).isEqualTo("2015-09-29T15:59:51.164Z");
    assertThat(r.instances()).isEqualTo(3);
    assertThat(r.tasksRunning()).isEqualTo(3);
    assertThat(r.tasksHealthy()).isEqualTo(3);
    assertThat(r.tasks()).extracting(t -> t.host() + ":" + t.ports())
        .containsExactly("10.0.6.25:[16916]", "10.0.6.25:[31184]", "10.0.6.25:[23336]");
    assertThat(r.tasks().get(2).ipAddresses()).containsExactly("172.17.0.3");
    assertThat(marathon.calls("GET /v2/deployments")).isEqualTo(3);
    RecordedRequest put = marathon.requests.stream().filter(q -> q.getMethod().equals("PUT")).findFirst().orElseThrow();
    assertThat(put.getTarget()).isEqualTo("/v2/apps/nginx-green?force=false&partialUpdate=true");
    assertThat(Json.MAPPER.readTree(put.getBody().utf8())).isEqualTo(nginx().json());
  }

  @Test
  void aFailingPollDoesNotEndTheWait() {
    // Both attempts of the second poll get 503 (a leader failover): the wait carries on.
    marathon.on("PUT /v2/apps/nginx-green", n -> deploymentResult())
        .on("GET /v2/deployments", n -> n == 1 ? json(200, deploymentsListing(DEPLOYMENT, "/nginx-green"))
            : n <= 3 ? new MockResponse.Builder().code(503).body("Could not determine the current leader").build()
            : json(200, "[]"))
        .on("GET /v2/apps/nginx-green", n -> json(200, appBody(HEALTHY_APPS, 0, null)));

    MarathonAppResult r = new MarathonDeploy(client, nginx()).useEvents(false).pollInterval(20, 20)
        .run(10_000, listener, CancellationToken.none());

    assertThat(r.outcome()).isEqualTo(Outcome.SUCCEEDED);
    assertThat(marathon.calls("GET /v2/deployments")).isEqualTo(4);
    assertThat(log).anyMatch(l -> l.contains("will retry") && l.contains("Could not determine the current leader"));
  }

  @Test
  void aRejectedWriteThrowsWithTheFieldErrors() {
    marathon.on("PUT /v2/apps/nginx-green", n -> json(422, text("errors/raml-traits.422-object-not-valid.json")));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new MarathonDeploy(client, nginx())
            .useEvents(false).run(1_000, listener, CancellationToken.none()))
        .isInstanceOf(io.pdimesos.core.error.RejectedException.class)
        .hasMessageContaining("/upgradeStrategy/minimumHealthCapacity: is greater than 1");
    assertThat(marathon.calls("PUT /v2/apps/nginx-green")).isEqualTo(1);
  }

  @Test
  void aDeploymentNotYetListedIsPendingNotDone() {
    // Old tasks are healthy all along: treating "not listed" as done would succeed at once.
    marathon.on("PUT /v2/apps/nginx-green", n -> deploymentResult())
        .on("GET /v2/deployments", n -> json(200,
            n <= 2 || n > 4 ? "[]" : deploymentsListing(DEPLOYMENT, "/nginx-green")))
        .on("GET /v2/apps/nginx-green", n -> json(200, appBody(HEALTHY_APPS, 0, null)));

    MarathonAppResult r = new MarathonDeploy(client, nginx()).useEvents(false).pollInterval(20, 20)
        .pendingGrace(5_000).run(10_000, listener, CancellationToken.none());

    assertThat(r.outcome()).isEqualTo(Outcome.SUCCEEDED);
    assertThat(marathon.calls("GET /v2/deployments")).isEqualTo(5);
    assertThat(log).anyMatch(l -> l.contains("not listed yet (pending)"));
  }

  @Test
  void waitsForTasksOfTheNewConfigurationAfterTheDeploymentIsGone() {
    // Deployment gone, but the tasks still run an older configuration, then the new one.
    marathon.on("PUT /v2/apps/nginx-green", n -> deploymentResult())
        .on("GET /v2/deployments", n -> json(200, "[]"))
        .on("GET /v2/apps/nginx-green", n -> json(200, appBody(HEALTHY_APPS, 0, n <= 2
            ? a -> ((ObjectNode) a.get("versionInfo")).put("lastConfigChangeAt", "2017-07-15T00:00:00.000Z")
            : null)));

    MarathonAppResult r = new MarathonDeploy(client, nginx()).useEvents(false).pollInterval(20, 20)
        .pendingGrace(0).run(10_000, listener, CancellationToken.none());

    assertThat(r.outcome()).isEqualTo(Outcome.SUCCEEDED);
    assertThat(marathon.calls("GET /v2/apps/nginx-green")).isEqualTo(3);
  }

  @Test
  void timeoutExplainsWhyWithQueueOffersAndLastTaskFailureAndRollsBack() {
    // The queue fixture's /foo waits for offers; its last failure is taken from the failed
    // status_update_event of /foo in the events.txt fixture.
    JsonNode failed = lastFailureFromEventsFixture();
    marathon.on("PUT /v2/apps/foo", n -> deploymentResult())
        .on("GET /v2/deployments", n -> json(200, deploymentsListing(DEPLOYMENT, "/foo")))
        .on("GET /v2/apps/foo", n -> json(200, appBody(HEALTHY_APPS, 0, a -> {
          a.put("id", "/foo");
          a.put("instances", 5);
          a.set("lastTaskFailure", failed);
        })))
        .on("GET /v2/queue", n -> json(200, text("examples/queue.json")))
        .on("DELETE /v2/deployments/" + DEPLOYMENT, n -> json(200,
            "{\"deploymentId\":\"revert-1\",\"version\":\"2015-09-29T15:59:51.164Z\"}"));
    AppDefinition def = AppDefinition.builder().id("/foo").cmd("sleep 1000").instances(5).build();

    MarathonAppResult r = new MarathonDeploy(client, def).useEvents(false).pollInterval(20, 50)
        .onTimeout(OnTimeout.ROLL_BACK).run(300, listener, CancellationToken.none());

    assertThat(r.outcome()).isEqualTo(Outcome.TIMED_OUT);
    assertThat(r.success()).isFalse();
    assertThat(r.message()).contains("did not finish in time");
    assertThat(String.join("\n", r.diagnostics()))
        .contains("still running at step 1 of 1: [ScaleApplication /foo]")
        .contains("/foo: 2 instance(s) waiting to launch")
        .contains("InsufficientCpus 75 of 123")
        .contains("Failed to launch container")
        .contains("Rolled back").contains("revert-1");
    assertThat(r.rollbackDeploymentId()).isEqualTo("revert-1");
    assertThat(r.tasksRunning()).isEqualTo(3);
    assertThat(r.instances()).isEqualTo(5);
    RecordedRequest cancel = marathon.requests.stream().filter(q -> q.getMethod().equals("DELETE"))
        .findFirst().orElseThrow();
    assertThat(cancel.getTarget()).isEqualTo("/v2/deployments/" + DEPLOYMENT + "?force=false");
  }

  @Test
  void timeoutLeavesTheDeploymentByDefault() {
    marathon.on("PUT /v2/apps/nginx-green", n -> deploymentResult())
        .on("GET /v2/deployments", n -> json(200, deploymentsListing(DEPLOYMENT, "/nginx-green")))
        .on("GET /v2/apps/nginx-green", n -> json(200, appBody(HEALTHY_APPS, 0, null)))
        .on("GET /v2/queue", n -> json(200, "{\"queue\":[]}"));

    MarathonAppResult r = new MarathonDeploy(client, nginx()).useEvents(false).pollInterval(20, 50)
        .run(200, listener, CancellationToken.none());

    assertThat(r.outcome()).isEqualTo(Outcome.TIMED_OUT);
    assertThat(r.diagnostics()).anyMatch(d -> d.contains("left running"));
    assertThat(marathon.calls("DELETE /v2/deployments/" + DEPLOYMENT)).isZero();
  }

  @Test
  void cancelEndsTheWaitWithinOneSecond() throws Exception {
    CancellationToken token = CancellationToken.create();
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    long[] cancelledAt = new long[1];
    // Cancel once the wait is under way (its first poll answered), not at a lucky moment.
    marathon.on("PUT /v2/apps/nginx-green", n -> deploymentResult())
        .on("GET /v2/deployments", n -> {
          if (n == 1) {
            timer.schedule(() -> {
              cancelledAt[0] = System.nanoTime();
              token.cancel();
            }, 200, TimeUnit.MILLISECONDS);
          }
          return json(200, deploymentsListing(DEPLOYMENT, "/nginx-green"));
        })
        .on("GET /v2/events", n -> eventsRefused());
    try {
      MarathonAppResult r = new MarathonDeploy(client, nginx()).pollInterval(5_000, 5_000)
          .run(0, listener, token);
      long afterCancel = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - cancelledAt[0]);

      assertThat(r.outcome()).isEqualTo(Outcome.CANCELLED);
      assertThat(r.deploymentId()).isEqualTo(DEPLOYMENT);
      assertThat(cancelledAt[0]).isNotZero();
      assertThat(afterCancel).isLessThan(1_000);
    } finally {
      timer.shutdownNow();
    }
  }

  @Test
  void theEventStreamWakesTheWaitBeforeTheNextPoll() {
    // deployment_success for our id arrives 400 ms in; the next poll would be 4 s later.
    String success = Json.write(((ObjectNode) MarathonFixtures.json(
        "events/docs-event-bus.deployment_success.json")).put("id", DEPLOYMENT));
    marathon.on("PUT /v2/apps/nginx-green", n -> deploymentResult())
        .on("GET /v2/deployments", n -> json(200, n == 1 ? deploymentsListing(DEPLOYMENT, "/nginx-green") : "[]"))
        .on("GET /v2/apps/nginx-green", n -> json(200, appBody(HEALTHY_APPS, 0, null)))
        .on("GET /v2/events", n -> new MockResponse.Builder().code(200)
            .setHeader("Content-Type", "text/event-stream;charset=UTF-8")
            .bodyDelay(400, TimeUnit.MILLISECONDS)
            .body("event: deployment_success\r\ndata: " + success + "\r\n\r\n").build());
    long start = System.nanoTime();

    MarathonAppResult r = new MarathonDeploy(client, nginx()).pollInterval(4_000, 4_000)
        .run(20_000, listener, CancellationToken.none());

    assertThat(r.outcome()).isEqualTo(Outcome.SUCCEEDED);
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(3_000);
    RecordedRequest events = marathon.requests.stream()
        .filter(q -> q.getUrl().encodedPath().equals("/v2/events")).findFirst().orElseThrow();
    assertThat(events.getHeaders().get("Accept")).isEqualTo("text/event-stream");
    assertThat(events.getUrl().queryParameterValues("event_type")).contains("deployment_success");
  }

  @Test
  void afterMarathonSaysTheDeploymentSucceededOnlyTheAppIsRead() {
    // The listing would say "still running" for ever: the event alone ends the wait, and the
    // outcome needs nothing but the app's state.
    String success = Json.write(((ObjectNode) MarathonFixtures.json(
        "events/docs-event-bus.deployment_success.json")).put("id", DEPLOYMENT));
    marathon.on("PUT /v2/apps/nginx-green", n -> deploymentResult())
        .on("GET /v2/deployments", n -> json(200, deploymentsListing(DEPLOYMENT, "/nginx-green")))
        .on("GET /v2/apps/nginx-green", n -> json(200, appBody(HEALTHY_APPS, 0, null)))
        .on("GET /v2/events", n -> new MockResponse.Builder().code(200)
            .setHeader("Content-Type", "text/event-stream;charset=UTF-8")
            .bodyDelay(400, TimeUnit.MILLISECONDS)
            .body("event: deployment_success\r\ndata: " + success + "\r\n\r\n").build());

    MarathonAppResult r = new MarathonDeploy(client, nginx()).pollInterval(4_000, 4_000)
        .run(5_000, listener, CancellationToken.none());

    assertThat(r.outcome()).isEqualTo(Outcome.SUCCEEDED);
    assertThat(r.tasksHealthy()).isEqualTo(3);
    assertThat(marathon.calls("GET /v2/deployments")).as("only the poll before the event")
        .isEqualTo(1);
  }

  @Test
  void aDeploymentFailedEventEndsTheWaitAsFailed() {
    // Cancelled or superseded elsewhere: Marathon says so only through the event.
    String failed = Json.write(((ObjectNode) MarathonFixtures.json(
        "events/docs-event-bus.deployment_failed.json")).put("id", DEPLOYMENT));
    marathon.on("PUT /v2/apps/nginx-green", n -> deploymentResult())
        .on("GET /v2/deployments", n -> json(200, deploymentsListing(DEPLOYMENT, "/nginx-green")))
        .on("GET /v2/apps/nginx-green", n -> json(200, appBody(HEALTHY_APPS, 0, null)))
        .on("GET /v2/events", n -> new MockResponse.Builder().code(200)
            .setHeader("Content-Type", "text/event-stream;charset=UTF-8")
            .bodyDelay(300, TimeUnit.MILLISECONDS)
            .body("event: deployment_failed\r\ndata: " + failed + "\r\n\r\n").build());

    MarathonAppResult r = new MarathonDeploy(client, nginx()).pollInterval(50, 100)
        .run(20_000, listener, CancellationToken.none());

    assertThat(r.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(r.success()).isFalse();
    assertThat(r.message()).contains(DEPLOYMENT).contains("failed");
    assertThat(r.tasksRunning()).isEqualTo(3);
  }

  @Test
  void submitOnlyDoesNotWait() {
    marathon.on("PUT /v2/apps/nginx-green", n -> deploymentResult());
    MarathonAppResult r = new MarathonDeploy(client, nginx()).waitForCompletion(false)
        .run(0, listener, CancellationToken.none());
    assertThat(r.outcome()).isEqualTo(Outcome.SUBMITTED);
    assertThat(r.success()).isTrue();
    assertThat(marathon.requests).hasSize(1);
  }

  @Test
  void redeployWhenUnchangedRestartsANoOpWrite() {
    marathon.on("PUT /v2/apps/nginx-green", n -> deploymentResult())
        .on("GET /v2/apps/nginx-green", n -> json(200, appBody(HEALTHY_APPS, 0, null)))
        .on("POST /v2/apps/nginx-green/restart", n -> json(200,
            "{\"deploymentId\":\"restart-1\",\"version\":\"2017-07-14T15:13:34.402Z\"}"));

    MarathonAppResult r = new MarathonDeploy(client, nginx()).redeployWhenUnchanged(true)
        .waitForCompletion(false).run(0, listener, CancellationToken.none());

    assertThat(r.deploymentId()).isEqualTo("restart-1");
    assertThat(r.diagnostics()).anyMatch(d -> d.contains("Definition unchanged"));
    assertThat(marathon.calls("POST /v2/apps/nginx-green/restart")).isEqualTo(1);
  }

  static JsonNode lastFailureFromEventsFixture() {
    String line = text("examples/events.txt").lines().filter(l -> l.contains("TASK_FAILED"))
        .findFirst().orElseThrow().substring("data: ".length());
    try {
      JsonNode e = Json.MAPPER.readTree(line);
      ObjectNode f = Json.MAPPER.createObjectNode();
      f.put("appId", e.get("appId").asText());
      f.put("host", e.get("host").asText());
      f.put("message", e.get("message").asText());
      f.put("state", e.get("taskStatus").asText());
      f.put("taskId", e.get("taskId").asText());
      f.put("timestamp", e.get("timestamp").asText());
      f.put("version", e.get("version").asText());
      return f;
    } catch (java.io.IOException ex) {
      throw new java.io.UncheckedIOException(ex);
    }
  }
}
