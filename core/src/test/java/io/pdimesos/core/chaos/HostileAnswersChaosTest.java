package io.pdimesos.core.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.chronos.ChronosClient;
import io.pdimesos.core.chronos.ChronosJob;
import io.pdimesos.core.chronos.ChronosVersion;
import io.pdimesos.core.chronos.JobSearch;
import io.pdimesos.core.error.ClusterException;
import io.pdimesos.core.error.ClusterException.Kind;
import io.pdimesos.core.error.Printable;
import io.pdimesos.core.http.RetryPolicy;
import io.pdimesos.core.http.ServiceSettings;
import io.pdimesos.core.http.Timeouts;
import io.pdimesos.core.marathon.AppDefinition;
import io.pdimesos.core.marathon.MarathonClient;
import io.pdimesos.core.marathon.MarathonEvent;
import io.pdimesos.core.marathon.MarathonEventStream;
import io.pdimesos.core.mesos.MesosClient;
import io.pdimesos.core.metronome.MetronomeClient;
import io.pdimesos.core.metronome.MetronomeJob;
import io.pdimesos.core.mesos.StateVisitor;
import io.pdimesos.core.mesos.TaskLookup.TaskRef;
import io.pdimesos.core.mesos.TaskQuery;
import io.pdimesos.core.ops.ChronosDelete;
import io.pdimesos.core.ops.ChronosRun;
import io.pdimesos.core.ops.ChronosRunOptions;
import io.pdimesos.core.ops.ChronosRunResult;
import io.pdimesos.core.ops.ChronosSubmit;
import io.pdimesos.core.ops.MarathonDelete;
import io.pdimesos.core.ops.MarathonDeploy;
import io.pdimesos.core.ops.MarathonRestart;
import io.pdimesos.core.ops.MarathonScale;
import io.pdimesos.core.ops.MarathonWaitHealthy;
import io.pdimesos.core.ops.MesosClusterCheck;
import io.pdimesos.core.ops.MetronomeDelete;
import io.pdimesos.core.ops.MetronomeRun;
import io.pdimesos.core.ops.MetronomeSubmit;
import io.pdimesos.core.ops.OperationResult;
import io.pdimesos.core.ops.WeaveNetworkCheck;
import io.pdimesos.core.rows.ChronosEntities;
import io.pdimesos.core.rows.EntityReader;
import io.pdimesos.core.rows.MarathonEntities;
import io.pdimesos.core.rows.MesosEntities;
import io.pdimesos.core.rows.RowFilter;
import io.pdimesos.core.rows.WeaveEntities;
import io.pdimesos.core.testing.ChaosReport;
import io.pdimesos.core.testing.HostileServer;
import io.pdimesos.core.testing.HostileServer.Hostility;
import io.pdimesos.core.weave.WeaveClient;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Every read and write of the core clients, every operation, and every entity reader of the
 * input steps, against every kind of hostile answer ({@link Hostility}). Each case must end
 * within its bound with the typed error of that hostility (a timeout for a blackhole, a stall or
 * a drip, a bad response for HTML, garbage, wrong types...), never claim success, and leave a
 * printable message. The totals go to target/chaos/hostile-core.txt and docs/reliability.md.
 */
@Timeout(180)
class HostileAnswersChaosTest {
  /** Each request's whole time limit: what ends a blackhole, a stall or a drip. */
  private static final long CALL_MILLIS = 1_000;
  /** An operation's own limit (its waits), on top of which one request may still run. */
  private static final long OPERATION_MILLIS = 1_500;
  /**
   * Scheduling slack on a two-core machine shared with other builds (load 14 was seen). A case
   * that hangs takes minutes (a drip held a state read for 242 s), far beyond this.
   */
  private static final long SLACK_MILLIS = 5_000;

  private static Map<Hostility, HostileServer> servers;

  @BeforeAll
  static void startServers() {
    // 300 ms between bytes: the read timeout (1.5 s) never fires, only the deadline can end it
    servers = HostileServer.startAll(300);
  }

