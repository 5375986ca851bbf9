package io.pdimesos.core.ops;

import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.cancel.Deadline;
import io.pdimesos.core.error.ClusterException;
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
 * run, are healthy when checked, and number exactly {@code instances}. Events wake the poll early
 * when the stream works; otherwise polling backs off from the first to the max interval.
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
    long started = System.nanoTime();
    boolean seen = false;
    boolean announcedPending = false;
    String lastProgress = null;
    long interval = firstPollMillis;
    while (true) {
      token.throwIfCancelled();
      int changes = events.changes();
      Deployment running = find(deploymentId, token);
      String ended = events.finished(deploymentId);
      boolean gone;
      if (running != null) {
        seen = true;
        gone = false;
        String progress = running.toString();
        if (!progress.equals(lastProgress)) {
          log.detailed(appId + ": " + progress);
          lastProgress = progress;
        }
      } else if (!seen && ended == null
          && TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started) < pendingGraceMillis) {
        gone = false;
        if (!announcedPending) {
          log.detailed(appId + ": deployment " + deploymentId + " not listed yet (pending)");
          announcedPending = true;
        }
      } else {
        gone = true;
      }
      if (ended != null && ended.startsWith("failed")) {
        result.diagnostic("Marathon reported deployment " + deploymentId + " " + ended);
        readState(appId, expectDeleted, token, result);
        result.outcome(Outcome.FAILED, appId + ": deployment " + deploymentId + " " + ended);
        return;
      }
      if (gone) {
        if (expectDeleted) {
          if (appGone(appId, token, result)) {
            result.outcome(Outcome.SUCCEEDED, appId + " deleted");
            return;
          }
        } else {
          AppState state = AppState.of(client.app(appId, token));
          result.state(state);
          if (state.complete()) {
            result.outcome(Outcome.SUCCEEDED, appId + " deployed: " + state.counts());
            return;
          }
          String progress = "deployment done, " + state.counts();
          if (!progress.equals(lastProgress)) {
            log.detailed(appId + ": " + progress);
            lastProgress = progress;
          }
        }
      }
      if (deadline.hasExpired()) {
        timedOut(appId, deploymentId, running, expectDeleted, token, result);
        return;
      }
      events.sleep(Math.min(interval, Math.max(1, deadline.remainingMillis())), changes, token);
      interval = Math.min(maxPollMillis, interval + interval / 2);
    }
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
      result.state(AppState.of(app));
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
  private void timedOut(String appId, String deploymentId, Deployment running,
      boolean expectDeleted, CancellationToken token, MarathonAppResult.Builder result) {
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
