package io.pdimesos.core.marathon;

import static io.pdimesos.core.marathon.MarathonFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.http.Json;
import io.pdimesos.core.http.ServiceSettings;
import java.util.List;
import java.util.Set;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the client sends must satisfy Marathon's (retired, stricter) JSON Schema. */
class AppDefinitionTest {
  private static final JsonSchema SCHEMA = loadSchema();
  private final MockWebServer server = new MockWebServer();
  private MarathonClient client;

  private static JsonSchema loadSchema() {
    // The file declares "http://json-schema.org/schema#", which the validator does not know;
    // its keywords are draft 4, so the draft is pinned and the declaration dropped.
    ObjectNode schema = (ObjectNode) MarathonFixtures.json("schema/AppDefinition.json");
    schema.remove("$schema");
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(schema);
  }

  @BeforeEach
  void start() throws Exception {
    server.start();
    client = new MarathonClient(ServiceSettings.of(server.url("/").toString()), ProgressListener.NONE);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private JsonNode sent(AppDefinition def) throws Exception {
    server.enqueue(new MockResponse.Builder().code(200)
        .body(text("examples/deployments_result.json")).build());
    client.upsert(def, false, true, CancellationToken.none());
    return Json.MAPPER.readTree(server.takeRequest().getBody().utf8());
  }

  private static Set<ValidationMessage> validate(JsonNode n) {
    return SCHEMA.validate(n);
  }

  @Test
  void aDefinitionBuiltFromFieldsIsValid() throws Exception {
    AppDefinition def = AppDefinition.builder().id("/pentaho/carte").dockerImage("pentaho/carte:9.4")
        .instances(2).cpus(0.5).mem(1024).disk(10).env("CARTE_PORT", "8081")
        .label("HAPROXY_GROUP", "external").port(0).port(8081)
        .healthCheck(new AppDefinition.HealthCheck("MESOS_HTTP").path("/kettle/status").portIndex(0)
            .gracePeriodSeconds(60).intervalSeconds(10).timeoutSeconds(5).maxConsecutiveFailures(3))
        .constraint("hostname", "UNIQUE", null).constraint("rack_id", "GROUP_BY", "2").build();

    JsonNode body = sent(def);

    assertThat(validate(body)).isEmpty();
    assertThat(body.get("id").asText()).isEqualTo("/pentaho/carte");
    assertThat(body.at("/container/docker/image").asText()).isEqualTo("pentaho/carte:9.4");
    assertThat(body.at("/portDefinitions/1/port").asInt()).isEqualTo(8081);
    assertThat(body.at("/healthChecks/0/path").asText()).isEqualTo("/kettle/status");
    assertThat(body.at("/constraints/1/2").asText()).isEqualTo("2");
    assertThat(body.at("/constraints/0").size()).isEqualTo(2);
    assertThat(def.hasHealthChecks()).isTrue();
  }

  @Test
  void argsAndCommandHealthCheckAreValid() throws Exception {
    AppDefinition def = AppDefinition.builder().id("batch").args(List.of("kitchen.sh", "-file=/j.kjb"))
        .dockerImage("pentaho/pdi").healthCheck(new AppDefinition.HealthCheck("COMMAND").command("true"))
        .build();
    JsonNode body = sent(def);
    assertThat(validate(body)).isEmpty();
    assertThat(body.at("/args/1").asText()).isEqualTo("-file=/j.kjb");
    assertThat(body.at("/healthChecks/0/command/value").asText()).isEqualTo("true");
  }

  @Test
  void aLowerCaseCommandProtocolIsStillACommandCheck() throws Exception {
    // Marathon's protocol enum is upper case only (marathon.md, healthChecks); a user's
    // "command" must neither be sent as is nor skip the command check
    AppDefinition def = AppDefinition.builder().id("batch").cmd("sleep 1000")
        .healthCheck(new AppDefinition.HealthCheck(" command ").command("test -f /tmp/ok")).build();
    JsonNode body = sent(def);
    assertThat(validate(body)).isEmpty();
    assertThat(body.at("/healthChecks/0/protocol").asText()).isEqualTo("COMMAND");
    assertThat(body.at("/healthChecks/0/command/value").asText()).isEqualTo("test -f /tmp/ok");
    assertThatThrownBy(() -> AppDefinition.builder().id("batch").cmd("sleep 1000")
        .healthCheck(new AppDefinition.HealthCheck("Command")).build().toJson())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a command");
  }

  @ParameterizedTest
  @ValueSource(strings = {"examples/app.json", "requests/system-tests.app.sleep-app.json", "requests/docs-articles.app-simple.json",
      "requests/marathon-lb.app.1-nginx-marathon1.5.json"})
  void userJsonIsSentUntouched(String fixture) throws Exception {
    JsonNode body = sent(AppDefinition.fromJson(text(fixture)));
    assertThat(body).isEqualTo(MarathonFixtures.json(fixture));
  }

  @Test
  void unknownFieldsOfTheUsersJsonAreNotLost() throws Exception {
    // Jenkins' "allfields" sample: every field it knows, including cmd+args together, which
    // Marathon itself rejects (422); passing it through is Marathon's call, not ours.
    String fixture = "requests/jenkins-marathon-plugin.marathon-json.allfields.json";
    JsonNode body = sent(AppDefinition.fromJson(text(fixture)));
    assertThat(body).isEqualTo(MarathonFixtures.json(fixture));
  }

  @Test
  void schemaCheckCatchesWhatTheBuilderMustNeverProduce() {
    ObjectNode bad = (ObjectNode) MarathonFixtures.json("requests/system-tests.app.sleep-app.json");
    bad.put("instancez", 3);
    assertThat(validate(bad)).isNotEmpty();
  }

  @Test
  void builderRefusesAmbiguousOrEmptyCommands() {
    assertThatThrownBy(() -> AppDefinition.builder().id("/a").cmd("x").args(List.of("y")).build())
        .hasMessageContaining("either a command or arguments");
    assertThatThrownBy(() -> AppDefinition.builder().id("/a").build())
        .hasMessageContaining("command, arguments or a Docker image");
    assertThatThrownBy(() -> AppDefinition.builder().id("/a").cmd("x").cpus(0).build())
        .hasMessageContaining("\"cpus\"");
    assertThatThrownBy(() -> AppDefinition.fromJson("{\"cmd\":\"x\"}")).hasMessageContaining("\"id\"");
    assertThatThrownBy(() -> AppDefinition.fromJson("[1]")).hasMessageContaining("JSON object");
    assertThatThrownBy(() -> AppDefinition.fromJson("{\"id\":")).hasMessageContaining("not valid JSON");
  }

  @Test
  void withLabelKeepsTheOtherLabels() {
    AppDefinition def = AppDefinition.fromJson(text("requests/marathon-lb.app.1-nginx-marathon1.5.json"))
        .withLabel("PDI_RUN", "42");
    assertThat(def.json().get("labels").get("PDI_RUN").asText()).isEqualTo("42");
    assertThat(def.json().get("labels").size()).isGreaterThan(1);
  }
}
