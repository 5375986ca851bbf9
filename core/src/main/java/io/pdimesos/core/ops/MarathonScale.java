package io.pdimesos.core.ops;

import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.error.RejectedException;
import io.pdimesos.core.marathon.App;
import io.pdimesos.core.marathon.DeploymentResult;
import io.pdimesos.core.marathon.MarathonClient;
import io.pdimesos.core.marathon.MarathonIds;

/**
 * Scales an app to an absolute count ("5") or by a relative one ("+2", "-1"), then optionally
 * waits until exactly that many instances run (healthy, when checked). Scaling never restarts
 * running tasks.
 */
public final class MarathonScale extends MarathonAppOperation<MarathonScale> {
  private final String appId;
  private final String instances;
  private boolean clampAtZero;

  /** {@code instances}: "N" sets the count, "+N"/"-N" change the current one. */
  public MarathonScale(MarathonClient client, String appId, String instances) {
    super(client);
    this.appId = MarathonIds.appId(appId);
    this.instances = instances == null ? "" : instances.trim();
    parse(this.instances); // fail on a bad value before anything is sent
  }

  @Override
  protected MarathonScale self() {
    return this;
  }

  /**
   * What a change below zero ("-5" on 2 instances) does: refused before anything is sent
   * (default), or, when asked for, scales to 0. Stopping every instance of a service because a
   * count was mistyped is not something to do silently.
   */
  public MarathonScale clampAtZero(boolean v) {
    this.clampAtZero = v;
    return this;
  }

  public MarathonAppResult run(long timeoutMillis, ProgressListener listener,
      CancellationToken token) {
    final ProgressListener log = listener == null ? ProgressListener.NONE : listener;
    return execute(appId, "scale", new Write() {
      private int target;

      @Override
      void prepare(CancellationToken t, MarathonAppResult.Builder result) {
        target = target(t, log, result);
      }

      @Override
      boolean tookEffect(App after) {
        return after != null && after.instances() == target;
      }

      @Override
      DeploymentResult submit(CancellationToken t, MarathonAppResult.Builder result) {
        try {
          return client.scale(appId, target, force(), t);
        } catch (RejectedException e) {
          // A scale of an app that does not exist is a partial create, which Marathon refuses
          // with 422 for want of a cmd, args or container: say what really went wrong.
          if (e.status() == 422) {
            client.app(appId, t); // throws NotFoundException naming the app when it is missing
          }
          throw e;
        }
      }
    }, false, timeoutMillis, log, token);
  }

  private int target(CancellationToken t, ProgressListener log,
      MarathonAppResult.Builder result) {
    int n = parse(instances);
    if (!isRelative(instances)) {
      return n;
    }
    int current = client.app(appId, t).instances();
    int target = current + n;
    if (target < 0) {
      if (!clampAtZero) {
        throw new IllegalArgumentException("Scaling " + appId + " by " + instances + " from "
            + current + " instance(s) would go below zero; nothing was changed (to stop at 0,"
            + " ask for clamping at zero)");
      }
      result.diagnostic("Scaling " + appId + " by " + instances + " from " + current
          + " instance(s) would go below zero: scaled to 0, as asked");
      target = 0;
    }
    log.detailed(appId + ": " + current + " -> " + target + " instance(s)");
    return target;
  }

  private static boolean isRelative(String s) {
    return s.startsWith("+") || s.startsWith("-");
  }

  /** The number in "N", "+N" or "-N"; an error names the setting when it is not one. */
  static int parse(String s) {
    try {
      int n = Integer.parseInt(s.startsWith("+") ? s.substring(1) : s);
      if (!isRelative(s) && n < 0) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Instances must be a count (5) or a change (+2, -1): '"
          + s + "'");
    }
  }
}
