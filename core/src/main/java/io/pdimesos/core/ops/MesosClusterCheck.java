package io.pdimesos.core.ops;

import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.cancel.Deadline;
import io.pdimesos.core.error.CancelledException;
import io.pdimesos.core.error.ClusterException;
import io.pdimesos.core.http.Urls;
import io.pdimesos.core.mesos.MesosAgent;
import io.pdimesos.core.mesos.MesosClient;
import io.pdimesos.core.mesos.MesosFramework;
import io.pdimesos.core.mesos.StateSummary;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * "Is the Mesos cluster ready?": a leader answers, and it has enough active agents, free
 * resources, the named frameworks active, and has led long enough for agents to re-register
 * after a failover. Uses only the cheap endpoints ({@code /metrics/snapshot},
 * {@code /master/state-summary}, and for the election time v1 {@code GET_MASTER} or the state
 * header), never the full state. With a timeout it re-checks every cycle until the criteria
 * hold, like PDI's wait entries; every failed criterion is reported, not just the first.
 */
public final class MesosClusterCheck {
  private final MesosClient client;
  private final Criteria criteria;
  private final ProgressListener log;
  private Clock clock = Clock.systemUTC();

  public MesosClusterCheck(MesosClient client, Criteria criteria, ProgressListener log) {
    this.client = client;
    this.criteria = criteria == null ? new Criteria() : criteria;
    this.log = log == null ? ProgressListener.NONE : log;
  }

  /** The clock that "elected N seconds ago" is measured against (tests pin it). */
  public MesosClusterCheck clock(Clock value) {
    this.clock = value;
    return this;
  }

  /** One check, no waiting. */
  public Result run(CancellationToken token) {
    return run(0, 0, token);
  }

