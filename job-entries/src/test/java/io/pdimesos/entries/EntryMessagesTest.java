package io.pdimesos.entries;

import io.pdimesos.plugin.testing.MessagesContract;
import java.util.List;

/**
 * The i18n guard over the entries (see {@link MessagesContract}): the Validate verdicts and the
 * problems a SettingException names are among the texts it finds; the first one is removed to
 * show that it fails.
 */
class EntryMessagesTest extends MessagesContract {
  @Override
  protected List<String> keysInTheCode() {
    return List.of("MarathonDeployPreview.WouldCreate", "MarathonAppEntries.Preview.App",
        "ChronosJobPreview.Exists", "MarathonDeployPreview.Valid",
        "ChronosSubmitPreview.WouldCreate", "JobEntryChronosDeleteJobDialog.Preview.Missing",
        "DefinitionSource.Problem.FileEmpty", "JobEntryMarathonDeploy.Problem.NotAPort",
        "JobEntryMarathonScale.Problem.NotACount");
  }
}
