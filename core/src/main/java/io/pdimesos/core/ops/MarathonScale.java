package io.pdimesos.core.ops;

import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.error.RejectedException;
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

  public MarathonAppResult run(long timeoutMillis, ProgressListener listener,
      CancellationToken token) {
    final ProgressListener log = listener == null ? ProgressListener.NONE : listener;
    return execute(appId, "scale", new Write() {
      @Override
      public DeploymentResult submit(CancellationToken t, MarathonAppResult.Builder result) {
        int target = target(t, log, result);
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
      result.diagnostic("Scaling " + appId + " by " + instances + " from " + current
          + " instance(s) would go below zero: scaled to 0");
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
