package io.pdimesos.steps.mesosinput;

import io.pdimesos.steps.InputStepDialog;
import org.eclipse.swt.widgets.Shell;
import org.pentaho.di.trans.TransMeta;

/** The dialog Spoon opens for MesosStateInputMeta (found by its name, see ClusterStepMeta). */
public class MesosStateInputDialog extends InputStepDialog {
  public MesosStateInputDialog(Shell parent, Object in, TransMeta transMeta, String stepname) {
    super(parent, in, transMeta, stepname);
  }
}