  @AfterAll
  static void stopServers() {
    servers.values().forEach(HostileServer::close);
  }

  static ServiceSettings settings(String url) {
    return ServiceSettings.builder().urls(url).timeouts(Timeouts.of(500, 1_500, CALL_MILLIS))
        .retry(RetryPolicy.of(3, 50, 200, 5_000, 0.2)).build();
  }

  /** What kind of call a case is, which decides its time bound and what counts as honest. */
  enum Shape { CALL, OPERATION }

  /** One read or write, made against the URL of a hostile server. */
  static final class Case {
    final String name;
    final Shape shape;
    final Function<String, Object> call;
    /** Hostilities whose answer the call may accept as a value (status-only answers). */
    final Set<Hostility> valueOk;

    Case(String name, Shape shape, Function<String, Object> call, Set<Hostility> valueOk) {
      this.name = name;
      this.shape = shape;
      this.call = call;
      this.valueOk = valueOk;
    }
  }

  private static final Set<Hostility> NONE = EnumSet.noneOf(Hostility.class);
  /** 2xx answers whose body a status-only call does not read: any of them is an answer. */
  private static final Set<Hostility> STATUS_ONLY = EnumSet.of(Hostility.EMPTY_200,
      Hostility.WRONG_TYPES, Hostility.NULL_JSON, Hostility.GARBAGE);

  private static Case call(String name, Function<String, Object> f) {
    return new Case(name, Shape.CALL, f, NONE);
  }

  private static Case call(String name, Set<Hostility> valueOk, Function<String, Object> f) {
    return new Case(name, Shape.CALL, f, valueOk);
  }

  private static Case op(String name, Function<String, Object> f) {
    return new Case(name, Shape.OPERATION, f, NONE);
  }

  private static final CancellationToken T = CancellationToken.none();

  static MarathonClient marathon(String url) {
    return new MarathonClient(settings(url), ProgressListener.NONE);
  }

  static ChronosClient chronos(String url) {
    return new ChronosClient(settings(url), ChronosVersion.V3, ProgressListener.NONE);
  }

  static ChronosClient chronosAuto(String url) {
    return new ChronosClient(settings(url), ChronosVersion.AUTO, ProgressListener.NONE);
  }

  static MetronomeClient metronome(String url) {
    return new MetronomeClient(settings(url), ProgressListener.NONE);
  }

  static MesosClient mesos(String url) {
    return new MesosClient(settings(url), ProgressListener.NONE);
  }

  static List<WeaveClient> weave(String url) {
    return WeaveClient.forEachRouter(settings(url), ProgressListener.NONE);
  }

  private static final AppDefinition APP = AppDefinition.builder().id("/chaos/web")
      .cmd("sleep 100").instances(1).cpus(0.1).mem(32).build();
  private static final ChronosJob JOB = ChronosJob.builder("chaos-job").command("true")
      .schedule("R/2099-01-01T00:00:00Z/P1D").owner("ops@example.com").cpus(0.1).mem(32.0)
      .build();
  private static final MetronomeJob METRONOME_JOB = MetronomeJob.builder("chaos.job")
      .cmd("true").cpus(0.1).mem(32.0).disk(0.0).build();
  private static final TaskRef TASK = new TaskRef("chaos.1", "chaos", "TASK_RUNNING", "fw",
      "agent-1", "chaos.1", 1);

