package io.pdimesos.steps.weaveinput;

import io.pdimesos.steps.InputStepDialog;
import org.eclipse.swt.widgets.Shell;
import org.pentaho.di.trans.TransMeta;

/** The dialog Spoon opens for WeaveStatusInputMeta (found by its name, see ClusterStepMeta). */
public class WeaveStatusInputDialog extends InputStepDialog {
  public WeaveStatusInputDialog(Shell parent, Object in, TransMeta transMeta, String stepname) {
    super(parent, in, transMeta, stepname);
  }
}
