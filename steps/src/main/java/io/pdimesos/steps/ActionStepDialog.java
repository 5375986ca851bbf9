package io.pdimesos.steps;

import io.pdimesos.plugin.Setting;
import java.util.Collection;
import org.eclipse.swt.widgets.Shell;
import org.pentaho.di.trans.TransMeta;

/**
 * The dialog of every row-driven action step: the settings form (whose wait block is greyed out
 * while the step does not wait, as its declaration says), with the settings naming input fields
 * ("App id field") as combos of the fields the previous steps give.
 */
public class ActionStepDialog extends ClusterStepDialog {
  public ActionStepDialog(Shell parent, Object in, TransMeta transMeta, String stepname) {
    super(parent, in, transMeta, stepname);
  }

  @Override
  protected Collection<Setting> inputFieldSettings() {
    return ((ActionStepMeta) meta()).fieldSettings();
  }
}
