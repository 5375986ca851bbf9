package io.pdimesos.core.marathon;

/** What every Marathon write answers: the deployment started for it and the new version. */
public final class DeploymentResult {
  private final String deploymentId;
  private final String version;
  private final boolean created;

  public DeploymentResult(String deploymentId, String version, boolean created) {
    this.deploymentId = deploymentId;
    this.version = version;
    this.created = created;
  }

  public String deploymentId() {
    return deploymentId;
  }

  /** Version timestamp of the target definition; null when the server did not send one. */
  public String version() {
    return version;
  }

  /** True for a 201 (the PUT created the app), false for an update. */
  public boolean created() {
    return created;
  }

  @Override
  public String toString() {
    return "deployment " + deploymentId + " (version " + version + (created ? ", created" : "")
        + ")";
  }
}
