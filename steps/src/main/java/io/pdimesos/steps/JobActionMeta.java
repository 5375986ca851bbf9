package io.pdimesos.steps;

import io.pdimesos.plugin.ClusterRun;
import io.pdimesos.plugin.Setting;
import java.util.Collections;
import java.util.List;
import org.pentaho.di.core.variables.VariableSpace;

/**
 * What the job schedulers' action steps (Chronos Job Action, Metronome Job Action) share: each
 * row upserts a job, runs it or deletes it, the job named by a field or, for an upsert, by the
 * JSON a field holds. The concrete meta declares the settings in its own words and says how a
 * row becomes a call.
 */
public abstract class JobActionMeta extends ActionStepMeta {
  /** What each row does; the setting's codes are the names in lower case. */
  public enum Action {
    /** Create or update the job. */
    UPSERT,
    /** Start it now; with the wait switch, until its outcome. */
    RUN,
    DELETE
  }

  private final Setting action;
  private final Setting jobField;
  private final Setting jsonField;

  /**
   * @param action the {@link Action} choice among {@code declared}
   * @param jobField the field setting naming the job (its name or id)
   * @param jsonField the field setting holding a whole job as JSON, for upserts
   */
  protected JobActionMeta(List<Setting> declared, List<ActionField> outputs,
      List<Setting> fieldSettings, Setting action, Setting jobField, Setting jsonField,
      Setting urls) {
    super(declared, outputs, fieldSettings, urls);
    this.action = action;
    this.jobField = jobField;
    this.jsonField = jsonField;
  }

  /** The action of one run of the step. */
  public Action action(ClusterRun run) {
    return run.choice(action, Action.class);
  }

  /** An upsert from a JSON field may take the job's name from the JSON; all else needs it. */
  @Override
  protected List<Setting> neededFields(VariableSpace space) {
    if (Action.UPSERT.name().equalsIgnoreCase(settings().in(space).choice(action))
        && !settings().in(space).resolve(jsonField).trim().isEmpty()) {
      return Collections.emptyList();
    }
    return Collections.singletonList(jobField);
  }
}
