package io.pdimesos.core.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.chronos.ChronosClient;
import io.pdimesos.core.chronos.ChronosJob;
import io.pdimesos.core.chronos.ChronosVersion;
import io.pdimesos.core.chronos.JobDefinitions;
import io.pdimesos.core.error.ClusterException;
import io.pdimesos.core.error.NotFoundException;
import io.pdimesos.core.http.RetryPolicy;
import io.pdimesos.core.http.ServiceSettings;
import io.pdimesos.core.http.Timeouts;
import io.pdimesos.core.marathon.App;
import io.pdimesos.core.marathon.AppDefinition;
import io.pdimesos.core.marathon.MarathonClient;
import io.pdimesos.core.metronome.MetronomeClient;
import io.pdimesos.core.metronome.MetronomeClient.Embed;
import io.pdimesos.core.metronome.MetronomeJob;
import io.pdimesos.core.ops.ChronosDelete;
import io.pdimesos.core.ops.ChronosRun;
import io.pdimesos.core.ops.ChronosRunOptions;
import io.pdimesos.core.ops.ChronosRunResult;
import io.pdimesos.core.ops.ChronosSubmit;
import io.pdimesos.core.ops.MarathonAppOperation;
import io.pdimesos.core.ops.MarathonAppResult;
import io.pdimesos.core.ops.MarathonDelete;
import io.pdimesos.core.ops.MarathonDeploy;
import io.pdimesos.core.ops.MarathonRestart;
import io.pdimesos.core.ops.MarathonScale;
import io.pdimesos.core.ops.MetronomeDelete;
import io.pdimesos.core.ops.MetronomeRun;
import io.pdimesos.core.ops.MetronomeSubmit;
import io.pdimesos.core.ops.OperationResult;
import io.pdimesos.core.testing.ChaosReport;
import io.pdimesos.sim.ClusterSim;
import io.pdimesos.sim.SimFaults;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Seeded fault cycles on the emulator: Marathon deploys, scales, restarts and deletes, Chronos
 * and Metronome submits, runs and deletes, each under a random fault (500/502/503 bursts, a
 * lost answer, latency, an instance down for 1-5 s, a leader change). Every outcome is held
 * against the cluster's state as an observer without faults reads it:
 * <ul>
 *   <li>a false success: claimed, and the state does not show it;
 *   <li>a false failure: claimed failed (or refused) where the state shows it happened;
 *   <li>a duplicate: a request that must go once (a restart's POST, a run-now, a run's start)
 *       sent twice;
 *   <li>a hang: longer than its time limit; a lost operation: no outcome at all.
 * </ul>
 * CI runs 200 operations; {@code -Dchaos.nightly=true} runs 2,000; {@code -Dchaos.seed=N}
 * replays a run.
 */
@Timeout(600)
class FaultCyclesChaosTest {
  private static final long OP_TIMEOUT_MILLIS = 8_000;
  private static final long HANG_MILLIS = OP_TIMEOUT_MILLIS + 12_000;

  /** Counts the requests the clients send, to find a non-idempotent one sent twice. */
  static final class Sent implements ProgressListener {
    final List<String> lines = new CopyOnWriteArrayList<>();

    @Override
    public void basic(String line) {}

    @Override
    public void debug(String line) {
      lines.add(line);
    }

    long count(String method, String pathPart) {
      return lines.stream().filter(l -> l.startsWith(method + " ") && l.contains(pathPart))
          .count();
    }
  }

  private ClusterSim sim;
  private MarathonClient observerMarathon;
  private ChronosClient observerChronos;
  private MetronomeClient observerMetronome;
  private final Sent sent = new Sent();
  private MarathonClient marathon;
  private ChronosClient chronos;
  private MetronomeClient metronome;
  private final ScheduledExecutorService restarts = Executors.newSingleThreadScheduledExecutor();

