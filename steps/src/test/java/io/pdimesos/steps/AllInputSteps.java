package io.pdimesos.steps;

import io.pdimesos.steps.chronosinput.ChronosJobsInputMeta;
import io.pdimesos.steps.marathoninput.MarathonAppsInputMeta;
import io.pdimesos.steps.mesosinput.MesosStateInputMeta;
import io.pdimesos.steps.weaveinput.WeaveStatusInputMeta;
import java.util.List;
import java.util.function.Supplier;
import org.pentaho.di.core.annotations.Step;

/** Every input step of the module, for the tests that hold all of them to the same rules. */
final class AllInputSteps {
  private AllInputSteps() {}

  static List<Supplier<InputStepMeta>> all() {
    return List.of(MesosStateInputMeta::new, MarathonAppsInputMeta::new,
        ChronosJobsInputMeta::new, WeaveStatusInputMeta::new);
  }

  /** The step's page name, e.g. mesos-state-input (from its documentation URL). */
  static String slug(Class<?> metaClass) {
    String url = metaClass.getAnnotation(Step.class).documentationUrl();
    return url.substring(url.lastIndexOf('/') + 1, url.length() - ".md".length());
  }
}
