package io.pdimesos.entries;

import io.pdimesos.core.ops.OperationResult;
import io.pdimesos.plugin.WaitBlock.Wait;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pentaho.di.core.RowMetaAndData;

/**
 * What one run of an entry produced: true/false, a one-line message, diagnostics, the job
 * variables to set and the result rows to pass on. {@link ClusterJobEntry} turns it into the
 * PDI {@code Result}.
 */
public final class EntryOutcome {
  /** What the core operation logged itself, so that the entry does not say it twice. */
  public enum Logged {
    /** The entry logs the summary line, and a failure's diagnostics. */
    NOTHING,
    /** The operation logged its summary line; the entry logs a failure's diagnostics. */
    SUMMARY,
    /** The operation logged its summary and diagnostics; the entry repeats only a failure. */
    EVERYTHING
  }

  private final boolean success;
  private final String message;
  private final List<String> diagnostics;
  private boolean failureIsError = true;
  private Logged logged = Logged.NOTHING;
  private final Map<String, String> variables = new LinkedHashMap<String, String>();
  private final List<RowMetaAndData> rows = new ArrayList<RowMetaAndData>();

  private EntryOutcome(boolean success, String message, List<String> diagnostics) {
    this.success = success;
    this.message = message == null ? "" : message;
    this.diagnostics = new ArrayList<String>(diagnostics);
  }

  public static EntryOutcome of(OperationResult result) {
    return new EntryOutcome(result.success(), result.message(), result.diagnostics());
  }

  public static EntryOutcome of(boolean success, String message) {
    return new EntryOutcome(success, message, Collections.<String>emptyList());
  }

  /**
   * A false outcome is an answer (the cluster is not ready), not an error: the false hop is
   * taken without adding to the job's error count.
   */
  public EntryOutcome falseIsAnAnswer() {
    this.failureIsError = false;
    return this;
  }

  /** What the operation logged itself (nothing, unless said). */
  public EntryOutcome logged(Logged what) {
    this.logged = what;
    return this;
  }

  /** A job variable for the entries after this one; null values are set as "". */
  public EntryOutcome variable(String name, Object value) {
    variables.put(name, value == null ? "" : String.valueOf(value));
    return this;
  }

  public EntryOutcome rows(ResultRows r) {
    rows.addAll(r.rows());
    return this;
  }

  /** The wait block's success-on-timeout rule applied to this outcome of a wait. */
  public EntryOutcome after(Wait wait, boolean timedOut) {
    if (success || !wait.succeeded(false, timedOut)) {
      return this;
    }
    return succeeded("the timeout passed; success on timeout is set");
  }

  /** The same outcome with success forced (success on timeout). */
  private EntryOutcome succeeded(String why) {
    EntryOutcome o = new EntryOutcome(true, message + " (" + why + ")", diagnostics);
    o.failureIsError = failureIsError; // the "success on timeout" verdict is new: not logged
    o.variables.putAll(variables);
    o.rows.addAll(rows);
    return o;
  }

  public boolean success() {
    return success;
  }

  public String message() {
    return message;
  }

  public List<String> diagnostics() {
    return Collections.unmodifiableList(diagnostics);
  }

  public boolean failureIsError() {
    return failureIsError;
  }

  public Logged logged() {
    return logged;
  }

  public Map<String, String> variables() {
    return Collections.unmodifiableMap(variables);
  }

  public List<RowMetaAndData> rows() {
    return Collections.unmodifiableList(rows);
  }
}
