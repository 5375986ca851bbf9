package io.pdimesos.pdiapi.sample;

import org.pentaho.di.core.row.RowMetaInterface;
import org.pentaho.di.trans.step.BaseStepData;
import org.pentaho.di.trans.step.StepDataInterface;

public class SampleInputData extends BaseStepData implements StepDataInterface {
  RowMetaInterface outputRowMeta;
  long next = 1;
}
