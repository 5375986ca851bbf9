package io.pdimesos.it;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the tests know about {@code steps/every-step.ktr}: every pdi-mesos step once, each writing
 * into a "Serialize to file" step ({@code out/<its name in lower case, dashes for spaces>.cube}
 * beside the .ktr), the three action steps with an error hop each.
 */
final class EveryStep {
  static final String RESOURCE = "steps/every-step.ktr";

  /** Our steps, each with the golden file of its type (job-entries' and steps' test resources). */
  static final Map<String, String> STEPS = new LinkedHashMap<>();
  /** The "Serialize to file" steps behind a normal hop, each with the step whose rows it stores. */
  static final Map<String, String> OUTPUTS = new LinkedHashMap<>();
  /** The ones behind the action steps' error hops. */
  static final List<String> FAILURES = List.of("Scale failures", "Run failures", "Start failures");

  static {
    STEPS.put("Mesos agents", "mesos-state-input");
    STEPS.put("Marathon apps", "marathon-apps-input");
    STEPS.put("Chronos jobs", "chronos-jobs-input");
    STEPS.put("Metronome jobs", "metronome-jobs-input");
    STEPS.put("Weave peers", "weave-status-input");
    STEPS.put("Scale apps", "marathon-app-action");
    STEPS.put("Run jobs", "chronos-job-action");
    STEPS.put("Start runs", "metronome-job-action");
    OUTPUTS.put("Mesos agents out", "Mesos agents");
    OUTPUTS.put("Marathon apps out", "Marathon apps");
    OUTPUTS.put("Chronos jobs out", "Chronos jobs");
    OUTPUTS.put("Metronome jobs out", "Metronome jobs");
    OUTPUTS.put("Weave peers out", "Weave peers");
    OUTPUTS.put("Scaled", "Scale apps");
    OUTPUTS.put("Ran", "Run jobs");
    OUTPUTS.put("Started", "Start runs");
  }

  private EveryStep() {}

  static List<String> cubes() {
    List<String> all = new ArrayList<>(OUTPUTS.keySet());
    all.addAll(FAILURES);
    return all;
  }

  /** StepsProbe's {@code step=file} arguments for the cubes a run of {@code ktr} wrote. */
  static List<String> cubeArguments(Path ktr) {
    List<String> args = new ArrayList<>();
    for (String cube : cubes()) {
      args.add(cube + "=" + ktr.resolveSibling("out/" + cube.toLowerCase(Locale.ROOT).replace(' ', '-') + ".cube"));
    }
    return args;
  }
}
