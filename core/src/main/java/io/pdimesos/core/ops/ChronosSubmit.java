package io.pdimesos.core.ops;

import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.cancel.Deadline;
import io.pdimesos.core.chronos.ChronosClient;
import io.pdimesos.core.chronos.ChronosJob;
import io.pdimesos.core.chronos.ChronosValidation;
import io.pdimesos.core.chronos.ChronosVersion;
import io.pdimesos.core.chronos.Iso8601Schedule;
import io.pdimesos.core.chronos.JobDefinitions;
import io.pdimesos.core.error.ClusterException;
import io.pdimesos.core.error.TimedOutException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Creates or updates a Chronos job, then optionally runs it once now. Checks what Chronos would
 * accept and then silently drop (missing parents, chronos.md §3), and does not re-post a job that
 * is already as wanted, because a re-post resets its counters and, with a start in the past, runs
 * it immediately.
 *
 * <p>Definite user errors (an invalid job, missing parents) come back as a failed result; transport
 * and server failures are thrown as {@link io.pdimesos.core.error.ClusterException}.
 */
public final class ChronosSubmit {
  /** What happened to the definition. */
  public enum Action {
    CREATED, UPDATED, UNCHANGED, NOT_SUBMITTED
  }

  private final ChronosClient client;
  private final ProgressListener log;

  public ChronosSubmit(ChronosClient client, ProgressListener log) {
    this.client = client;
    this.log = log == null ? ProgressListener.NONE : log;
  }

  /**
   * @param runNow also queue one run now (only queues it; use {@link ChronosRun} to wait)
   * @param runArguments extra shell words for that run, or null
   * @param timeoutMillis limit for the whole submit, 0 = none
   */
  public Result submit(ChronosJob job, boolean runNow, String runArguments, long timeoutMillis,
      CancellationToken token) {
    long started = System.currentTimeMillis();
    Deadline deadline = Deadline.inMillis(timeoutMillis);
    String name = job.name();
    ChronosVersion version = client.version(token);
    List<String> warnings;
    try {
      warnings = ChronosValidation.validate(job, version);
      if (runNow) {
        ChronosValidation.checkArguments(runArguments);
      }
    } catch (IllegalArgumentException e) {
      Result invalid = new Result(false, e.getMessage(), diag(e.getMessage()), started, name,
          Action.NOT_SUBMITTED, false, new ArrayList<String>());
      invalid.invalidDefinition = true;
      return invalid;
    }
    // The client logs these warnings when it posts; here they only go into the result.
    check(deadline, name);

    ChronosJob existing;
    if (job.isDependent()) {
      // Chronos stores a dependent job with unknown parents and then drops it from its graph
      // without a word, so the parents must be checked here.
      List<ChronosJob> all = client.listJobs(token);
      Set<String> names = new HashSet<String>();
      existing = null;
      for (ChronosJob j : all) {
        names.add(j.name());
        if (name.equals(j.name())) {
          existing = j;
        }
      }
      List<String> missing = new ArrayList<String>();
      for (String p : job.parents()) {
        if (!names.contains(p)) {
          missing.add(p);
        }
      }
      if (!missing.isEmpty()) {
        String msg = "Job '" + name + "' was not submitted: parent job" + (missing.size() == 1
            ? " " : "s ") + quoteAll(missing) + " not found on Chronos (Chronos would accept the"
            + " job and then drop it silently)";
        return new Result(false, msg, diag(msg), started, name, Action.NOT_SUBMITTED, false,
            warnings);
      }
    } else {
      existing = client.findJob(name, token);
    }
    check(deadline, name);

    Action action;
    if (existing != null && JobDefinitions.same(job, existing)) {
      action = Action.UNCHANGED;
      log.basic("Chronos job '" + name + "' is unchanged; not posted again");
    } else {
      if (existing != null) {
        log.detailed("Chronos job '" + name + "' differs in " + JobDefinitions.differences(job,
            existing));
      }
      warnPastStart(job, warnings);
      action = existing == null ? Action.CREATED : Action.UPDATED;
      String done = "Chronos job '" + name + "' " + (existing == null ? "created" : "updated");
      try {
        client.upsert(job, token);
      } catch (ClusterException e) {
        if (WriteOutcome.afterLostAnswer(e, shows(job, token), log)
            == WriteOutcome.Verdict.UNKNOWN) {
          String unknown = WriteOutcome.unknown("Posting Chronos job '" + name + "'", e);
          return new Result(false, true, unknown, diag(unknown), started, name,
              Action.NOT_SUBMITTED, false, warnings);
        }
        done = WriteOutcome.confirmed(done, e);
      }
      log.basic(done);
    }

    boolean triggered = false;
    String msg = "Chronos job '" + name + "' " + action.name().toLowerCase(java.util.Locale.ROOT);
    if (runNow) {
      check(deadline, name);
      try {
        client.runNow(name, runArguments, token);
      } catch (ClusterException e) {
        // Chronos has no run id: nothing in its state tells a lost trigger from a queued one.
        String unknown = WriteOutcome.unknownAfter(msg + "; its run now", e);
        log.basic(unknown);
        return new Result(false, true, unknown, diag(unknown), started, name, action, false,
            warnings);
      }
      triggered = true;
      log.basic("Chronos job '" + name + "' queued to run now");
      msg += " and queued to run now";
    }
    return new Result(true, msg, new ArrayList<String>(), started, name, action, triggered,
        warnings);
  }

