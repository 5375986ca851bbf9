package io.pdimesos.core.chronos;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One job's last outcome and current state as {@code graph/csv} or {@code jobs/summary} report
 * them (reference chronos.md §5). The current state lives in the leader's memory only.
 */
public final class JobState {
  /** What the job is doing now. */
  public enum Activity {
    IDLE, QUEUED, RUNNING,
    /** Pre-2.3 servers report no current state; anything else unrecognised also lands here. */
    UNKNOWN
  }

  private static final Pattern N_RUNNING = Pattern.compile("(\\d+) running");

  private final String name;
  private final String lastOutcome;
  private final String currentState;
  private final Activity activity;
  private final int running;

  public JobState(String name, String lastOutcome, String currentState) {
    this.name = name;
    this.lastOutcome = lastOutcome == null ? "" : lastOutcome;
    this.currentState = currentState;
    String s = currentState == null ? "" : currentState.trim();
    Matcher m = N_RUNNING.matcher(s);
    if (s.equals("idle")) {
      activity = Activity.IDLE;
      running = 0;
    } else if (s.equals("queued")) {
      activity = Activity.QUEUED;
      running = 0;
    } else if (s.equals("running")) { // 2.x
      activity = Activity.RUNNING;
      running = 1;
    } else if (m.matches()) { // 3.x: "1 running", "2 running" for concurrent jobs
      activity = Activity.RUNNING;
      running = Integer.parseInt(m.group(1));
    } else {
      activity = Activity.UNKNOWN;
      running = 0;
    }
  }

  public String name() {
    return name;
  }

  /** {@code success}, {@code failure} or {@code fresh} (never ran). */
  public String lastOutcome() {
    return lastOutcome;
  }

  /** The state as the server wrote it, or null for a pre-2.3 three-column row. */
  public String currentState() {
    return currentState;
  }

  public Activity activity() {
    return activity;
  }

  /** Running tasks (1 for 2.x's plain "running"). */
  public int runningCount() {
    return running;
  }

  public boolean isIdle() {
    return activity == Activity.IDLE;
  }

  @Override
  public String toString() {
    return name + ": " + lastOutcome + (currentState == null ? "" : ", " + currentState);
  }
}
