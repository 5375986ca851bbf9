package io.pdimesos.core.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.error.RejectedException;
import io.pdimesos.core.http.Json;
import io.pdimesos.core.http.RetryPolicy;
import io.pdimesos.core.http.ServiceSettings;
import io.pdimesos.core.http.Timeouts;
import io.pdimesos.core.metronome.MetronomeClient;
import io.pdimesos.core.metronome.MetronomeJob;
import io.pdimesos.core.metronome.MetronomeSchedule;
import io.pdimesos.core.ops.MetronomeSubmit.Action;
import io.pdimesos.core.ops.MetronomeSubmit.ScheduleAction;
import io.pdimesos.testsupport.FakeMetronome;
import io.pdimesos.testsupport.MetronomeFixtures;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MetronomeSubmitDeleteTest {
  private static final CancellationToken T = CancellationToken.none();
  private final MockWebServer server = new MockWebServer();
  private final FakeMetronome fake = new FakeMetronome();
  private MetronomeClient client;

  @BeforeEach
  void start() throws Exception {
    server.setDispatcher(fake);
    server.start();
    client = new MetronomeClient(ServiceSettings.builder().urls(server.url("/").toString())
        .retry(RetryPolicy.of(2, 5, 20, 1_000, 0)).timeouts(Timeouts.of(1_000, 500, 5_000))
        .build(), ProgressListener.NONE);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** The RAML example job with a nightly schedule. */
  private static MetronomeJob nightly(String cron) {
    return MetronomeJob.fromJson(MetronomeFixtures.text("v1.examples.job.json")).toBuilder()
        .schedule(MetronomeSchedule.of("nightly", cron).withTimezone("Europe/Berlin")).build();
  }

  private MetronomeSubmit.Result submit(MetronomeJob job) {
    return new MetronomeSubmit(client, ProgressListener.NONE).submit(job, false, 10_000, T);
  }

  @Test
  void createsTheJobThenAddsItsSchedule() {
    fake.jobExists = false;

    MetronomeSubmit.Result r = submit(nightly("0 2 * * *"));

    assertThat(r.success()).as(r.message()).isTrue();
    assertThat(r.action()).isEqualTo(Action.CREATED);
    assertThat(r.scheduleAction()).isEqualTo(ScheduleAction.ADDED);
    assertThat(fake.calls).containsExactly("POST /v1/jobs",
        "POST /v1/jobs/prod.example.app/schedules");
    assertThat(fake.job.has("schedules")).isFalse(); // sent apart, as PUT would ignore it
    assertThat(fake.schedules.get("nightly").get("timezone").asText())
        .isEqualTo("Europe/Berlin");
    assertThat(r.message()).isEqualTo("Metronome job 'prod.example.app' created, schedule"
        + " added");
  }

  @Test
  void anExistingJobIsPutAndAnUnchangedScheduleLeftAlone() {
    submit(nightly("0 2 * * *"));
    fake.calls.clear();

    MetronomeSubmit.Result r = submit(nightly("0 2 * * *"));

    assertThat(r.action()).isEqualTo(Action.UPDATED);
    assertThat(r.scheduleAction()).isEqualTo(ScheduleAction.UNCHANGED);
    assertThat(fake.calls).containsExactly("POST /v1/jobs", "PUT /v1/jobs/prod.example.app",
        "GET /v1/jobs/prod.example.app/schedules");
  }

  @Test
  void aChangedScheduleIsPutAnotherOneReplacedAndAMissingOneRemoved() {
    submit(nightly("0 2 * * *"));

    assertThat(submit(nightly("0 3 * * *")).scheduleAction()).isEqualTo(ScheduleAction.UPDATED);
    assertThat(fake.schedules.get("nightly").get("cron").asText()).isEqualTo("0 3 * * *");

    MetronomeJob other = nightly("0 3 * * *").toBuilder()
        .schedule(MetronomeSchedule.of("hourly", "0 * * * *")).build();
    fake.calls.clear();
    assertThat(submit(other).scheduleAction()).isEqualTo(ScheduleAction.REPLACED);
    assertThat(fake.calls).contains("DELETE /v1/jobs/prod.example.app/schedules/nightly",
        "POST /v1/jobs/prod.example.app/schedules");
    assertThat(fake.schedules).containsOnlyKeys("hourly");

    MetronomeSubmit.Result none = submit(nightly("0 3 * * *").toBuilder().schedule(null)
        .build());
    assertThat(none.scheduleAction()).isEqualTo(ScheduleAction.REMOVED);
    assertThat(fake.schedules).isEmpty();
  }

  @Test
  void anInvalidDefinitionIsNotSentAndNamesTheField() {
    MetronomeSubmit.Result r = submit(nightly("0 0 31 2 *"));

    assertThat(r.success()).isFalse();
    assertThat(r.action()).isEqualTo(Action.NOT_SUBMITTED);
    assertThat(r.message()).contains("Day of the month must exist");
    assertThat(fake.calls).isEmpty();
  }

  @Test
  void aCreateWhoseAnswerIsLostIsJudgedByTheJobItLeft() {
    fake.jobExists = false;
    fake.createAnswerDelayMillis = 1_500; // past the 500 ms read timeout

    MetronomeSubmit.Result r = submit(nightly("0 2 * * *"));

    assertThat(r.success()).as(r.message()).isTrue();
    assertThat(r.action()).isEqualTo(Action.UPDATED);
    assertThat(fake.count("POST /v1/jobs")).isEqualTo(2); // the job, then its schedule
    assertThat(fake.calls).containsSubsequence("POST /v1/jobs", "GET /v1/jobs/prod.example.app",
        "PUT /v1/jobs/prod.example.app");
  }

  /** A wrapper that answers the matching requests late (past the read timeout), after acting. */
  private void late(String methodAndPath) {
    server.setDispatcher(new mockwebserver3.Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest r) {
        MockResponse answer = fake.dispatch(r);
        String path = r.getTarget().split("\\?")[0];
        return (r.getMethod() + " " + path).equals(methodAndPath) ? answer.newBuilder()
            .headersDelay(1_500, TimeUnit.MILLISECONDS).build() : answer;
      }
    });
  }

  /** The update's answer was lost on every attempt: the job as stored shows it happened. */
  @Test
  void anUpdateWhoseAnswerIsLostIsConfirmedByTheJobItLeft() {
    late("PUT /v1/jobs/prod.example.app");

    MetronomeSubmit.Result r = submit(nightly("0 2 * * *").toBuilder().cmd("nuke --dry")
        .build());

    assertThat(r.success()).as(r.message()).isTrue();
    assertThat(r.action()).isEqualTo(Action.UPDATED);
    assertThat(fake.job.path("run").path("cmd").asText()).isEqualTo("nuke --dry");
    assertThat(fake.count("PUT /v1/jobs/prod.example.app")).isEqualTo(2); // the seam's retry
  }

  /** A create whose answer was lost and whose job is not there (yet): unknown, not failed. */
  @Test
  void aCreateWhoseAnswerIsLostAndWhoseJobIsNotSeenIsUnknown() {
    fake.jobExists = false;
    server.setDispatcher(new mockwebserver3.Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest r) {
        if (!r.getMethod().equals("POST")) {
          return fake.dispatch(r);
        }
        fake.calls.add("POST " + r.getTarget());
        return new MockResponse.Builder().code(201).headersDelay(1_500, TimeUnit.MILLISECONDS)
            .body("{}").build();
      }
    });

    MetronomeSubmit.Result r = submit(nightly("0 2 * * *"));

    assertThat(r.success()).isFalse();
    assertThat(r.unknown()).as(r.message()).isTrue();
    assertThat(r.action()).isEqualTo(Action.NOT_SUBMITTED);
    assertThat(r.message()).startsWith("Creating Metronome job 'prod.example.app': unknown"
        + " whether it happened");
    assertThat(fake.count("POST /v1/jobs")).isEqualTo(1); // a POST is never sent twice
  }

  /** A run started with the submit whose answer was lost was thrown as a timeout. */
  @Test
  void aRunNowWhoseAnswerIsLostIsUnknownAndNamesWhatWasDone() {
    late("POST /v1/jobs/prod.example.app/runs");

    MetronomeSubmit.Result r = new MetronomeSubmit(client, ProgressListener.NONE)
        .submit(nightly("0 2 * * *"), true, 10_000, T);

    assertThat(r.unknown()).as(r.message()).isTrue();
    assertThat(r.action()).isEqualTo(Action.UPDATED);
    assertThat(r.scheduleAction()).isEqualTo(ScheduleAction.ADDED);
    assertThat(r.message()).startsWith("Starting a run of Metronome job 'prod.example.app':"
        + " unknown whether it happened");
    assertThat(fake.count("POST /v1/jobs/prod.example.app/runs")).isEqualTo(1);
  }

  @Test
  void runNowStartsOneRunAndReturnsItsId() {
    MetronomeSubmit.Result r = new MetronomeSubmit(client, ProgressListener.NONE)
        .submit(nightly("0 2 * * *"), true, 10_000, T);

    assertThat(r.runId()).isEqualTo(FakeMetronome.RUN);
    assertThat(r.message()).endsWith("run " + FakeMetronome.RUN + " started");
  }

  @Test
  void theServersRefusalIsThrownQuotingItsFields() throws Exception {
    try (MockWebServer refusing = new MockWebServer()) {
      refusing.enqueue(new MockResponse.Builder().code(422)
          .body(MetronomeFixtures.text("v1.jobs.raml.post-422-example.json")).build());
      refusing.start();
      MetronomeClient c = new MetronomeClient(ServiceSettings.of(refusing.url("/").toString()),
          ProgressListener.NONE);

      assertThatThrownBy(() -> new MetronomeSubmit(c, ProgressListener.NONE)
          .submit(nightly("0 2 * * *"), false, 0, T))
          .isInstanceOf(RejectedException.class).hasMessageContaining("/mem: is less than");
      RecordedRequest post = refusing.takeRequest(1, TimeUnit.SECONDS);
      JsonNode sent = Json.MAPPER.readTree(post.getBody().utf8());
      assertThat(sent.get("id").asText()).isEqualTo("prod.example.app");
    }
  }

  // ---- delete --------------------------------------------------------------------------------

  private MetronomeDelete.Result delete(boolean stopRuns, boolean missingOk) {
    return new MetronomeDelete(client, ProgressListener.NONE).delete(FakeMetronome.JOB,
        stopRuns, missingOk, T);
  }

  @Test
  void aMissingJobIsFineOnlyWhenAllowed() {
    fake.jobExists = false;

    assertThat(delete(false, true).success()).isTrue();
    MetronomeDelete.Result strict = delete(false, false);
    assertThat(strict.success()).isFalse();
    assertThat(strict.existed()).isFalse();
    assertThat(fake.count("DELETE")).isZero();
  }

  @Test
  void activeRunsBlockTheDeleteUnlessStoppedWithIt() {
    client.startRun(FakeMetronome.JOB, T);

    MetronomeDelete.Result refused = delete(false, false);
    assertThat(refused.success()).isFalse();
    assertThat(refused.message()).contains("has active runs [" + FakeMetronome.RUN + "]");
    assertThat(refused.diagnostics()).contains("Metronome said: There are active job runs."
        + " Override with stopCurrentJobRuns=true");

    MetronomeDelete.Result stopped = delete(true, false);
    assertThat(stopped.success()).isTrue();
    assertThat(stopped.stoppedRuns()).containsExactly(FakeMetronome.RUN);
    assertThat(fake.calls).contains("DELETE /v1/jobs/prod.example.app?stopCurrentJobRuns=true");
  }

  @Test
  void dependentJobsBlockTheDeleteAndAreNamed() {
    fake.dependants.addAll(List.of("prod.report", "prod.mail"));

    MetronomeDelete.Result r = delete(true, false);

    assertThat(r.success()).isFalse();
    assertThat(r.dependants()).containsExactly("prod.report", "prod.mail");
    assertThat(r.message()).contains("the jobs [prod.report, prod.mail] depend on it");
  }

  /**
   * Every attempt's answer was lost (the first deleted the job): the delete threw a timeout,
   * a failure, although the job was gone.
   */
  @Test
  void aDeleteWhoseAnswersAreAllLostIsJudgedByTheState() {
    late("DELETE /v1/jobs/prod.example.app");

    MetronomeDelete.Result gone = delete(false, false);

    assertThat(gone.success()).as(gone.message()).isTrue();
    assertThat(gone.deleted()).isTrue();
    assertThat(gone.message()).contains("answer was lost").contains("state confirms");
  }

  @Test
  void aDeleteWhoseAnswerIsLostWithTheJobStillThereIsUnknown() {
    server.setDispatcher(new mockwebserver3.Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest r) {
        return r.getMethod().equals("DELETE") ? new MockResponse.Builder().code(200)
            .headersDelay(1_500, TimeUnit.MILLISECONDS).body("{}").build() : fake.dispatch(r);
      }
    });

    MetronomeDelete.Result r = delete(false, false);

    assertThat(r.success()).isFalse();
    assertThat(r.unknown()).as(r.message()).isTrue();
    assertThat(r.deleted()).isFalse();
    assertThat(r.message()).startsWith("Deleting Metronome job 'prod.example.app': unknown");
  }

  @Test
  void aJobGoneByTheTimeOfTheDeleteCountsAsDeleted() throws Exception {
    // the job is there for the read and gone for the delete: a lost answer's resend sees this
    server.setDispatcher(new mockwebserver3.Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest r) {
        return r.getMethod().equals("GET")
            ? new MockResponse.Builder().code(200).body(MetronomeFixtures.text(
                "v1.examples.job.json")).build()
            : new MockResponse.Builder().code(404).body(MetronomeFixtures.jobNotFound(
                FakeMetronome.JOB)).build();
      }
    });

    MetronomeDelete.Result r = delete(false, false);

    assertThat(r.success()).isTrue();
    assertThat(r.deleted()).isTrue();
  }
}
