package io.pdimesos.core.ops;

import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.cancel.Deadline;
import io.pdimesos.core.cancel.Waits;
import io.pdimesos.core.error.CancelledException;
import io.pdimesos.core.error.ClusterException;
import io.pdimesos.core.error.NotFoundException;
import io.pdimesos.core.marathon.App;
import io.pdimesos.core.marathon.MarathonClient;
import io.pdimesos.core.marathon.MarathonIds;
import io.pdimesos.core.marathon.QueueItem;
import io.pdimesos.core.marathon.Task;
import io.pdimesos.core.ops.MarathonAppResult.Outcome;

/**
 * Waits until an app has at least N healthy running instances (any version). For an app
 * without health checks a running instance counts as healthy, since Marathon has nothing else
 * to judge it by. N of 0 means the app's own instance count. A missing app may be about to be
 * created, so it is waited for, but only for the missing grace (10 s by default): a mistyped id
 * is said at once and ends the wait then, not at the timeout.
 */
public final class MarathonWaitHealthy {
  private final MarathonClient client;
  private final String appId;
  private final int minHealthy;
  private boolean useEvents = true;
  private long firstPollMillis = Waits.FIRST_POLL_MILLIS;
  private long maxPollMillis = 5_000;
  private long missingGraceMillis = 10_000;
  /** The last read found no such app (rather than failing to read it). */
  private boolean missing;

  public MarathonWaitHealthy(MarathonClient client, String appId, int minHealthy) {
    if (minHealthy < 0) {
      throw new IllegalArgumentException("Healthy instances must not be negative: " + minHealthy);
    }
    this.client = client;
    this.appId = MarathonIds.appId(appId);
    this.minHealthy = minHealthy;
  }

  public MarathonWaitHealthy useEvents(boolean v) {
    this.useEvents = v;
    return this;
  }

  /**
   * Polling without events: the first look after
   * {@value Waits#FIRST_POLL_MILLIS} ms, each pause then doubling up to
   * {@code millis} (default 5 s).
   */
  public MarathonWaitHealthy checkCycle(long millis) {
    return pollInterval(Waits.FIRST_POLL_MILLIS, millis);
  }

  /** How long an app that does not exist is waited for to appear (default 10 s; 0: not at all). */
  public MarathonWaitHealthy missingGrace(long millis) {
    this.missingGraceMillis = Math.max(0, millis);
    return this;
  }

  /** Polling: first pause, doubling up to max (defaults 100 ms and 5 s). */
  public MarathonWaitHealthy pollInterval(long firstMillis, long maxMillis) {
    this.firstPollMillis = Math.max(1, firstMillis);
    this.maxPollMillis = Math.max(this.firstPollMillis, maxMillis);
    return this;
  }

  /** Success when enough instances are healthy before {@code timeoutMillis} (0 = no limit). */
  public MarathonAppResult run(long timeoutMillis, ProgressListener listener,
      CancellationToken token) {
    ProgressListener log = listener == null ? ProgressListener.NONE : listener;
    CancellationToken t = token == null ? CancellationToken.none() : token;
    long started = System.nanoTime();
    Deadline deadline = Deadline.inMillis(timeoutMillis);
    MarathonAppResult.Builder result = MarathonAppResult.builder(appId);
    EventWatch events = useEvents ? EventWatch.start(client, t, log) : EventWatch.none();
    try {
      long interval = firstPollMillis;
      String last = null;
      long missingSince = -1;
      while (true) {
        int changes = events.changes();
        App app = readApp(t, log);
        if (app == null && missing) {
          long now = System.nanoTime();
          if (missingSince < 0) {
            missingSince = now;
            log.basic(appId + " does not exist" + (missingGraceMillis > 0
                ? " (yet): waiting up to " + missingGraceMillis / 1000 + " s for it to appear"
                : ""));
          }
          if (now - missingSince >= missingGraceMillis * 1_000_000L) {
            result.outcome(Outcome.FAILED, appId + " does not exist");
            return MarathonAppOperation.finish(result, started, log);
          }
        } else if (app != null) {
          missingSince = -1;
          AppState state = AppState.of(app);
          result.state(state);
          int wanted = minHealthy > 0 ? minHealthy : app.instances();
          int healthy = healthyInstances(app);
          String progress = healthy + " of " + wanted + " wanted instance(s) healthy";
          if (!progress.equals(last)) {
            log.detailed(appId + ": " + progress);
            last = progress;
          }
          if (healthy >= wanted) {
            result.outcome(Outcome.SUCCEEDED, appId + ": " + progress);
            return MarathonAppOperation.finish(result, started, log);
          }
        }
        if (deadline.hasExpired()) {
          timedOut(app, t, result);
          return MarathonAppOperation.finish(result, started, log);
        }
        events.sleep(Math.min(interval, Math.max(1, deadline.remainingMillis())), changes, t);
        interval = Math.min(maxPollMillis, interval * 2);
      }
    } catch (CancelledException e) {
      result.outcome(Outcome.CANCELLED, appId + ": stopped while waiting for healthy instances");
      return MarathonAppOperation.finish(result, started, log);
    } finally {
      events.close();
    }
  }

  private App readApp(CancellationToken t, ProgressListener log) {
    missing = false;
    try {
      return client.app(appId, t);
    } catch (NotFoundException e) {
      missing = true;
      return null;
    } catch (ClusterException e) {
      if (!DeploymentWaiter.isTransient(e)) {
        throw e;
      }
      log.warn(appId + ": cannot read the app now, will retry: " + e.getMessage());
      return null;
    }
  }

  static int healthyInstances(App app) {
    int n = 0;
    for (Task task : app.tasks()) {
      if (task.isRunning() && (!app.hasHealthChecks() || task.isHealthy())) {
        n++;
      }
    }
    return n;
  }

  private void timedOut(App app, CancellationToken t, MarathonAppResult.Builder result) {
    if (app == null) {
      result.outcome(Outcome.TIMED_OUT, appId + " does not exist");
      return;
    }
    if (app.lastTaskFailure() != null) {
      result.diagnostic(app.lastTaskFailure().toString());
    }
    if (!app.deploymentIds().isEmpty()) {
      result.diagnostic("Deployments still running on " + appId + ": " + app.deploymentIds());
    }
    try {
      QueueItem q = client.queueItem(appId, t);
      if (q != null) {
        result.diagnostic("Launch queue: " + q.summary());
      }
    } catch (ClusterException e) {
      result.diagnostic("Could not read the launch queue: " + e.getMessage());
    }
    int wanted = minHealthy > 0 ? minHealthy : app.instances();
    result.outcome(Outcome.TIMED_OUT, appId + ": only " + healthyInstances(app) + " of "
        + wanted + " wanted instance(s) healthy in time");
  }
}
