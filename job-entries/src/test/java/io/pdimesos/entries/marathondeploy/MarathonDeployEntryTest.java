package io.pdimesos.entries.marathondeploy;

import static io.pdimesos.entries.EntryTesting.resource;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pdimesos.core.http.Json;
import io.pdimesos.entries.EntryTesting;
import io.pdimesos.pdiapi.LogCapture;
import io.pdimesos.plugin.ConnectionSettings;
import io.pdimesos.plugin.KeyValue;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pentaho.di.core.Result;
import org.pentaho.di.core.RowMetaAndData;
import org.pentaho.di.core.logging.LogLevel;
import org.pentaho.di.job.Job;

/**
 * Marathon on MockWebServer, answering by "METHOD /path" with bodies from the fixtures: the app
 * is marathon-lb's nginx-green (Marathon 1.5, 3 healthy tasks), the deployment the RAML example's.
 */
class MarathonDeployEntryTest {
  private static final String DEPLOYMENT = "5ed4c0c5-9ff8-4a6f-a0cd-f57f59a34b43";
  private static final String PASSWORD = "pw-Secret-42";

  private final MockWebServer server = new MockWebServer();
  private final Map<String, IntFunction<MockResponse>> routes = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
  private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws Exception {
    LogCapture.clear();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest r) {
        requests.add(r);
        String key = r.getMethod() + " " + r.getUrl().encodedPath();
        int n = calls.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
        IntFunction<MockResponse> route = routes.get(key);
        return route == null ? json(404, "{\"message\":\"not routed: " + key + "\"}") : route.apply(n);
      }
    });
    server.start(InetAddress.getByName("127.0.0.1"), 0);
    // Marathon without the event bus: waits fall back to polling.
    routes.put("GET /v2/events", n -> new MockResponse.Builder().code(405).setHeader("Content-Type", "text/html")
        .body(resource("fixtures/marathon/errors/raml-events.405-missing-accept-header.html")).build());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static MockResponse json(int code, String body) {
    return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(body).build();
  }

  private static MockResponse deploymentResult() {
    return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
        .setHeader("Marathon-Deployment-Id", DEPLOYMENT)
        .body(resource("fixtures/marathon/examples/deployments_result.json")).build();
  }

  private static JsonNode healthyApp() throws Exception {
    return Json.MAPPER.readTree(resource("fixtures/marathon/responses/marathon-lb.GET-apps-embed-tasks.marathon-1.5.health.json"))
        .get("apps").get(0);
  }

  private static String appBody() throws Exception {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.set("app", healthyApp());
    return Json.write(root);
  }

  /** deployments.json with its deployment renamed to ours and aimed at /nginx-green. */
  private static String deploymentsListing() throws Exception {
    ArrayNode list = (ArrayNode) Json.MAPPER.readTree(resource("fixtures/marathon/examples/deployments.json"));
    ObjectNode d = (ObjectNode) list.get(0);
    d.put("id", DEPLOYMENT);
    ((ArrayNode) d.get("affectedApps")).removeAll().add("/nginx-green");
    ((ObjectNode) d.get("currentActions").get(0)).put("app", "/nginx-green");
    return Json.write(list);
  }

  /** The fixture app's own definition fields, instances as a variable. */
  private static String definitionJson() throws Exception {
    JsonNode app = healthyApp();
    ObjectNode def = Json.MAPPER.createObjectNode();
    for (String f : List.of("id", "container", "cpus", "mem", "healthChecks", "labels")) {
      def.set(f, app.get(f));
    }
    String json = Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(def);
    return json.replaceFirst("\\{", "{\n  \"instances\": \\${N},");
  }

  private Job job() {
    return EntryTesting.job(LogLevel.DEBUG, Map.of("PDI_MARATHON_URL", "http://127.0.0.1:" + server.getPort(),
        "PDI_MESOS_USER", "ops", "PDI_MESOS_PASSWORD", PASSWORD, "N", "3"));
  }

  private MarathonDeploy entry() throws Exception {
    MarathonDeploy e = new MarathonDeploy();
    e.settings().set(MarathonDeploy.JSON, definitionJson()).set(MarathonDeploy.CHECK_CYCLE, "1")
        .set(ConnectionSettings.READ_TIMEOUT, "5");
    return e;
  }

  private void healthyAfterTwoPolls() throws Exception {
    String listing = deploymentsListing();
    String app = appBody();
    routes.put("PUT /v2/apps/nginx-green", n -> deploymentResult());
    routes.put("GET /v2/deployments", n -> json(200, n <= 1 ? listing : "[]"));
    routes.put("GET /v2/apps/nginx-green", n -> json(200, app));
  }

  private RecordedRequest first(String method) {
    return requests.stream().filter(r -> r.getMethod().equals(method)).findFirst().orElseThrow();
  }

  @Test
  void deploysInlineJsonWithVariablesAndReportsTheTasks() throws Exception {
    healthyAfterTwoPolls();
    Job job = job();
    Result result = EntryTesting.run(entry(), job);

    assertThat(result.getResult()).as(LogCapture.text()).isTrue();
    assertThat(result.getNrErrors()).isZero();
    RecordedRequest put = first("PUT");
    assertThat(put.getTarget()).isEqualTo("/v2/apps/nginx-green?force=false&partialUpdate=true");
    JsonNode sent = Json.MAPPER.readTree(put.getBody().utf8());
    assertThat(sent.get("instances").asInt()).isEqualTo(3);
    assertThat(sent.get("container")).isEqualTo(healthyApp().get("container"));
    assertThat(put.getHeaders().get("Authorization")).startsWith("Basic ");

    assertThat(job.getVariable("MARATHON_DEPLOYMENT_ID")).isEqualTo(DEPLOYMENT);
    assertThat(job.getVariable("MARATHON_APP_VERSION")).isEqualTo("2015-09-29T15:59:51.164Z");
    assertThat(job.getVariable("MARATHON_TASKS_HEALTHY")).isEqualTo("3");
    assertThat(result.getRows()).hasSize(3);
    RowMetaAndData task = result.getRows().get(2);
    assertThat(task.getString("host", "")).isEqualTo("10.0.6.25");
    assertThat(task.getString("ports", "")).isEqualTo("23336");
    assertThat(task.getString("ip_addresses", "")).isEqualTo("172.17.0.3");
    assertThat(task.getBoolean("healthy", false)).isTrue();
    assertThat(LogCapture.text()).contains("Deploying Marathon app /nginx-green").doesNotContain(PASSWORD);
  }

  @Test
  void aFormDefinitionBecomesMarathonJson() throws Exception {
    healthyAfterTwoPolls();
    MarathonDeploy e = entry();
    e.settings().set(MarathonDeploy.SOURCE, "form").set(MarathonDeploy.APP_ID, "/nginx-green")
        .set(MarathonDeploy.IMAGE, "nginx:${TAG}").set(MarathonDeploy.INSTANCES, "${N}")
        .set(MarathonDeploy.CPUS, "0.25").set(MarathonDeploy.MEM, "64")
        .setPairs(MarathonDeploy.ENV, List.of(new KeyValue("MODE", "prod")))
        .setPairs(MarathonDeploy.LABELS, List.of(new KeyValue("HAPROXY_GROUP", "external")))
        .setLines(MarathonDeploy.PORTS, List.of("80"))
        .setLines(MarathonDeploy.CONSTRAINTS, List.of("hostname:UNIQUE"))
        .set(MarathonDeploy.HEALTH_PROTOCOL, "MESOS_HTTP").set(MarathonDeploy.HEALTH_TARGET, "/");
    Job job = job();
    job.setVariable("TAG", "1.25");
    Result result = EntryTesting.run(e, job);

    assertThat(result.getResult()).as(LogCapture.text()).isTrue();
    JsonNode sent = Json.MAPPER.readTree(first("PUT").getBody().utf8());
    assertThat(sent.at("/container/docker/image").asText()).isEqualTo("nginx:1.25");
    assertThat(sent.get("instances").asInt()).isEqualTo(3);
    assertThat(sent.get("cpus").asDouble()).isEqualTo(0.25);
    assertThat(sent.at("/env/MODE").asText()).isEqualTo("prod");
    assertThat(sent.at("/labels/HAPROXY_GROUP").asText()).isEqualTo("external");
    assertThat(sent.at("/portDefinitions/0/port").asInt()).isEqualTo(80);
    assertThat(sent.at("/constraints/0").toString()).isEqualTo("[\"hostname\",\"UNIQUE\"]");
    assertThat(sent.at("/healthChecks/0/protocol").asText()).isEqualTo("MESOS_HTTP");
    assertThat(sent.at("/healthChecks/0/path").asText()).isEqualTo("/");
  }

  @Test
  void aDefinitionFileHasItsVariablesSubstituted(@TempDir Path dir) throws Exception {
    healthyAfterTwoPolls();
    Path file = dir.resolve("nginx.json");
    Files.writeString(file, definitionJson());
    MarathonDeploy e = entry();
    e.settings().set(MarathonDeploy.SOURCE, "file").set(MarathonDeploy.FILE, "${DIR}/nginx.json");
    Job job = job();
    job.setVariable("DIR", dir.toString());
    Result result = EntryTesting.run(e, job);
    assertThat(result.getResult()).as(LogCapture.text()).isTrue();
    assertThat(Json.MAPPER.readTree(first("PUT").getBody().utf8()).get("instances").asInt()).isEqualTo(3);

    e.settings().set(MarathonDeploy.FILE, dir.resolve("missing.json").toString());
    assertThat(EntryTesting.run(e, job).getResult()).isFalse();
    assertThat(LogCapture.text()).contains("Setting 'Definition file' (definition_file): there is no file");
  }

  @Test
  void aRejectedDefinitionShowsMarathonsFieldErrors() throws Exception {
    routes.put("PUT /v2/apps/nginx-green", n -> json(422, resource("fixtures/marathon/errors/raml-traits.422-object-not-valid.json")));
    Result result = EntryTesting.run(entry(), job());
    assertThat(result.getResult()).isFalse();
    assertThat(result.getNrErrors()).isEqualTo(1);
    assertThat(LogCapture.text()).contains("Object is not valid").contains("/upgradeStrategy/minimumHealthCapacity")
        .contains("is greater than 1");
  }

  @Test
  void aRejectedLoginSaysSoWithoutThePassword() throws Exception {
    routes.put("PUT /v2/apps/nginx-green", n -> json(401, resource("fixtures/marathon/errors/raml-traits.401-unauthorized.json")));
    Result result = EntryTesting.run(entry(), job());
    assertThat(result.getResult()).isFalse();
    assertThat(result.getNrErrors()).isEqualTo(1);
    assertThat(LogCapture.text()).contains("401").contains("Invalid username or password.").doesNotContain(PASSWORD);
  }

  @Test
  void anUnreachableMarathonIsAnError() throws Exception {
    MarathonDeploy e = entry();
    e.settings().set(ConnectionSettings.MARATHON_URLS, "http://127.0.0.1:" + EntryTesting.closedPort())
        .set(ConnectionSettings.CONNECT_TIMEOUT, "1");
    Result result = EntryTesting.run(e, job());
    assertThat(result.getResult()).isFalse();
    assertThat(result.getNrErrors()).isEqualTo(1);
    assertThat(LogCapture.text()).containsIgnoringCase("reach");
  }

  @Test
  void badJsonIsCaughtByCheckAndByTheRun() throws Exception {
    MarathonDeploy e = entry();
    e.settings().set(MarathonDeploy.JSON, "{\"id\": \"/a\",}");
    List<org.pentaho.di.core.CheckResultInterface> remarks = new java.util.ArrayList<>();
    e.check(remarks, null, null, null, null);
    assertThat(remarks).anyMatch(r -> r.getType() == org.pentaho.di.core.CheckResultInterface.TYPE_RESULT_ERROR
        && r.getText().startsWith("'App definition (JSON)' is not well-formed JSON"));
    Result result = EntryTesting.run(e, job());
    assertThat(result.getResult()).isFalse();
    assertThat(LogCapture.text()).contains("Setting 'App definition (JSON)' (definition_json): is not well-formed JSON");
    assertThat(requests).noneMatch(r -> r.getMethod().equals("PUT"));
  }

  @Test
  void aTimeoutRollsBackWhenAskedAndCanCountAsSuccess() throws Exception {
    String listing = deploymentsListing();
    String app = appBody();
    routes.put("PUT /v2/apps/nginx-green", n -> deploymentResult());
    routes.put("GET /v2/deployments", n -> json(200, listing));
    routes.put("GET /v2/apps/nginx-green", n -> json(200, app));
    routes.put("DELETE /v2/deployments/" + DEPLOYMENT, n -> deploymentResult());
    MarathonDeploy e = entry();
    e.settings().set(MarathonDeploy.TIMEOUT, "1").set(MarathonDeploy.ON_TIMEOUT, "roll_back");
    Job job = job();
    Result result = EntryTesting.run(e, job);
    assertThat(result.getResult()).isFalse();
    assertThat(result.getNrErrors()).isEqualTo(1);
    assertThat(job.getVariable("MARATHON_OUTCOME")).isEqualTo("TIMED_OUT");
    assertThat(calls.get("DELETE /v2/deployments/" + DEPLOYMENT).get()).isEqualTo(1);
    assertThat(LogCapture.text()).contains("Rolled back");

    e.settings().set(MarathonDeploy.SUCCESS_ON_TIMEOUT, true).set(MarathonDeploy.ON_TIMEOUT, "leave");
    Result lenient = EntryTesting.run(e, job);
    assertThat(lenient.getResult()).isTrue();
    assertThat(lenient.getNrErrors()).isZero();
  }

  @Test
  void stopDuringTheWaitReturnsWithinASecondAndSaysWhatWasLeft() throws Exception {
    String listing = deploymentsListing();
    String app = appBody();
    routes.put("PUT /v2/apps/nginx-green", n -> deploymentResult());
    routes.put("GET /v2/deployments", n -> json(200, listing));
    routes.put("GET /v2/apps/nginx-green", n -> json(200, app));
    MarathonDeploy e = entry();
    e.settings().set(MarathonDeploy.TIMEOUT, "0").set(MarathonDeploy.CHECK_CYCLE, "30");
    Job job = job();
    CompletableFuture<Result> running = CompletableFuture.supplyAsync(() -> EntryTesting.run(e, job));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!calls.containsKey("GET /v2/deployments")) {
      assertThat(System.nanoTime()).as("the wait started").isLessThan(deadline);
      Thread.sleep(10);
    }
    long stopped = System.nanoTime();
    job.stopAll();
    Result result = running.get(5, TimeUnit.SECONDS);
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stopped)).isLessThan(1_000);
    assertThat(result.getResult()).isFalse();
    assertThat(result.getNrErrors()).isEqualTo(1);
    assertThat(LogCapture.text()).contains("left running");
  }
}
