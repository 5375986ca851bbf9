package io.pdimesos.steps;

import io.pdimesos.core.error.CancelledException;
import io.pdimesos.core.error.ClusterException;
import io.pdimesos.core.error.RejectedException;
import io.pdimesos.core.ops.OperationResult;
import io.pdimesos.core.ops.WriteOutcome;
import io.pdimesos.plugin.WaitBlock.Wait;
import java.util.EnumMap;
import java.util.Map;

/**
 * What one row's action produced: the values of the output fields and, for a failed row, what
 * the error hop needs (a short error code, the input field at fault). Engine-neutral.
 */
public final class ActionResult {
  /** The status of a row whose write may or may not have happened ({@link WriteOutcome}). */
  public static final String UNKNOWN = "UNKNOWN";

  private final boolean success;
  private final Map<ActionField, Object> values = new EnumMap<ActionField, Object>(
      ActionField.class);
  private String errorCode = "";
  private String errorField = "";

  private ActionResult(boolean success, String status, String message) {
    this.success = success;
    values.put(ActionField.STATUS, status);
    values.put(ActionField.MESSAGE, message);
  }

  public static ActionResult succeeded(String status, String message) {
    return new ActionResult(true, status, message);
  }

  /** A failure the caller classified; {@code errorCode} as in {@code MARATHON_409}. */
  public static ActionResult failed(String status, String message, String errorCode) {
    ActionResult r = new ActionResult(false, status, message);
    r.errorCode = errorCode;
    return r;
  }

  /**
   * A core operation's outcome as its status word says it: on failure the error code is
   * {@code <SERVICE>_<status>} ({@code MARATHON_TIMED_OUT}, {@code CHRONOS_NOT_FOUND}).
   */
  public static ActionResult outcome(boolean success, String status, String message,
      String service) {
    return success ? succeeded(status, message) : failed(status, message, service + "_" + status);
  }

  /**
   * A core operation's result: its status word, or {@code UNKNOWN} when a write's answer was
   * lost and the state does not show whether it happened (error code {@code <SERVICE>_UNKNOWN}).
   */
  public static ActionResult of(OperationResult r, String status, String service) {
    return outcome(r.success(), r.unknown() ? UNKNOWN : status, r.message(), service);
  }

  /**
   * A write sent without a result to judge by (a run started without waiting) whose answer was
   * lost: {@code UNKNOWN}, never a failure. Any other failure is thrown as it is.
   */
  public static ActionResult unknownAfter(String what, ClusterException failure,
      String service) {
    return failed(UNKNOWN, WriteOutcome.unknownAfter(what, failure), service + "_" + UNKNOWN);
  }

  /** A row value that cannot be used; no request was sent. */
  public static ActionResult badValue(String field, String message) {
    ActionResult r = failed("BAD_VALUE", message, "BAD_VALUE");
    r.errorField = field == null ? "" : field;
    return r;
  }

  /**
   * A failure the core reported: status the failure kind, http_code the server's status when it
   * answered, message its own words, error code {@code <SERVICE>_<status>} (MARATHON_409) or
   * {@code <SERVICE>_<KIND>} (CHRONOS_UNREACHABLE).
   */
  public static ActionResult fromException(String service, RuntimeException e) {
    if (e instanceof ClusterException) {
      ClusterException c = (ClusterException) e;
      String kind = c.kind().name();
      if (c instanceof RejectedException) {
        int status = ((RejectedException) c).status();
        return failed(kind, c.getMessage(), service + "_" + status).httpCode(status);
      }
      return failed(kind, c.getMessage(), service + "_" + kind);
    }
    if (e instanceof IllegalArgumentException) {
      // Core refused a value before sending anything (a definition, a name, arguments).
      return failed("BAD_VALUE", e.getMessage(), "BAD_VALUE");
    }
    return failed("ERROR", "Unexpected " + e.getClass().getName() + ": " + e.getMessage(),
        service + "_ERROR");
  }

  /** For a cancelled row: dropped, never written, so the values hardly matter. */
  public static ActionResult cancelled(CancelledException e) {
    return failed("CANCELLED", e.getMessage(), "CANCELLED");
  }

  public ActionResult httpCode(Integer code) {
    values.put(ActionField.HTTP_CODE, code == null ? null : Long.valueOf(code.longValue()));
    return this;
  }

  public ActionResult set(ActionField field, String value) {
    values.put(field, value == null || value.isEmpty() ? null : value);
    return this;
  }

  public ActionResult durationMillis(long millis) {
    values.put(ActionField.DURATION_MS, Long.valueOf(millis));
    return this;
  }

  /** The wait block's success-on-timeout rule applied to this outcome of a wait. */
  public ActionResult after(Wait wait, boolean timedOut) {
    return success || !wait.succeeded(false, timedOut) ? this : asSuccess();
  }

  /** The same outcome counted as a success (success on timeout). */
  private ActionResult asSuccess() {
    ActionResult r = new ActionResult(true, status(), message());
    r.values.putAll(values);
    return r;
  }

  public boolean success() {
    return success;
  }

  public String status() {
    return (String) values.get(ActionField.STATUS);
  }

  public String message() {
    Object m = values.get(ActionField.MESSAGE);
    return m == null ? "" : (String) m;
  }

  /** The value of {@code field} as PDI holds it (String, Long or null). */
  public Object value(ActionField field) {
    return values.get(field);
  }

  public String errorCode() {
    return errorCode;
  }

  /** The input field whose value was at fault, or "". */
  public String errorField() {
    return errorField;
  }

  @Override
  public String toString() {
    return (success ? "success " : "failure ") + values;
  }
}
