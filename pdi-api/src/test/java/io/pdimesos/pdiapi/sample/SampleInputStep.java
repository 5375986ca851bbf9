package io.pdimesos.pdiapi.sample;

import org.pentaho.di.core.exception.KettleException;
import org.pentaho.di.core.row.RowDataUtil;
import org.pentaho.di.core.row.RowMeta;
import org.pentaho.di.trans.Trans;
import org.pentaho.di.trans.TransMeta;
import org.pentaho.di.trans.step.BaseStep;
import org.pentaho.di.trans.step.StepDataInterface;
import org.pentaho.di.trans.step.StepInterface;
import org.pentaho.di.trans.step.StepMeta;
import org.pentaho.di.trans.step.StepMetaInterface;

/** Emits one row per processRow call, as an input step does, then closes its output. */
public class SampleInputStep extends BaseStep implements StepInterface {
  public SampleInputStep(StepMeta stepMeta, StepDataInterface data, int copyNr, TransMeta transMeta, Trans trans) {
    super(stepMeta, data, copyNr, transMeta, trans);
  }

  @Override
  public boolean processRow(StepMetaInterface smi, StepDataInterface sdi) throws KettleException {
    SampleInputMeta meta = (SampleInputMeta) smi;
    SampleInputData data = (SampleInputData) sdi;
    if (first) {
      first = false;
      data.outputRowMeta = new RowMeta();
      meta.getFields(data.outputRowMeta, getStepname(), null, null, this, null, null);
    }
    if (data.next > meta.count || isStopped()) {
      setOutputDone();
      return false;
    }
    Object[] row = RowDataUtil.allocateRowData(data.outputRowMeta.size());
    row[0] = data.next++;
    putRow(data.outputRowMeta, row);
    return true;
  }
}
