package io.pdimesos.core.ops;

import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.cancel.Deadline;
import io.pdimesos.core.cancel.Waits;
import io.pdimesos.core.error.CancelledException;
import io.pdimesos.core.error.ClusterException;
import io.pdimesos.core.error.NotFoundException;
import io.pdimesos.core.marathon.App;
import io.pdimesos.core.marathon.DeploymentLockedException;
import io.pdimesos.core.marathon.DeploymentResult;
import io.pdimesos.core.marathon.MarathonClient;
import io.pdimesos.core.ops.MarathonAppResult.Outcome;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What Marathon app operations share: one write that starts a deployment, then optionally a
 * wait for it (events to wake early, polling as the truth), and a decision about a deployment
 * still running when the wait times out or is stopped: leave it, or roll it back.
 *
 * @param <T> the concrete operation, for fluent setters
 */
public abstract class MarathonAppOperation<T extends MarathonAppOperation<T>> {
  /** What to do with a deployment still running when the wait ends without success. */
  public enum OnTimeout {
    /** Leave it: Marathon keeps trying (it never gives up by itself). */
    LEAVE,
    /** Cancel it without force: Marathon starts a revert deployment to the previous state. */
    ROLL_BACK
  }

  protected final MarathonClient client;
  private boolean waitForCompletion = true;
  private boolean force;
  private boolean waitForLock;
  private boolean useEvents = true;
  private OnTimeout onTimeout = OnTimeout.LEAVE;
  private long firstPollMillis = Waits.FIRST_POLL_MILLIS;
  private long maxPollMillis = 5_000;
  private long pendingGraceMillis = 10_000;

  protected MarathonAppOperation(MarathonClient client) {
    this.client = client;
  }

  protected abstract T self();

  /** Wait until the deployment finished (default), or return once Marathon accepted it. */
  public T waitForCompletion(boolean v) {
    this.waitForCompletion = v;
    return self();
  }

  /** Override deployments running on the app instead of waiting for them (default false). */
  public T force(boolean v) {
    this.force = v;
    return self();
  }

  /**
   * When another deployment locks the app (Marathon's 409) after the client's own short
   * retries: wait until the blocking deployments are gone and send the write again, within the
   * operation's timeout (default false: fail at once, naming them).
   */
  public T waitForLock(boolean v) {
    this.waitForLock = v;
    return self();
  }

  /** Wake the wait from the event stream (default true); polling is always done too. */
  public T useEvents(boolean v) {
    this.useEvents = v;
    return self();
  }

  public T onTimeout(OnTimeout v) {
    this.onTimeout = v == null ? OnTimeout.LEAVE : v;
    return self();
  }

  /**
   * Polling without events: the first look after {@value Waits#FIRST_POLL_MILLIS} ms, each pause
   * then doubling up to {@code millis} (default 5 s).
   */
  public T checkCycle(long millis) {
    return pollInterval(Waits.FIRST_POLL_MILLIS, millis);
  }

  /** Polling: first pause, doubling up to max (defaults 100 ms and 5 s). */
  public T pollInterval(long firstMillis, long maxMillis) {
    this.firstPollMillis = Math.max(1, firstMillis);
    this.maxPollMillis = Math.max(this.firstPollMillis, maxMillis);
    return self();
  }

  /** How long a deployment id not yet listed counts as pending rather than done (10 s). */
  public T pendingGrace(long millis) {
    this.pendingGraceMillis = Math.max(0, millis);
    return self();
  }

  protected boolean force() {
    return force;
  }

  /** The write an operation performs; it may add diagnostics to the result. */
  protected abstract static class Write {
    /**
     * Reads what the write must know first (the current instances or version). A failure here
     * is a plain failure: nothing has been sent yet.
     */
    void prepare(CancellationToken token, MarathonAppResult.Builder result) {}

    abstract DeploymentResult submit(CancellationToken token, MarathonAppResult.Builder result);

    /**
     * Whether {@code after}, the app as it is now (null when it does not exist), shows this
     * write's effect. Asked only when the write's answer was lost ({@link WriteOutcome}).
     */
    abstract boolean tookEffect(App after);
  }

  /**
   * Performs {@code write} and, when asked, waits for its deployment.
   *
   * @param timeoutMillis limit for the whole operation; 0 = none
   */
  protected final MarathonAppResult execute(String appId, String verb, Write write,
      boolean expectDeleted, long timeoutMillis, ProgressListener listener,
      CancellationToken token) {
    ProgressListener log = listener == null ? ProgressListener.NONE : listener;
    CancellationToken t = token == null ? CancellationToken.none() : token;
    long started = System.nanoTime();
    Deadline deadline = Deadline.inMillis(timeoutMillis);
    MarathonAppResult.Builder result = MarathonAppResult.builder(appId);
    EventWatch events = waitForCompletion && useEvents ? EventWatch.start(client, t, log)
        : EventWatch.none();
    try {
      write.prepare(t, result);
      // The stream is opened before the write so the deployment's own events are not missed.
      DeploymentResult dr;
      try {
        dr = submitAfterLocks(write, deadline, t, log, result);
      } catch (ClusterException e) {
        dr = judgeByState(appId, verb, write, e, t, log, result);
        if (dr == null) {
          return finish(result, started, log);
        }
      }
      result.deployment(dr.deploymentId(), dr.version()).httpStatus(dr.httpStatus());
      log.basic(appId + ": " + verb + " submitted as " + dr);
      if (!waitForCompletion) {
        result.outcome(Outcome.SUBMITTED, appId + ": " + verb + " submitted (deployment "
            + dr.deploymentId() + ")");
        return finish(result, started, log);
      }
      DeploymentWaiter waiter = new DeploymentWaiter(client, log, firstPollMillis,
          maxPollMillis, pendingGraceMillis);
      try {
        waiter.await(appId, dr.deploymentId(), expectDeleted, deadline, events, t, result);
      } catch (CancelledException e) {
        result.outcome(Outcome.CANCELLED, appId + ": stopped while waiting for deployment "
            + dr.deploymentId());
      }
      if (result.outcome() == Outcome.TIMED_OUT || result.outcome() == Outcome.CANCELLED) {
        settle(dr.deploymentId(), log, result);
      }
      return finish(result, started, log);
    } finally {
      events.close();
    }
  }

