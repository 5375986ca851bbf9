package io.pdimesos.core.ops;

import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.marathon.App;
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
      private String before;

      @Override
      void prepare(CancellationToken t, MarathonAppResult.Builder result) {
        before = client.app(appId, t).version(); // a restart gives the app a new version
      }

      @Override
      DeploymentResult submit(CancellationToken t, MarathonAppResult.Builder result) {
        return client.restart(appId, force(), t);
      }

      @Override
      boolean tookEffect(App after) {
        return after != null && after.version() != null && !after.version().equals(before);
      }
    }, false, timeoutMillis, listener, token);
  }
}
