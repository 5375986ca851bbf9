package io.pdimesos.steps.marathoninput;

import io.pdimesos.steps.InputStepDialog;
import org.eclipse.swt.widgets.Shell;
import org.pentaho.di.trans.TransMeta;

/** The dialog Spoon opens for MarathonAppsInputMeta (found by its name, see ClusterStepMeta). */
public class MarathonAppsInputDialog extends InputStepDialog {
  public MarathonAppsInputDialog(Shell parent, Object in, TransMeta transMeta, String stepname) {
    super(parent, in, transMeta, stepname);
  }
}
