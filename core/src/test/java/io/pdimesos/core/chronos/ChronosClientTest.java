package io.pdimesos.core.chronos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.error.BadResponseException;
import io.pdimesos.core.error.NotFoundException;
import io.pdimesos.core.error.RejectedException;
import io.pdimesos.core.http.Json;
import io.pdimesos.core.http.RetryPolicy;
import io.pdimesos.core.http.ServiceSettings;
import io.pdimesos.core.http.Timeouts;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ChronosClientTest {
  static final String JOBS = ChronosFixtures.text("legacy-2013-ui-stub.jobs.json");
  static final String CAMUS = ChronosFixtures.text("docs-api.sample-job.camus_kafka2hdfs.json");
  static final String CSV = ChronosFixtures.text("legacy-2013-ui-stub.graph.csv");
  /** Shape of ApiResult 3.x: the whole stack trace in "message" (chronos.md §7). */
  static final String NOT_FOUND_3X = "{\"message\":\"java.lang.IllegalArgumentException:"
      + " requirement failed: Job 'foo' not found\\n\\tat scala.Predef$.require(Predef.scala:224)"
      + "\\n\\tat org.apache.mesos.chronos.scheduler.api.JobManagementResource.trigger"
      + "(JobManagementResource.scala:160)\\n\",\"status\":\"Bad Request\"}";

  private final MockWebServer server = new MockWebServer();
  private final List<String> log = new ArrayList<>();

  @BeforeEach
  void start() throws Exception {
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  ChronosClient client(ChronosVersion v) {
    ServiceSettings s = ServiceSettings.builder().urls(server.url("/").toString())
        .retry(RetryPolicy.of(4, 5, 20, 5_000, 0)).timeouts(Timeouts.of(1_000, 2_000, 5_000))
        .build();
    return new ChronosClient(s, v, new ProgressListener() {
      @Override
      public void basic(String line) {
        log.add(line);
      }
    });
  }

  static MockResponse ok(String body) {
    return new MockResponse.Builder().code(200).body(body).build();
  }

  static MockResponse status(int code, String body) {
    return new MockResponse.Builder().code(code).body(body).build();
  }

  static MockResponse noContent() {
    return new MockResponse.Builder().code(204).build();
  }

  RecordedRequest take() throws InterruptedException {
    RecordedRequest r = server.takeRequest(2, TimeUnit.SECONDS);
    assertThat(r).as("request sent").isNotNull();
    return r;
  }

  static String prefix(ChronosVersion v) {
    return v == ChronosVersion.V3 ? "/v1/scheduler" : "/scheduler";
  }

  // ---- version detection -------------------------------------------------------------------

  @Test
  void detects3xWithOneProbeAndReusesItsJobList() throws Exception {
    server.enqueue(ok(JOBS));
    server.enqueue(ok(CSV));
    ChronosClient c = client(ChronosVersion.AUTO);

    assertThat(c.listJobs(CancellationToken.none())).hasSize(239);
    assertThat(c.version(CancellationToken.none())).isEqualTo(ChronosVersion.V3);
    c.graph(CancellationToken.none());

    assertThat(take().getTarget()).isEqualTo("/v1/scheduler/jobs");
    assertThat(take().getTarget()).isEqualTo("/v1/scheduler/graph/csv");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void fallsBackTo2xOn404AndAsksOnlyOnce() throws Exception {
    server.enqueue(status(404, "<html><body>Not Found</body></html>"));
    server.enqueue(ok(JOBS));
    server.enqueue(noContent());
    ChronosClient c = client(ChronosVersion.AUTO);

    assertThat(c.version(CancellationToken.none())).isEqualTo(ChronosVersion.V2);
    assertThat(c.version(CancellationToken.none())).isEqualTo(ChronosVersion.V2);
    c.killTasks("daily-create_hostings_history", CancellationToken.none());

    assertThat(take().getTarget()).isEqualTo("/v1/scheduler/jobs");
    assertThat(take().getTarget()).isEqualTo("/scheduler/jobs");
    RecordedRequest kill = take();
    assertThat(kill.getMethod()).isEqualTo("DELETE");
    assertThat(kill.getTarget()).isEqualTo("/scheduler/task/kill/daily-create_hostings_history");
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void concurrentCallersShareOneProbe() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).body(JOBS)
        .headersDelay(200, TimeUnit.MILLISECONDS).build());
    ChronosClient c = client(ChronosVersion.AUTO);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<ChronosVersion>> fs = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        fs.add(pool.submit(() -> {
          go.await();
          return c.version(CancellationToken.none());
        }));
      }
      go.countDown();
      for (Future<ChronosVersion> f : fs) {
        assertThat(f.get(5, TimeUnit.SECONDS)).isEqualTo(ChronosVersion.V3);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void neitherPrefixAnsweringIsReportedAsNotChronos() {
    server.enqueue(status(404, ""));
    server.enqueue(status(404, ""));
    assertThatThrownBy(() -> client(ChronosVersion.AUTO).listJobs(CancellationToken.none()))
        .isInstanceOf(BadResponseException.class)
        .hasMessageContaining("/v1/scheduler/jobs").hasMessageContaining("/scheduler/jobs")
        .hasMessageContaining("Chronos URL");
  }

  // ---- one test per endpoint, on both API generations ----------------------------------------

  @ParameterizedTest
  @EnumSource(value = ChronosVersion.class, names = {"V2", "V3"})
  void listsJobs(ChronosVersion v) throws Exception {
    server.enqueue(ok(JOBS));
    List<ChronosJob> jobs = client(v).listJobs(CancellationToken.none());

    RecordedRequest r = take();
    assertThat(r.getMethod()).isEqualTo("GET");
    assertThat(r.getTarget()).isEqualTo(prefix(v) + "/jobs");
    assertThat(r.getHeaders().get("Accept")).isEqualTo("application/json");
    assertThat(jobs).hasSize(239);
    assertThat(jobs.stream().filter(ChronosJob::isDependent).count()).isEqualTo(45);
    ChronosJob first = jobs.get(0);
    assertThat(first.name()).isEqualTo("daily-create_user_profile_infos_history");
    assertThat(first.counters().successCount()).isEqualTo(67);
    assertThat(first.errorCount()).isEqualTo(8);
    assertThat(first.lastSuccess()).isEqualTo("2013-02-26T14:01:31.281Z");
    assertThat(first.field("epsilon").asText()).isEqualTo("PT2H"); // 1.x field kept as is
  }

  @ParameterizedTest
  @EnumSource(value = ChronosVersion.class, names = {"V2", "V3"})
  void searchesWithAnExplicitLimitAndFiltersExactNames(ChronosVersion v) throws Exception {
    server.enqueue(ok(JOBS));
    server.enqueue(ok(JOBS));
    ChronosClient c = client(v);

    List<ChronosJob> exact = c.search(JobSearch.byName("daily-create_hostings_history")
        .exactName(true), CancellationToken.none());
    List<ChronosJob> page = c.search(new JobSearch().command("hive").any("x").limit(50)
        .offset(100), CancellationToken.none());

    assertThat(take().getTarget()).isEqualTo(prefix(v)
        + "/jobs/search?name=daily-create_hostings_history&limit=1000&offset=0");
    assertThat(take().getTarget()).isEqualTo(prefix(v)
        + "/jobs/search?command=hive&any=x&limit=50&offset=100");
    assertThat(exact).extracting(ChronosJob::name).containsExactly("daily-create_hostings_history");
    assertThat(page).hasSize(239); // no name to filter on: the server's answer as is
  }

  @Test
  void getsOneJobDirectlyOn3x() throws Exception {
    server.enqueue(ok(CAMUS));
    ChronosJob j = client(ChronosVersion.V3).getJob("camus_kafka2hdfs", CancellationToken.none());

    RecordedRequest r = take();
    assertThat(r.getMethod()).isEqualTo("GET");
    assertThat(r.getTarget()).isEqualTo("/v1/scheduler/job/camus_kafka2hdfs");
    assertThat(j.name()).isEqualTo("camus_kafka2hdfs");
    assertThat(j.shell()).isFalse();
    assertThat(j.arguments()).containsExactly("-verbose", "-debug");
    assertThat(j.environmentVariables()).containsEntry("JVMOPTS", "-Xmx1000m");
    assertThat(j.counters().successCount()).isEqualTo(190);
    assertThat(j.counters().errorCount()).isEqualTo(3);
    assertThat(j.lastError()).isEqualTo("2014-03-01T00:10:15.957Z");
    assertThat(j.cpus()).isEqualTo(1.0);
    assertThat(j.disk()).isEqualTo(10240.0);
  }

  @Test
  void unknownJobOn3xIsNotFoundWithTheFirstLineOfTheStackTrace() {
    server.enqueue(status(400, NOT_FOUND_3X));
    assertThatThrownBy(() -> client(ChronosVersion.V3).getJob("foo", CancellationToken.none()))
        .isInstanceOfSatisfying(NotFoundException.class, e -> {
          assertThat(e.serverMessage()).isEqualTo("requirement failed: Job 'foo' not found");
          assertThat(e.getMessage()).doesNotContain("Predef").doesNotContain("\n");
        });
  }

  @Test
  void getsOneJobOn2xFromTheListByExactName() throws Exception {
    server.enqueue(ok(JOBS));
    server.enqueue(ok(JOBS));
    server.enqueue(ok(JOBS));
    ChronosClient c = client(ChronosVersion.V2);

    ChronosJob j = c.getJob("host_earnings_cohorts#async", CancellationToken.none());
    assertThat(j.name()).isEqualTo("host_earnings_cohorts#async");
    assertThat(take().getTarget()).isEqualTo("/scheduler/jobs");
    assertThatThrownBy(() -> c.getJob("daily-create", CancellationToken.none()))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("Chronos has no job named 'daily-create'");
    assertThat(c.findJob("daily-create", CancellationToken.none())).isNull();
  }

  @ParameterizedTest
  @EnumSource(value = ChronosVersion.class, names = {"V2", "V3"})
  void upsertsScheduledJobsToIso8601(ChronosVersion v) throws Exception {
    server.enqueue(noContent());
    String body = ChronosFixtures.text("docs-api.docker-job.dockerjob.json");
    client(v).upsert(ChronosJob.fromJson(body), CancellationToken.none());

    RecordedRequest r = take();
    assertThat(r.getMethod()).isEqualTo("POST");
    assertThat(r.getTarget()).isEqualTo(prefix(v) + "/iso8601");
    assertThat(r.getHeaders().get("Content-Type")).startsWith("application/json");
    assertThat(Json.MAPPER.readTree(r.getBody().utf8())).isEqualTo(Json.MAPPER.readTree(body));
  }

  @ParameterizedTest
  @EnumSource(value = ChronosVersion.class, names = {"V2", "V3"})
  void upsertsDependentJobsToDependencyAndRetriesThemAcrossALeaderChange(ChronosVersion v)
      throws Exception {
    server.enqueue(status(500, ChronosDialect.PROXY_ERROR
        + " (maybe the leadership just changed?)\njava.net.ConnectException: refused"));
    server.enqueue(noContent());
    String body = ChronosFixtures.text("docs-api.dependent-job.hostings_earnings_summary.json");
    client(v).upsert(ChronosJob.fromJson(body), CancellationToken.none());

    for (int i = 0; i < 2; i++) {
      RecordedRequest r = take();
      assertThat(r.getMethod()).isEqualTo("POST");
      assertThat(r.getTarget()).isEqualTo(prefix(v) + "/dependency");
      assertThat(Json.MAPPER.readTree(r.getBody().utf8())).isEqualTo(Json.MAPPER.readTree(body));
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(value = ChronosVersion.class, names = {"V2", "V3"})
  void runsNowWithArguments(ChronosVersion v) throws Exception {
    server.enqueue(noContent());
    server.enqueue(noContent());
    ChronosClient c = client(v);
    c.runNow("camus_kafka2hdfs", "--day 2030-01-01", CancellationToken.none());
    c.runNow("camus_kafka2hdfs", null, CancellationToken.none());

    RecordedRequest r = take();
    assertThat(r.getMethod()).isEqualTo("PUT");
    assertThat(r.getTarget()).isEqualTo(prefix(v)
        + "/job/camus_kafka2hdfs?arguments=--day%202030-01-01");
    assertThat(r.getBody().size()).isZero();
    assertThat(take().getTarget()).isEqualTo(prefix(v) + "/job/camus_kafka2hdfs");
  }

  @Test
  void aLastingLeaderProxyFailureIsTriedAsOftenAsThePolicySaysThenQuoted() {
    for (int i = 0; i < 5; i++) {
      server.enqueue(status(500, ChronosDialect.PROXY_ERROR
          + " (maybe the leadership just changed?)\n\tat RedirectFilter.doFilter"));
    }
    assertThatThrownBy(() -> client(ChronosVersion.V3).listJobs(CancellationToken.none()))
        .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.serverMessage())
            .isEqualTo("Error proxying request to leader (maybe the leadership just changed?)"));
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void aProxyFailureMovesOnToTheNextChronosAtOnce() throws Exception {
    try (MockWebServer second = new MockWebServer()) {
      second.start();
      server.enqueue(status(500, ChronosDialect.PROXY_ERROR + " (maybe the leadership just"
          + " changed?)"));
      second.enqueue(ok(CAMUS));
      ServiceSettings s = ServiceSettings.builder()
          .urls(server.url("/").toString() + "," + second.url("/").toString())
          .retry(RetryPolicy.of(4, 5, 20, 5_000, 0)).build();
      ChronosJob j = new ChronosClient(s, ChronosVersion.V3, ProgressListener.NONE)
          .getJob("camus_kafka2hdfs", CancellationToken.none());

      assertThat(j.name()).isEqualTo("camus_kafka2hdfs");
      assertThat(server.getRequestCount()).isEqualTo(1);
      assertThat(second.getRequestCount()).isEqualTo(1);
    }
  }

  @Test
  void runNowIsNotRepeatedAfterAProxyFailure() {
    server.enqueue(status(500, ChronosDialect.PROXY_ERROR + " (maybe the leadership just"
        + " changed?)\n\tat org.apache.mesos.chronos.scheduler.api.RedirectFilter"));
    server.enqueue(noContent());
    assertThatThrownBy(() -> client(ChronosVersion.V3).runNow("a", null, CancellationToken.none()))
        .isInstanceOf(RejectedException.class)
        .hasMessageContaining("Error proxying request to leader (maybe the leadership just changed?)")
        .hasMessageNotContaining("RedirectFilter");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void rejectsUnsafeRunArgumentsBeforeSending() {
    assertThatThrownBy(() -> client(ChronosVersion.V3).runNow("a", "--out=/tmp/x;rm",
        CancellationToken.none())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'/;'");
    assertThat(server.getRequestCount()).isZero();
  }

  @ParameterizedTest
  @EnumSource(value = ChronosVersion.class, names = {"V2", "V3"})
  void deletesJobsAndKillsTasks(ChronosVersion v) throws Exception {
    server.enqueue(noContent());
    server.enqueue(noContent());
    ChronosClient c = client(v);
    c.deleteJob("SAMPLE_JOB1", CancellationToken.none());
    c.killTasks("SAMPLE_JOB1", CancellationToken.none());

    RecordedRequest d = take();
    assertThat(d.getMethod()).isEqualTo("DELETE");
    assertThat(d.getTarget()).isEqualTo(prefix(v) + "/job/SAMPLE_JOB1");
    RecordedRequest k = take();
    assertThat(k.getMethod()).isEqualTo("DELETE");
    assertThat(k.getTarget()).isEqualTo(prefix(v) + "/task/kill/SAMPLE_JOB1");
  }

  @Test
  void encodes2xNamesWithSpacesAndHashAsOnePathSegment() throws Exception {
    server.enqueue(noContent());
    client(ChronosVersion.V2).deleteJob("nightly load #2", CancellationToken.none());
    assertThat(take().getTarget()).isEqualTo("/scheduler/job/nightly%20load%20%232");
  }

  @ParameterizedTest
  @EnumSource(value = ChronosVersion.class, names = {"V2", "V3"})
  void readsJobStatAndLeader(ChronosVersion v) throws Exception {
    // Shapes from JobStatWrapperSerializer and LeaderRestModule (chronos.md §2; no fixture exists).
    server.enqueue(ok("{\"histogram\":{\"75thPercentile\":2.0,\"95thPercentile\":2.0,"
        + "\"98thPercentile\":2.0,\"99thPercentile\":2.0,\"median\":1.5,\"mean\":1.5,\"count\":4},"
        + "\"taskStatHistory\":[]}"));
    server.enqueue(ok("{\"leader\":\"chronos-2.example:4400\"}"));
    ChronosClient c = client(v);

    JsonNode stat = c.jobStat("SAMPLE_JOB1", CancellationToken.none());
    String leader = c.leader(CancellationToken.none());

    assertThat(take().getTarget()).isEqualTo(prefix(v) + "/job/stat/SAMPLE_JOB1");
    assertThat(take().getTarget()).isEqualTo(prefix(v) + "/leader");
    assertThat(stat.path("histogram").path("count").asInt()).isEqualTo(4);
    assertThat(leader).isEqualTo("chronos-2.example:4400");
  }

  @Test
  void summaryIs3xOnlyAndSwapsNothing() throws Exception {
    // JobSummaryWrapper: "status" is the last outcome, "state" the current state (chronos.md §2).
    server.enqueue(ok("{\"jobs\":[{\"name\":\"a\",\"status\":\"success\",\"state\":\"1 running\","
        + "\"schedule\":\"R/2030-01-01T00:00:00.000Z/P1D\",\"parents\":[],\"disabled\":false},"
        + "{\"name\":\"b\",\"status\":\"fresh\",\"state\":\"idle\",\"schedule\":\"\","
        + "\"parents\":[\"a\"],\"disabled\":false}]}"));
    List<JobState> s = client(ChronosVersion.V3).summary(CancellationToken.none());

    assertThat(take().getTarget()).isEqualTo("/v1/scheduler/jobs/summary");
    assertThat(s).hasSize(2);
    assertThat(s.get(0).lastOutcome()).isEqualTo("success");
    assertThat(s.get(0).activity()).isEqualTo(JobState.Activity.RUNNING);
    assertThat(s.get(1).isIdle()).isTrue();
    assertThatThrownBy(() -> client(ChronosVersion.V2).summary(CancellationToken.none()))
        .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("3.x");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(value = ChronosVersion.class, names = {"V2", "V3"})
  void readsTheGraphCsvAcceptingText(ChronosVersion v) throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).body(CSV)
        .setHeader("Content-Type", "text/plain").build());
    GraphCsv g = client(v).graph(CancellationToken.none());

    RecordedRequest r = take();
    assertThat(r.getTarget()).isEqualTo(prefix(v) + "/graph/csv");
    assertThat(r.getHeaders().get("Accept")).startsWith("text/plain");
    assertThat(g.nodes()).hasSize(239);
    assertThat(g.links()).hasSize(61);
  }
}
