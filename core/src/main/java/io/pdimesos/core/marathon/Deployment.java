package io.pdimesos.core.marathon;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A running deployment from {@code GET /v2/deployments}. */
public final class Deployment {
  private final String id;
  private final String version;
  private final List<String> affectedApps;
  private final List<String> affectedPods;
  private final List<List<Action>> steps;
  private final List<Action> currentActions;
  private final int currentStep;
  private final int totalSteps;

  private Deployment(JsonNode n) {
    Nodes.item(n, "deployment");
    this.id = Nodes.text(n, "id");
    this.version = Nodes.text(n, "version");
    this.affectedApps = Nodes.texts(n, "affectedApps");
    this.affectedPods = Nodes.texts(n, "affectedPods");
    List<List<Action>> s = new ArrayList<List<Action>>();
    for (JsonNode step : Nodes.array(n, "steps")) {
      // 1.0+: {"actions":[…]}; pre-1.0 docs (still parsed by other clients): a bare array.
      s.add(actions(step.isArray() ? step : Nodes.array(step, "actions")));
    }
    this.steps = Collections.unmodifiableList(s);
    this.currentActions = actions(Nodes.array(n, "currentActions"));
    this.currentStep = Nodes.integer(n, "currentStep", 0);
    this.totalSteps = Nodes.integer(n, "totalSteps", s.size());
  }

  public static Deployment from(JsonNode n) {
    return new Deployment(n);
  }

  private static List<Action> actions(JsonNode array) {
    List<Action> out = new ArrayList<Action>();
    if (array != null && array.isArray()) {
      for (JsonNode a : array) {
        out.add(new Action(a));
      }
    }
    return Collections.unmodifiableList(out);
  }

  public String id() {
    return id;
  }

  public String version() {
    return version;
  }

  public List<String> affectedApps() {
    return affectedApps;
  }

  public List<String> affectedPods() {
    return affectedPods;
  }

  public List<List<Action>> steps() {
    return steps;
  }

  public List<Action> currentActions() {
    return currentActions;
  }

  /** 1-based; 0 right after creation. */
  public int currentStep() {
    return currentStep;
  }

  public int totalSteps() {
    return totalSteps;
  }

  @Override
  public String toString() {
    return "deployment " + id + " step " + currentStep + "/" + totalSteps + " " + currentActions;
  }

  /** One action of a step: {@code ScaleApplication} on {@code /app}. */
  public static final class Action {
    private final String action;
    private final String app;
    private final String pod;
    private final JsonNode readinessCheckResults;

    Action(JsonNode n) {
      String a = Nodes.text(n, "action");
      this.action = a != null ? a : Nodes.text(n, "type"); // event-bus docs spell it "type"
      this.app = Nodes.text(n, "app");
      this.pod = Nodes.text(n, "pod");
      JsonNode r = n.get("readinessCheckResults");
      this.readinessCheckResults = r != null ? r : n.get("readinessChecks");
    }

    public String action() {
      return action;
    }

    public String app() {
      return app;
    }

    public String pod() {
      return pod;
    }

    /** Raw readiness results of the action, or null. */
    public JsonNode readinessCheckResults() {
      return readinessCheckResults;
    }

    @Override
    public String toString() {
      return action + " " + (app != null ? app : pod);
    }
  }
}
