package io.pdimesos.core.rows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.http.Json;
import io.pdimesos.core.http.ServiceSettings;
import io.pdimesos.core.metronome.MetronomeClient;
import io.pdimesos.testsupport.MetronomeFixtures;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Metronome readers over the job list fixture, with the embeds added the way
 * JobInfoWrites adds them: active runs from the run list fixture, the history summary and
 * history as JobHistorySummaryWrites and JobHistoryWrites write them (models/package.scala).
 */
class MetronomeEntitiesTest {
  private final MockWebServer server = new MockWebServer();
  private MetronomeClient client;

  @BeforeEach
  void start() throws Exception {
    server.start();
    client = new MetronomeClient(ServiceSettings.of(server.url("/").toString()),
        ProgressListener.NONE);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static ArrayNode jobsWithEmbeds() {
    ArrayNode jobs = (ArrayNode) MetronomeFixtures.json("v1.examples.job_list.json");
    ObjectNode summary = (ObjectNode) jobs.get(0);
    ArrayNode runs = (ArrayNode) MetronomeFixtures.json("v1.examples.run_list.json");
    ((ObjectNode) runs.get(1)).put("status", "ACTIVE").putArray("tasks").addObject()
        .put("id", "prod_20160712081159ORxez.7d1e0f7b").put("status", "TASK_RUNNING")
        .put("startedAt", "2016-07-12T08:12:01.000+0000");
    summary.set("activeRuns", runs);
    summary.putObject("historySummary").put("successCount", 3).put("failureCount", 1)
        .put("lastSuccessAt", "2016-07-14T23:00:02.113+0000")
        .put("lastFailureAt", "2016-07-13T23:00:01.004+0000");
    ObjectNode h = summary.putObject("history").put("successCount", 1).put("failureCount", 1);
    h.putArray("successfulFinishedRuns").addObject().put("id", "20160714230000hUjNg")
        .put("createdAt", "2016-07-14T23:00:00.000+0000")
        .put("finishedAt", "2016-07-14T23:00:02.113+0000").putArray("tasks").add("t1");
    h.putArray("failedFinishedRuns").addObject().put("id", "20160715230000PoIuY")
        .put("createdAt", "2016-07-15T23:00:00.000+0000")
        .put("finishedAt", "2016-07-15T23:00:01.004+0000").putArray("tasks");
    ((ObjectNode) jobs.get(1)).putArray("activeRuns");
    return jobs;
  }

  private CollectingSink read(String code, RowFilter filter) throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).body(Json.write(jobsWithEmbeds()))
        .build());
    CollectingSink sink = CollectingSink.collecting();
    MetronomeEntities.reader(code, client).read(filter, sink, CancellationToken.none());
    return sink;
  }

  @Test
  void jobsCarryTheirHistorySummaryAndWhatIsActive() throws Exception {
    CollectingSink sink = read("jobs", RowFilter.NONE);

    assertThat(server.takeRequest(1, TimeUnit.SECONDS).getTarget())
        .isEqualTo("/v1/jobs?embed=activeRuns&embed=historySummary");
    assertThat(sink.answers).hasSize(1);
    assertThat(sink.records).hasSize(2);
    Record summary = sink.records.get(0);
    assertThat(value("jobs", summary, "id")).isEqualTo("prod.email.summary");
    assertThat(value("jobs", summary, "success_count")).isEqualTo(3L);
    assertThat(value("jobs", summary, "last_success_at"))
        .isEqualTo(Date.from(Instant.parse("2016-07-14T23:00:02.113Z")));
    assertThat(value("jobs", summary, "state")).isEqualTo("active");
    assertThat(value("jobs", summary, "active_runs")).isEqualTo(4L);
    assertThat((String) value("jobs", summary, "active_run_ids"))
        .startsWith("20160715130259A34HX,");
    assertThat(value("jobs", summary, "schedule_cron")).isNull();
    Record cleaner = sink.records.get(1);
    assertThat(value("jobs", cleaner, "state")).isEqualTo("idle");
    assertThat(value("jobs", cleaner, "success_count")).isNull();
  }

  @Test
  void runsAreTheActiveRunsOfEveryJob() throws Exception {
    CollectingSink sink = read("runs", new RowFilter("", "", "", "prod\\..*"));

    assertThat(server.takeRequest(1, TimeUnit.SECONDS).getTarget())
        .isEqualTo("/v1/jobs?embed=activeRuns");
    assertThat(sink.records).hasSize(4);
    Record second = sink.records.get(1);
    assertThat(value("runs", second, "run_id")).isEqualTo("20160712081159ORxez");
    assertThat(value("runs", second, "status")).isEqualTo("ACTIVE");
    assertThat(value("runs", second, "created_at"))
        .isEqualTo(Date.from(Instant.parse("2016-07-12T08:11:59.966Z")));
    assertThat(value("runs", second, "task_ids")).isEqualTo("prod_20160712081159ORxez.7d1e0f7b");
    assertThat(value("runs", second, "task_states")).isEqualTo("TASK_RUNNING");
  }

  @Test
  void historyMergesBothListsNewestFirst() throws Exception {
    CollectingSink sink = read("history", RowFilter.NONE);

    assertThat(sink.records).extracting(r -> value("history", r, "run_id"))
        .containsExactly("20160715230000PoIuY", "20160714230000hUjNg");
    assertThat(sink.records).extracting(r -> value("history", r, "outcome"))
        .containsExactly("failure", "success");
    assertThat(value("history", sink.records.get(1), "job_id")).isEqualTo("prod.email.summary");
    assertThat(value("history", sink.records.get(1), "task_ids")).isEqualTo("t1");
  }

  @Test
  void theNameFilterIsAppliedToJobIds() throws Exception {
    assertThat(read("jobs", new RowFilter("", "", "", "clean.*")).records).hasSize(1);
    assertThatThrownBy(() -> MetronomeEntities.reader("apps", client))
        .hasMessageContaining("Unknown Metronome entity 'apps'")
        .hasMessageContaining("[jobs, runs, history]");
  }

  private static Object value(String code, Record r, String field) {
    for (SourceField f : MetronomeEntities.defaultFields(code)) {
      if (f.name().equals(field)) {
        return r.value(f);
      }
    }
    throw new AssertionError("no field " + field + " in " + code);
  }
}