  /** The job as Chronos now has it equals {@code job}: its post happened. */
  private WriteOutcome.StateCheck shows(final ChronosJob job, final CancellationToken token) {
    return new WriteOutcome.StateCheck() {
      @Override
      public boolean tookEffect() {
        ChronosJob now = client.findJob(job.name(), token);
        return now != null && JobDefinitions.same(job, now);
      }
    };
  }

  private void warnPastStart(ChronosJob job, List<String> warnings) {
    if (!job.isScheduled()) {
      return;
    }
    Iso8601Schedule s = Iso8601Schedule.parse(job.schedule());
    if (s.startInstant() != null && s.repetitions() != 0
        && s.startInstant().isBefore(Instant.now()) && !job.disabled()) {
      String w = "Schedule '" + s.text() + "' starts in the past: Chronos runs job '" + job.name()
          + "' as soon as it is posted";
      log.warn(w);
      warnings.add(w);
    }
  }

  private static void check(Deadline deadline, String name) {
    if (deadline.hasExpired()) {
      throw new TimedOutException("Timed out submitting Chronos job '" + name + "'");
    }
  }

  private static String quoteAll(List<String> names) {
    StringBuilder sb = new StringBuilder();
    for (String n : names) {
      sb.append(sb.length() == 0 ? "" : ", ").append('\'').append(n).append('\'');
    }
    return sb.toString();
  }

  private static List<String> diag(String line) {
    List<String> l = new ArrayList<String>();
    l.add(line);
    return l;
  }

  /** Outcome of a submit. */
  public static final class Result extends OperationResult {
    private final String jobName;
    private final Action action;
    private final boolean triggered;
    private final List<String> warnings;
    private boolean invalidDefinition;

    Result(boolean success, String message, List<String> diagnostics, long started,
        String jobName, Action action, boolean triggered, List<String> warnings) {
      this(success, false, message, diagnostics, started, jobName, action, triggered, warnings);
    }

    Result(boolean success, boolean unknown, String message, List<String> diagnostics,
        long started, String jobName, Action action, boolean triggered, List<String> warnings) {
      super(success, unknown, message, diagnostics, System.currentTimeMillis() - started);
      this.jobName = jobName;
      this.action = action;
      this.triggered = triggered;
      this.warnings = java.util.Collections.unmodifiableList(new ArrayList<String>(warnings));
    }

    public String jobName() {
      return jobName;
    }

    public Action action() {
      return action;
    }

    /**
     * The definition itself was refused here, before anything was sent (a bad name, a schedule
     * Chronos would misread): the user's input to fix, not the cluster's doing.
     */
    public boolean invalidDefinition() {
      return invalidDefinition;
    }

    /** A run-now was queued. */
    public boolean triggered() {
      return triggered;
    }

    /** Doubtful but accepted settings (unknown time zone, start without offset…). */
    public List<String> warnings() {
      return warnings;
    }
  }
}
