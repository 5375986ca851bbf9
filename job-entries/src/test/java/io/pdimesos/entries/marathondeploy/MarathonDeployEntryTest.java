package io.pdimesos.entries.marathondeploy;

import static io.pdimesos.entries.EntryTesting.resource;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pdimesos.core.http.Json;
import io.pdimesos.entries.EntryTesting;
import io.pdimesos.pdiapi.LogCapture;
import io.pdimesos.plugin.ConnectionSettings;
import io.pdimesos.plugin.KeyValue;
import io.pdimesos.testsupport.FakeMarathon;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pentaho.di.core.Result;
import org.pentaho.di.core.RowMetaAndData;
import org.pentaho.di.core.logging.LogLevel;
import org.pentaho.di.job.Job;

/** Deploy App against {@link FakeMarathon}. */
class MarathonDeployEntryTest {
  private static final String DEPLOYMENT = FakeMarathon.DEPLOYMENT;
  private static final String PASSWORD = "pw-Secret-42";

  private final FakeMarathon marathon = new FakeMarathon();
  private final List<RecordedRequest> requests = marathon.requests;

  @BeforeEach
  void start() {
    LogCapture.clear();
  }

  @AfterEach
  void stop() {
    marathon.close();
  }

  private static JsonNode healthyApp() {
    return FakeMarathon.healthyApp();
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
    return EntryTesting.job(LogLevel.DEBUG, Map.of("PDI_MARATHON_URL", marathon.url(),
        "PDI_MESOS_USER", "ops", "PDI_MESOS_PASSWORD", PASSWORD, "N", "3"));
  }

  private JobEntryMarathonDeploy entry() throws Exception {
    JobEntryMarathonDeploy e = new JobEntryMarathonDeploy();
    e.settings().set(JobEntryMarathonDeploy.JSON, definitionJson()).set(JobEntryMarathonDeploy.WAITING.checkCycle(), "1")
        .set(ConnectionSettings.READ_TIMEOUT, "5");
    return e;
  }

  private void healthyAfterTwoPolls() {
    marathon.deploymentFinishingAfter("PUT /v2/apps/nginx-green", 1);
  }

  private RecordedRequest first(String method) {
    return marathon.first(method);
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
    JobEntryMarathonDeploy e = entry();
    e.settings().set(JobEntryMarathonDeploy.SOURCE, "form").set(JobEntryMarathonDeploy.APP_ID, "/nginx-green")
        .set(JobEntryMarathonDeploy.IMAGE, "nginx:${TAG}").set(JobEntryMarathonDeploy.INSTANCES, "${N}")
        .set(JobEntryMarathonDeploy.CPUS, "0.25").set(JobEntryMarathonDeploy.MEM, "64")
        .setPairs(JobEntryMarathonDeploy.ENV, List.of(new KeyValue("MODE", "prod")))
        .setPairs(JobEntryMarathonDeploy.LABELS, List.of(new KeyValue("HAPROXY_GROUP", "external")))
        .setLines(JobEntryMarathonDeploy.PORTS, List.of("80"))
        .setLines(JobEntryMarathonDeploy.CONSTRAINTS, List.of("hostname:UNIQUE"))
        .set(JobEntryMarathonDeploy.HEALTH_PROTOCOL, "MESOS_HTTP").set(JobEntryMarathonDeploy.HEALTH_TARGET, "/");
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
    JobEntryMarathonDeploy e = entry();
    e.settings().set(JobEntryMarathonDeploy.SOURCE, "file").set(JobEntryMarathonDeploy.FILE, "${DIR}/nginx.json");
    Job job = job();
    job.setVariable("DIR", dir.toString());
    Result result = EntryTesting.run(e, job);
    assertThat(result.getResult()).as(LogCapture.text()).isTrue();
    assertThat(Json.MAPPER.readTree(first("PUT").getBody().utf8()).get("instances").asInt()).isEqualTo(3);

    e.settings().set(JobEntryMarathonDeploy.FILE, dir.resolve("missing.json").toString());
    assertThat(EntryTesting.run(e, job).getResult()).isFalse();
    assertThat(LogCapture.text()).contains("Setting 'Definition file' (definition_file): there is no file");
  }

