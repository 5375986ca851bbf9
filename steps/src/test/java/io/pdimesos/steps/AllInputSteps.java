package io.pdimesos.steps;

import io.pdimesos.steps.chronosinput.ChronosJobsInputMeta;
import io.pdimesos.steps.marathoninput.MarathonAppsInputMeta;
import io.pdimesos.steps.mesosinput.MesosStateInputMeta;
import io.pdimesos.steps.metronomeinput.MetronomeJobsInputMeta;
import io.pdimesos.steps.weaveinput.WeaveStatusInputMeta;
import java.util.List;
import java.util.function.Supplier;

/** Every input step of the module, for the tests that hold all of them to the same rules. */
final class AllInputSteps {
  private AllInputSteps() {}

  static List<Supplier<InputStepMeta>> all() {
    return List.of(MesosStateInputMeta::new, MarathonAppsInputMeta::new,
        ChronosJobsInputMeta::new, MetronomeJobsInputMeta::new, WeaveStatusInputMeta::new);
  }
}
