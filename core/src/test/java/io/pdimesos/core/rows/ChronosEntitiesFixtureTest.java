package io.pdimesos.core.rows;

import static io.pdimesos.core.rows.WeaveEntitiesEmulatorTest.field;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.chronos.ChronosClient;
import io.pdimesos.core.chronos.ChronosFixtures;
import io.pdimesos.core.chronos.ChronosVersion;
import io.pdimesos.core.error.BadResponseException;
import io.pdimesos.core.http.Json;
import io.pdimesos.core.http.RetryPolicy;
import io.pdimesos.core.http.ServiceSettings;
import io.pdimesos.core.http.Timeouts;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The jobs reader over the real Chronos answers: the 2013 job list and its 3-column graph/csv
 * (1.x/2.x paths), and the API docs' job bodies as a 3.x list. Typed values, requests sent, and
 * the job name filter.
 */
class ChronosEntitiesFixtureTest {
  private static final String JOBS = ChronosFixtures.text("legacy-2013-ui-stub.jobs.json");
  private static final String GRAPH = ChronosFixtures.text("legacy-2013-ui-stub.graph.csv");
  private static final List<SourceField> F = ChronosEntities.JOB_FIELDS;

  private final MockWebServer server = new MockWebServer();

  @BeforeEach
  void start() throws IOException {
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private ChronosClient client(ChronosVersion v) {
    ServiceSettings s = ServiceSettings.builder().urls(server.url("/").toString())
        .timeouts(Timeouts.of(1_000, 2_000, 5_000)).retry(RetryPolicy.none()).build();
    return new ChronosClient(s, v, ProgressListener.NONE);
  }

  private void serve(String body) {
    server.enqueue(new MockResponse.Builder().code(200).body(body).build());
  }

  private List<Record> readLegacy(RowFilter filter) {
    serve(JOBS);
    serve(GRAPH);
    List<Record> out = new ArrayList<>();
    long n = ChronosEntities.reader(ChronosEntities.JOBS, client(ChronosVersion.V2))
        .read(filter, out::add, CancellationToken.none());
    assertThat(n).isEqualTo(out.size());
    return out;
  }

  private static Map<Object, Record> byName(List<Record> records) {
    return records.stream().collect(Collectors.toMap(r -> r.value(field(F, "name")), r -> r));
  }

  @Test
  void everyJobOfTheListWithItsGraphOutcome() throws InterruptedException {
    List<Record> rows = readLegacy(RowFilter.NONE);
    assertThat(rows).hasSize(239); // SOURCES.md: 239 jobs

    RecordedRequest jobs = server.takeRequest();
    assertThat(jobs.getMethod()).isEqualTo("GET");
    assertThat(jobs.getTarget()).isEqualTo("/scheduler/jobs");
    RecordedRequest graph = server.takeRequest();
    assertThat(graph.getTarget()).isEqualTo("/scheduler/graph/csv");
    assertThat(graph.getHeaders().get("Accept")).startsWith("text/plain");

    Map<Object, Record> jobsByName = byName(rows);
    Record daily = jobsByName.get("daily-create_user_profile_infos_history");
    assertThat(daily.value(field(F, "last_success"))).isEqualTo(
        Date.from(Instant.parse("2013-02-26T14:01:31.281Z")));
    assertThat(daily.value(field(F, "success_count"))).isEqualTo(67L);
    assertThat(daily.value(field(F, "error_count"))).isEqualTo(8L);
    assertThat(daily.value(field(F, "retries"))).isEqualTo(2L);
    assertThat(daily.value(field(F, "async"))).isEqualTo(true);
    assertThat(daily.value(field(F, "epsilon"))).isEqualTo("PT2H");
    assertThat(daily.value(field(F, "last_status"))).isEqualTo("success");
    // The 2013 graph has no current-state column.
    assertThat(daily.value(field(F, "state"))).isNull();
    assertThat(daily.value(field(F, "running_tasks"))).isNull();

    Record dependent = jobsByName.get("hostings_earnings_summary#async");
    assertThat(dependent.value(field(F, "parents")))
        .isEqualTo("db_export-airbed_hostings,db_export-airbed_reservation2s");
    assertThat(dependent.value(field(F, "schedule"))).isNull();
    assertThat(dependent.value(field(F, "last_error"))).isNull(); // "" means never
    // Not a default field, but in the job's JSON: reachable by pointer.
    assertThat(dependent.value("/executor", FieldType.STRING))
        .isEqualTo("/srv/mesos/utils/async-executor.arx");

    assertThat(jobsByName.get("daily_db_export-full_adexploder_tables")
        .value(field(F, "last_status"))).isEqualTo("fresh");
    assertThat(jobsByName.get("glop").value(field(F, "last_status"))).isEqualTo("failure");
  }

  @Test
  void theNamePatternKeepsMatchingJobsOnly() {
    long expected = StreamSupport.stream(tree(JOBS).spliterator(), false)
        .filter(j -> Pattern.matches("db_export-.*", j.path("name").asText())).count();
    List<Record> rows = readLegacy(new RowFilter("", "", "", "db_export-.*"));
    assertThat(rows).hasSize((int) expected).hasSizeLessThan(239).isNotEmpty();
    assertThat(rows).allSatisfy(r -> assertThat((String) r.value(field(F, "name")))
        .startsWith("db_export-"));
    assertThat(ChronosEntities.reader(ChronosEntities.JOBS, client(ChronosVersion.V2)).filters())
        .containsExactly(RowFilter.NAME_PATTERN);
  }

  @Test
  void aBadPatternNamesItself() {
    assertThatThrownBy(() -> new RowFilter("", "", "", "db_export-(["))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'db_export-(['");
  }

  @Test
  void theDocsJobsAsA3xListTypeTheirValues() throws InterruptedException {
    serve("[" + ChronosFixtures.text("docs-api.scheduled-job.SAMPLE_JOB1.json") + ","
        + ChronosFixtures.text("docs-api.docker-job.dockerjob.json") + ","
        + ChronosFixtures.text("docs-api.dependent-job.hostings_earnings_summary.json") + "]");
    serve(GRAPH);
    CollectingSink sink = CollectingSink.collecting();
    List<ResponseInfo> answered = sink.answers;
    List<Record> rows = sink.records;
    ChronosEntities.reader(ChronosEntities.JOBS, client(ChronosVersion.V3)).read(RowFilter.NONE,
        sink, CancellationToken.none());
    assertThat(server.takeRequest().getTarget()).isEqualTo("/v1/scheduler/jobs");
    assertThat(server.takeRequest().getTarget()).isEqualTo("/v1/scheduler/graph/csv");
    assertThat(answered).extracting(ResponseInfo::url).containsExactly(server.url("/")
        .toString());

    Map<Object, Record> jobs = byName(rows);
    assertThat(jobs).containsOnlyKeys("SAMPLE_JOB1", "dockerjob", "hostings_earnings_summary");
    Record docker = jobs.get("dockerjob");
    assertThat(docker.value(field(F, "container_image"))).isEqualTo("libmesos/ubuntu");
    assertThat(docker.value(field(F, "cpus"))).isEqualTo(0.5); // the docs send "0.5"
    assertThat(docker.value(field(F, "mem"))).isEqualTo(512.0);
    assertThat(docker.value(field(F, "last_status"))).isNull(); // not in that graph
    assertThat(jobs.get("SAMPLE_JOB1").value(field(F, "async"))).isEqualTo(false);
    assertThat(jobs.get("hostings_earnings_summary").value(field(F, "last_success")))
        .isEqualTo(Date.from(Instant.parse("2013-03-15T13:02:14.243Z")));
  }

  @Test
  void anAnswerThatIsNotAListSaysSo() {
    serve(ChronosFixtures.text("docs-api.scheduled-job.SAMPLE_JOB1.json"));
    EntityReader reader = ChronosEntities.reader(ChronosEntities.JOBS,
        client(ChronosVersion.V3));
    assertThatThrownBy(() -> reader.read(RowFilter.NONE, r -> true, CancellationToken.none()))
        .isInstanceOf(BadResponseException.class).hasMessageContaining("/v1/scheduler/jobs")
        .hasMessageContaining("JSON array of jobs");
  }

  @Test
  void readingStopsWhenTheSinkSaysSo() {
    serve(JOBS);
    serve(GRAPH);
    List<Record> out = new ArrayList<>();
    long n = ChronosEntities.reader(ChronosEntities.JOBS, client(ChronosVersion.V2))
        .read(RowFilter.NONE, r -> out.add(r) && out.size() < 5, CancellationToken.none());
    assertThat(n).isEqualTo(5);
    assertThat(out).hasSize(5);
  }

  private static JsonNode tree(String json) {
    try {
      return Json.MAPPER.readTree(json);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
