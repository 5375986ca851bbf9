package io.pdimesos.steps.marathonaction;

import io.pdimesos.core.marathon.AppDefinition;
import io.pdimesos.core.marathon.MarathonClient;
import io.pdimesos.core.marathon.MarathonIds;
import io.pdimesos.core.ops.MarathonAppResult;
import io.pdimesos.core.ops.MarathonDelete;
import io.pdimesos.core.ops.MarathonDeploy;
import io.pdimesos.core.ops.MarathonRestart;
import io.pdimesos.core.ops.MarathonScale;
import io.pdimesos.plugin.ClusterRun;
import io.pdimesos.plugin.WaitBlock.Wait;
import io.pdimesos.steps.ActionField;
import io.pdimesos.steps.ActionResult;
import io.pdimesos.steps.RowAction;
import io.pdimesos.steps.RowActions;
import io.pdimesos.steps.RowValues;
import java.util.concurrent.Callable;

/**
 * One row, one core Marathon operation: the same operations (and wait) as the Marathon entries,
 * over one {@link MarathonClient} the step copy shares between its rows.
 */
final class MarathonAppActions implements RowActions {
  private final ClusterRun context;
  private final MarathonClient client;
  private final String action;
  private final String appIdField;
  private final String definitionField;
  private final String instancesField;
  private final boolean substitute;
  private final boolean force;
  private final boolean clampAtZero;
  private final Wait wait;

  MarathonAppActions(ClusterRun c) {
    this.context = c;
    this.client = new MarathonClient(c.connection().marathon(), c.log());
    this.action = c.choice(MarathonAppActionMeta.ACTION);
    this.appIdField = c.text(MarathonAppActionMeta.APP_ID_FIELD);
    this.definitionField = c.text(MarathonAppActionMeta.DEFINITION_FIELD);
    this.instancesField = c.text(MarathonAppActionMeta.INSTANCES_FIELD);
    this.substitute = c.bool(MarathonAppActionMeta.SUBSTITUTE);
    this.force = c.bool(MarathonAppActionMeta.FORCE);
    this.clampAtZero = c.bool(MarathonAppActionMeta.CLAMP_AT_ZERO);
    this.wait = MarathonAppActionMeta.WAITING.resolve(c);
  }

  @Override
  public RowAction prepare(RowValues row) {
    final Operation op;
    if (MarathonAppActionMeta.DEPLOY.equals(action)) {
      op = deploy(row);
    } else {
      final String appId = appId(row.required(appIdField, "a Marathon app id"));
      if (MarathonAppActionMeta.SCALE.equals(action)) {
        String instances = row.required(instancesField, "a count (5) or a change (+2, -1)");
        final MarathonScale scale;
        try {
          scale = new MarathonScale(client, appId, instances).clampAtZero(clampAtZero);
        } catch (IllegalArgumentException e) {
          throw new RowValues.BadValue(instancesField, "field '" + instancesField + "': "
              + e.getMessage());
        }
        op = new Operation(appId) {
          @Override
          MarathonAppResult run() {
            return wait.configure(scale.force(force)).run(wait.timeoutMillis(), context.log(),
                context.token());
          }
        };
      } else if (MarathonAppActionMeta.RESTART.equals(action)) {
        op = new Operation(appId) {
          @Override
          MarathonAppResult run() {
            return wait.configure(new MarathonRestart(client, appId).force(force))
                .run(wait.timeoutMillis(), context.log(), context.token());
          }
        };
      } else {
        // Delete is always forced, as in the entry: it must win over a stuck deployment.
        op = new Operation(appId) {
          @Override
          MarathonAppResult run() {
            return wait.configure(new MarathonDelete(client, appId, MarathonDelete.Mode.DELETE))
                .run(wait.timeoutMillis(), context.log(), context.token());
          }
        };
      }
    }
    return RowAction.on(op.appId(), new Callable<ActionResult>() {
      @Override
      public ActionResult call() {
        return result(op.run());
      }
    });
  }

  private Operation deploy(RowValues row) {
    String json = row.required(definitionField, "a Marathon app definition (JSON)");
    if (substitute) {
      json = context.space().environmentSubstitute(json);
    }
    AppDefinition parsed;
    try {
      parsed = AppDefinition.fromJson(json);
    } catch (AppDefinition.InvalidException e) {
      if (!"id".equals(e.field()) || !e.missing() || appIdField.isEmpty()) {
        throw new RowValues.BadValue(definitionField, "field '" + definitionField + "': "
            + e.getMessage());
      }
      parsed = null; // no id inside: the app id field gives it
    }
    String appId = row.text(appIdField);
    final AppDefinition definition;
    if (!appId.isEmpty()) {
      definition = AppDefinition.fromJson(json, appId(appId));
    } else if (parsed != null) {
      definition = parsed;
    } else {
      throw new RowValues.BadValue(appIdField, "field '" + appIdField + "' is empty and the"
          + " definition has no \"id\"");
    }
    return new Operation(definition.id()) {
      @Override
      MarathonAppResult run() {
        return wait.configure(new MarathonDeploy(client, definition).force(force))
            .run(wait.timeoutMillis(), context.log(), context.token());
      }
    };
  }

  private String appId(String raw) {
    try {
      return MarathonIds.appId(raw);
    } catch (IllegalArgumentException e) {
      throw new RowValues.BadValue(appIdField, "field '" + appIdField + "': " + e.getMessage());
    }
  }

  private ActionResult result(MarathonAppResult r) {
    StringBuilder message = new StringBuilder(r.message());
    if (!r.success()) {
      for (String d : r.diagnostics()) {
        message.append("; ").append(d);
      }
    }
    String status = r.outcome().name();
    ActionResult out = ActionResult.outcome(r.success(), status, message.toString(), "MARATHON");
    out.set(ActionField.DEPLOYMENT_ID, r.deploymentId()).set(ActionField.VERSION, r.version())
        .durationMillis(r.elapsedMillis());
    if (r.httpStatus() > 0) {
      out.httpCode(r.httpStatus());
    }
    return out.after(wait, r.outcome() == MarathonAppResult.Outcome.TIMED_OUT);
  }

  /** One row's operation on one app, run on a worker. */
  private abstract static class Operation {
    private final String appId;

    Operation(String appId) {
      this.appId = appId;
    }

    String appId() {
      return appId;
    }

    abstract MarathonAppResult run();
  }
}
