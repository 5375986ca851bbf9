package io.pdimesos.core.rows;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.http.Json;
import io.pdimesos.core.http.RetryPolicy;
import io.pdimesos.core.http.ServiceSettings;
import io.pdimesos.core.http.Timeouts;
import io.pdimesos.core.marathon.MarathonClient;
import io.pdimesos.core.marathon.MarathonFixtures;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Marathon readers over real upstream bodies: the request sent, and older field shapes. */
class MarathonEntitiesFixturesTest {
  private final MockWebServer server = new MockWebServer();
  private MarathonClient client;

  @BeforeEach
  void start() throws Exception {
    server.start(java.net.InetAddress.getByName("127.0.0.1"), 0);
    client = new MarathonClient(ServiceSettings.builder()
        .urls("http://127.0.0.1:" + server.getPort()).timeouts(Timeouts.of(1_000, 2_000, 5_000))
        .retry(RetryPolicy.none()).build(), ProgressListener.NONE);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private void answer(String fixture) {
    server.enqueue(new MockResponse.Builder().code(200)
        .setHeader("Content-Type", "application/json").body(MarathonFixtures.text(fixture))
        .build());
  }

  private List<Record> read(String code, RowFilter filter) {
    List<Record> out = new ArrayList<>();
    MarathonEntities.reader(code, client).read(filter, out::add, CancellationToken.none());
    return out;
  }

  @Test
  void appsAskForCountsDeploymentsAndFailuresAndNarrowByThePrefix() throws Exception {
    answer(MarathonFixtures.HEALTHY_APPS);
    JsonNode apps = MarathonFixtures.json(MarathonFixtures.HEALTHY_APPS).get("apps");
    long nginx = 0;
    for (JsonNode a : apps) {
      nginx += a.get("id").asText().startsWith("/nginx") ? 1 : 0;
    }

    List<Record> records = read(MarathonEntities.APPS, new RowFilter("", "", "/nginx", ""));

    RecordedRequest sent = server.takeRequest();
    assertThat(sent.getMethod()).isEqualTo("GET");
    assertThat(sent.getTarget()).isEqualTo("/v2/apps?embed=apps.counts&embed=apps.deployments"
        + "&embed=apps.lastTaskFailure&id=nginx");
    assertThat(records).hasSize((int) nginx).isNotEmpty();
    Record first = records.get(0);
    JsonNode raw = apps.get(0);
    assertThat(first.value("/container/docker/image", FieldType.STRING))
        .isEqualTo(raw.at("/container/docker/image").asText());
    assertThat(first.value("/labels", FieldType.JSON)).isEqualTo(Json.write(raw.get("labels")));
    assertThat(first.value("@deployments", FieldType.STRING)).isEqualTo("");
  }

  @Test
  void tasksOfAnOldServerWithoutStateStillCarryHealthAndPorts() {
    String fixture = "responses/legacy-docs-1.3.GET-tasks.health.json";
    answer(fixture);
    JsonNode tasks = MarathonFixtures.json(fixture).get("tasks");

    List<Record> records = read(MarathonEntities.TASKS, RowFilter.NONE);

    assertThat(records).hasSize(tasks.size());
    Record r = records.get(0);
    assertThat(r.value("/ports", FieldType.STRING)).isEqualTo(tasks.get(0).get("ports").get(0)
        .asText());
    assertThat(r.value("@healthy", FieldType.BOOLEAN)).isEqualTo(true);
    assertThat(r.value("/state", FieldType.STRING)).isNull();
    assertThat(r.value("/startedAt", FieldType.DATE)).isEqualTo(Date.from(
        java.time.Instant.parse(tasks.get(0).get("startedAt").asText())));
  }

  @Test
  void deploymentsMatchAPrefixThroughAnyAffectedApp() {
    String fixture = "responses/legacy-docs-1.3.GET-deployments.pre-1.0-steps-format.json";
    answer(fixture);
    answer(fixture);
    answer(fixture);

    List<Record> all = read(MarathonEntities.DEPLOYMENTS, RowFilter.NONE);
    assertThat(all).hasSize(MarathonFixtures.json(fixture).size());
    assertThat(all.get(0).value("@current_actions", FieldType.STRING))
        .isEqualTo("RestartApplication /test/frontend/app1");
    assertThat(all.get(0).value("/currentStep", FieldType.INTEGER)).isEqualTo(2L);
    assertThat(read(MarathonEntities.DEPLOYMENTS, new RowFilter("", "", "test/db", "")))
        .hasSize(1);
    assertThat(read(MarathonEntities.DEPLOYMENTS, new RowFilter("", "", "/other", "")))
        .isEmpty();
  }
}