  /**
   * Submits the write; with {@link #waitForLock}, a 409 "locked by deployments" waits for those
   * deployments to leave {@code /v2/deployments} and submits again, until the deadline.
   */
  private DeploymentResult submitAfterLocks(Write write, Deadline deadline, CancellationToken t,
      ProgressListener log, MarathonAppResult.Builder result) {
    while (true) {
      try {
        return write.submit(t, result);
      } catch (DeploymentLockedException e) {
        if (!waitForLock || e.answerLost() || deadline.hasExpired()) {
          throw e;
        }
        final List<String> blocking = e.blockingDeploymentIds();
        if (blocking.isEmpty()) {
          t.sleep(Math.min(maxPollMillis, deadline.remainingMillis())); // nothing to watch
          continue;
        }
        log.basic("Locked by deployment(s) " + blocking + ": waiting for them to finish");
        java.util.Set<String> left = io.pdimesos.core.cancel.Waits.until(
            new io.pdimesos.core.cancel.Waits.Probe<java.util.Set<String>>() {
              @Override
              public java.util.Set<String> poll() {
                java.util.Set<String> running = new java.util.HashSet<String>();
                for (io.pdimesos.core.marathon.Deployment d : client.deployments(t)) {
                  running.add(d.id());
                }
                running.retainAll(blocking);
                return running.isEmpty() ? running : null;
              }
            }, deadline, firstPollMillis, maxPollMillis, t);
        if (left == null) {
          throw e; // still locked when the time ran out
        }
        result.diagnostic("Waited for deployment(s) " + blocking + " that locked the app");
      }
    }
  }

  /**
   * The write failed: when its answer was lost, the app's state decides (a delete that finds the
   * app gone succeeded, a restart shows a new version). Returns the deployment to wait for
   * (its id may be null: nothing left to watch but the app), or null when the outcome is
   * already set in {@code result}.
   *
   * @throws ClusterException the write's own failure when its answer was not lost
   */
  private DeploymentResult judgeByState(final String appId, String verb, final Write write,
      ClusterException failure, final CancellationToken t, ProgressListener log,
      MarathonAppResult.Builder result) {
    final App[] now = new App[1];
    WriteOutcome.Verdict verdict = WriteOutcome.afterLostAnswer(failure,
        new WriteOutcome.StateCheck() {
          @Override
          public boolean tookEffect() {
            now[0] = appOrNull(appId, t);
            return write.tookEffect(now[0]);
          }
        }, log);
    if (verdict == WriteOutcome.Verdict.UNKNOWN) {
      if (now[0] != null) {
        result.state(AppState.of(now[0]));
      }
      result.outcome(Outcome.UNKNOWN, WriteOutcome.unknown(appId + ": " + verb, failure));
      return null;
    }
    // Logged with the outcome, once (finish).
    result.diagnostic(WriteOutcome.confirmed(appId + ": " + verb + " accepted", failure));
    if (now[0] == null) {
      result.outcome(Outcome.SUCCEEDED, WriteOutcome.confirmed(appId + " deleted", failure));
      return null;
    }
    List<String> deployments = now[0].deploymentIds();
    return new DeploymentResult(deployments.isEmpty() ? null : deployments.get(0),
        now[0].version(), 0);
  }

  /** The app as it is now, or null when it does not exist. */
  App appOrNull(String appId, CancellationToken t) {
    try {
      return client.app(appId, t);
    } catch (NotFoundException e) {
      return null;
    }
  }

  /** Leaves or rolls back the unfinished deployment, and says which. */
  private void settle(String deploymentId, ProgressListener log,
      MarathonAppResult.Builder result) {
    if (deploymentId == null) {
      return; // no deployment of ours is known (its answer was lost): nothing to leave or cancel
    }
    if (onTimeout == OnTimeout.LEAVE) {
      result.diagnostic("Deployment " + deploymentId + " left running: Marathon keeps trying"
          + " until it succeeds, is cancelled or is replaced");
      return;
    }
    try {
      // Not the caller's token: after a stop the rollback must still go out, once.
      DeploymentResult revert = client.cancelDeployment(deploymentId, false,
          CancellationToken.none());
      if (revert != null) {
        result.rollback(revert.deploymentId());
        result.diagnostic("Rolled back: deployment " + deploymentId + " cancelled, revert"
            + " deployment " + revert.deploymentId() + " restores the previous state");
        log.basic("Rolled back deployment " + deploymentId + " (revert deployment "
            + revert.deploymentId() + ")");
      }
    } catch (NotFoundException e) {
      result.diagnostic("Deployment " + deploymentId + " had already ended: nothing to roll back");
    } catch (ClusterException e) {
      result.diagnostic("Roll back of deployment " + deploymentId + " failed: " + e.getMessage());
    }
  }

  protected static MarathonAppResult finish(MarathonAppResult.Builder result, long started,
      ProgressListener log) {
    MarathonAppResult r = result.build(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    log.basic(r.message());
    // A failure's reasons, and a success's notes (scaled to 0 as asked, a lost answer the state
    // confirmed): here only, so that no caller shows them twice.
    for (String d : r.diagnostics()) {
      log.basic("  " + d);
    }
    return r;
  }
}