  /**
   * Checks until the criteria hold or {@code timeoutMillis} passes (0 = check once), pausing
   * {@code checkCycleMillis} between checks.
   *
   * @throws CancelledException when {@code token} is cancelled
   */
  public Result run(long timeoutMillis, long checkCycleMillis, CancellationToken token) {
    CancellationToken t = token == null ? CancellationToken.none() : token;
    long started = System.nanoTime();
    Deadline deadline = timeoutMillis <= 0 ? null : Deadline.inMillis(timeoutMillis);
    int attempt = 0;
    while (true) {
      attempt++;
      Snapshot s = check(t);
      boolean last = deadline == null || s.reasons.isEmpty() || deadline.hasExpired();
      if (last) {
        return s.toResult(attempt, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
      }
      log.detailed("Mesos cluster not ready (check " + attempt + "): " + s.reasons.get(0)
          + (s.reasons.size() > 1 ? " (+" + (s.reasons.size() - 1) + " more)" : ""));
      t.sleep(Math.min(Math.max(checkCycleMillis, 100), deadline.remainingMillis()));
    }
  }

  private Snapshot check(CancellationToken t) {
    Snapshot s = new Snapshot();
    try {
      s.leader = Urls.redact(client.leader(t));
    } catch (CancelledException e) {
      throw e;
    } catch (ClusterException e) {
      s.reasons.add("no leading Mesos master answered: " + e.getMessage());
      return s;
    }
    Map<String, Double> metrics = Collections.emptyMap();
    try {
      metrics = client.metricsSnapshot(t);
    } catch (CancelledException e) {
      throw e;
    } catch (ClusterException e) {
      log.debug("Mesos metrics unavailable, using state-summary only: " + e.getMessage());
    }
    StateSummary summary;
    try {
      summary = client.stateSummary(t);
    } catch (CancelledException e) {
      throw e;
    } catch (ClusterException e) {
      s.reasons.add("the leader " + s.leader + " did not give its state summary: "
          + e.getMessage());
      return s;
    }
    Double elected = metrics.get("master/elected");
    if (elected != null && elected == 0) {
      s.reasons.add("the master at " + s.leader + " is not the elected leader "
          + "(master/elected = 0)");
    }
    measure(s, metrics, summary);
    String electionError = null;
    if (criteria.minSecondsSinceElection > 0) {
      try {
        double when = client.electedTime(t);
        if (when > 0) {
          s.secondsSinceElection = Math.max(0, clock.millis() / 1000.0 - when);
        }
      } catch (CancelledException e) {
        throw e;
      } catch (ClusterException e) {
        // Like every other unreadable input, a failed read is a reason the check fails, not an
        // exception that would skip the other criteria.
        electionError = "the leader's election time could not be read: " + e.getMessage();
      }
    }
    judge(s, electionError);
    return s;
  }

  /** Metrics when the master has them (they count every agent), else the summary's agents. */
  private static void measure(Snapshot s, Map<String, Double> metrics, StateSummary summary) {
    int activeAgents = 0;
    double[] free = new double[3];
    for (MesosAgent a : summary.agents()) {
      if (a.active()) {
        activeAgents++;
        free[0] += a.resources().cpus() - a.usedResources().cpus();
        free[1] += a.resources().mem() - a.usedResources().mem();
        free[2] += a.resources().disk() - a.usedResources().disk();
      }
    }
    s.activeAgents = metrics.containsKey("master/slaves_active")
        ? (int) Math.round(metrics.get("master/slaves_active")) : activeAgents;
    s.freeCpus = freeOf(metrics, "cpus", free[0]);
    s.freeMemMb = freeOf(metrics, "mem", free[1]);
    s.freeDiskMb = freeOf(metrics, "disk", free[2]);
    for (MesosFramework f : summary.frameworks()) {
      Boolean before = s.frameworks.get(f.name());
      s.frameworks.put(f.name(), (before != null && before) || f.active());
    }
  }

  private static double freeOf(Map<String, Double> metrics, String resource, double fallback) {
    Double total = metrics.get("master/" + resource + "_total");
    Double used = metrics.get("master/" + resource + "_used");
    return total == null || used == null ? fallback : total - used;
  }

  private void judge(Snapshot s, String electionError) {
    Criteria c = criteria;
    if (s.activeAgents < c.minActiveAgents) {
      s.reasons.add(s.activeAgents + " active agents, fewer than the " + c.minActiveAgents
          + " required");
    }
    requireFree(s, "CPUs", s.freeCpus, c.minFreeCpus, "");
    requireFree(s, "memory", s.freeMemMb, c.minFreeMemMb, " MB");
    requireFree(s, "disk", s.freeDiskMb, c.minFreeDiskMb, " MB");
    for (String name : c.requiredFrameworks) {
      Boolean active = s.frameworks.get(name);
      if (active == null) {
        s.reasons.add("framework '" + name + "' is not registered");
      } else if (!active) {
        s.reasons.add("framework '" + name + "' is registered but not active");
      }
    }
    if (c.minSecondsSinceElection > 0) {
      if (electionError != null) {
        s.reasons.add(electionError);
      } else if (s.secondsSinceElection < 0) {
        s.reasons.add("the leader's election time is unknown, so it cannot be shown to have "
            + "led for " + c.minSecondsSinceElection + " s");
      } else if (s.secondsSinceElection < c.minSecondsSinceElection) {
        s.reasons.add("the leader was elected " + Math.round(s.secondsSinceElection)
            + " s ago, less than the " + c.minSecondsSinceElection + " s required (agents may "
            + "still be re-registering)");
      }
    }
  }

  private static void requireFree(Snapshot s, String what, double free, double min, String unit) {
    if (free < min) {
      s.reasons.add(fmt(free) + unit + " free " + what + ", less than the " + fmt(min) + unit
          + " required");
    }
  }

  private static String fmt(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.2f", v);
  }

  /** What one check saw. */
  private static final class Snapshot {
    String leader;
    int activeAgents;
    double freeCpus;
    double freeMemMb;
    double freeDiskMb;
    double secondsSinceElection = -1;
    final Map<String, Boolean> frameworks = new LinkedHashMap<String, Boolean>();
    final List<String> reasons = new ArrayList<String>();

    Result toResult(int attempts, long elapsed) {
      String message = reasons.isEmpty()
          ? "Mesos cluster ready: leader " + leader + ", " + activeAgents + " active agents, "
              + fmt(freeCpus) + " CPUs / " + fmt(freeMemMb) + " MB memory / " + fmt(freeDiskMb)
              + " MB disk free"
          : "Mesos cluster not ready: " + reasons.get(0)
              + (reasons.size() > 1 ? " (and " + (reasons.size() - 1) + " more)" : "");
      return new Result(this, message, attempts, elapsed);
    }
  }

  /** Thresholds; the defaults require nothing beyond an answering leader. */
  public static final class Criteria {
    private int minActiveAgents;
    private double minFreeCpus;
    private double minFreeMemMb;
    private double minFreeDiskMb;
    private List<String> requiredFrameworks = Collections.emptyList();
    private long minSecondsSinceElection;

    public Criteria minActiveAgents(int value) {
      this.minActiveAgents = value;
      return this;
    }

    public Criteria minFreeCpus(double value) {
      this.minFreeCpus = value;
      return this;
    }

    public Criteria minFreeMemMb(double value) {
      this.minFreeMemMb = value;
      return this;
    }

    public Criteria minFreeDiskMb(double value) {
      this.minFreeDiskMb = value;
      return this;
    }

    /** Framework names (as registered, e.g. {@code marathon}) that must be active. */
    public Criteria requiredFrameworks(List<String> names) {
      this.requiredFrameworks = names == null ? Collections.<String>emptyList()
          : Collections.unmodifiableList(new ArrayList<String>(names));
      return this;
    }

    /** The leader must have led at least this long (0 = no requirement). */
    public Criteria minSecondsSinceElection(long value) {
      this.minSecondsSinceElection = value;
      return this;
    }
  }

  /** The outcome, with what the last check measured. */
  public static final class Result extends OperationResult {
    private final String leaderUrl;
    private final int activeAgents;
    private final double freeCpus;
    private final double freeMemMb;
    private final double freeDiskMb;
    private final double secondsSinceElection;
    private final Map<String, Boolean> frameworks;
    private final int attempts;

    private Result(Snapshot s, String message, int attempts, long elapsed) {
      super(s.reasons.isEmpty(), message, s.reasons, elapsed);
      this.leaderUrl = s.leader;
      this.activeAgents = s.activeAgents;
      this.freeCpus = s.freeCpus;
      this.freeMemMb = s.freeMemMb;
      this.freeDiskMb = s.freeDiskMb;
      this.secondsSinceElection = s.secondsSinceElection;
      this.frameworks = Collections.unmodifiableMap(
          new LinkedHashMap<String, Boolean>(s.frameworks));
      this.attempts = attempts;
    }

    /** Redacted base URL of the leader, or null when none answered. */
    public String leaderUrl() {
      return leaderUrl;
    }

    public int activeAgents() {
      return activeAgents;
    }

    /** Total minus used CPUs. */
    public double freeCpus() {
      return freeCpus;
    }

    public double freeMemMb() {
      return freeMemMb;
    }

    public double freeDiskMb() {
      return freeDiskMb;
    }

    /** Seconds the leader has led, or -1 when not measured or unknown. */
    public double secondsSinceElection() {
      return secondsSinceElection;
    }

    /** Registered frameworks by name: true when active. */
    public Map<String, Boolean> frameworks() {
      return frameworks;
    }

    /** Every failed criterion (same as {@link #diagnostics()}). */
    public List<String> reasons() {
      return diagnostics();
    }

    public int attempts() {
      return attempts;
    }
  }
}
