package io.pdimesos.core.marathon;

/** What every Marathon write answers: the deployment started for it and the new version. */
public final class DeploymentResult {
  private final String deploymentId;
  private final String version;
  private final boolean created;
  private final int httpStatus;

  public DeploymentResult(String deploymentId, String version, boolean created) {
    this(deploymentId, version, created ? 201 : 200);
  }

  /** @param httpStatus the status the write was answered with (201 when it created the app) */
  public DeploymentResult(String deploymentId, String version, int httpStatus) {
    this.deploymentId = deploymentId;
    this.version = version;
    this.created = httpStatus == 201;
    this.httpStatus = httpStatus;
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

  /** The HTTP status the write was answered with. */
  public int httpStatus() {
    return httpStatus;
  }

  @Override
  public String toString() {
    return "deployment " + deploymentId + " (version " + version + (created ? ", created" : "")
        + ")";
  }
}
