package io.pdimesos.steps.marathonaction;

import static io.pdimesos.steps.AllActionSteps.marathonScale;
import static io.pdimesos.steps.StepHarness.FailedRows.FAIL_THE_STEP;
import static io.pdimesos.steps.StepHarness.FailedRows.TO_ERROR_HOP;
import static io.pdimesos.steps.StepHarness.resource;
import static io.pdimesos.steps.StepHarness.row;
import static org.assertj.core.api.Assertions.assertThat;

import io.pdimesos.pdiapi.LogCapture;
import io.pdimesos.steps.ActionSettings;
import io.pdimesos.steps.StepHarness;
import java.io.IOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Marathon App Action against MockWebServer, where each request's answer and timing is chosen:
 * output order under concurrency, the 409 of a locked app, and rows whose values cannot be used.
 */
@Timeout(60)
class MarathonAppActionHttpTest {
  private final MockWebServer server = new MockWebServer();
  private final List<String> arrived = new CopyOnWriteArrayList<>();
  private final CountDownLatch fourthArrived = new CountDownLatch(1);
  private volatile boolean fourthBeforeFirstAnswered;
  private final AtomicInteger sameInFlight = new AtomicInteger();
  private final AtomicInteger sameMostAtOnce = new AtomicInteger();

  @BeforeEach
  void start() throws IOException {
    LogCapture.clear();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest r) throws InterruptedException {
        String path = r.getUrl().encodedPath();
        if (r.getMethod().equals("GET") && path.startsWith("/v2/apps/")) {
          // A restart first reads the app's version, to judge a lost answer by; arrived lists
          // the writes only.
          return json(200, "{\"app\":" + resource("fixtures/marathon/examples/app.json") + "}");
        }
        arrived.add(r.getMethod() + " " + path);
        if (path.equals("/v2/apps/bulk/a4/restart")) {
          fourthArrived.countDown();
        }
        if (path.equals("/v2/apps/bulk/a1/restart")) {
          // The first row answers only once the fourth is in flight: it finishes after 2..4.
          fourthBeforeFirstAnswered = fourthArrived.await(10, TimeUnit.SECONDS);
        }
        if (path.startsWith("/v2/apps/bulk/same/")) {
          int now = sameInFlight.incrementAndGet();
          sameMostAtOnce.accumulateAndGet(now, Math::max);
          Thread.sleep(200); // long enough for a second call on the app to overlap, if one were sent
          sameInFlight.decrementAndGet();
        }
        if (path.startsWith("/v2/apps/bulk/locked")) {
          return json(409, resource("fixtures/marathon/errors/raml-traits.409-app-locked-by-deployment.json"));
        }
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
            .setHeader("Marathon-Deployment-Id", "5ed4c0c5-9ff8-4a6f-a0cd-f57f59a34b43")
            .body(resource("fixtures/marathon/examples/deployments_result.json")).build();
      }
    });
    server.start(InetAddress.getByName("127.0.0.1"), 0);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static MockResponse json(int code, String body) {
    return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(body).build();
  }

  private Map<String, String> cluster() {
    return Map.of("PDI_MARATHON_URL", "http://127.0.0.1:" + server.getPort());
  }

  private static MarathonAppActionMeta restart() {
    MarathonAppActionMeta meta = new MarathonAppActionMeta();
    meta.setDefault();
    meta.settings().set(MarathonAppActionMeta.ACTION, "restart")
        .set(MarathonAppActionMeta.APP_ID_FIELD, "app");
    return meta;
  }

  @Test
  void rowsLeaveInInputOrderWhileFourRunAtOnce() {
    List<Object[]> rows = new ArrayList<>();
    for (int i = 1; i <= 8; i++) {
      rows.add(row("/bulk/a" + i, "note " + i));
    }
    StepHarness h = new StepHarness(restart(), cluster(), FAIL_THE_STEP, List.of("app", "note"), rows).run();

    assertThat(h.initOk).isTrue();
    assertThat(h.step.getErrors()).as(LogCapture.text()).isZero();
    assertThat(fourthBeforeFirstAnswered).as("rows 2-4 were sent while row 1 was unanswered").isTrue();
    // Rows 2 and 3 end at once and free their threads for rows 4 and 5 (the window holds
    // twice the concurrency): those two may reach the server in either order.
    assertThat(arrived.indexOf("POST /v2/apps/bulk/a4/restart")).isLessThan(5);
    assertThat(h.column("app")).containsExactly("/bulk/a1", "/bulk/a2", "/bulk/a3", "/bulk/a4",
        "/bulk/a5", "/bulk/a6", "/bulk/a7", "/bulk/a8");
    assertThat(h.column("note")).first().isEqualTo("note 1");
    assertThat(h.column("status")).containsOnly("SUBMITTED");
    assertThat(h.column("deployment_id")).containsOnly("5ed4c0c5-9ff8-4a6f-a0cd-f57f59a34b43");
    assertThat(h.column("version")).containsOnly("2015-09-29T15:59:51.164Z");
    assertThat(h.column("http_code")).as("Marathon answers a restart with 200").containsOnly(200L);
    assertThat(h.column("duration_ms")).allSatisfy(d -> assertThat((Long) d).isNotNegative());
    assertThat(h.data.outputRowMeta.getFieldNames()).containsExactly("app", "note", "status",
        "http_code", "deployment_id", "version", "message", "duration_ms");
    assertThat(StepHarness.actionThreads()).isEmpty();
  }

  @Test
  void aRowOnAnAppAnEarlierRowIsStillChangingWaitsForIt() {
    List<Object[]> rows = List.of(row("/bulk/same"), row("/bulk/other"), row("/bulk/same"), row("/bulk/same"));
    StepHarness h = new StepHarness(restart(), cluster(), FAIL_THE_STEP, List.of("app"), rows).run();
    assertThat(h.step.getErrors()).as(LogCapture.text()).isZero();
    assertThat(h.column("app")).containsExactly("/bulk/same", "/bulk/other", "/bulk/same", "/bulk/same");
    assertThat(arrived).filteredOn(a -> a.contains("/same/")).hasSize(3);
    assertThat(sameMostAtOnce.get()).as("calls on /bulk/same at once").isEqualTo(1);
  }

  @Test
  void concurrencyOneSendsOneRowAtATime() {
    MarathonAppActionMeta meta = restart();
    meta.settings().set(ActionSettings.CONCURRENCY, "1");
    List<Object[]> rows = List.of(row("/bulk/x1"), row("/bulk/x2"), row("/bulk/x3"));
    StepHarness h = new StepHarness(meta, cluster(), FAIL_THE_STEP, List.of("app"), rows).run();
    assertThat(h.column("app")).containsExactly("/bulk/x1", "/bulk/x2", "/bulk/x3");
    assertThat(arrived).containsExactly("POST /v2/apps/bulk/x1/restart",
        "POST /v2/apps/bulk/x2/restart", "POST /v2/apps/bulk/x3/restart");
  }

  @Test
  void aConcurrencyOutOfRangeFailsTheInitNamingTheSetting() {
    MarathonAppActionMeta meta = restart();
    meta.settings().set(ActionSettings.CONCURRENCY, "0");
    StepHarness h = new StepHarness(meta, cluster(), FAIL_THE_STEP, List.of("app"), List.<Object[]>of(row("/bulk/a1"))).run();
    assertThat(h.initOk).isFalse();
    assertThat(LogCapture.text()).contains("Setting 'Rows at once' (concurrency): must be between 1 and 32, got 0");
    assertThat(arrived).isEmpty();
  }

  @Test
  void anEmptyFieldSettingTheActionNeedsFailsTheInit() {
    MarathonAppActionMeta meta = restart();
    meta.settings().set(MarathonAppActionMeta.APP_ID_FIELD, "");
    StepHarness h = new StepHarness(meta, cluster(), FAIL_THE_STEP, List.of("app"), List.<Object[]>of(row("/bulk/a1"))).run();
    assertThat(h.initOk).isFalse();
    assertThat(LogCapture.text()).contains("Setting 'App id field' (app_id_field): is empty, but the chosen action reads that field");
  }

  @Test
  void aLockedAppGoesToTheErrorHopAndTheOthersFlowOnInOrder() {
    List<Object[]> rows = List.of(row("/bulk/a2"), row("/bulk/locked"), row("/bulk/a3"));
    StepHarness h = new StepHarness(restart(), cluster(), TO_ERROR_HOP, List.of("app"), rows).run();

    assertThat(h.step.getErrors()).isZero();
    assertThat(h.column("app")).containsExactly("/bulk/a2", "/bulk/a3");
    assertThat(h.errorRows).hasSize(1);
    assertThat(h.errorRows.get(0)[0]).isEqualTo("/bulk/locked");
    assertThat(h.errorMetas.get(0).getFieldNames()).as("the input layout plus PDI's error fields")
        .containsExactly("app", "errors", "error_description", "error_field", "error_code");
    assertThat(h.errorRows.get(0)).startsWith("/bulk/locked", 1L);
    assertThat((String) h.errorRows.get(0)[2]).contains("locked");
    assertThat(h.errorRows.get(0)[4]).isEqualTo("MARATHON_409");
    assertThat(h.step.getLinesRejected()).isEqualTo(1);
  }

  @Test
  void withoutAnErrorHopALockedAppFailsTheStepWithTheServersMessage() {
    List<Object[]> rows = List.of(row("/bulk/a2"), row("/bulk/locked"), row("/bulk/a3"));
    StepHarness h = new StepHarness(restart(), cluster(), FAIL_THE_STEP, List.of("app"), rows).run();

    assertThat(h.step.getErrors()).isEqualTo(1);
    assertThat(h.trans.isStopped()).isTrue();
    assertThat(LogCapture.text()).contains("Row 2 failed (MARATHON_409)")
        .contains("App is locked by one or more deployments");
    assertThat(h.column("app")).containsExactly("/bulk/a2");
    assertThat(StepHarness.actionThreads()).isEmpty();
  }

  @Test
  void badValuesAreFailedRowsAndSendNothing() {
    List<Object[]> rows = List.of(row("/bulk/ok", "2"), row("/bulk/a", "abc"), row("", "3"),
        row("/Bad_Id", "1"), row("/bulk/ok2", null));
    StepHarness h = new StepHarness(marathonScale(), cluster(), TO_ERROR_HOP, List.of("app", "n"), rows).run();

    assertThat(h.step.getErrors()).isZero();
    assertThat(h.column("app")).containsExactly("/bulk/ok");
    assertThat(h.errorRows).extracting(r -> r[0]).containsExactly("/bulk/a", "", "/Bad_Id", "/bulk/ok2");
    assertThat(arrived).containsExactly("PUT /v2/apps/bulk/ok");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "/bulk/a | abc | field 'n': Instances must be a count (5) or a change (+2, -1): 'abc'",
      "''      | 3   | field 'app' is empty, but it must hold a Marathon app id",
      "/Bad_Id | 1   | field 'app': Id '/Bad_Id' has an invalid segment 'Bad_Id'",
      "/bulk/b | ''  | field 'n' is empty, but it must hold a count (5) or a change (+2, -1)"})
  void withoutAnErrorHopABadValueFailsTheStepNamingTheField(String app, String n, String message) {
    StepHarness h = new StepHarness(marathonScale(), cluster(), FAIL_THE_STEP, List.of("app", "n"),
        List.<Object[]>of(row(app, n))).run();
    assertThat(h.step.getErrors()).isEqualTo(1);
    assertThat(LogCapture.text()).contains("Row 1 failed (BAD_VALUE): " + message);
    assertThat(arrived).isEmpty();
  }
}
