package io.pdimesos.steps.chronosaction;

import io.pdimesos.core.chronos.ChronosClient;
import io.pdimesos.core.chronos.ChronosJob;
import io.pdimesos.core.chronos.ChronosValidation;
import io.pdimesos.core.error.ClusterException;
import io.pdimesos.core.mesos.MesosClient;
import io.pdimesos.core.ops.ChronosDelete;
import io.pdimesos.core.ops.ChronosRun;
import io.pdimesos.core.ops.ChronosRunOptions;
import io.pdimesos.core.ops.ChronosRunResult;
import io.pdimesos.core.ops.ChronosSubmit;
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
 * One row, one core Chronos operation (ChronosSubmit, ChronosRun, ChronosDelete, as the
 * entries use them) over one {@link ChronosClient} per step copy; the Chronos version comes
 * from the connection block and is detected once when it says auto.
 */
final class ChronosJobActions implements RowActions {
  private final ClusterRun context;
  private final ChronosClient client;
  private final MesosClient mesos;
  private final JobActionMeta.Action action;
  private final Wait wait;
  private final boolean missingOk;
  private final RowFields fields;

  ChronosJobActions(ChronosJobActionMeta meta, ClusterRun c) {
    this.context = c;
    this.client = new ChronosClient(c.connection().chronos(), c.connection().chronosVersion(),
        c.log());
    // With Mesos reachable, a waited run reports its Mesos task as the entry does.
    this.mesos = c.connection().configured(ConnectionSettings.MESOS_MASTERS)
        ? new MesosClient(c.connection().mesos(), c.log()) : null;
    this.action = meta.action(c);
    this.wait = ChronosJobActionMeta.WAITING.resolve(c);
    this.missingOk = c.bool(ChronosJobActionMeta.MISSING_OK);
    this.fields = new RowFields(c, ChronosJobActionMeta.FIELD_SETTINGS);
  }

  private String field(Setting s) {
    return fields.name(s);
  }

  @Override
  public RowAction prepare(RowValues row) {
    if (action == JobActionMeta.Action.UPSERT) {
      final ChronosJob job = job(row);
      // A dependent job's parents must exist first: wait for earlier rows creating them.
      return RowAction.on(job.name(), new Callable<ActionResult>() {
        @Override
        public ActionResult call() {
          return submit(job);
        }
      }).after(job.parents());
    }
    String nameField = field(ChronosJobActionMeta.JOB_NAME_FIELD);
    final String name = row.required(nameField, "a Chronos job name");
    if (action == JobActionMeta.Action.DELETE) {
      return RowAction.on(name, new Callable<ActionResult>() {
        @Override
        public ActionResult call() {
          ChronosDelete.Result r = new ChronosDelete(client, context.log()).delete(name, false,
              missingOk, wait.timeoutMillis(), context.token());
          return ActionResult.of(r, r.deleted() ? "DELETED" : "NOT_FOUND", "CHRONOS");
        }
      });
    }
    String argumentsField = field(ChronosJobActionMeta.ARGUMENTS_FIELD);
    String args = row.text(argumentsField);
    final String arguments = args.isEmpty() ? null : args;
    try {
      ChronosValidation.checkArguments(arguments);
    } catch (IllegalArgumentException e) {
      throw new RowValues.BadValue(argumentsField, "field '" + argumentsField + "': "
          + e.getMessage());
    }
    return RowAction.on(name, new Callable<ActionResult>() {
      @Override
      public ActionResult call() {
        return wait.waits() ? runAndWait(name, arguments) : trigger(name, arguments);
      }
    });
  }

  /** The job from the JSON field (if any) with every named field's value set on top. */
  private ChronosJob job(RowValues row) {
    ChronosJob.Builder b = fields.definition(row, ChronosJobActionMeta.JOB_JSON_FIELD,
        ChronosJobActionMeta.JOB_NAME_FIELD, json -> ChronosJob.fromJson(json).toBuilder(),
        ChronosJob::builder, ChronosJob.Builder::name);
    String command = fields.text(row, ChronosJobActionMeta.COMMAND_FIELD);
    if (!command.isEmpty()) {
      b.command(command);
    }
    String schedule = fields.text(row, ChronosJobActionMeta.SCHEDULE_FIELD);
    String parentsField = field(ChronosJobActionMeta.PARENTS_FIELD);
    List<String> parents = fields.names(row, ChronosJobActionMeta.PARENTS_FIELD);
    if (!schedule.isEmpty() && !parents.isEmpty()) {
      throw new RowValues.BadValue(parentsField, "a job has a schedule or parents, not both:"
          + " fields '" + field(ChronosJobActionMeta.SCHEDULE_FIELD) + "' and '" + parentsField
          + "' are both filled");
    }
    if (!schedule.isEmpty()) {
      b.schedule(schedule);
    } else if (!parents.isEmpty()) {
      b.parents(parents);
    }
    String owner = fields.text(row, ChronosJobActionMeta.OWNER_FIELD);
    if (!owner.isEmpty()) {
      b.owner(owner);
    }
    String image = fields.text(row, ChronosJobActionMeta.IMAGE_FIELD);
    if (!image.isEmpty()) {
      b.container(new ChronosJob.Container().type("DOCKER").image(image));
    }
    Double cpus = fields.number(row, ChronosJobActionMeta.CPUS_FIELD);
    if (cpus != null) {
      b.cpus(cpus);
    }
    Double mem = fields.number(row, ChronosJobActionMeta.MEM_FIELD);
    if (mem != null) {
      b.mem(mem);
    }
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      String jsonField = field(ChronosJobActionMeta.JOB_JSON_FIELD);
      throw new RowValues.BadValue(jsonField.isEmpty() ? field(ChronosJobActionMeta.JOB_NAME_FIELD)
          : jsonField, e.getMessage());
    }
  }

  private ActionResult submit(ChronosJob job) {
    ChronosSubmit.Result r = new ChronosSubmit(client, context.log()).submit(job, false, null,
        wait.timeoutMillis(), context.token());
    return ActionResult.of(r, r.action().name(), "CHRONOS");
  }

  private ActionResult trigger(String name, String arguments) {
    try {
      client.runNow(name, arguments, context.token());
    } catch (ClusterException e) {
      // Chronos has no run id: nothing in its state tells a lost trigger from a queued one.
      return ActionResult.unknownAfter("Queueing Chronos job '" + name + "' to run now", e,
          "CHRONOS");
    }
    return ActionResult.succeeded("TRIGGERED", "Chronos job '" + name + "' queued to run now");
  }

  private ActionResult runAndWait(String name, String arguments) {
    ChronosRun run = new ChronosRun(client, context.log());
    if (mesos != null) {
      run.withTaskLookup(mesos);
    }
    ChronosRunResult r = run.run(new ChronosRunOptions(name).arguments(arguments)
        .timeoutMillis(wait.timeoutMillis())
        .pollIntervalMillis(wait.checkCycleMillis()), context.token());
    String status = r.outcome().name();
    ActionResult out = ActionResult.outcome(r.success(), status, r.message(), "CHRONOS");
    out.set(ActionField.TASK_ID, r.taskId());
    return out.after(wait, r.outcome() == ChronosRunResult.Outcome.TIMED_OUT);
  }
}