  static List<Case> cases() {
    List<Case> c = new ArrayList<>();
    // Marathon: every endpoint of the client
    c.add(call("marathon apps", u -> marathon(u).apps(null, null, null, null, T)));
    c.add(call("marathon app", u -> marathon(u).app("/chaos/web", T)));
    c.add(call("marathon upsert", u -> marathon(u).upsert(APP, false, true, T)));
    c.add(call("marathon delete", u -> marathon(u).delete("/chaos/web", true, T)));
    c.add(call("marathon scale", u -> marathon(u).scale("/chaos/web", 2, false, T)));
    c.add(call("marathon restart", u -> marathon(u).restart("/chaos/web", false, T)));
    c.add(call("marathon app tasks", u -> marathon(u).appTasks("/chaos/web", T)));
    c.add(call("marathon tasks", u -> marathon(u).tasks(Collections.singletonList("running"),
        T)));
    c.add(call("marathon kill app tasks", u -> marathon(u).killAppTasks("/chaos/web", null,
        false, false, false, T)));
    c.add(call("marathon kill task", u -> marathon(u).killTask("/chaos/web", "chaos.1", false,
        false, false, T)));
    c.add(call("marathon kill tasks", u -> marathon(u).killTasks(Arrays.asList("chaos.1"),
        false, false, false, T)));
    c.add(call("marathon deployments", u -> marathon(u).deployments(T)));
    c.add(call("marathon cancel deployment", u -> marathon(u).cancelDeployment("d-1", false,
        T)));
    c.add(call("marathon queue", u -> marathon(u).queue(T)));
    c.add(call("marathon info", u -> marathon(u).info(T)));
    c.add(call("marathon leader", u -> marathon(u).leader(T)));
    // "pong" or not: any answer that is not pong is an honest false
    c.add(new Case("marathon ping", Shape.CALL, u -> marathon(u).ping(T) ? "pong" : false,
        EnumSet.of(Hostility.HTML_200, Hostility.EMPTY_200, Hostility.WRONG_TYPES,
            Hostility.NULL_JSON, Hostility.GARBAGE)));
    c.add(call("marathon event stream", u -> events(u)));
    // Chronos
    c.add(call("chronos version probe", u -> chronosAuto(u).version(T)));
    c.add(call("chronos jobs", u -> chronos(u).listJobs(T)));
    c.add(call("chronos search", u -> chronos(u).search(JobSearch.byName("chaos-job"), T)));
    c.add(call("chronos get job", u -> chronos(u).getJob("chaos-job", T)));
    c.add(call("chronos find job", u -> chronos(u).findJob("chaos-job", T)));
    c.add(call("chronos upsert", STATUS_ONLY, u -> done(() -> chronos(u).upsert(JOB, T))));
    c.add(call("chronos run now", STATUS_ONLY, u -> done(() -> chronos(u).runNow("chaos-job",
        null, T))));
    c.add(call("chronos delete", STATUS_ONLY, u -> done(() -> chronos(u).deleteJob("chaos-job",
        T))));
    c.add(call("chronos kill", STATUS_ONLY, u -> done(() -> chronos(u).killTasks("chaos-job",
        T))));
    c.add(call("chronos job stat", u -> chronos(u).jobStat("chaos-job", T)));
    c.add(call("chronos leader", u -> chronos(u).leader(T)));
    c.add(call("chronos summary", u -> chronos(u).summary(T)));
    // No jobs, no lines: an empty graph is a real answer (so are no connections, no DNS
    // entries and no IPAM ranges below)
    c.add(call("chronos graph", EnumSet.of(Hostility.EMPTY_200), u -> chronos(u).graph(T)));
    // Metronome
    c.add(call("metronome jobs", u -> metronome(u).listJobs(null, T)));
    c.add(call("metronome job", u -> metronome(u).getJob("chaos.job", T)));
    c.add(call("metronome create", u -> metronome(u).createJob(METRONOME_JOB, T)));
    c.add(call("metronome update", u -> metronome(u).updateJob(METRONOME_JOB, T)));
    c.add(call("metronome delete", u -> metronome(u).deleteJob("chaos.job", false, T)));
    c.add(call("metronome schedules", u -> metronome(u).schedules("chaos.job", T)));
    c.add(call("metronome start run", u -> metronome(u).startRun("chaos.job", T)));
    c.add(call("metronome run", u -> metronome(u).getRun("chaos.job", "r1", T)));
    c.add(call("metronome active runs", u -> metronome(u).activeRuns("chaos.job", T)));
    c.add(call("metronome stop run", u -> metronome(u).stopRun("chaos.job", "r1", T)));
    c.add(call("metronome info", u -> metronome(u).info(T)));
    c.add(call("metronome leader", u -> metronome(u).leader(T)));
    // Mesos: leader discovery first, then each endpoint
    c.add(call("mesos leader", u -> mesos(u).leader(T)));
    c.add(call("mesos redirect", u -> mesos(u).redirect(T)));
    // /master/health answers an empty 200: a 200 of any other body is still "up"
    c.add(call("mesos health", STATUS_ONLY, u -> mesos(u).health(T)));
    c.add(call("mesos version", u -> mesos(u).version(T)));
    c.add(call("mesos metrics", u -> mesos(u).metricsSnapshot(T)));
    c.add(call("mesos state summary", u -> mesos(u).stateSummary(T)));
    c.add(call("mesos agents", u -> mesos(u).agents(T)));
    c.add(call("mesos frameworks", u -> mesos(u).frameworks(T)));
    c.add(call("mesos tasks", u -> mesos(u).tasks(TaskQuery.page(10, 0), T)));
    c.add(call("mesos state stream", u -> mesos(u).streamState(new StateVisitor() {}, T)));
    c.add(call("mesos master info", u -> mesos(u).masterInfo(T)));
    c.add(call("mesos elected time", u -> mesos(u).electedTime(T)));
    c.add(call("mesos tasks by prefix", u -> mesos(u).tasksWithIdPrefix("chaos", 0L, T)));
    c.add(call("mesos sandbox tail", u -> mesos(u).sandboxTail(TASK, "stdout", 100, T)));
    // Weave: the JSON report and the text pages
    c.add(call("weave report", u -> weave(u).get(0).report(T)));
    c.add(call("weave report json", u -> weave(u).get(0).reportJson(T)));
    c.add(call("weave status", u -> weave(u).get(0).status(T)));
    c.add(call("weave connections", EnumSet.of(Hostility.EMPTY_200),
        u -> weave(u).get(0).statusConnections(T)));
    c.add(call("weave peers", u -> weave(u).get(0).statusPeers(T)));
    c.add(call("weave dns", EnumSet.of(Hostility.EMPTY_200), u -> weave(u).get(0).statusDns(T)));
    c.add(call("weave ipam", EnumSet.of(Hostility.EMPTY_200),
        u -> weave(u).get(0).statusIpam(T)));
    c.add(call("weave metrics", u -> weave(u).get(0).metrics(T)));
    // The entity readers of the input steps
    for (String code : MesosEntities.CODES) {
      c.add(call("rows mesos " + code, u -> rows(MesosEntities.reader(code, mesos(u)))));
    }
    for (String code : MarathonEntities.CODES) {
      c.add(call("rows marathon " + code, u -> rows(MarathonEntities.reader(code,
          marathon(u)))));
    }
    for (String code : ChronosEntities.CODES) {
      c.add(call("rows chronos " + code, u -> rows(ChronosEntities.reader(code, chronos(u)))));
    }
    for (String code : WeaveEntities.CODES) {
      c.add(call("rows weave " + code, u -> rows(WeaveEntities.reader(code, weave(u)))));
    }
    // The operations the entries and steps run
    c.add(op("op marathon deploy", u -> new MarathonDeploy(marathon(u), APP).useEvents(false)
        .pollInterval(100, 200).run(OPERATION_MILLIS, null, T)));
    c.add(op("op marathon scale", u -> new MarathonScale(marathon(u), "/chaos/web", "+1")
        .useEvents(false).pollInterval(100, 200).run(OPERATION_MILLIS, null, T)));
    c.add(op("op marathon restart", u -> new MarathonRestart(marathon(u), "/chaos/web")
        .useEvents(false).pollInterval(100, 200).run(OPERATION_MILLIS, null, T)));
    c.add(op("op marathon delete", u -> new MarathonDelete(marathon(u), "/chaos/web",
        MarathonDelete.Mode.DELETE).useEvents(false).pollInterval(100, 200)
        .run(OPERATION_MILLIS, null, T)));
    c.add(op("op marathon wait healthy", u -> new MarathonWaitHealthy(marathon(u), "/chaos/web",
        1).useEvents(false).pollInterval(100, 200).run(OPERATION_MILLIS, null, T)));
    c.add(op("op chronos submit", u -> new ChronosSubmit(chronos(u), null).submit(JOB, true,
        null, OPERATION_MILLIS, T)));
    c.add(op("op chronos run", u -> new ChronosRun(chronos(u), null).run(
        new ChronosRunOptions("chaos-job").timeoutMillis(OPERATION_MILLIS)
            .pollIntervalMillis(100).graceMillis(500), T)));
    c.add(op("op chronos delete", u -> new ChronosDelete(chronos(u), null).delete("chaos-job",
        true, false, OPERATION_MILLIS, T)));
    c.add(op("op metronome submit", u -> new MetronomeSubmit(metronome(u), null)
        .submit(METRONOME_JOB, true, OPERATION_MILLIS, T)));
    c.add(op("op metronome run", u -> new MetronomeRun(metronome(u), null).run(
        new MetronomeRun.Options("chaos.job").timeoutMillis(OPERATION_MILLIS)
            .pollIntervalMillis(100), T)));
    c.add(op("op metronome delete", u -> new MetronomeDelete(metronome(u), null)
        .delete("chaos.job", true, false, T)));
    c.add(op("op mesos check (no criteria)", u -> new MesosClusterCheck(mesos(u),
        new MesosClusterCheck.Criteria(), null).run(T)));
    c.add(op("op weave check", u -> WeaveNetworkCheck.forSettings(settings(u),
        WeaveNetworkCheck.Criteria.builder().build(), null).run(OPERATION_MILLIS, T)));
    return c;
  }

