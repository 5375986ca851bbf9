package io.pdimesos.core.metronome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.error.BadResponseException;
import io.pdimesos.core.error.ClusterException;
import io.pdimesos.core.error.NotFoundException;
import io.pdimesos.core.error.RejectedException;
import io.pdimesos.core.http.Json;
import io.pdimesos.core.http.RetryPolicy;
import io.pdimesos.core.http.ServiceSettings;
import io.pdimesos.core.http.Timeouts;
import io.pdimesos.core.metronome.MetronomeClient.Embed;
import io.pdimesos.core.metronome.MetronomeConflictException.Reason;
import io.pdimesos.testsupport.MetronomeFixtures;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MetronomeClientTest {
  private static final CancellationToken T = CancellationToken.none();
  private final MockWebServer server = new MockWebServer();

  @BeforeEach
  void start() throws Exception {
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private MetronomeClient client() {
    return new MetronomeClient(ServiceSettings.builder().urls(server.url("/").toString())
        .retry(RetryPolicy.of(3, 5, 20, 5_000, 0)).timeouts(Timeouts.of(1_000, 2_000, 5_000))
        .build(), ProgressListener.NONE);
  }

  private static MockResponse answer(int code, String body) {
    return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json")
        .body(body).build();
  }

  private RecordedRequest take() throws InterruptedException {
    RecordedRequest r = server.takeRequest(2, TimeUnit.SECONDS);
    assertThat(r).as("request sent").isNotNull();
    return r;
  }

  private static JsonNode body(RecordedRequest r) throws Exception {
    return Json.MAPPER.readTree(r.getBody().utf8());
  }

  // ---- jobs --------------------------------------------------------------------------------

  @Test
  void listsJobsWithEveryEmbedAsItsOwnParameter() throws Exception {
    server.enqueue(answer(200, MetronomeFixtures.text("v1.examples.job_list.json")));

    List<MetronomeJob> jobs = client().listJobs(EnumSet.of(Embed.ACTIVE_RUNS,
        Embed.HISTORY_SUMMARY), T);

    RecordedRequest r = take();
    assertThat(r.getMethod()).isEqualTo("GET");
    assertThat(r.getTarget()).isEqualTo("/v1/jobs?embed=activeRuns&embed=historySummary");
    assertThat(r.getHeaders().get("Accept")).isEqualTo("application/json");
    // an answer is read as it came, even the upstream example's id that the pattern refuses
    assertThat(jobs).extracting(MetronomeJob::id)
        .containsExactly("prod.email.summary", "cleanDb --force");
    assertThat(jobs.get(0).cmd()).isEqualTo("sendSummary");
    assertThat(jobs.get(0).mem()).isEqualTo(32.0);
    assertThat(jobs.get(0).activeRuns()).isEmpty();
    assertThat(jobs.get(0).history()).isNull();
  }

  @Test
  void readsOneJobAndItsTypedFields() throws Exception {
    server.enqueue(answer(200, MetronomeFixtures.text("v1.examples.job.json")));

    MetronomeJob job = client().getJob("prod.example.app", EnumSet.of(Embed.HISTORY), T);

    assertThat(take().getTarget()).isEqualTo("/v1/jobs/prod.example.app?embed=history");
    assertThat(job.description()).isEqualTo("Example Application");
    assertThat(job.dockerImage()).isEqualTo("foo/bla:test");
    assertThat(job.cpus()).isEqualTo(1.5);
    assertThat(job.labels()).containsEntry("owner", "zeus");
    assertThat(job.schedules()).isEmpty();
  }

  @Test
  void anUnknownJobIsNotFoundQuotingTheServerAndTheId() {
    server.enqueue(answer(404, MetronomeFixtures.jobNotFound("nope")));
    server.enqueue(answer(404, MetronomeFixtures.jobNotFound("nope")));

    assertThatThrownBy(() -> client().getJob("nope", T)).isInstanceOf(NotFoundException.class)
        .hasMessageContaining("HTTP 404: Job not found ('nope')");
    assertThat(client().findJob("nope", EnumSet.noneOf(Embed.class), T)).isNull();
  }

  @Test
  void anUnknownRouteIsAWrongUrlNotAMissingJob() {
    server.enqueue(answer(404, MetronomeFixtures.clientError("Unknown route.", "/v1/jobs/x")));

    assertThatThrownBy(() -> client().getJob("x", T))
        .isInstanceOf(RejectedException.class).isNotInstanceOf(NotFoundException.class)
        .hasMessageContaining("Unknown route.").hasMessageContaining("/service/metronome");
  }

  @Test
  void createsAJobWithoutItsScheduleAndOnlyOnce() throws Exception {
    server.enqueue(answer(201, MetronomeFixtures.text("v1.examples.job.json")));
    server.enqueue(answer(409, MetronomeFixtures.detail("Job with this id already exists")));
    MetronomeJob job = MetronomeJob.fromJson(MetronomeFixtures.text("v0.examples.job.json"));
    assertThat(job.schedule().cron()).isEqualTo("20 0 * * *");

    MetronomeJob created = client().createJob(job, T);
    RecordedRequest post = take();

    assertThat(post.getMethod()).isEqualTo("POST");
    assertThat(post.getTarget()).isEqualTo("/v1/jobs");
    assertThat(post.getHeaders().get("Content-Type")).startsWith("application/json");
    JsonNode sent = body(post);
    assertThat(sent.has("schedules")).isFalse();
    assertThat(sent.get("run")).isEqualTo(job.run());
    assertThat(created.id()).isEqualTo("prod.example.app");

    assertThatThrownBy(() -> client().createJob(job, T))
        .isInstanceOfSatisfying(MetronomeConflictException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.JOB_EXISTS))
        .hasMessageContaining("Job with this id already exists");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void anInvalidJobComesBackWithItsFieldErrors() {
    server.enqueue(answer(422, MetronomeFixtures.text("v1.jobs.raml.post-422-example.json")));

    assertThatThrownBy(() -> client().createJob(MetronomeJob.builder("small").cmd("true")
        .cpus(0.1).mem(16.0).disk(0.0).build(), T))
        .isInstanceOfSatisfying(RejectedException.class, e -> {
          assertThat(e.status()).isEqualTo(422);
          assertThat(e.serverMessage()).isEqualTo("Object is not valid");
          assertThat(e.fieldErrors()).hasSize(1);
          assertThat(e.fieldErrors().get(0).path()).isEqualTo("/mem");
          assertThat(e.fieldErrors().get(0).errors()).containsExactly("is less than than 32");
        })
        .hasMessageContaining("/mem: is less than than 32");
  }

  @Test
  void updatesByPuttingTheSpecWithoutWhatTheServerEmbedded() throws Exception {
    String answered = MetronomeFixtures.text("v1.examples.job.json");
    server.enqueue(answer(200, answered));
    MetronomeJob job = MetronomeJob.fromJson(answered).toBuilder().cmd("nuke --wet").build();
    JsonNode withRuns = job.toTree().set("activeRuns", Json.MAPPER.readTree(
        MetronomeFixtures.text("v1.examples.run_list.json")));

    client().updateJob(MetronomeJob.fromTree(withRuns), T);

    RecordedRequest put = take();
    assertThat(put.getMethod()).isEqualTo("PUT");
    assertThat(put.getTarget()).isEqualTo("/v1/jobs/prod.example.app");
    JsonNode sent = body(put);
    assertThat(sent.path("run").path("cmd").asText()).isEqualTo("nuke --wet");
    assertThat(sent.has("activeRuns")).isFalse();
    assertThat(sent.has("schedules")).isFalse();
  }

  @Test
  void deleteConflictsSayWhyAndNameTheDependants() throws Exception {
    server.enqueue(answer(409, MetronomeFixtures.detail(
        "There are active job runs. Override with stopCurrentJobRuns=true")));
    server.enqueue(answer(409, MetronomeFixtures.detail(
        "There are jobs with a dependency on nightly.load."
        + " children=[nightly.report, nightly.mail]")));
    server.enqueue(answer(200, MetronomeFixtures.text("v1.examples.job.json")));
    MetronomeClient c = client();

    assertThatThrownBy(() -> c.deleteJob("nightly.load", false, T))
        .isInstanceOfSatisfying(MetronomeConflictException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.ACTIVE_RUNS));
    assertThatThrownBy(() -> c.deleteJob("nightly.load", true, T))
        .isInstanceOfSatisfying(MetronomeConflictException.class, e -> {
          assertThat(e.reason()).isEqualTo(Reason.DEPENDANTS);
          assertThat(e.dependants()).containsExactly("nightly.report", "nightly.mail");
        });
    assertThat(c.deleteJob("prod.example.app", true, T).id()).isEqualTo("prod.example.app");

    assertThat(take().getTarget()).isEqualTo("/v1/jobs/nightly.load?stopCurrentJobRuns=false");
    assertThat(take().getTarget()).isEqualTo("/v1/jobs/nightly.load?stopCurrentJobRuns=true");
    RecordedRequest d = take();
    assertThat(d.getMethod()).isEqualTo("DELETE");
    assertThat(d.getTarget()).isEqualTo("/v1/jobs/prod.example.app?stopCurrentJobRuns=true");
  }

  /**
   * A hostile 409: escape sequences, a right-to-left override and 20,000 "dependants" in the
   * message reached the delete's message whole (the dialect passed Metronome's text unquoted).
   */
  @Test
  void aConflictsTextIsQuotedPrintableAndOnlyJobIdsAreNamedAsDependants() {
    StringBuilder children = new StringBuilder("prod.a, \\u001b[31mRED, \\u202etxt.exe");
    for (int i = 0; i < 20_000; i++) {
      children.append(", job").append(i);
    }
    server.enqueue(answer(409, MetronomeFixtures.detail("There are jobs with a dependency on"
        + " prod.load. children=[" + children + "]")));

    assertThatThrownBy(() -> client().deleteJob("prod.load", true, T))
        .isInstanceOfSatisfying(MetronomeConflictException.class, e -> {
          assertThat(e.reason()).isEqualTo(Reason.DEPENDANTS);
          assertThat(e.dependants()).hasSize(50).startsWith("prod.a", "job0")
              .allMatch(MetronomeIds::isJobId);
          assertThat(e.serverMessage()).hasSizeLessThanOrEqualTo(
              io.pdimesos.core.error.Printable.QUOTE_CHARS + 1).contains("\\u001b");
          assertThat(io.pdimesos.core.error.Printable.isPrintable(e.getMessage())).isTrue();
        });
  }

  @Test
  void aBadIdNeverLeavesTheClient() {
    assertThatThrownBy(() -> client().getJob("Prod.app", T))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("segment 'Prod' has the upper-case letter 'P'");
    assertThatThrownBy(() -> client().getRun("prod", "../x", T))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void aPathTheServerRefusesIsQuotedUnescaped() {
    // Play escapes the message: ' becomes &#x27; (ErrorHandler.escape)
    server.enqueue(answer(400, MetronomeFixtures.clientError(
        "Unknown embed options. Valid options are: activeRuns, schedules, history, &#x27;x&#x27;",
        "/v1/jobs")));

    assertThatThrownBy(() -> client().listJobs(EnumSet.noneOf(Embed.class), T))
        .isInstanceOfSatisfying(RejectedException.class, e -> {
          assertThat(e.status()).isEqualTo(400);
          assertThat(e.serverMessage()).endsWith("history, 'x'");
        });
  }

  @Test
  void aServerErrorSaysWhereToLook() {
    for (int attempt = 0; attempt < 3; attempt++) { // a read's 500 is tried again (RetryPolicy)
      server.enqueue(answer(500, "{\"requestPath\":\"/v1/jobs\"}"));
    }

    assertThatThrownBy(() -> client().listJobs(null, T))
        .isInstanceOf(RejectedException.class)
        .hasMessageContaining("internal server error serving /v1/jobs")
        .hasMessageContaining("Metronome's log");
  }

  // ---- schedules -----------------------------------------------------------------------------

  @Test
  void readsAddsUpdatesAndDeletesSchedules() throws Exception {
    server.enqueue(answer(200, MetronomeFixtures.text("v1.examples.schedule_list.json")));
    server.enqueue(answer(201, MetronomeFixtures.text("v1.examples.schedule.json")));
    server.enqueue(answer(409, MetronomeFixtures.detail(
        "requirement failed: Only one schedule supported at the moment")));
    server.enqueue(answer(200, MetronomeFixtures.text("v1.examples.schedule.json")));
    server.enqueue(new MockResponse.Builder().code(200).build());
    MetronomeClient c = client();
    MetronomeSchedule everyMinute = MetronomeSchedule.fromTree(
        MetronomeFixtures.json("v1.examples.schedule.json"));

    List<MetronomeSchedule> list = c.schedules("prod", T);
    MetronomeSchedule added = c.addSchedule("prod", everyMinute, T);
    assertThatThrownBy(() -> c.addSchedule("prod", MetronomeSchedule.of("other", "0 * * * *"), T))
        .isInstanceOfSatisfying(MetronomeConflictException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.SCHEDULE_EXISTS));
    c.updateSchedule("prod", everyMinute.withTimezone("UTC"), T);
    c.deleteSchedule("prod", "everyminute", T);

    assertThat(list).extracting(MetronomeSchedule::id).containsExactly("everyminute", "christmas");
    assertThat(added.timezone()).isEqualTo("America/Chicago");
    assertThat(added.startingDeadlineSeconds()).isEqualTo(60);
    assertThat(take().getTarget()).isEqualTo("/v1/jobs/prod/schedules");
    RecordedRequest post = take();
    assertThat(post.getMethod()).isEqualTo("POST");
    assertThat(body(post)).isEqualTo(MetronomeFixtures.json("v1.examples.schedule.json"));
    take();
    RecordedRequest put = take();
    assertThat(put.getMethod() + " " + put.getTarget())
        .isEqualTo("PUT /v1/jobs/prod/schedules/everyminute");
    assertThat(body(put).get("timezone").asText()).isEqualTo("UTC");
    RecordedRequest delete = take();
    assertThat(delete.getMethod() + " " + delete.getTarget())
        .isEqualTo("DELETE /v1/jobs/prod/schedules/everyminute");
  }

  // ---- runs ----------------------------------------------------------------------------------

  @Test
  void startsARunOnceAndReadsItsColonlessTimestamp() throws Exception {
    server.enqueue(answer(201, MetronomeFixtures.text("v1.examples.run.json")));
    server.enqueue(answer(503, "No consistent leadership"));

    JobRun run = client().startRun("prod", T);

    RecordedRequest post = take();
    assertThat(post.getMethod() + " " + post.getTarget()).isEqualTo("POST /v1/jobs/prod/runs");
    assertThat(run.id()).isEqualTo("20160715130259A34HX");
    assertThat(run.status()).isEqualTo(JobRun.Status.STARTING);
    assertThat(run.createdAt()).isEqualTo(Instant.parse("2016-07-15T13:02:59.735Z"));
    assertThat(run.completedAt()).isNull();
    // a second start must never be sent again on its own: it could become a second run
    assertThatThrownBy(() -> client().startRun("prod", T)).isInstanceOf(RejectedException.class)
        .hasMessageContaining("503");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aFinishedRunIsNotFoundWithBothIds() {
    server.enqueue(answer(404, MetronomeFixtures.runNotFound("prod", "20160715130259A34HX")));
    server.enqueue(answer(404, MetronomeFixtures.runNotFound("prod", "20160715130259A34HX")));

    assertThatThrownBy(() -> client().getRun("prod", "20160715130259A34HX", T))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("Job Run not found (job 'prod', run '20160715130259A34HX')");
    assertThat(client().findRun("prod", "20160715130259A34HX", T)).isNull();
  }

  @Test
  void listsActiveRunsAndStopsOneEvenAfterABusyAnswer() throws Exception {
    server.enqueue(answer(200, MetronomeFixtures.text("v1.examples.run_list.json")));
    server.enqueue(answer(503, "No consistent leadership"));
    server.enqueue(answer(200, MetronomeFixtures.text("v1.examples.run.json")));
    MetronomeClient c = client();

    List<JobRun> runs = c.activeRuns("prod", T);
    JobRun stopped = c.stopRun("prod", "20160715130259A34HX", T);

    assertThat(runs).extracting(JobRun::id).containsExactly("20160715130259A34HX",
        "20160712081159ORxez", "20160712081059ergsi", "20160712081759HIjWP");
    assertThat(take().getTarget()).isEqualTo("/v1/jobs/prod/runs");
    assertThat(take().getTarget()).isEqualTo("/v1/jobs/prod/runs/20160715130259A34HX/actions/stop");
    assertThat(take().getMethod()).isEqualTo("POST");
    assertThat(stopped.jobId()).isEqualTo("prod");
  }

  // ---- service -------------------------------------------------------------------------------

  @Test
  void readsQueueInfoAndLeader() throws Exception {
    server.enqueue(answer(200, MetronomeFixtures.text("v1.examples.queue_job_list.json")));
    server.enqueue(answer(200, MetronomeFixtures.text("general.examples.info.json")));
    server.enqueue(answer(200, MetronomeFixtures.text("general.examples.info.json")));
    server.enqueue(answer(200, "{\"leader\":\"10.0.0.5:9000\"}"));
    MetronomeClient c = client();

    Map<String, List<String>> queue = c.queue(T);
    JsonNode info = c.info(T);
    String version = c.version(T);
    String leader = c.leader(T);

    assertThat(queue).containsOnlyKeys("jobId");
    assertThat(queue.get("jobId")).containsExactly("20180103214004BPuOB", "20180103214014JIT0Y");
    assertThat(info.get("version").asText()).isEqualTo("0.3.0");
    assertThat(version).isEqualTo("0.3.0");
    assertThat(leader).isEqualTo("10.0.0.5:9000");
    assertThat(take().getTarget()).isEqualTo("/v1/queue");
    assertThat(take().getTarget()).isEqualTo("/info");
    assertThat(take().getTarget()).isEqualTo("/info");
    assertThat(take().getTarget()).isEqualTo("/leader");
  }

  @Test
  void aListThatIsNoListIsABadResponse() {
    server.enqueue(answer(200, MetronomeFixtures.text("v1.examples.run.json")));

    assertThatThrownBy(() -> client().activeRuns("prod", T))
        .isInstanceOf(BadResponseException.class).hasMessageContaining("JSON array")
        .isInstanceOf(ClusterException.class);
  }
}
