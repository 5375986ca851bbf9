package io.pdimesos.core.ops;

import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.cancel.Deadline;
import io.pdimesos.core.error.BadResponseException;
import io.pdimesos.core.error.CancelledException;
import io.pdimesos.core.error.ClusterException;
import io.pdimesos.core.error.RejectedException;
import io.pdimesos.core.error.TimedOutException;
import io.pdimesos.core.error.UnreachableException;
import io.pdimesos.core.error.NotFoundException;
import io.pdimesos.core.marathon.App;
import io.pdimesos.core.marathon.Deployment;
import io.pdimesos.core.marathon.MarathonClient;
import io.pdimesos.core.marathon.QueueItem;
import io.pdimesos.core.ops.MarathonAppResult.Outcome;
import java.util.concurrent.TimeUnit;

/**
 * Waits until a Marathon deployment is really done. Marathon never fails a deployment by itself
 * (unstartable or unhealthy tasks keep it running forever), so "done" is checked from two sides:
 * the deployment id has left {@code /v2/deployments} (an id not listed yet is only pending, for a
 * grace period: older servers list it late), and the app's tasks of the current configuration
 * run, are healthy when checked, and number exactly {@code instances}. An event wakes the wait at
 * once when the stream works, and Marathon's own word that the deployment ended spares the look
 * at {@code /v2/deployments}: only the app is read, for the outcome. Without events, polling backs
 * off from the first interval, doubling up to the max (the check cycle).
 */
final class DeploymentWaiter {
  private final MarathonClient client;
  private final ProgressListener log;
  private final long firstPollMillis;
  private final long maxPollMillis;
  private final long pendingGraceMillis;

  DeploymentWaiter(MarathonClient client, ProgressListener log, long firstPollMillis,
      long maxPollMillis, long pendingGraceMillis) {
    this.client = client;
    this.log = log;
    this.firstPollMillis = firstPollMillis;
    this.maxPollMillis = maxPollMillis;
    this.pendingGraceMillis = pendingGraceMillis;
  }

  /**
   * Waits for {@code deploymentId} on {@code appId}. Fills the outcome, the final state and, on a
   * timeout, the diagnostics into {@code result}. {@code expectDeleted}: done once the app is gone.
   *
   * @throws io.pdimesos.core.error.CancelledException when cancelled; the last known state is in
   *     {@code result}
   */
  void await(String appId, String deploymentId, boolean expectDeleted, Deadline deadline,
      EventWatch events, CancellationToken token, MarathonAppResult.Builder result) {
    Progress p = new Progress(appId, deploymentId, expectDeleted);
    long interval = firstPollMillis;
    ClusterException lastError = null;
    while (true) {
      token.throwIfCancelled();
      int changes = events.changes();
      try {
        if (poll(p, events, token, result)) {
          return;
        }
        lastError = null;
      } catch (ClusterException e) {
        if (!isTransient(e)) {
          throw e;
        }
        if (lastError == null) {
          log.warn(appId + ": cannot check the deployment now, will retry: " + e.getMessage());
        }
        lastError = e;
      }
      if (deadline.hasExpired()) {
        if (lastError != null) {
          result.diagnostic("Last check failed: " + lastError.getMessage());
        }
        timedOut(p, token, result);
        return;
      }
      events.sleep(Math.min(interval, Math.max(1, deadline.remainingMillis())), changes, token);
      interval = Math.min(maxPollMillis, interval * 2);
    }
  }

  /** What one wait has learnt so far. */
  private static final class Progress {
    final String appId;
    final String deploymentId;
    final boolean expectDeleted;
    final long startedNanos = System.nanoTime();
    boolean seen;
    boolean announcedPending;
    String lastProgress;
    Deployment running;

    Progress(String appId, String deploymentId, boolean expectDeleted) {
      this.appId = appId;
      this.deploymentId = deploymentId;
      this.expectDeleted = expectDeleted;
    }
  }

