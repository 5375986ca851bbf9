package io.pdimesos.steps;

import io.pdimesos.steps.chronosaction.ChronosJobActionMeta;
import io.pdimesos.steps.marathonaction.MarathonAppActionMeta;
import io.pdimesos.steps.metronomeaction.MetronomeJobActionMeta;
import java.util.List;
import java.util.function.Supplier;
import org.pentaho.di.core.annotations.Step;

/** The row-driven action steps, for the tests that hold all of them to the same rules. */
public final class AllActionSteps {
  private AllActionSteps() {}

  public static List<Supplier<ActionStepMeta>> all() {
    return List.of(MarathonAppActionMeta::new, ChronosJobActionMeta::new,
        MetronomeJobActionMeta::new);
  }

  /** A Marathon App Action scaling the app named by field "app" to field "n" instances. */
  public static MarathonAppActionMeta marathonScale() {
    MarathonAppActionMeta meta = new MarathonAppActionMeta();
    meta.setDefault();
    meta.settings().set(MarathonAppActionMeta.ACTION, "scale")
        .set(MarathonAppActionMeta.APP_ID_FIELD, "app")
        .set(MarathonAppActionMeta.INSTANCES_FIELD, "n");
    return meta;
  }

  /** The step's page name, e.g. marathon-app-action (from its documentation URL). */
  public static String slug(Class<?> metaClass) {
    String url = metaClass.getAnnotation(Step.class).documentationUrl();
    return url.substring(url.lastIndexOf('/') + 1, url.length() - ".md".length());
  }
}
