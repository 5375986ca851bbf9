package io.pdimesos.steps;

import org.pentaho.di.core.row.RowMetaInterface;
import org.pentaho.di.trans.step.BaseStepData;
import org.pentaho.di.trans.step.StepDataInterface;

/** Per-copy state of a pdi-mesos step: the layout of the rows it writes. */
public class ClusterStepData extends BaseStepData implements StepDataInterface {
  /** The output row layout, computed on the first row from the meta's getFields. */
  public RowMetaInterface outputRowMeta;
}
