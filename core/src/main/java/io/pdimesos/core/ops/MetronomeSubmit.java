package io.pdimesos.core.ops;

import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.cancel.Deadline;
import io.pdimesos.core.error.CancelledException;
import io.pdimesos.core.error.ClusterException;
import io.pdimesos.core.error.TimedOutException;
import io.pdimesos.core.metronome.JobRun;
import io.pdimesos.core.metronome.MetronomeClient;
import io.pdimesos.core.metronome.MetronomeConflictException;
import io.pdimesos.core.metronome.MetronomeJob;
import io.pdimesos.core.metronome.MetronomeSchedule;
import io.pdimesos.core.metronome.MetronomeValidation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Creates or updates a Metronome job, then makes its schedule what the definition says, and
 * optionally starts one run. Metronome has no upsert: {@code POST} answers 409 for an existing
 * id, and {@code PUT} keeps the stored schedules whatever it is sent (reference metronome.md
 * §1). So the spec is posted, put on 409, and the schedule is kept separately through the
 * schedule endpoints, which every release honours: the definition's schedule is added or
 * updated, and schedules it does not name are removed.
 *
 * <p>Each write whose answer was lost is decided by the state it leaves ({@link WriteOutcome}):
 * a create that left the job is followed by the update, as on a 409; a write the state does not
 * show makes the result {@link OperationResult#unknown() unknown}, never failed, and stops
 * there. Definite user errors come back as a failed result; transport and server failures are
 * thrown.
 */
public final class MetronomeSubmit {
  /** What happened to the job's spec. */
  public enum Action {
    CREATED, UPDATED, NOT_SUBMITTED
  }

  /** What happened to its schedule. */
  public enum ScheduleAction {
    /** Neither wanted nor there. */
    NONE,
    ADDED,
    UPDATED,
    /** Another schedule was removed and the wanted one added. */
    REPLACED,
    REMOVED,
    UNCHANGED
  }

  private final MetronomeClient client;
  private final ProgressListener log;

  public MetronomeSubmit(MetronomeClient client, ProgressListener log) {
    this.client = client;
    this.log = log == null ? ProgressListener.NONE : log;
  }

  /**
   * @param runNow also start one run (does not wait; use {@link MetronomeRun} to wait)
   * @param timeoutMillis limit for the whole submit, 0 = none
   */
  public Result submit(MetronomeJob job, boolean runNow, long timeoutMillis,
      CancellationToken token) {
    long started = System.currentTimeMillis();
    Deadline deadline = Deadline.inMillis(timeoutMillis);
    String id = job.id();
    List<String> warnings;
    try {
      warnings = MetronomeValidation.validate(job);
    } catch (IllegalArgumentException e) {
      return new Result(false, e.getMessage(), Collections.singletonList(e.getMessage()),
          started, id, Action.NOT_SUBMITTED, ScheduleAction.NONE, "", new ArrayList<String>());
    }
    for (String w : warnings) {
      log.warn(w);
    }
    Action action = Action.NOT_SUBMITTED;
    ScheduleAction scheduled = ScheduleAction.NONE;
    String runId = "";
    try {
      action = upsert(job, token);
      log.basic("Metronome job '" + id + "' " + action.name().toLowerCase(Locale.ROOT));
      check(deadline, id);
      scheduled = reconcileSchedule(job, action == Action.CREATED, deadline, token);
      if (runNow) {
        check(deadline, id);
        runId = start(id, token);
        log.basic("Metronome job '" + id + "' started run " + runId);
      }
    } catch (Undecided u) {
      log.basic(u.getMessage());
      return new Result(false, true, u.getMessage(), Collections.singletonList(u.getMessage()),
          started, id, action, scheduled, runId, warnings);
    }
    String msg = "Metronome job '" + id + "' " + action.name().toLowerCase(Locale.ROOT)
        + (scheduled == ScheduleAction.NONE || scheduled == ScheduleAction.UNCHANGED ? ""
        : ", schedule " + scheduled.name().toLowerCase(Locale.ROOT))
        + (runId.isEmpty() ? "" : ", run " + runId + " started");
    return new Result(true, msg, new ArrayList<String>(), started, id, action, scheduled, runId,
        warnings);
  }

  /**
   * A write that failed with {@code failure}: returns when the state shows it happened (its
   * answer was lost), throws {@link Undecided} when the state does not show it.
   *
   * @throws ClusterException {@code failure} itself when its answer was not lost
   */
  private void judge(String what, ClusterException failure, WriteOutcome.StateCheck check) {
    if (WriteOutcome.afterLostAnswer(failure, check, log) == WriteOutcome.Verdict.UNKNOWN) {
      throw new Undecided(WriteOutcome.unknown(what, failure));
    }
    log.detailed(WriteOutcome.confirmed(what, failure));
  }

  /** The job as Metronome has it now carries every field of {@code job}'s spec. */
  private WriteOutcome.StateCheck shows(final MetronomeJob job, final CancellationToken token) {
    return new WriteOutcome.StateCheck() {
      @Override
      public boolean tookEffect() {
        MetronomeJob now = client.findJob(job.id(), null, token);
        return now != null && job.isShownBy(now);
      }
    };
  }

  /**
   * Starts one run. A start whose answer was lost is {@link Undecided}: the job may have runs
   * of its schedule or of other clients, so a run seen now need not be this one.
   */
  private String start(String id, CancellationToken token) {
    try {
      return client.startRun(id, token).id();
    } catch (ClusterException e) {
      throw new Undecided(WriteOutcome.unknownAfter("Starting a run of Metronome job '" + id
          + "'", e));
    }
  }

  /** POST, and PUT when the id is taken or a lost create turns out to have happened. */
  private Action upsert(final MetronomeJob job, final CancellationToken token) {
    final String id = job.id();
    try {
      client.createJob(job, token);
      return Action.CREATED;
    } catch (MetronomeConflictException e) {
      if (e.reason() != MetronomeConflictException.Reason.JOB_EXISTS) {
        throw e;
      }
    } catch (ClusterException e) {
      judge("Creating Metronome job '" + id + "'", e, new WriteOutcome.StateCheck() {
        @Override
        public boolean tookEffect() {
          return client.findJob(id, null, token) != null;
        }
      });
      log.detailed("Metronome job '" + id + "' exists; it is updated to the definition");
    }
    try {
      client.updateJob(job, token);
    } catch (ClusterException e) {
      judge("Updating Metronome job '" + id + "'", e, shows(job, token));
    }
    return Action.UPDATED;
  }

  private ScheduleAction reconcileSchedule(MetronomeJob job, boolean created, Deadline deadline,
      CancellationToken token) {
    String id = job.id();
    MetronomeSchedule wanted = job.schedule();
    List<MetronomeSchedule> existing = created ? Collections.<MetronomeSchedule>emptyList()
        : client.schedules(id, token);
    boolean removed = false;
    for (MetronomeSchedule s : existing) {
      if (wanted != null && s.id().equals(wanted.id())) {
        if (wanted.sameSettings(s)) {
          return ScheduleAction.UNCHANGED;
        }
        updateSchedule(id, wanted, token);
        log.basic("Metronome job '" + id + "': schedule '" + wanted.id() + "' updated ("
            + wanted.cron() + ", " + wanted.timezone() + ")");
        return ScheduleAction.UPDATED;
      }
    }
    for (MetronomeSchedule s : existing) {
      check(deadline, id);
      deleteSchedule(id, s.id(), token);
      removed = true;
      log.basic("Metronome job '" + id + "': schedule '" + s.id() + "' removed");
    }
    if (wanted == null) {
      return removed ? ScheduleAction.REMOVED : ScheduleAction.NONE;
    }
    check(deadline, id);
    addSchedule(id, wanted, token);
    log.basic("Metronome job '" + id + "': schedule '" + wanted.id() + "' added ("
        + wanted.cron() + ", " + wanted.timezone() + ")");
    return removed ? ScheduleAction.REPLACED : ScheduleAction.ADDED;
  }

  /** Adds; a schedule of that id that is there after all (a lost answer, a race) is updated. */
  private void addSchedule(String id, MetronomeSchedule wanted, CancellationToken token) {
    try {
      client.addSchedule(id, wanted, token);
      return;
    } catch (MetronomeConflictException e) {
      if (e.reason() != MetronomeConflictException.Reason.SCHEDULE_EXISTS) {
        throw e;
      }
    } catch (CancelledException e) {
      throw e;
    } catch (ClusterException e) {
      if (!e.answerLost()) {
        throw e;
      }
      // Whether the add arrived or not, the PUT below leaves the schedule as wanted.
    }
    updateSchedule(id, wanted, token);
  }

  private void updateSchedule(final String id, final MetronomeSchedule wanted,
      final CancellationToken token) {
    try {
      client.updateSchedule(id, wanted, token);
    } catch (ClusterException e) {
      judge("Updating schedule '" + wanted.id() + "' of Metronome job '" + id + "'", e,
          new WriteOutcome.StateCheck() {
            @Override
            public boolean tookEffect() {
              for (MetronomeSchedule s : client.schedules(id, token)) {
                if (s.id().equals(wanted.id()) && wanted.sameSettings(s)) {
                  return true;
                }
              }
              return false;
            }
          });
    }
  }

  private void deleteSchedule(final String id, final String scheduleId,
      final CancellationToken token) {
    try {
      client.deleteSchedule(id, scheduleId, token);
    } catch (ClusterException e) {
      judge("Removing schedule '" + scheduleId + "' of Metronome job '" + id + "'", e,
          new WriteOutcome.StateCheck() {
            @Override
            public boolean tookEffect() {
              for (MetronomeSchedule s : client.schedules(id, token)) {
                if (s.id().equals(scheduleId)) {
                  return false;
                }
              }
              return true;
            }
          });
    }
  }

  /** A write whose answer was lost and which the state does not show: the outcome is unknown. */
  private static final class Undecided extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Undecided(String message) {
      super(message, null, false, false);
    }
  }

  private static void check(Deadline deadline, String id) {
    if (deadline.hasExpired()) {
      throw new TimedOutException("Timed out submitting Metronome job '" + id + "'");
    }
  }

  /** Outcome of a submit. */
  public static final class Result extends OperationResult {
    private final String jobId;
    private final Action action;
    private final ScheduleAction scheduleAction;
    private final String runId;
    private final List<String> warnings;

    Result(boolean success, String message, List<String> diagnostics, long started,
        String jobId, Action action, ScheduleAction scheduleAction, String runId,
        List<String> warnings) {
      this(success, false, message, diagnostics, started, jobId, action, scheduleAction, runId,
          warnings);
    }

    Result(boolean success, boolean unknown, String message, List<String> diagnostics,
        long started, String jobId, Action action, ScheduleAction scheduleAction, String runId,
        List<String> warnings) {
      super(success, unknown, message, diagnostics, System.currentTimeMillis() - started);
      this.jobId = jobId;
      this.action = action;
      this.scheduleAction = scheduleAction;
      this.runId = runId;
      this.warnings = Collections.unmodifiableList(new ArrayList<String>(warnings));
    }

    public String jobId() {
      return jobId;
    }

    public Action action() {
      return action;
    }

    /**
     * The definition itself was refused here, before anything was sent (an invalid cron, a
     * missing resource): the user's input to fix, not the cluster's doing.
     */
    public boolean invalidDefinition() {
      return action == Action.NOT_SUBMITTED && !success() && !unknown();
    }

    public ScheduleAction scheduleAction() {
      return scheduleAction;
    }

    /** The run started with {@code runNow}, or "". */
    public String runId() {
      return runId;
    }

    /** Accepted but doubtful settings (a cron restricting both day fields). */
    public List<String> warnings() {
      return warnings;
    }
  }
}
