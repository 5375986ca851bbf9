package io.pdimesos.core.ops;

import static io.pdimesos.core.marathon.MarathonFixtures.HEALTHY_APPS;
import static io.pdimesos.core.marathon.MarathonFixtures.PLAIN_APPS;
import static io.pdimesos.core.marathon.MarathonFixtures.appBody;
import static io.pdimesos.core.marathon.MarathonFixtures.text;
import static io.pdimesos.testsupport.FakeMarathon.DEPLOYMENT;
import static io.pdimesos.testsupport.FakeMarathon.deploymentResult;
import static io.pdimesos.testsupport.FakeMarathon.deploymentsListing;
import static io.pdimesos.testsupport.FakeMarathon.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.http.RetryPolicy;
import io.pdimesos.core.http.ServiceSettings;
import io.pdimesos.core.http.Timeouts;
import io.pdimesos.core.marathon.MarathonClient;
import io.pdimesos.core.ops.MarathonAppResult.Outcome;
import io.pdimesos.testsupport.FakeMarathon;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class MarathonOperationsTest {
  private static final CancellationToken NONE = CancellationToken.none();
  private final FakeMarathon marathon = new FakeMarathon();
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

  private RecordedRequest first(String method) {
    return marathon.first(method);
  }

  private static String pywebserver(int n) {
    return pywebserver(n, n);
  }

  /** /pywebserver (no health checks, 1 running task) with {@code n} running of {@code instances}. */
  private static String pywebserver(int instances, int n) {
    return appBody(PLAIN_APPS, 0, a -> {
      a.put("instances", instances);
      ArrayNode tasks = (ArrayNode) a.get("tasks");
      ObjectNode task = (ObjectNode) tasks.get(0);
      tasks.removeAll();
      for (int i = 0; i < n; i++) {
        tasks.add(task.deepCopy().put("id", "pywebserver." + i));
      }
    });
  }

  @Test
  void scaleToAnAbsoluteCountAndWait() {
    marathon.on("PUT /v2/apps/pywebserver", n -> deploymentResult())
        .on("GET /v2/deployments", n -> json(200, n == 1 ? deploymentsListing(DEPLOYMENT, "/pywebserver") : "[]"))
        .on("GET /v2/apps/pywebserver", n -> json(200, pywebserver(3, n == 1 ? 1 : 3)));

    MarathonAppResult r = new MarathonScale(client, "/pywebserver", "3").useEvents(false)
        .pollInterval(20, 20).run(5_000, null, NONE);

    assertThat(r.outcome()).isEqualTo(Outcome.SUCCEEDED);
    assertThat(r.tasksRunning()).isEqualTo(3);
    assertThat(r.tasksHealthy()).isZero();
    RecordedRequest put = first("PUT");
    assertThat(put.getTarget()).isEqualTo("/v2/apps/pywebserver?force=false&partialUpdate=true");
    assertThat(put.getBody().utf8()).isEqualTo("{\"instances\":3}");
  }

  @Test
  void scaleRelativeReadsTheCurrentCount() {
    marathon.on("PUT /v2/apps/pywebserver", n -> deploymentResult())
        .on("GET /v2/apps/pywebserver", n -> json(200, pywebserver(1)));

    new MarathonScale(client, "pywebserver", "+2").waitForCompletion(false).run(0, null, NONE);
    assertThat(first("PUT").getBody().utf8()).isEqualTo("{\"instances\":3}");

  }

  /** The case: "-5" on a 1-instance app scaled it to 0 and said it succeeded. */
  @Test
  void scaleBelowZeroIsRefusedUnlessClampingIsAskedFor() {
    marathon.on("PUT /v2/apps/pywebserver", n -> deploymentResult())
        .on("GET /v2/apps/pywebserver", n -> json(200, pywebserver(1)));

    assertThatThrownBy(() -> new MarathonScale(client, "pywebserver", "-5")
        .waitForCompletion(false).run(0, null, NONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("below zero").hasMessageContaining("nothing was changed");
    assertThat(marathon.calls("PUT /v2/apps/pywebserver")).isZero();

    MarathonAppResult down = new MarathonScale(client, "pywebserver", "-5").clampAtZero(true)
        .waitForCompletion(false).run(0, null, NONE);
    assertThat(first("PUT").getBody().utf8()).isEqualTo("{\"instances\":0}");
    assertThat(down.diagnostics()).anyMatch(d -> d.contains("below zero"));
  }

  @Test
  void badInstanceValuesAreRefusedBeforeSending() {
    assertThatThrownBy(() -> new MarathonScale(client, "/a", "three"))
        .hasMessageContaining("'three'");
    assertThatThrownBy(() -> new MarathonScale(client, "/a", "")).isInstanceOf(IllegalArgumentException.class);
    assertThat(marathon.requests).isEmpty();
  }

  @Test
  void restartPostsAndWaits() {
    marathon.on("POST /v2/apps/nginx-green/restart", n -> deploymentResult())
        .on("GET /v2/deployments", n -> json(200, "[]"))
        .on("GET /v2/apps/nginx-green", n -> json(200, appBody(HEALTHY_APPS, 0, null)));

    MarathonAppResult r = new MarathonRestart(client, "/nginx-green").useEvents(false)
        .pollInterval(20, 20).pendingGrace(0).run(5_000, null, NONE);

    assertThat(r.outcome()).isEqualTo(Outcome.SUCCEEDED);
    assertThat(first("POST").getTarget()).isEqualTo("/v2/apps/nginx-green/restart?force=false");
    assertThat(r.tasksHealthy()).isEqualTo(3);
  }

  @Test
  void deleteIsForcedAndDoneWhenTheAppIsGone() {
    marathon.on("DELETE /v2/apps/nginx-green", n -> deploymentResult())
        .on("GET /v2/deployments", n -> json(200, n == 1 ? deploymentsListing(DEPLOYMENT, "/nginx-green") : "[]"))
        // It exists when the delete starts (the operation looks first), then it is gone.
        .on("GET /v2/apps/nginx-green", n -> n == 1 ? json(200, appBody(HEALTHY_APPS, 0, null))
            : json(404, text("errors/raml-apps.404-app-not-found.json")));

    MarathonAppResult r = new MarathonDelete(client, "/nginx-green", MarathonDelete.Mode.DELETE)
        .useEvents(false).pollInterval(20, 20).run(5_000, null, NONE);

    assertThat(r.outcome()).isEqualTo(Outcome.SUCCEEDED);
    assertThat(r.message()).contains("deleted");
    assertThat(first("DELETE").getTarget()).isEqualTo("/v2/apps/nginx-green?force=true");
  }

  @Test
  void suspendScalesToZeroAndWaitsForNoTasks() {
    marathon.on("PUT /v2/apps/pywebserver", n -> deploymentResult())
        .on("GET /v2/deployments", n -> json(200, "[]"))
        .on("GET /v2/apps/pywebserver", n -> json(200, pywebserver(0)));

    MarathonAppResult r = new MarathonDelete(client, "/pywebserver", MarathonDelete.Mode.SUSPEND)
        .force(false).useEvents(false).pollInterval(20, 20).pendingGrace(0).run(5_000, null, NONE);

    assertThat(r.outcome()).isEqualTo(Outcome.SUCCEEDED);
    assertThat(r.instances()).isZero();
    assertThat(first("PUT").getTarget()).isEqualTo("/v2/apps/pywebserver?force=false&partialUpdate=true");
    assertThat(first("PUT").getBody().utf8()).isEqualTo("{\"instances\":0}");
  }

  @Test
  void waitHealthySucceedsWithEnoughHealthyInstances() {
    marathon.on("GET /v2/apps/nginx-green", n -> json(200, appBody(HEALTHY_APPS, 0, null)));
    MarathonAppResult two = new MarathonWaitHealthy(client, "/nginx-green", 2).useEvents(false)
        .run(5_000, null, NONE);
    MarathonAppResult all = new MarathonWaitHealthy(client, "/nginx-green", 0).useEvents(false)
        .run(5_000, null, NONE);
    assertThat(two.success()).isTrue();
    assertThat(all.success()).isTrue();
    assertThat(all.message()).contains("3 of 3");
  }

  @Test
  void waitHealthyTimesOutWhenHealthChecksFail() {
    // The fixture's first task fails its check.
    marathon.on("GET /v2/apps/nginx-green", n -> json(200, appBody(HEALTHY_APPS, 0,
            a -> ((ObjectNode) a.get("tasks").get(0).get("healthCheckResults").get(0)).put("alive", false))))
        .on("GET /v2/queue", n -> json(200, "{\"queue\":[]}"));

    MarathonAppResult late = new MarathonWaitHealthy(client, "/nginx-green", 3).useEvents(false)
        .pollInterval(20, 20).run(200, null, NONE);
    assertThat(late.outcome()).isEqualTo(Outcome.TIMED_OUT);
    assertThat(late.success()).isFalse();
    assertThat(late.message()).contains("only 2 of 3");
    assertThat(marathon.calls("GET /v2/apps/nginx-green")).isGreaterThan(1);
    assertThat(marathon.calls("GET /v2/queue")).isEqualTo(1);
  }

  @Test
  void waitHealthyForAMissingAppTimesOut() {
    marathon.on("GET /v2/apps/ghost", n -> json(404, text("errors/raml-apps.404-app-not-found.json")));
    MarathonAppResult r = new MarathonWaitHealthy(client, "/ghost", 1).useEvents(false)
        .pollInterval(20, 20).run(100, null, NONE);
    assertThat(r.outcome()).isEqualTo(Outcome.TIMED_OUT);
    assertThat(r.message()).contains("does not exist");
  }

  /**
   * A write blocked by another deployment was retried for about 2 s only; asked to, the
   * operation waits for the blocking deployment to finish and sends it again.
   */
  @Test
  void aWriteLockedByADeploymentWaitsForItWhenAsked() {
    String blocking = "97c136bf-5a28-4821-9d94-480d9fbb01c8"; // the id in the 409 fixture
    marathon.on("PUT /v2/apps/pywebserver", n -> n <= 4
            ? json(409, text("errors/raml-traits.409-app-locked-by-deployment.json"))
            : deploymentResult())
        .on("GET /v2/deployments", n -> json(200, n <= 2
            ? deploymentsListing(blocking, "/pywebserver") : "[]"));

    MarathonAppResult refused = null;
    try {
      refused = new MarathonScale(client, "/pywebserver", "3").waitForCompletion(false)
          .run(5_000, null, NONE);
    } catch (io.pdimesos.core.marathon.DeploymentLockedException e) {
      assertThat(e.blockingDeploymentIds()).containsExactly(blocking);
    }
    assertThat(refused).as("without asking, the lock is an error").isNull();

    MarathonAppResult r = new MarathonScale(client, "/pywebserver", "3").waitForCompletion(false)
        .waitForLock(true).pollInterval(20, 20).run(5_000, null, NONE);
    assertThat(r.outcome()).isEqualTo(Outcome.SUBMITTED);
    assertThat(r.diagnostics()).anyMatch(d -> d.contains(blocking));
    assertThat(marathon.calls("GET /v2/deployments")).isGreaterThanOrEqualTo(3);
  }

  /** The case: a mistyped id waited out the whole timeout instead of saying so. */
  @Test
  void waitHealthyForAnAppThatNeverAppearsFailsAfterTheMissingGrace() {
    marathon.on("GET /v2/apps/ghost", n -> json(404, text("errors/raml-apps.404-app-not-found.json")));
    long t0 = System.nanoTime();
    MarathonAppResult r = new MarathonWaitHealthy(client, "/ghost", 1).useEvents(false)
        .pollInterval(20, 20).missingGrace(300).run(10_000, null, NONE);
    assertThat(r.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(r.message()).isEqualTo("/ghost does not exist");
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0)).isLessThan(5_000);
  }

  @Test
  void waitHealthyForAnAppCreatedWithinTheGraceSucceeds() {
    marathon.on("GET /v2/apps/nginx-green", n -> n <= 2
        ? json(404, text("errors/raml-apps.404-app-not-found.json"))
        : json(200, appBody(HEALTHY_APPS, 0, null)));
    MarathonAppResult r = new MarathonWaitHealthy(client, "/nginx-green", 1).useEvents(false)
        .pollInterval(20, 20).missingGrace(5_000).run(10_000, null, NONE);
    assertThat(r.outcome()).isEqualTo(Outcome.SUCCEEDED);
  }
}