  private static Object done(Runnable r) {
    r.run();
    return "done";
  }

  private static long rows(EntityReader reader) {
    return reader.read(RowFilter.NONE, record -> true, T);
  }

  /**
   * The event stream reconnects by design until it is stopped; a hostile server must not make it
   * invent events, and a stop must end it. Ends after two failed connects in a row.
   */
  private static Object events(String url) {
    CancellationToken stop = CancellationToken.create();
    AtomicInteger events = new AtomicInteger();
    java.util.concurrent.ScheduledExecutorService timer =
        Executors.newSingleThreadScheduledExecutor();
    try {
      timer.schedule(stop::cancel, OPERATION_MILLIS, TimeUnit.MILLISECONDS);
      marathon(url).eventStream(Collections.<String>emptyList()).readTimeoutMillis(1_000)
          .reconnectBackoff(50, 100).maxConsecutiveFailures(2).run(
              new MarathonEventStream.Listener() {
                @Override
                public void onEvent(MarathonEvent e) {
                  events.incrementAndGet();
                }
              }, stop);
    } finally {
      timer.shutdownNow();
    }
    if (events.get() > 0) {
      throw new AssertionError(events.get() + " events made up from a hostile answer");
    }
    throw new StoppedWithoutEvents();
  }

  /** The event stream's honest end against a hostile server: stopped, nothing invented. */
  static final class StoppedWithoutEvents extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  /**
   * Readers that stream an answer which must be a JSON array (issue 16): the drip's first byte,
   * '{', already says the answer is not one, so refusing it at once as a bad response is as honest
   * as waiting for the time limit.
   */
  private static final Set<String> ARRAY_STREAMS = Set.of("rows marathon deployments");