  @Test
  void aRejectedDefinitionShowsMarathonsFieldErrors() throws Exception {
    marathon.on("PUT /v2/apps/nginx-green", n -> FakeMarathon.json(422, resource("fixtures/marathon/errors/raml-traits.422-object-not-valid.json")));
    Result result = EntryTesting.run(entry(), job());
    assertThat(result.getResult()).isFalse();
    assertThat(result.getNrErrors()).isEqualTo(1);
    assertThat(LogCapture.text()).contains("Object is not valid").contains("/upgradeStrategy/minimumHealthCapacity")
        .contains("is greater than 1");
  }

  @Test
  void aRejectedLoginSaysSoWithoutThePassword() throws Exception {
    marathon.on("PUT /v2/apps/nginx-green", n -> FakeMarathon.json(401, resource("fixtures/marathon/errors/raml-traits.401-unauthorized.json")));
    Result result = EntryTesting.run(entry(), job());
    assertThat(result.getResult()).isFalse();
    assertThat(result.getNrErrors()).isEqualTo(1);
    assertThat(LogCapture.text()).contains("401").contains("Invalid username or password.").doesNotContain(PASSWORD);
  }

  @Test
  void anUnreachableMarathonIsAnError() throws Exception {
    JobEntryMarathonDeploy e = entry();
    e.settings().set(ConnectionSettings.MARATHON_URLS, "http://127.0.0.1:" + EntryTesting.closedPort())
        .set(ConnectionSettings.CONNECT_TIMEOUT, "1");
    Result result = EntryTesting.run(e, job());
    assertThat(result.getResult()).isFalse();
    assertThat(result.getNrErrors()).isEqualTo(1);
    assertThat(LogCapture.text()).containsIgnoringCase("reach");
  }

  @Test
  void badJsonIsCaughtByCheckAndByTheRun() throws Exception {
    JobEntryMarathonDeploy e = entry();
    e.settings().set(JobEntryMarathonDeploy.JSON, "{\"id\": \"/a\",}");
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
    String listing = FakeMarathon.deploymentsListing(FakeMarathon.DEPLOYMENT, FakeMarathon.APP);
    String app = FakeMarathon.appBody();
    marathon.on("PUT /v2/apps/nginx-green", n -> FakeMarathon.deploymentResult());
    marathon.on("GET /v2/deployments", n -> FakeMarathon.json(200, listing));
    marathon.on("GET /v2/apps/nginx-green", n -> FakeMarathon.json(200, app));
    marathon.on("DELETE /v2/deployments/" + DEPLOYMENT, n -> FakeMarathon.deploymentResult());
    JobEntryMarathonDeploy e = entry();
    e.settings().set(JobEntryMarathonDeploy.WAITING.timeout(), "1").set(JobEntryMarathonDeploy.WAITING.onTimeout(), "roll_back");
    Job job = job();
    Result result = EntryTesting.run(e, job);
    assertThat(result.getResult()).isFalse();
    assertThat(result.getNrErrors()).isEqualTo(1);
    assertThat(job.getVariable("MARATHON_OUTCOME")).isEqualTo("TIMED_OUT");
    assertThat(marathon.calls("DELETE /v2/deployments/" + DEPLOYMENT)).isEqualTo(1);
    assertThat(LogCapture.text()).contains("Rolled back");

    e.settings().set(JobEntryMarathonDeploy.WAITING.successOnTimeout(), true).set(JobEntryMarathonDeploy.WAITING.onTimeout(), "leave");
    Result lenient = EntryTesting.run(e, job);
    assertThat(lenient.getResult()).isTrue();
    assertThat(lenient.getNrErrors()).isZero();
  }

  @Test
  void stopDuringTheWaitReturnsWithinASecondAndSaysWhatWasLeft() throws Exception {
    String listing = FakeMarathon.deploymentsListing(FakeMarathon.DEPLOYMENT, FakeMarathon.APP);
    String app = FakeMarathon.appBody();
    marathon.on("PUT /v2/apps/nginx-green", n -> FakeMarathon.deploymentResult());
    marathon.on("GET /v2/deployments", n -> FakeMarathon.json(200, listing));
    marathon.on("GET /v2/apps/nginx-green", n -> FakeMarathon.json(200, app));
    JobEntryMarathonDeploy e = entry();
    e.settings().set(JobEntryMarathonDeploy.WAITING.timeout(), "0").set(JobEntryMarathonDeploy.WAITING.checkCycle(), "30");
    Job job = job();
    Result result = EntryTesting.stopOnceWaiting(e, job, () -> marathon.calls("GET /v2/deployments") > 0);
    assertThat(result.getResult()).isFalse();
    assertThat(result.getNrErrors()).isEqualTo(1);
    assertThat(LogCapture.text()).contains("left running");
  }
}
