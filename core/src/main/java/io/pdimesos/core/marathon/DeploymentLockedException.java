package io.pdimesos.core.marathon;

import io.pdimesos.core.error.RejectedException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Marathon's 409 "App is locked by one or more deployments": another running deployment touches
 * the same app. Carries the blocking deployment ids so a caller can wait for or cancel them.
 */
public class DeploymentLockedException extends RejectedException {
  private static final long serialVersionUID = 1L;

  private final List<String> blockingDeploymentIds;

  public DeploymentLockedException(int status, String method, String url, String serverMessage,
      List<String> blockingDeploymentIds) {
    super(status, method, url, withIds(serverMessage, blockingDeploymentIds),
        Collections.<FieldError>emptyList());
    this.blockingDeploymentIds = Collections.unmodifiableList(
        new ArrayList<String>(blockingDeploymentIds));
  }

  /** Ids of the deployments holding the lock, as listed in the 409 body; may be empty. */
  public List<String> blockingDeploymentIds() {
    return blockingDeploymentIds;
  }

  // The server's text ends in a literal '<DEPLOYMENT_ID>' placeholder, so the ids are added.
  private static String withIds(String serverMessage, List<String> ids) {
    if (ids.isEmpty()) {
      return serverMessage;
    }
    return serverMessage + " (blocking deployments: " + String.join(", ", ids) + ")";
  }
}
