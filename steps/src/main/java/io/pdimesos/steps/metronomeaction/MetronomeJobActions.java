package io.pdimesos.steps.metronomeaction;

import io.pdimesos.core.error.ClusterException;
import io.pdimesos.core.metronome.JobRun;
import io.pdimesos.core.metronome.MetronomeClient;
import io.pdimesos.core.metronome.MetronomeJob;
import io.pdimesos.core.metronome.MetronomeSchedule;
import io.pdimesos.core.mesos.MesosClient;
import io.pdimesos.core.ops.MetronomeDelete;
import io.pdimesos.core.ops.MetronomeRun;
import io.pdimesos.core.ops.MetronomeSubmit;
import io.pdimesos.plugin.ClusterRun;
import io.pdimesos.plugin.ConnectionSettings;
import io.pdimesos.plugin.Setting;
import io.pdimesos.plugin.WaitBlock.Wait;
import io.pdimesos.steps.ActionField;
import io.pdimesos.steps.ActionResult;
import io.pdimesos.steps.JobActionMeta;
import io.pdimesos.steps.RowAction;
import io.pdimesos.steps.RowActions;
import io.pdimesos.steps.RowFields;
import io.pdimesos.steps.RowValues;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * One row, one core Metronome operation (MetronomeSubmit, MetronomeRun, MetronomeDelete, as the
 * entries use them) over one {@link MetronomeClient} per step copy.
 */
final class MetronomeJobActions implements RowActions {
  /** The schedule id of a job built from fields, as the entry's form and the DC/OS UI name it. */
  static final String SCHEDULE_ID = "default";
  /** Metronome demands cpus, mem and disk; a job built from fields gets the entry's defaults. */
  private static final double CPUS = 1;
  private static final double MEM = 128;
  private static final double DISK = 0;

  private final ClusterRun context;
  private final MetronomeClient client;
  private final MesosClient mesos;
  private final JobActionMeta.Action action;
  private final Wait wait;
  private final boolean missingOk;
  private final boolean stopRuns;
  private final RowFields fields;

  MetronomeJobActions(MetronomeJobActionMeta meta, ClusterRun c) {
    this.context = c;
    this.client = new MetronomeClient(c.connection().metronome(), c.log());
    // With Mesos reachable, a waited run reports its Mesos task, or why it cannot start.
    this.mesos = c.connection().configured(ConnectionSettings.MESOS_MASTERS)
        ? new MesosClient(c.connection().mesos(), c.log()) : null;
    this.action = meta.action(c);
    this.wait = MetronomeJobActionMeta.WAITING.resolve(c);
    this.missingOk = c.bool(MetronomeJobActionMeta.MISSING_OK);
    this.stopRuns = c.bool(MetronomeJobActionMeta.STOP_RUNS);
    this.fields = new RowFields(c, MetronomeJobActionMeta.FIELD_SETTINGS);
  }

  @Override
  public RowAction prepare(RowValues row) {
    if (action == JobActionMeta.Action.UPSERT) {
      final MetronomeJob job = job(row);
      // A job's dependencies must exist first: wait for earlier rows creating them.
      return RowAction.on(job.id(), new Callable<ActionResult>() {
        @Override
        public ActionResult call() {
          return submit(job);
        }
      }).after(job.dependencies());
    }
    final String id = row.required(fields.name(MetronomeJobActionMeta.JOB_ID_FIELD),
        "a Metronome job id");
    if (action == JobActionMeta.Action.DELETE) {
      // Metronome refuses to delete a job while jobs that depend on it exist, and the row
      // cannot know them: deleting in row order lets a chain be deleted from its end.
      return RowAction.on(id, new Callable<ActionResult>() {
        @Override
        public ActionResult call() {
          return delete(id);
        }
      }).afterEveryEarlierRow();
    }
    return RowAction.on(id, new Callable<ActionResult>() {
      @Override
      public ActionResult call() {
        return wait.waits() ? runAndWait(id) : start(id);
      }
    });
  }

