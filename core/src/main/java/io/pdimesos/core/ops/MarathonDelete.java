package io.pdimesos.core.ops;

import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.marathon.App;
import io.pdimesos.core.marathon.DeploymentResult;
import io.pdimesos.core.marathon.MarathonClient;
import io.pdimesos.core.marathon.MarathonIds;

/**
 * Removes an app ({@link Mode#DELETE}) or suspends it, keeping its definition
 * ({@link Mode#SUSPEND}: scale to 0), then optionally waits until it is gone or has no tasks.
 * Force defaults to true here, as in Marathon's own DELETE: removing an app should win over a
 * deployment that is stuck on it.
 */
public final class MarathonDelete extends MarathonAppOperation<MarathonDelete> {
  /** What "delete" means. */
  public enum Mode { DELETE, SUSPEND }

  private final String appId;
  private final Mode mode;

  public MarathonDelete(MarathonClient client, String appId, Mode mode) {
    super(client);
    this.appId = MarathonIds.appId(appId);
    this.mode = mode == null ? Mode.DELETE : mode;
    force(true);
  }

  @Override
  protected MarathonDelete self() {
    return this;
  }

  public MarathonAppResult run(long timeoutMillis, ProgressListener listener,
      CancellationToken token) {
    final boolean delete = mode == Mode.DELETE;
    return execute(appId, delete ? "delete" : "suspend", new Write() {
      @Override
      void prepare(CancellationToken t, MarathonAppResult.Builder result) {
        // Only an app known to exist now can later be found "gone because of us".
        client.app(appId, t);
      }

      @Override
      DeploymentResult submit(CancellationToken t, MarathonAppResult.Builder result) {
        return delete ? client.delete(appId, force(), t) : client.scale(appId, 0, force(), t);
      }

      @Override
      boolean tookEffect(App after) {
        return delete ? after == null : after != null && after.instances() == 0;
      }
    }, delete, timeoutMillis, listener, token);
  }
}
