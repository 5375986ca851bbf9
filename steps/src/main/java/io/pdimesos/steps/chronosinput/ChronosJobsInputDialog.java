package io.pdimesos.steps.chronosinput;

import io.pdimesos.steps.InputStepDialog;
import org.eclipse.swt.widgets.Shell;
import org.pentaho.di.trans.TransMeta;

/** The dialog Spoon opens for ChronosJobsInputMeta (found by its name, see ClusterStepMeta). */
public class ChronosJobsInputDialog extends InputStepDialog {
  public ChronosJobsInputDialog(Shell parent, Object in, TransMeta transMeta, String stepname) {
    super(parent, in, transMeta, stepname);
  }
}
