package io.pdimesos.steps.chronosaction;

import io.pdimesos.core.chronos.ChronosClient;
import io.pdimesos.core.chronos.ChronosJob;
import io.pdimesos.core.chronos.ChronosValidation;
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
import io.pdimesos.steps.RowAction;
import io.pdimesos.steps.RowActions;
import io.pdimesos.steps.RowValues;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
  private final String action;
  private final Wait wait;
  private final boolean missingOk;
  private final Map<Setting, String> fieldNames = new HashMap<Setting, String>();

  ChronosJobActions(ClusterRun c) {
    this.context = c;
    this.client = new ChronosClient(c.connection().chronos(), c.connection().chronosVersion(),
        c.log());
    // With Mesos reachable, a waited run reports its Mesos task as the entry does.
    this.mesos = c.connection().configured(ConnectionSettings.MESOS_MASTERS)
        ? new MesosClient(c.connection().mesos(), c.log()) : null;
    this.action = c.choice(ChronosJobActionMeta.ACTION);
    this.wait = ChronosJobActionMeta.WAITING.resolve(c);
    this.missingOk = c.bool(ChronosJobActionMeta.MISSING_OK);
    for (Setting s : ChronosJobActionMeta.FIELD_SETTINGS) {
      fieldNames.put(s, c.text(s));
    }
  }

  /** The input field a field setting names, resolved once per step copy rather than per row. */
  private String field(Setting s) {
    return fieldNames.get(s);
  }

  @Override
  public RowAction prepare(RowValues row) {
    if (ChronosJobActionMeta.UPSERT.equals(action)) {
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
    if (ChronosJobActionMeta.DELETE.equals(action)) {
      return RowAction.on(name, new Callable<ActionResult>() {
        @Override
        public ActionResult call() {
          ChronosDelete.Result r = new ChronosDelete(client, context.log()).delete(name, false,
              missingOk, wait.timeoutMillis(), context.token());
          String status = r.deleted() ? "DELETED" : "NOT_FOUND";
          return ActionResult.outcome(r.success(), status, r.message(), "CHRONOS");
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
    String jsonField = field(ChronosJobActionMeta.JOB_JSON_FIELD);
    String nameField = field(ChronosJobActionMeta.JOB_NAME_FIELD);
    String json = row.text(jsonField);
    String name = row.text(nameField);
    ChronosJob.Builder b;
    if (!json.isEmpty()) {
      try {
        b = ChronosJob.fromJson(json).toBuilder();
      } catch (IllegalArgumentException e) {
        throw new RowValues.BadValue(jsonField, "field '" + jsonField + "': " + e.getMessage());
      }
      if (!name.isEmpty()) {
        b.name(name);
      }
    } else if (name.isEmpty()) {
      throw new RowValues.BadValue(nameField.isEmpty() ? jsonField : nameField, "the row names"
          + " no job: field '" + (nameField.isEmpty() ? jsonField : nameField) + "' is empty");
    } else {
      b = ChronosJob.builder(name);
    }
    String command = row.text(field(ChronosJobActionMeta.COMMAND_FIELD));
    if (!command.isEmpty()) {
      b.command(command);
    }
    String schedule = row.text(field(ChronosJobActionMeta.SCHEDULE_FIELD));
    String parentsField = field(ChronosJobActionMeta.PARENTS_FIELD);
    List<String> parents = names(row.text(parentsField));
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
    String owner = row.text(field(ChronosJobActionMeta.OWNER_FIELD));
    if (!owner.isEmpty()) {
      b.owner(owner);
    }
    String image = row.text(field(ChronosJobActionMeta.IMAGE_FIELD));
    if (!image.isEmpty()) {
      b.container(new ChronosJob.Container().type("DOCKER").image(image));
    }
    Double cpus = number(row, ChronosJobActionMeta.CPUS_FIELD);
    if (cpus != null) {
      b.cpus(cpus);
    }
    Double mem = number(row, ChronosJobActionMeta.MEM_FIELD);
    if (mem != null) {
      b.mem(mem);
    }
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new RowValues.BadValue(jsonField.isEmpty() ? nameField : jsonField, e.getMessage());
    }
  }

  private Double number(RowValues row, Setting fieldSetting) {
    String f = field(fieldSetting);
    String v = row.text(f);
    if (v.isEmpty()) {
      return null;
    }
    try {
      double d = Double.parseDouble(v);
      if (d < 0 || Double.isNaN(d) || Double.isInfinite(d)) {
        throw new NumberFormatException();
      }
      return d;
    } catch (NumberFormatException e) {
      throw new RowValues.BadValue(f, "field '" + f + "' must be a number not below 0, got '"
          + v + "'");
    }
  }

  /** Parent names separated by commas, semicolons or spaces. */
  private static List<String> names(String text) {
    List<String> out = new ArrayList<String>();
    for (String n : text.split("[,;\\s]+")) {
      if (!n.isEmpty()) {
        out.add(n);
      }
    }
    return out;
  }

  private ActionResult submit(ChronosJob job) {
    ChronosSubmit.Result r = new ChronosSubmit(client, context.log()).submit(job, false, null,
        wait.timeoutMillis(), context.token());
    String status = r.action().name();
    return ActionResult.outcome(r.success(), status, r.message(), "CHRONOS");
  }

  private ActionResult trigger(String name, String arguments) {
    client.runNow(name, arguments, context.token());
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
