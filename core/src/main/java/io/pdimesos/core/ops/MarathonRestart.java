package io.pdimesos.core.ops;

import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.marathon.DeploymentResult;
import io.pdimesos.core.marathon.MarathonClient;
import io.pdimesos.core.marathon.MarathonIds;

/** Rolling restart of an app without a definition change, then optionally waits as a deploy. */
public final class MarathonRestart extends MarathonAppOperation<MarathonRestart> {
  private final String appId;

  public MarathonRestart(MarathonClient client, String appId) {
    super(client);
    this.appId = MarathonIds.appId(appId);
  }

  @Override
  protected MarathonRestart self() {
    return this;
  }

  public MarathonAppResult run(long timeoutMillis, ProgressListener listener,
      CancellationToken token) {
    return execute(appId, "restart", new Write() {
      @Override
      public DeploymentResult submit(CancellationToken t, MarathonAppResult.Builder result) {
        return client.restart(appId, force(), t);
      }
    }, false, timeoutMillis, listener, token);
  }
}
