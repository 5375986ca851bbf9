package io.pdimesos.core.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.error.NotFoundException;
import io.pdimesos.core.http.RetryPolicy;
import io.pdimesos.core.http.ServiceSettings;
import io.pdimesos.core.http.Timeouts;
import io.pdimesos.core.mesos.TaskLookup;
import io.pdimesos.core.mesos.TaskLookup.TaskRef;
import io.pdimesos.core.metronome.MetronomeClient;
import io.pdimesos.core.ops.MetronomeRun.Outcome;
import io.pdimesos.testsupport.FakeMetronome;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MetronomeRunTest {
  private final MockWebServer server = new MockWebServer();
  private final FakeMetronome fake = new FakeMetronome();
  private final List<String> log = new CopyOnWriteArrayList<>();
  private final ProgressListener listener = new ProgressListener() {
    @Override
    public void basic(String line) {
      log.add(line);
    }
  };

  @BeforeEach
  void start() throws Exception {
    server.setDispatcher(fake);
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private MetronomeRun run() {
    return new MetronomeRun(new MetronomeClient(ServiceSettings.builder()
        .urls(server.url("/").toString()).retry(RetryPolicy.of(2, 5, 20, 1_000, 0))
        .timeouts(Timeouts.of(1_000, 500, 5_000)).build(), listener), listener);
  }

  private static MetronomeRun.Options options() {
    return new MetronomeRun.Options(FakeMetronome.JOB).pollIntervalMillis(20)
        .timeoutMillis(10_000).historyWaitMillis(2_000);
  }

  @Test
  void succeedsWhenTheHistoryListsTheRunAfterItLeft() {
    fake.afterStart("STARTING", "ACTIVE", "ACTIVE", FakeMetronome.GONE);
    fake.historyLag = 2; // the history is updated through an event bus, a little later

    MetronomeRun.Result r = run().run(options(), CancellationToken.none());

    assertThat(r.outcome()).as(r.message()).isEqualTo(Outcome.SUCCEEDED);
    assertThat(r.success()).isTrue();
    assertThat(r.runId()).isEqualTo(FakeMetronome.RUN);
    assertThat(r.status()).isEqualTo("SUCCESS");
    assertThat(r.taskIds()).singleElement().asString()
        .startsWith("prod_example_app_" + FakeMetronome.RUN + ".");
    assertThat(r.message()).isEqualTo("Run " + FakeMetronome.RUN
        + " of Metronome job 'prod.example.app' succeeded");
    assertThat(fake.count("POST /v1/jobs/prod.example.app/runs")).isEqualTo(1);
    assertThat(fake.count("GET /v1/jobs/prod.example.app?embed=history")).isEqualTo(3);
  }

  @Test
  void failsWhenTheHistoryListsItAsFailed() {
    fake.afterStart("ACTIVE", FakeMetronome.GONE);
    fake.succeeds = false;

    MetronomeRun.Result r = run().run(options(), CancellationToken.none());

    assertThat(r.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(r.status()).isEqualTo("FAILED");
    assertThat(r.message()).endsWith("failed");
  }

  @Test
  void aTerminalStatusSeenWhileListedDecidesAtOnce() {
    fake.afterStart("ACTIVE", "SUCCESS");

    MetronomeRun.Result r = run().run(options(), CancellationToken.none());

    assertThat(r.outcome()).isEqualTo(Outcome.SUCCEEDED);
    assertThat(fake.count("GET /v1/jobs/prod.example.app?embed=history")).isZero();
  }

  @Test
  void aRunTheHistoryNeverListsCountsAsFailedAndSaysSo() {
    fake.afterStart("ACTIVE", FakeMetronome.GONE);
    fake.neverInHistory = true;

    MetronomeRun.Result r = run().run(options().historyWaitMillis(300), CancellationToken.none());

    assertThat(r.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(r.message()).contains("history did not list it within 300 ms");
    assertThat(fake.count("GET /v1/jobs/prod.example.app?embed=history")).isGreaterThan(1);
  }

  @Test
  void aJobDeletedDuringTheRunEndsTheWait() {
    fake.afterStart("ACTIVE", FakeMetronome.GONE);
    fake.deletedDuringRun = true;

    MetronomeRun.Result r = run().run(options(), CancellationToken.none());

    assertThat(r.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(r.message()).contains("ended while the job was deleted");
    assertThat(fake.count("GET /v1/jobs/prod.example.app?embed=history")).isEqualTo(1);
  }

  @Test
  void aRunWithoutOffersIsStartingTooLongSaysWhyAndIsStoppedWhenAsked() {
    fake.afterStart("STARTING");

    MetronomeRun.Result r = run().run(options().maxStartingMillis(200).stopOnStop(true),
        CancellationToken.none());

    assertThat(r.outcome()).isEqualTo(Outcome.STARTING_TOO_LONG);
    assertThat(r.message()).contains("was still STARTING (no task launched) after 200 ms")
        .contains("is in Metronome's launch queue, waiting for a Mesos offer")
        .endsWith("the run was stopped (Metronome records it as failed)");
    assertThat(r.stopped()).isTrue();
    assertThat(fake.stops).isEqualTo(1);
    assertThat(fake.count("GET /v1/queue")).isEqualTo(1);
  }

  @Test
  void aTimeoutLeavesTheRunAloneUnlessAskedToStopIt() {
    fake.afterStart("ACTIVE");

    MetronomeRun.Result r = run().run(options().timeoutMillis(300), CancellationToken.none());

    assertThat(r.outcome()).isEqualTo(Outcome.TIMED_OUT);
    assertThat(r.leftBehind()).isEqualTo("run " + FakeMetronome.RUN
        + " is still ACTIVE on Metronome (not stopped)");
    assertThat(r.message()).contains("did not finish within 300 ms");
    assertThat(fake.stops).isZero();
    assertThat(fake.count("GET /v1/queue")).isZero(); // only asked while it is starting
  }

  @Test
  void aCancelEndsTheWaitWithinASecondAndStopsTheRun() {
    fake.afterStart("ACTIVE");
    CancellationToken token = CancellationToken.create();
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    try {
      timer.schedule(token::cancel, 300, TimeUnit.MILLISECONDS);
      long t0 = System.nanoTime();

      MetronomeRun.Result r = run().run(options().pollIntervalMillis(5_000).stopOnStop(true),
          token);

      assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0)).isLessThan(1_500);
      assertThat(r.outcome()).isEqualTo(Outcome.CANCELLED);
      assertThat(fake.stops).isEqualTo(1);
    } finally {
      timer.shutdownNow();
    }
  }

  @Test
  void aStartWhoseAnswerIsLostIsFoundAmongTheActiveRuns() {
    fake.afterStart("ACTIVE", FakeMetronome.GONE);
    fake.startAnswerDelayMillis = 1_500; // past the 500 ms read timeout

    MetronomeRun.Result r = run().run(options(), CancellationToken.none());

    assertThat(r.outcome()).as(r.message()).isEqualTo(Outcome.SUCCEEDED);
    assertThat(r.runId()).isEqualTo(FakeMetronome.RUN);
    assertThat(fake.count("POST /v1/jobs/prod.example.app/runs")).isEqualTo(1); // never twice
  }

  /** A lost start that left no run to find was thrown as a timeout: a failure nobody saw. */
  @Test
  void aStartWhoseAnswerIsLostAndWhoseRunIsNotSeenIsUnknownNotFailed() {
    server.setDispatcher(new mockwebserver3.Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest r) {
        if (r.getMethod().equals("POST")) {
          // the answer never comes in time, and no run shows up (yet)
          return new MockResponse.Builder().code(201).headersDelay(1_500,
              java.util.concurrent.TimeUnit.MILLISECONDS).body("{}").build();
        }
        return fake.dispatch(r);
      }
    });

    MetronomeRun.Result r = run().run(options(), CancellationToken.none());

    assertThat(r.outcome()).as(r.message()).isEqualTo(Outcome.UNKNOWN);
    assertThat(r.success()).isFalse();
    assertThat(r.unknown()).isTrue();
    assertThat(r.runId()).isEmpty();
    assertThat(r.message()).startsWith("Starting a run of Metronome job 'prod.example.app':"
        + " unknown whether it happened");
    assertThat(log).contains(r.message());
  }

  @Test
  void anUnknownJobIsThrownBeforeAnyStart() {
    fake.jobExists = false;

    assertThatThrownBy(() -> run().run(options(), CancellationToken.none()))
        .isInstanceOf(NotFoundException.class).hasMessageContaining("Job not found");
    assertThat(fake.count("POST")).isZero();
  }

  @Test
  void theLastTaskOfTheRunGivesTheFinalStateAndLogs() {
    fake.afterStart("ACTIVE", FakeMetronome.GONE);
    fake.succeeds = false;
    String prefix = "prod_example_app_" + FakeMetronome.RUN + ".";
    List<String> asked = new ArrayList<>();
    TaskLookup lookup = new TaskLookup() {
      @Override
      public List<TaskRef> tasksWithIdPrefix(String idPrefix, CancellationToken token) {
        asked.add(idPrefix);
        List<TaskRef> out = new ArrayList<>();
        // two attempts (restart ON_FAILURE), and another run's task of the same job
        for (TaskRef t : List.of(ref(prefix + "first", "TASK_FAILED", 100),
            ref(prefix + "second", "TASK_FAILED", 200),
            ref("prod_example_app_20160712081159ORxez.x", "TASK_FINISHED", 300))) {
          if (t.id().startsWith(idPrefix)) {
            out.add(t);
          }
        }
        return out;
      }

      @Override
      public String sandboxTail(TaskRef task, String file, int maxBytes,
          CancellationToken token) {
        return file + " of " + task.id();
      }
    };

    MetronomeRun.Result r = run().withTaskLookup(lookup).run(options(),
        CancellationToken.none());

    assertThat(asked).containsOnly(prefix);
    assertThat(r.taskId()).isEqualTo(prefix + "second");
    assertThat(r.taskState()).isEqualTo("TASK_FAILED");
    assertThat(r.stderrTail()).isEqualTo("stderr of " + prefix + "second");
    assertThat(r.diagnostics().get(0)).isEqualTo("Mesos task " + prefix
        + "second ended TASK_FAILED");
  }

  private static TaskRef ref(String id, String state, double time) {
    return new TaskRef(id, "", state, "fw", "agent", "", time);
  }
}
