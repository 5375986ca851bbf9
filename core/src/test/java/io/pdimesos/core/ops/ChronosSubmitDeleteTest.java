package io.pdimesos.core.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.chronos.ChronosClient;
import io.pdimesos.core.chronos.ChronosFixtures;
import io.pdimesos.core.chronos.ChronosJob;
import io.pdimesos.core.chronos.ChronosVersion;
import io.pdimesos.core.chronos.GraphCsv;
import io.pdimesos.core.http.Json;
import io.pdimesos.core.http.RetryPolicy;
import io.pdimesos.core.http.ServiceSettings;
import io.pdimesos.core.http.Timeouts;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChronosSubmitDeleteTest {
  static final String SAMPLE = ChronosFixtures.text("docs-api.scheduled-job.SAMPLE_JOB1.json");
  static final String DEPENDENT =
      ChronosFixtures.text("docs-api.dependent-job.hostings_earnings_summary.json");
  static final String JOBS = ChronosFixtures.text("legacy-2013-ui-stub.jobs.json");
  static final String NOT_FOUND_3X = "{\"message\":\"java.lang.IllegalArgumentException:"
      + " requirement failed: Job 'SAMPLE_JOB1' not found\\n\\tat scala.Predef$.require\","
      + "\"status\":\"Bad Request\"}";

  private final MockWebServer server = new MockWebServer();
  private final List<String> log = new ArrayList<>();
  private final ProgressListener listener = new ProgressListener() {
    @Override
    public void basic(String line) {
      log.add(line);
    }
  };

  @BeforeEach
  void start() throws Exception {
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private ChronosClient client(ChronosVersion v) {
    ServiceSettings s = ServiceSettings.builder().urls(server.url("/").toString())
        .retry(RetryPolicy.of(2, 5, 20, 1_000, 0)).timeouts(Timeouts.of(1_000, 2_000, 5_000))
        .build();
    return new ChronosClient(s, v, listener);
  }

  private static MockResponse status(int code, String body) {
    return new MockResponse.Builder().code(code).body(body).build();
  }

  private RecordedRequest take() throws InterruptedException {
    RecordedRequest r = server.takeRequest(2, TimeUnit.SECONDS);
    assertThat(r).isNotNull();
    return r;
  }

  /** SAMPLE_JOB1 as a GET would show it after some runs: defaults, counters, moved schedule. */
  private static String storedSample(String command) throws Exception {
    ObjectNode n = (ObjectNode) Json.MAPPER.readTree(SAMPLE);
    n.put("schedule", "R7/2012-10-01T05:52:06.000Z/PT2S");
    n.put("command", command);
    n.put("successCount", 3).put("errorCount", 0).put("lastSuccess", "2012-10-01T05:52:05.101Z")
        .put("lastError", "").put("errorsSinceLastSuccess", 0);
    n.put("cpus", 0.1).put("mem", 128.0).put("disk", 256.0).put("shell", true).put("retries", 2)
        .put("disabled", false).put("concurrent", false).put("softError", false)
        .put("runAsUser", "root").put("description", "").put("ownerName", "")
        .put("scheduleTimeZone", "");
    n.putArray("environmentVariables");
    n.putArray("arguments");
    n.putArray("constraints");
    n.putArray("fetch");
    n.putArray("uris");
    return Json.write(n);
  }

  // ---- submit --------------------------------------------------------------------------------

  @Test
  void createsAMissingScheduledJobAndWarnsThatItsPastStartRunsItAtOnce() throws Exception {
    server.enqueue(status(400, NOT_FOUND_3X));
    server.enqueue(status(204, ""));
    ChronosSubmit.Result r = new ChronosSubmit(client(ChronosVersion.V3), listener)
        .submit(ChronosJob.fromJson(SAMPLE), false, null, 5_000, CancellationToken.none());

    assertThat(r.success()).isTrue();
    assertThat(r.action()).isEqualTo(ChronosSubmit.Action.CREATED);
    assertThat(r.triggered()).isFalse();
    assertThat(r.warnings()).anySatisfy(w -> assertThat(w).contains("starts in the past"));
    assertThat(take().getTarget()).isEqualTo("/v1/scheduler/job/SAMPLE_JOB1");
    RecordedRequest post = take();
    assertThat(post.getMethod()).isEqualTo("POST");
    assertThat(post.getTarget()).isEqualTo("/v1/scheduler/iso8601");
    assertThat(Json.MAPPER.readTree(post.getBody().utf8())).isEqualTo(Json.MAPPER.readTree(SAMPLE));
  }

  @Test
  void doesNotRepostAnUnchangedJobButRunsItWhenAsked() throws Exception {
    server.enqueue(status(200, storedSample("echo 'FOO' >> /tmp/JOB1_OUT")));
    server.enqueue(status(204, ""));
    ChronosSubmit.Result r = new ChronosSubmit(client(ChronosVersion.V3), listener)
        .submit(ChronosJob.fromJson(SAMPLE), true, "day=1", 0, CancellationToken.none());

    assertThat(r.action()).isEqualTo(ChronosSubmit.Action.UNCHANGED);
    assertThat(r.triggered()).isTrue();
    assertThat(take().getMethod()).isEqualTo("GET");
    RecordedRequest put = take();
    assertThat(put.getMethod()).isEqualTo("PUT");
    assertThat(put.getTarget()).isEqualTo("/v1/scheduler/job/SAMPLE_JOB1?arguments=day%3D1");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void repostsAChangedJobOn2x() throws Exception {
    server.enqueue(status(200, "[" + storedSample("echo old") + "]"));
    server.enqueue(status(204, ""));
    ChronosSubmit.Result r = new ChronosSubmit(client(ChronosVersion.V2), listener)
        .submit(ChronosJob.fromJson(SAMPLE), false, null, 0, CancellationToken.none());

    assertThat(r.action()).isEqualTo(ChronosSubmit.Action.UPDATED);
    assertThat(take().getTarget()).isEqualTo("/scheduler/jobs");
    RecordedRequest post = take();
    assertThat(post.getTarget()).isEqualTo("/scheduler/iso8601");
  }

  @Test
  void refusesADependentJobWhoseParentIsMissing() throws Exception {
    server.enqueue(status(200, JOBS));
    ObjectNode n = (ObjectNode) Json.MAPPER.readTree(DEPENDENT);
    ((ArrayNode) n.get("parents")).add("no_such_parent");
    ChronosSubmit.Result r = new ChronosSubmit(client(ChronosVersion.V3), listener)
        .submit(ChronosJob.fromTree(n), true, null, 0, CancellationToken.none());

    assertThat(r.success()).isFalse();
    assertThat(r.action()).isEqualTo(ChronosSubmit.Action.NOT_SUBMITTED);
    assertThat(r.message()).contains("parent job 'no_such_parent' not found")
        .doesNotContain("db_export-airbed_hostings");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void postsADependentJobWhoseParentsExist() throws Exception {
    server.enqueue(status(200, JOBS));
    server.enqueue(status(204, ""));
    ChronosSubmit.Result r = new ChronosSubmit(client(ChronosVersion.V3), listener)
        .submit(ChronosJob.fromJson(DEPENDENT), false, null, 0, CancellationToken.none());

    assertThat(r.action()).isEqualTo(ChronosSubmit.Action.CREATED);
    assertThat(take().getTarget()).isEqualTo("/v1/scheduler/jobs");
    RecordedRequest post = take();
    assertThat(post.getTarget()).isEqualTo("/v1/scheduler/dependency");
    assertThat(Json.MAPPER.readTree(post.getBody().utf8()))
        .isEqualTo(Json.MAPPER.readTree(DEPENDENT));
  }

  @Test
  void anInvalidJobIsNotSentAtAll() {
    ChronosJob bad = ChronosJob.fromJson(SAMPLE).toBuilder().name("SAMPLE#1").build();
    ChronosSubmit.Result r = new ChronosSubmit(client(ChronosVersion.V3), listener)
        .submit(bad, false, null, 0, CancellationToken.none());

    assertThat(r.success()).isFalse();
    assertThat(r.message()).contains("Job name 'SAMPLE#1' is not valid for Chronos 3.x");
    assertThat(server.getRequestCount()).isZero();
  }

  // ---- delete --------------------------------------------------------------------------------

  @Test
  void killsARunningJobThenDeletesItAndNamesTheRewiredChildren() throws Exception {
    server.enqueue(status(200, ChronosFixtures.text("docs-api.sample-job.camus_kafka2hdfs.json")));
    server.enqueue(status(200, "node,camus_kafka2hdfs,success,1 running\nnode,load,fresh,idle\n"
        + "link,camus_kafka2hdfs,load\n"));
    server.enqueue(status(204, ""));
    server.enqueue(status(204, ""));
    ChronosDelete.Result r = new ChronosDelete(client(ChronosVersion.V3), listener)
        .delete("camus_kafka2hdfs", true, true, 5_000, CancellationToken.none());

    assertThat(r.success()).isTrue();
    assertThat(r.killed()).isTrue();
    assertThat(r.rewiredChildren()).containsExactly("load");
    assertThat(r.diagnostics()).singleElement().asString().contains("became scheduled jobs");
    assertThat(take().getTarget()).isEqualTo("/v1/scheduler/job/camus_kafka2hdfs");
    assertThat(take().getTarget()).isEqualTo("/v1/scheduler/graph/csv");
    RecordedRequest kill = take();
    assertThat(kill.getMethod() + " " + kill.getTarget())
        .isEqualTo("DELETE /v1/scheduler/task/kill/camus_kafka2hdfs");
    RecordedRequest del = take();
    assertThat(del.getMethod() + " " + del.getTarget())
        .isEqualTo("DELETE /v1/scheduler/job/camus_kafka2hdfs");
  }

  @Test
  void aMissingJobIsAlreadyDeletedOrAFailureAsAsked() {
    server.enqueue(status(400, NOT_FOUND_3X));
    server.enqueue(status(400, NOT_FOUND_3X));
    ChronosDelete d = new ChronosDelete(client(ChronosVersion.V3), listener);

    ChronosDelete.Result ok = d.delete("SAMPLE_JOB1", true, true, 0, CancellationToken.none());
    ChronosDelete.Result fail = d.delete("SAMPLE_JOB1", true, false, 0, CancellationToken.none());

    assertThat(ok.success()).isTrue();
    assertThat(ok.existed()).isFalse();
    assertThat(fail.success()).isFalse();
    assertThat(fail.message()).isEqualTo("Chronos has no job named 'SAMPLE_JOB1'");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void deletesAnIdleDependentJobOn2xWithoutKilling() throws Exception {
    String csv = ChronosFixtures.text("legacy-2013-ui-stub.graph.csv");
    // Make the job's state column explicit (2.3+ form) so "idle" means no kill is needed.
    GraphCsv legacy = GraphCsv.parse(csv);
    String job = "bookings_history";
    assertThat(legacy.state(job)).isNotNull();
    server.enqueue(status(200, JOBS));
    server.enqueue(status(200, csv.replace("node," + job + "," + legacy.state(job).lastOutcome(),
        "node," + job + "," + legacy.state(job).lastOutcome() + ",idle")));
    server.enqueue(status(204, ""));
    ChronosDelete.Result r = new ChronosDelete(client(ChronosVersion.V2), listener)
        .delete(job, true, false, 0, CancellationToken.none());

    assertThat(r.success()).isTrue();
    assertThat(r.killed()).isFalse();
    assertThat(take().getTarget()).isEqualTo("/scheduler/jobs");
    assertThat(take().getTarget()).isEqualTo("/scheduler/graph/csv");
    RecordedRequest del = take();
    assertThat(del.getMethod() + " " + del.getTarget())
        .isEqualTo("DELETE /scheduler/job/" + job);
    assertThat(r.rewiredChildren()).isEmpty(); // a leaf: its parent hostings_summary stays
    assertThat(legacy.children("hostings_summary")).contains(job);
  }
}
