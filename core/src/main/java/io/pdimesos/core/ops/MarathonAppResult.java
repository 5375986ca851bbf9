package io.pdimesos.core.ops;

import io.pdimesos.core.marathon.Task;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Outcome of a Marathon app operation: the deployment it started, the version, the final
 * instance counts and tasks (host, ports, IPs), and, when it did not succeed, what was done about
 * the unfinished deployment and what was left running.
 */
public final class MarathonAppResult extends OperationResult {
  /** How the operation ended. */
  public enum Outcome {
    /** Done: the deployment finished and the tasks are as asked. */
    SUCCEEDED,
    /** The write was accepted; the caller did not ask to wait. */
    SUBMITTED,
    /** The timeout passed first; see {@link #diagnostics()}. */
    TIMED_OUT,
    /** Marathon reported the deployment failed (cancelled or superseded). */
    FAILED,
    /** The caller stopped the wait. */
    CANCELLED,
    /**
     * The write's answer was lost and the app's state does not show whether it happened
     * ({@link WriteOutcome}): neither success nor failure can be claimed.
     */
    UNKNOWN
  }

  private final Outcome outcome;
  private final String appId;
  private final String deploymentId;
  private final String version;
  private final String rollbackDeploymentId;
  private final int httpStatus;
  private final int instances;
  private final int tasksRunning;
  private final int tasksHealthy;
  private final int tasksStaged;
  private final List<Task> tasks;

  private MarathonAppResult(Builder b, long elapsedMillis) {
    super(b.outcome == Outcome.SUCCEEDED || b.outcome == Outcome.SUBMITTED,
        b.outcome == Outcome.UNKNOWN, b.message, b.diagnostics, elapsedMillis);
    this.outcome = b.outcome;
    this.appId = b.appId;
    this.deploymentId = b.deploymentId;
    this.version = b.version;
    this.rollbackDeploymentId = b.rollbackDeploymentId;
    this.httpStatus = b.httpStatus;
    this.instances = b.instances;
    this.tasksRunning = b.tasksRunning;
    this.tasksHealthy = b.tasksHealthy;
    this.tasksStaged = b.tasksStaged;
    this.tasks = Collections.unmodifiableList(new ArrayList<Task>(b.tasks));
  }

  public Outcome outcome() {
    return outcome;
  }

  public String appId() {
    return appId;
  }

  /** The deployment the operation started (null when none, e.g. a wait). */
  public String deploymentId() {
    return deploymentId;
  }

  /** The app version the write produced, or the app's version at the end. */
  public String version() {
    return version;
  }

  /** The revert deployment started to roll back after a timeout or stop, or null. */
  public String rollbackDeploymentId() {
    return rollbackDeploymentId;
  }

  /** The HTTP status Marathon answered the write with; 0 when no write was answered. */
  public int httpStatus() {
    return httpStatus;
  }

  /** Target instance count at the end (-1 when unknown). */
  public int instances() {
    return instances;
  }

  public int tasksRunning() {
    return tasksRunning;
  }

  /** Tasks with passing health checks (0 for apps without health checks). */
  public int tasksHealthy() {
    return tasksHealthy;
  }

  public int tasksStaged() {
    return tasksStaged;
  }

  /** The app's tasks at the end: what is left running. */
  public List<Task> tasks() {
    return tasks;
  }

  static Builder builder(String appId) {
    return new Builder(appId);
  }

  /** Collects the result while an operation runs. */
  static final class Builder {
    private Outcome outcome = Outcome.SUCCEEDED;
    private String message = "";
    private final List<String> diagnostics = new ArrayList<String>();
    private final String appId;
    private String deploymentId;
    private String version;
    private String rollbackDeploymentId;
    private int httpStatus;
    private int instances = -1;
    private int tasksRunning;
    private int tasksHealthy;
    private int tasksStaged;
    private List<Task> tasks = Collections.emptyList();

    Builder(String appId) {
      this.appId = appId;
    }

    Builder outcome(Outcome o, String msg) {
      this.outcome = o;
      this.message = msg;
      return this;
    }

    Builder diagnostic(String line) {
      if (line != null && !line.isEmpty() && !diagnostics.contains(line)) {
        diagnostics.add(line);
      }
      return this;
    }

    Builder deployment(String id, String v) {
      this.deploymentId = id;
      if (v != null) {
        this.version = v;
      }
      return this;
    }

    Builder httpStatus(int status) {
      this.httpStatus = status;
      return this;
    }

    Builder rollback(String id) {
      this.rollbackDeploymentId = id;
      return this;
    }

    Builder state(AppState s) {
      this.instances = s.instances;
      this.tasksRunning = s.running;
      this.tasksHealthy = s.healthy;
      this.tasksStaged = s.staged;
      this.tasks = s.tasks;
      if (version == null) {
        version = s.version;
      }
      return this;
    }

    Outcome outcome() {
      return outcome;
    }

    MarathonAppResult build(long elapsedMillis) {
      return new MarathonAppResult(this, elapsedMillis);
    }
  }
}
