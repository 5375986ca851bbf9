package io.pdimesos.steps;

import io.pdimesos.plugin.Setting;
import io.pdimesos.plugin.ui.SettingsDialog;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import org.eclipse.swt.widgets.Shell;
import org.pentaho.di.trans.TransMeta;

/**
 * The dialog of every row-driven action step: the settings form, with the wait block greyed out
 * while the step does not wait, and the settings naming input fields ("App id field") as combos of
 * the fields the previous steps give.
 */
public class ActionStepDialog extends ClusterStepDialog {
  public ActionStepDialog(Shell parent, Object in, TransMeta transMeta, String stepname) {
    super(parent, in, transMeta, stepname);
  }

  @Override
  protected Collection<Setting> inputFieldSettings() {
    return ((ActionStepMeta) meta()).fieldSettings();
  }

  @Override
  protected void configure(SettingsDialog dialog) {
    dialog.enableWhen(ActionSettings.WAIT, Collections.singletonList("Y"), Arrays.asList(
        ActionSettings.TIMEOUT, ActionSettings.CHECK_CYCLE, ActionSettings.SUCCESS_ON_TIMEOUT));
  }
}