  /** The error kind the hostility must produce in case {@code c}. */
  static Set<Kind> expected(Hostility h, Case c) {
    if (h == Hostility.DRIP && ARRAY_STREAMS.contains(c.name)) {
      return EnumSet.of(Kind.TIMED_OUT, Kind.BAD_RESPONSE);
    }
    return expected(h);
  }

  /** The error kind each hostility must produce. */
  static Set<Kind> expected(Hostility h) {
    switch (h) {
      case BLACKHOLE:
      case HEADERS_THEN_STALL:
      case DRIP:
        return EnumSet.of(Kind.TIMED_OUT);
      case ERROR_500_TRACE:
        return EnumSet.of(Kind.REJECTED);
      case UNAUTHORIZED_401:
        return EnumSet.of(Kind.UNAUTHORIZED);
      case RESET:
        return EnumSet.of(Kind.UNREACHABLE);
      default:
        return EnumSet.of(Kind.BAD_RESPONSE);
    }
  }

  @Test
  void everyReadWriteAndOperationFailsClosedInTimeWithAPrintableTypedError() throws Exception {
    List<Case> cases = cases();
    ChaosReport report = new ChaosReport("hostile-core", "cases", "typed errors",
        "false outcomes", "unbounded", "unreadable messages", "untyped failures");
    ExecutorService pool = Executors.newFixedThreadPool(24);
    List<Future<?>> futures = new ArrayList<>();
    for (Case c : cases) {
      for (Hostility h : Hostility.values()) {
        futures.add(pool.submit(() -> judge(c, h, report)));
      }
    }
    for (Future<?> f : futures) {
      f.get(120, TimeUnit.SECONDS);
    }
    pool.shutdown();
    String summary = report.write();
    assertThat(report.get("cases")).isEqualTo((long) cases.size() * Hostility.values().length);
    assertThat(report.violations()).as(summary).isEmpty();
  }