  @Test
  void faultCyclesGiveNoFalseOutcomeNoDuplicateNoHangAndLoseNoOperation() throws Exception {
    long seed = Long.getLong("chaos.seed", 1405L);
    int operations = ChaosReport.nightly() ? 2_000 : Integer.getInteger("chaos.ops", 200);
    Random random = new Random(seed);
    ChaosReport report = new ChaosReport("fault-cycles", "operations", "faults injected",
        "successes", "failures", "unknown outcomes", "false successes", "false failures",
        "duplicates", "hangs", "lost operations");
    report.add("seed", seed);
    sim = ClusterSim.builder().agents(3).marathonInstances(2).chronosInstances(2)
        .metronomeInstances(2).freePorts()
        .speed(100).chronosFailureRetry(Duration.ofSeconds(5)).build().start();
    ExecutorService runner = Executors.newSingleThreadExecutor();
    try {
      Timeouts timeouts = Timeouts.of(500, 2_000, 3_000);
      ServiceSettings m = ServiceSettings.builder().urls(String.join(",", sim.marathonUrls()))
          .timeouts(timeouts).build();
      ServiceSettings c = ServiceSettings.builder().urls(String.join(",", sim.chronosUrls()))
          .timeouts(timeouts).build();
      // Shorter pauses between retries than the default (250 ms doubling), same attempts.
      RetryPolicy retry = RetryPolicy.of(4, 50, 400, 5_000, 0.2);
      marathon = new MarathonClient(m.toBuilder().retry(retry).build(), sent);
      chronos = new ChronosClient(c.toBuilder().retry(retry).build(), ChronosVersion.V3, sent);
      metronome = new MetronomeClient(m.toBuilder().urls(sim.metronomeUrls()).retry(retry)
          .build(), sent);
      // The observer outwaits any fault (both instances may be down for up to 5 s).
      ServiceSettings patient = m.toBuilder().timeouts(Timeouts.of(1_000, 5_000, 30_000))
          .retry(RetryPolicy.of(40, 100, 500, 25_000, 0)).build();
      observerMarathon = new MarathonClient(patient, null);
      observerChronos = new ChronosClient(patient.toBuilder().urls(c.urls()).build(),
          ChronosVersion.V3, null);
      observerMetronome = new MetronomeClient(patient.toBuilder().urls(sim.metronomeUrls())
          .build(), null);
      List<String> apps = new ArrayList<>();
      List<String> jobs = new ArrayList<>();
      List<String> metronomeJobs = new ArrayList<>();
      for (int i = 0; i < operations; i++) {
        Op op = next(random, i, apps, jobs, metronomeJobs);
        // Read before the fault: the observer goes through the same faulty services.
        boolean visibleBefore = op.effectVisible();
        String fault = injectFault(random, op.service);
        if (!fault.isEmpty()) {
          report.count("faults injected");
        }
        report.count("operations");
        report.count(op.service + " operations");
        Future<Object> f = runner.submit(op.call::call);
        long t0 = System.nanoTime();
        Object outcome;
        try {
          outcome = f.get(HANG_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
          report.violation("hangs", op.label, "no outcome after " + HANG_MILLIS + " ms ("
              + fault + ")");
          f.cancel(true);
          continue;
        } catch (java.util.concurrent.ExecutionException e) {
          outcome = e.getCause();
        }
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        report.max("slowest operation (ms)", ms);
        report.add("ms in " + op.label.split(" ")[0] + (op.label.startsWith("delete job")
            ? " job" : op.label.startsWith("metronome") ? " " + op.label.split(" ")[1] : ""), ms);
        clearTransientFaults();
        if (outcome == null) {
          report.violation("lost operations", op.label, "no outcome (" + fault + ")");
          continue;
        }
        judge(op, outcome, fault, visibleBefore, report);
        op.after(outcome, apps, op.service.equals(SimFaults.METRONOME) ? metronomeJobs : jobs);
      }
    } finally {
      runner.shutdownNow();
      restarts.shutdownNow();
      sim.close();
    }
    String summary = report.write();
    assertThat(report.get("operations")).isEqualTo(operations);
    assertThat(report.violations()).as(summary).isEmpty();
  }

  /** One operation: what it calls, and what the state must show after it succeeded. */
  abstract static class Op {
    final String label;
    final String service;
    final java.util.concurrent.Callable<Object> call;
    final long sentBefore;

    Op(String label, String service, java.util.concurrent.Callable<Object> call,
        long sentBefore) {
      this.label = label;
      this.service = service;
      this.call = call;
      this.sentBefore = sentBefore;
    }

    /** Whether the observer sees the operation's effect now. */
    abstract boolean effectVisible();

    /** What the observer sees, for a violation's message. */
    String seen() {
      return "";
    }

    /** A request that must go at most once: "POST /restart", "PUT /job/x"... or null. */
    String onceOnly() {
      return null;
    }

    void after(Object outcome, List<String> apps, List<String> jobs) {}
  }

  private Op next(Random r, int i, List<String> apps, List<String> jobs,
      List<String> metronomeJobs) {
    int kind = r.nextInt(13);
    if (kind >= 10) {
      if (metronomeJobs.isEmpty() || kind == 10 && metronomeJobs.size() < 6) {
        return metronomeSubmit("chaos.job" + i);
      }
      String id = metronomeJobs.get(r.nextInt(metronomeJobs.size()));
      return kind == 10 || kind == 11 ? metronomeRun(id) : metronomeDelete(id);
    }
    if (apps.isEmpty() || kind == 0 && apps.size() < 6) {
      return deploy("/chaos/app" + i, 1 + r.nextInt(2));
    }
    if (kind <= 2) {
      return scale(apps.get(r.nextInt(apps.size())), r.nextInt(4));
    }
    if (kind == 3) {
      return restart(apps.get(r.nextInt(apps.size())));
    }
    if (kind == 4) {
      return delete(apps.get(r.nextInt(apps.size())));
    }
    if (jobs.isEmpty() || kind == 5 && jobs.size() < 6) {
      return submit("chaos-job-" + i);
    }
    if (kind <= 7) {
      return run(jobs.get(r.nextInt(jobs.size())));
    }
    if (kind == 8) {
      return chronosDelete(jobs.get(r.nextInt(jobs.size())));
    }
    return deploy(apps.get(r.nextInt(apps.size())), 1 + r.nextInt(3)); // an update
  }

  private static <T extends MarathonAppOperation<T>> T quick(T op) {
    return op.useEvents(false).pollInterval(50, 200).waitForCompletion(false);
  }

  private App app(String id) {
    try {
      return observerMarathon.app(id, CancellationToken.none());
    } catch (NotFoundException e) {
      return null;
    }
  }

  private Op deploy(String id, int instances) {
    AppDefinition def = AppDefinition.builder().id(id).cmd("sleep 1000").instances(instances)
        .cpus(0.01).mem(16).build();
    return new Op("deploy " + id + " x" + instances, SimFaults.MARATHON,
        () -> quick(new MarathonDeploy(marathon, def)).run(OP_TIMEOUT_MILLIS, null,
            CancellationToken.none()), 0) {
      @Override
      boolean effectVisible() {
        App a = app(id);
        return a != null && a.instances() == instances;
      }

      @Override
      void after(Object outcome, List<String> apps, List<String> jobs) {
        if (app(id) != null && !apps.contains(id)) {
          apps.add(id);
        }
      }
    };
  }

  private Op scale(String id, int instances) {
    return new Op("scale " + id + " to " + instances, SimFaults.MARATHON,
        () -> quick(new MarathonScale(marathon, id, String.valueOf(instances)))
            .run(OP_TIMEOUT_MILLIS, null, CancellationToken.none()), 0) {
      @Override
      boolean effectVisible() {
        App a = app(id);
        return a != null && a.instances() == instances;
      }
    };
  }

  private Op restart(String id) {
    App before = app(id);
    String version = before == null ? null : before.version();
    return new Op("restart " + id, SimFaults.MARATHON,
        () -> quick(new MarathonRestart(marathon, id)).run(OP_TIMEOUT_MILLIS, null,
            CancellationToken.none()), sent.count("POST", id + "/restart?")) {
      @Override
      boolean effectVisible() {
        App a = app(id);
        return a != null && version != null && !version.equals(a.version());
      }

      @Override
      String onceOnly() {
        return "POST " + id + "/restart?";
      }
    };
  }

  private Op delete(String id) {
    return new Op("delete " + id, SimFaults.MARATHON,
        () -> quick(new MarathonDelete(marathon, id, MarathonDelete.Mode.DELETE))
            .run(OP_TIMEOUT_MILLIS, null, CancellationToken.none()), 0) {
      @Override
      boolean effectVisible() {
        return app(id) == null;
      }

      @Override
      void after(Object outcome, List<String> apps, List<String> jobs) {
        if (app(id) == null) {
          apps.remove(id);
        }
      }
    };
  }

  private ChronosJob job(String name) {
    return ChronosJob.builder(name).command("true").schedule("R/2099-01-01T00:00:00Z/P1D")
        .owner("ops@example.com").cpus(0.01).mem(16.0).retries(0).build();
  }

  private ChronosJob chronosJob(String name) {
    return observerChronos.findJob(name, CancellationToken.none());
  }

  private Op submit(String name) {
    ChronosJob job = job(name);
    return new Op("submit " + name, SimFaults.CHRONOS, () -> new ChronosSubmit(chronos, null)
        .submit(job, false, null, OP_TIMEOUT_MILLIS, CancellationToken.none()), 0) {
      @Override
      boolean effectVisible() {
        ChronosJob now = chronosJob(name);
        return now != null && JobDefinitions.same(job, now);
      }

      @Override
      String seen() {
        try {
          ChronosJob now = observerChronos.getJob(name, CancellationToken.none());
          return "differs in " + JobDefinitions.differences(job, now);
        } catch (ClusterException e) {
          return e.getMessage();
        }
      }

      @Override
      void after(Object outcome, List<String> apps, List<String> jobs) {
        if (chronosJob(name) != null && !jobs.contains(name)) {
          jobs.add(name);
        }
      }
    };
  }

  private Op run(String name) {
    ChronosJob before = chronosJob(name);
    long successes = before == null ? 0 : before.successCount();
    return new Op("run " + name, SimFaults.CHRONOS, () -> new ChronosRun(chronos, null)
        .run(new ChronosRunOptions(name).timeoutMillis(OP_TIMEOUT_MILLIS)
            .pollIntervalMillis(50).graceMillis(2_000), CancellationToken.none()),
        sent.count("PUT", "/job/" + name + " ")) {
      @Override
      boolean effectVisible() {
        ChronosJob now = chronosJob(name);
        return now != null && now.successCount() > successes;
      }

      @Override
      String onceOnly() {
        return "PUT /job/" + name + " ";
      }
    };
  }

  private Op chronosDelete(String name) {
    return new Op("delete job " + name, SimFaults.CHRONOS, () -> new ChronosDelete(chronos, null)
        .delete(name, false, false, OP_TIMEOUT_MILLIS, CancellationToken.none()), 0) {
      @Override
      boolean effectVisible() {
        return chronosJob(name) == null;
      }

      @Override
      void after(Object outcome, List<String> apps, List<String> jobs) {
        if (chronosJob(name) == null) {
          jobs.remove(name);
        }
      }
    };
  }

  private MetronomeJob metronomeJob(String id) {
    return observerMetronome.findJob(id, null, CancellationToken.none());
  }

  private Op metronomeSubmit(String id) {
    MetronomeJob job = MetronomeJob.builder(id).cmd("true").cpus(0.01).mem(32.0).disk(0.0)
        .build();
    return new Op("metronome submit " + id, SimFaults.METRONOME, () -> new MetronomeSubmit(
        metronome, null).submit(job, false, OP_TIMEOUT_MILLIS, CancellationToken.none()), 0) {
      @Override
      boolean effectVisible() {
        return job.isShownBy(metronomeJob(id));
      }

      @Override
      String seen() {
        return String.valueOf(metronomeJob(id));
      }

      @Override
      void after(Object outcome, List<String> apps, List<String> jobs) {
        if (metronomeJob(id) != null && !jobs.contains(id)) {
          jobs.add(id);
        }
      }
    };
  }

  /** Successful runs of the job as its history counts them. */
  private long metronomeSuccesses(String id) {
    MetronomeJob j = observerMetronome.findJob(id, EnumSet.of(Embed.HISTORY_SUMMARY),
        CancellationToken.none());
    return j == null || j.historySummary() == null ? 0 : j.historySummary().successCount();
  }

  private Op metronomeRun(String id) {
    long successes = metronomeSuccesses(id);
    String start = "/v1/jobs/" + id + "/runs ";
    return new Op("metronome run " + id, SimFaults.METRONOME, () -> new MetronomeRun(metronome,
        null).run(new MetronomeRun.Options(id).timeoutMillis(OP_TIMEOUT_MILLIS)
            .pollIntervalMillis(50).historyWaitMillis(5_000), CancellationToken.none()),
        sent.count("POST", start)) {
      @Override
      boolean effectVisible() {
        return metronomeSuccesses(id) > successes;
      }

      @Override
      String onceOnly() {
        return "POST " + start;
      }
    };
  }

  private Op metronomeDelete(String id) {
    return new Op("metronome delete " + id, SimFaults.METRONOME, () -> new MetronomeDelete(
        metronome, null).delete(id, true, false, CancellationToken.none()), 0) {
      @Override
      boolean effectVisible() {
        return metronomeJob(id) == null;
      }

      @Override
      void after(Object outcome, List<String> apps, List<String> jobs) {
        if (metronomeJob(id) == null) {
          jobs.remove(id);
        }
      }
    };
  }

  /** One fault, or none (a third of the operations run clean), chosen by the seeded random. */
  private String injectFault(Random r, String service) {
    SimFaults f = sim.faults();
    switch (r.nextInt(9)) {
      case 0:
      case 1: {
        int status = new int[] {500, 502, 503}[r.nextInt(3)];
        int count = 1 + r.nextInt(3);
        f.failNext(service, count, status);
        return count + " x " + status;
      }
      case 2: {
        String method = new String[] {"PUT", "POST", "DELETE"}[r.nextInt(3)];
        f.dropNext(service, 1, method);
        return "lost answer to " + method;
      }
      case 3: {
        long ms = 100 + r.nextInt(400);
        f.latency(service, ms);
        return ms + " ms latency";
      }
      case 4: {
        int instance = 1 + r.nextInt(2);
        long downMillis = 1_000 + r.nextInt(4_000);
        down(service, instance, true);
        restarts.schedule(() -> down(service, instance, false), downMillis,
            TimeUnit.MILLISECONDS);
        return service + " " + instance + " down for " + downMillis + " ms";
      }
      case 5:
        f.electMaster(1 + r.nextInt(sim.masters().masters().size()));
        return "Mesos leader change";
      default:
        return "";
    }
  }

  private void down(String service, int instance, boolean down) {
    try {
      if (service.equals(SimFaults.MARATHON)) {
        sim.faults().marathonDown(instance, down);
      } else if (service.equals(SimFaults.CHRONOS)) {
        sim.faults().chronosDown(instance, down);
      } else {
        sim.faults().metronomeDown(instance, down);
      }
    } catch (RuntimeException e) {
      // already in that state (two faults on one instance overlapped)
    }
  }

  private void clearTransientFaults() {
    sim.faults().clear();
  }

  /**
   * Holds one outcome against the state. Only an effect the operation caused can make a failure
   * false: a scale to the count the app already had shows nothing about this write.
   */
  private void judge(Op op, Object outcome, String fault, boolean visibleBefore,
      ChaosReport report) {
    String name = op.label + (fault.isEmpty() ? "" : " [" + fault + "]");
    boolean visibleNow = op.effectVisible();
    boolean visible = visibleNow && !visibleBefore;
    if (outcome instanceof OperationResult) {
      OperationResult r = (OperationResult) outcome;
      if (r.success()) {
        report.count("successes");
        if (!visibleNow) {
          report.violation("false successes", name, r.message() + "; observer: " + op.seen());
        }
      } else if (r.unknown()) {
        report.count("unknown outcomes");
      } else {
        report.count("failures");
        // Ran out of time, or found the job busy with an earlier run: neither claims that
        // nothing happened.
        boolean noClaim = outcome instanceof MarathonAppResult
            && ((MarathonAppResult) outcome).outcome() == MarathonAppResult.Outcome.TIMED_OUT
            || outcome instanceof ChronosRunResult
            && (((ChronosRunResult) outcome).outcome() == ChronosRunResult.Outcome.TIMED_OUT
            || ((ChronosRunResult) outcome).outcome() == ChronosRunResult.Outcome.BUSY)
            || outcome instanceof MetronomeRun.Result
            && ((MetronomeRun.Result) outcome).outcome() == MetronomeRun.Outcome.TIMED_OUT;
        if (visible && !noClaim) {
          report.violation("false failures", name, r.message());
        }
      }
    } else if (outcome instanceof ClusterException) {
      ClusterException e = (ClusterException) outcome;
      report.count("failures");
      // A refusal (rejected, not found) claims nothing happened: the state must agree.
      if (visible && (e.kind() == ClusterException.Kind.REJECTED
          || e.kind() == ClusterException.Kind.NOT_FOUND) && !e.answerLost()) {
        report.violation("false failures", name, e.getMessage());
      }
    } else if (outcome instanceof Throwable) {
      report.violation("lost operations", name, "untyped " + outcome);
    }
    if (op.onceOnly() != null) {
      String[] once = op.onceOnly().split(" ", 2);
      long times = sent.count(once[0], once[1]) - op.sentBefore;
      if (times > 1) {
        report.violation("duplicates", name, op.onceOnly() + " sent " + times + " times");
      }
    }
  }
}
