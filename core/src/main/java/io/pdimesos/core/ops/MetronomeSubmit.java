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
 * <p>Each write is decided by the state it leaves: a create whose answer is lost is followed by
 * a read, and an existing job is then updated as on a 409. Definite user errors come back as a
 * failed result; transport and server failures are thrown.
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
    Action action = upsert(job, token);
    log.basic("Metronome job '" + id + "' " + action.name().toLowerCase(Locale.ROOT));
    check(deadline, id);
    ScheduleAction scheduled = reconcileSchedule(job, action == Action.CREATED, deadline, token);
    String runId = "";
    if (runNow) {
      check(deadline, id);
      JobRun run = client.startRun(id, token);
      runId = run.id();
      log.basic("Metronome job '" + id + "' started run " + runId);
    }
    String msg = "Metronome job '" + id + "' " + action.name().toLowerCase(Locale.ROOT)
        + (scheduled == ScheduleAction.NONE || scheduled == ScheduleAction.UNCHANGED ? ""
        : ", schedule " + scheduled.name().toLowerCase(Locale.ROOT))
        + (runId.isEmpty() ? "" : ", run " + runId + " started");
    return new Result(true, msg, new ArrayList<String>(), started, id, action, scheduled, runId,
        warnings);
  }

  /** POST, and PUT when the id is taken or a lost create turns out to have happened. */
  private Action upsert(MetronomeJob job, CancellationToken token) {
    try {
      client.createJob(job, token);
      return Action.CREATED;
    } catch (MetronomeConflictException e) {
      if (e.reason() != MetronomeConflictException.Reason.JOB_EXISTS) {
        throw e;
      }
    } catch (CancelledException e) {
      throw e;
    } catch (ClusterException e) {
      if (!LostAnswer.isLost(e) || client.findJob(job.id(), null, token) == null) {
        throw e;
      }
      log.detailed("The answer to creating Metronome job '" + job.id() + "' was lost, but the"
          + " job exists; it is updated to the definition");
    }
    client.updateJob(job, token);
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
        client.updateSchedule(id, wanted, token);
        log.basic("Metronome job '" + id + "': schedule '" + wanted.id() + "' updated ("
            + wanted.cron() + ", " + wanted.timezone() + ")");
        return ScheduleAction.UPDATED;
      }
    }
    for (MetronomeSchedule s : existing) {
      check(deadline, id);
      client.deleteSchedule(id, s.id(), token);
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
      if (!LostAnswer.isLost(e)) {
        throw e;
      }
    }
    client.updateSchedule(id, wanted, token);
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
      super(success, message, diagnostics, System.currentTimeMillis() - started);
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
