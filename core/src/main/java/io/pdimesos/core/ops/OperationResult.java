package io.pdimesos.core.ops;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What every core operation hands back: whether it succeeded, a one-line summary, the lines of
 * diagnostics a user needs when it did not (server messages, queue reasons, last task failure),
 * and how long it took. Operations extend it with their own ids and states.
 */
public abstract class OperationResult {
  private final boolean success;
  private final boolean unknown;
  private final String message;
  private final List<String> diagnostics;
  private final long elapsedMillis;

  protected OperationResult(boolean success, String message, List<String> diagnostics,
      long elapsedMillis) {
    this(success, false, message, diagnostics, elapsedMillis);
  }

  /**
   * @param unknown a write's answer was lost and the state does not show whether it happened
   *     ({@link WriteOutcome}); such a result is never a success
   */
  protected OperationResult(boolean success, boolean unknown, String message,
      List<String> diagnostics, long elapsedMillis) {
    this.success = success && !unknown;
    this.unknown = unknown;
    this.message = message == null ? "" : message;
    this.diagnostics = diagnostics == null ? Collections.<String>emptyList()
        : Collections.unmodifiableList(new ArrayList<String>(diagnostics));
    this.elapsedMillis = elapsedMillis;
  }

  public boolean success() {
    return success;
  }

  /**
   * Neither success nor failure can be claimed: a write's answer was lost and the state does not
   * show whether it happened. {@link #success()} is false; check the cluster before retrying.
   */
  public boolean unknown() {
    return unknown;
  }

  public String message() {
    return message;
  }

  public List<String> diagnostics() {
    return diagnostics;
  }

  public long elapsedMillis() {
    return elapsedMillis;
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "{" + (success ? "success" : unknown ? "unknown"
        : "failure") + ": " + message
        + "}";
  }
}