  private static void judge(Case c, Hostility h, ChaosReport report) {
    String name = c.name + " <- " + h;
    HostileServer server = servers.get(h);
    long t0 = System.nanoTime();
    Object value = null;
    Throwable error = null;
    try {
      value = c.call.apply(server.url());
    } catch (Throwable e) {
      error = e;
    }
    long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
    report.count("cases");
    report.max("slowest case (ms)", ms);
    long bound = (c.shape == Shape.OPERATION ? OPERATION_MILLIS + 2 * CALL_MILLIS
        : 2 * CALL_MILLIS) + SLACK_MILLIS;
    if (ms > bound) {
      report.violation("unbounded", name, ms + " ms > " + bound + " ms");
    }
    if (error instanceof StoppedWithoutEvents) {
      report.count("typed errors");
      return;
    }
    if (error instanceof ClusterException) {
      ClusterException e = (ClusterException) error;
      report.count("typed errors");
      checkMessage(report, name, e.getMessage());
      // Retrying a broken answer can use up the time limit on a busy machine: then a timeout
      // is the honest outcome too.
      boolean outOfTime = e.kind() == Kind.TIMED_OUT && ms >= CALL_MILLIS;
      if (c.shape == Shape.CALL && !expected(h, c).contains(e.kind()) && !outOfTime) {
        report.violation("false outcomes", name, e.kind() + " where " + expected(h, c)
            + " was due: " + e.getMessage());
      }
      return;
    }
    if (error != null) {
      report.violation("untyped failures", name, error.getClass().getName() + ": "
          + error.getMessage());
      return;
    }
    if (value instanceof OperationResult) {
      OperationResult r = (OperationResult) value;
      checkMessage(report, name, r.message());
      for (String d : r.diagnostics()) {
        checkMessage(report, name, d);
      }
      if (r.success()) {
        report.violation("false outcomes", name, "claimed success: " + r.message());
      } else {
        report.count("typed errors");
      }
      return;
    }
    if (!c.valueOk.contains(h)) {
      report.violation("false outcomes", name, "accepted the answer as " + value);
    }
  }

  private static void checkMessage(ChaosReport report, String name, String message) {
    if (message == null || message.isEmpty() || !Printable.isPrintable(message)
        || message.length() > Printable.MESSAGE_CHARS) {
      report.violation("unreadable messages", name, message == null ? "no message"
          : Printable.quote(message, 120) + " (" + message.length() + " chars)");
    }
  }
}