  /** One look: true when the wait is over (outcome set in {@code result}). */
  private boolean poll(Progress p, EventWatch events, CancellationToken token,
      MarathonAppResult.Builder result) {
    // No id: the write's answer was lost, and the state showed no deployment left to watch.
    String ended = p.deploymentId == null ? null : events.finished(p.deploymentId);
    // Marathon said the deployment ended: it is no longer listed, no need to ask
    p.running = p.deploymentId == null || ended != null ? null : find(p.deploymentId, token);
    p.seen |= p.deploymentId == null;
    boolean gone;
    if (p.running != null) {
      p.seen = true;
      gone = false;
      progress(p, p.running.toString());
    } else if (!p.seen && ended == null && TimeUnit.NANOSECONDS.toMillis(
        System.nanoTime() - p.startedNanos) < pendingGraceMillis) {
      gone = false;
      if (!p.announcedPending) {
        log.detailed(p.appId + ": deployment " + p.deploymentId + " not listed yet (pending)");
        p.announcedPending = true;
      }
    } else {
      gone = true;
    }
    if (ended != null && ended.startsWith("failed")) {
      result.diagnostic("Marathon reported deployment " + p.deploymentId + " " + ended);
      readState(p.appId, p.expectDeleted, token, result);
      result.outcome(Outcome.FAILED, p.appId + ": deployment " + p.deploymentId + " " + ended);
      return true;
    }
    if (!gone) {
      return false;
    }
    if (p.expectDeleted) {
      if (appGone(p.appId, token, result)) {
        result.outcome(Outcome.SUCCEEDED, p.appId + " deleted");
        return true;
      }
      return false;
    }
    AppState state = AppState.of(client.app(p.appId, token));
    result.state(state);
    if (state.complete()) {
      result.outcome(Outcome.SUCCEEDED, p.appId + " deployed: " + state.counts());
      return true;
    }
    progress(p, "deployment done, " + state.counts());
    return false;
  }

  private void progress(Progress p, String line) {
    if (!line.equals(p.lastProgress)) {
      log.detailed(p.appId + ": " + line);
      p.lastProgress = line;
    }
  }

  /** Worth another look later: the cluster may be failing over or briefly overloaded. */
  static boolean isTransient(ClusterException e) {
    if (e instanceof CancelledException) {
      return false;
    }
    if (e instanceof RejectedException) {
      return ((RejectedException) e).status() >= 500;
    }
    return e instanceof UnreachableException || e instanceof TimedOutException
        || e instanceof BadResponseException;
  }

  private Deployment find(String deploymentId, CancellationToken token) {
    for (Deployment d : client.deployments(token)) {
      if (deploymentId.equals(d.id())) {
        return d;
      }
    }
    return null;
  }

  private boolean appGone(String appId, CancellationToken token,
      MarathonAppResult.Builder result) {
    try {
      result.state(AppState.of(client.app(appId, token)));
      return false;
    } catch (NotFoundException e) {
      return true;
    }
  }

  /** Reads the app's state into {@code result}; a failure here only becomes a diagnostic. */
  void readState(String appId, boolean expectDeleted, CancellationToken token,
      MarathonAppResult.Builder result) {
    try {
      App app = client.app(appId, token);
      AppState state = AppState.of(app);
      result.state(state);
      if (!expectDeleted && !state.complete()) {
        // Running but never healthy is the common stuck deployment: say so in the diagnostics,
        // which are what a user reads, not only in the result's counters.
        result.diagnostic(appId + ": " + state.running + " of " + state.instances
            + " tasks running" + (state.healthChecked ? ", " + state.healthy + " healthy" : "")
            + (state.staged > 0 ? ", " + state.staged + " staged" : ""));
      }
      if (app.lastTaskFailure() != null) {
        result.diagnostic(app.lastTaskFailure().toString());
      }
    } catch (NotFoundException e) {
      if (!expectDeleted) {
        result.diagnostic(appId + " does not exist (any more)");
      }
    } catch (ClusterException e) {
      result.diagnostic("Could not read " + appId + ": " + e.getMessage());
    }
  }

  /** Collects why the deployment did not finish: step, queue offers, last task failure. */
  private void timedOut(Progress p, CancellationToken token, MarathonAppResult.Builder result) {
    String appId = p.appId;
    String deploymentId = p.deploymentId;
    Deployment running = p.running;
    boolean expectDeleted = p.expectDeleted;
    if (running != null) {
      result.diagnostic("Deployment " + deploymentId + " still running at step "
          + running.currentStep() + " of " + running.totalSteps() + ": "
          + running.currentActions());
    }
    try {
      QueueItem q = client.queueItem(appId, token);
      if (q != null) {
        result.diagnostic("Launch queue: " + q.summary());
      }
    } catch (ClusterException e) {
      result.diagnostic("Could not read the launch queue: " + e.getMessage());
    }
    readState(appId, expectDeleted, token, result);
    result.outcome(Outcome.TIMED_OUT, appId + ": deployment " + deploymentId
        + " did not finish in time");
  }
}
