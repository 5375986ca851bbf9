package io.pdimesos.core.ops;

import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.error.NotFoundException;
import io.pdimesos.core.marathon.App;
import io.pdimesos.core.marathon.AppDefinition;
import io.pdimesos.core.marathon.DeploymentResult;
import io.pdimesos.core.marathon.MarathonClient;

/**
 * Deploy-and-wait: creates or updates an app with {@code PUT /v2/apps/{id}}, then waits until its
 * deployment is gone and the new version's tasks run (healthy, when checked) in the wanted
 * number. On a timeout the result explains why (launch queue offer reasons, last task failure).
 */
public final class MarathonDeploy extends MarathonAppOperation<MarathonDeploy> {
  private final AppDefinition definition;
  private boolean partialUpdate = true;
  private boolean redeployWhenUnchanged;

  public MarathonDeploy(MarathonClient client, AppDefinition definition) {
    super(client);
    this.definition = definition;
  }

  @Override
  protected MarathonDeploy self() {
    return this;
  }

  /**
   * Keep fields the definition leaves out (Marathon's default, true), or replace the whole app
   * definition so left-out fields return to their defaults.
   */
  public MarathonDeploy partialUpdate(boolean v) {
    this.partialUpdate = v;
    return this;
  }

  /**
   * When the definition equals what runs, Marathon does nothing; with this set the app is
   * restarted instead, so the deploy always rolls out fresh tasks (e.g. to pull a moved tag).
   */
  public MarathonDeploy redeployWhenUnchanged(boolean v) {
    this.redeployWhenUnchanged = v;
    return this;
  }

  public MarathonAppResult run(long timeoutMillis, ProgressListener listener,
      CancellationToken token) {
    final String appId = definition.id();
    final ProgressListener log = listener == null ? ProgressListener.NONE : listener;
    return execute(appId, "deploy", new Write() {
      private String before;

      @Override
      void prepare(CancellationToken t, MarathonAppResult.Builder result) {
        before = redeployWhenUnchanged ? currentVersion(appId, t) : null;
      }

      /** The app now carries every field the definition sets, with the same value. */
      @Override
      boolean tookEffect(App after) {
        return after != null && definition.isShownBy(after.raw());
      }

      @Override
      DeploymentResult submit(CancellationToken t, MarathonAppResult.Builder result) {
        DeploymentResult dr = client.upsert(definition, force(), partialUpdate, t);
        if (before != null && !dr.created()
            && before.equals(client.app(appId, t).version())) {
          // A no-op write keeps the old version and starts nothing: restart to redeploy.
          log.basic(appId + ": definition unchanged; restarting to redeploy");
          result.diagnostic("Definition unchanged (no-op deployment " + dr.deploymentId()
              + "); restarted to redeploy");
          dr = client.restart(appId, force(), t);
        }
        return dr;
      }
    }, false, timeoutMillis, log, token);
  }

  private String currentVersion(String appId, CancellationToken t) {
    try {
      return client.app(appId, t).version();
    } catch (NotFoundException e) {
      return null;
    }
  }
}