  /** The job from the JSON field (if any) with every named field's value set on top. */
  private MetronomeJob job(RowValues row) {
    boolean fromJson = !fields.text(row, MetronomeJobActionMeta.JOB_JSON_FIELD).isEmpty();
    MetronomeJob.Builder b = fields.definition(row, MetronomeJobActionMeta.JOB_JSON_FIELD,
        MetronomeJobActionMeta.JOB_ID_FIELD, json -> MetronomeJob.fromJson(json).toBuilder(),
        MetronomeJob::builder, MetronomeJob.Builder::id);
    String command = fields.text(row, MetronomeJobActionMeta.COMMAND_FIELD);
    if (!command.isEmpty()) {
      b.cmd(command);
    }
    String image = fields.text(row, MetronomeJobActionMeta.IMAGE_FIELD);
    if (!image.isEmpty()) {
      b.dockerImage(image);
    }
    Double cpus = number(row, MetronomeJobActionMeta.CPUS_FIELD, fromJson, CPUS);
    if (cpus != null) {
      b.cpus(cpus);
    }
    Double mem = number(row, MetronomeJobActionMeta.MEM_FIELD, fromJson, MEM);
    if (mem != null) {
      b.mem(mem);
    }
    Double disk = number(row, MetronomeJobActionMeta.DISK_FIELD, fromJson, DISK);
    if (disk != null) {
      b.disk(disk);
    }
    String cron = fields.text(row, MetronomeJobActionMeta.CRON_FIELD);
    List<String> dependencies = fields.names(row, MetronomeJobActionMeta.DEPENDENCIES_FIELD);
    if (!cron.isEmpty() && !dependencies.isEmpty()) {
      String c = fields.name(MetronomeJobActionMeta.CRON_FIELD);
      String d = fields.name(MetronomeJobActionMeta.DEPENDENCIES_FIELD);
      throw new RowValues.BadValue(d, "a job has a schedule or dependencies, not both: fields '"
          + c + "' and '" + d + "' are both filled");
    }
    if (!cron.isEmpty()) {
      String zone = fields.text(row, MetronomeJobActionMeta.TIME_ZONE_FIELD);
      b.schedule(MetronomeSchedule.of(SCHEDULE_ID, cron).withTimezone(zone.isEmpty() ? null
          : zone));
    } else if (!dependencies.isEmpty()) {
      b.dependencies(dependencies);
    }
    return b.build();
  }

  /**
   * A field's number, or null to keep what the JSON says; a job built from fields alone gets
   * the default for an empty one, as Metronome demands a value.
   */
  private Double number(RowValues row, Setting field, boolean fromJson, double fallback) {
    Double v = fields.number(row, field);
    return v != null ? v : fromJson ? null : Double.valueOf(fallback);
  }

  private ActionResult submit(MetronomeJob job) {
    MetronomeSubmit.Result r = new MetronomeSubmit(client, context.log()).submit(job, false,
        wait.timeoutMillis(), context.token());
    return ActionResult.of(r, r.action().name(), "METRONOME");
  }

  private ActionResult start(String id) {
    JobRun run;
    try {
      run = client.startRun(id, context.token());
    } catch (ClusterException e) {
      return ActionResult.unknownAfter("Starting a run of Metronome job '" + id + "'", e,
          "METRONOME");
    }
    return ActionResult.succeeded("STARTED", "Metronome job '" + id + "' started run "
        + run.id()).set(ActionField.RUN_ID, run.id());
  }

  private ActionResult runAndWait(String id) {
    MetronomeRun.Result r = new MetronomeRun(client, context.log()).withMesos(mesos)
        .run(new MetronomeRun.Options(id).timeoutMillis(wait.timeoutMillis())
            .pollIntervalMillis(wait.checkCycleMillis()), context.token());
    ActionResult out = ActionResult.outcome(r.success(), r.outcome().name(), r.message(),
        "METRONOME");
    out.set(ActionField.RUN_ID, r.runId()).set(ActionField.TASK_ID, r.taskId());
    return out.after(wait, r.outcome() == MetronomeRun.Outcome.TIMED_OUT);
  }

  private ActionResult delete(String id) {
    MetronomeDelete.Result r = new MetronomeDelete(client, context.log()).delete(id, stopRuns,
        missingOk, context.token());
    return ActionResult.of(r, r.deleted() ? "DELETED" : r.existed() ? "NOT_DELETED"
        : "NOT_FOUND", "METRONOME");
  }
}
