package io.pdimesos.steps;

import io.pdimesos.plugin.testing.MessagesContract;
import java.util.List;

/** The i18n guard over the steps (see {@link MessagesContract}). */
class StepMessagesTest extends MessagesContract {
  @Override
  protected List<String> keysInTheCode() {
    return List.of("ActionStepMeta.Problem.FieldNeeded", "ActionSettings.Problem.Concurrency",
        "ActionStepMeta.Check.NoInput");
  }
}
