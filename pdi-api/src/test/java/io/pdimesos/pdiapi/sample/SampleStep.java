package io.pdimesos.pdiapi.sample;

import java.util.concurrent.atomic.AtomicInteger;
import org.pentaho.di.core.exception.KettleException;
import org.pentaho.di.core.exception.KettleStepException;
import org.pentaho.di.core.row.RowDataUtil;
import org.pentaho.di.trans.Trans;
import org.pentaho.di.trans.TransMeta;
import org.pentaho.di.trans.step.BaseStep;
import org.pentaho.di.trans.step.StepDataInterface;
import org.pentaho.di.trans.step.StepInterface;
import org.pentaho.di.trans.step.StepMeta;
import org.pentaho.di.trans.step.StepMetaInterface;

/**
 * Appends a status field: "ok" or, for rows whose first field is "bad", sends the row to the error
 * hop when one is defined, else fails (the pattern of the project's action steps).
 */
public class SampleStep extends BaseStep implements StepInterface {
  public final AtomicInteger stopRunningCalls = new AtomicInteger();

  public SampleStep(StepMeta stepMeta, StepDataInterface data, int copyNr, TransMeta transMeta, Trans trans) {
    super(stepMeta, data, copyNr, transMeta, trans);
  }

  @Override
  public boolean processRow(StepMetaInterface smi, StepDataInterface sdi) throws KettleException {
    SampleStepMeta meta = (SampleStepMeta) smi;
    SampleStepData data = (SampleStepData) sdi;
    Object[] row = getRow();
    if (row == null) {
      setOutputDone();
      return false;
    }
    if (first) {
      first = false;
      data.outputRowMeta = getInputRowMeta().clone();
      meta.getFields(data.outputRowMeta, getStepname(), null, null, this, null, null);
    }
    if ("bad".equals(row[0])) {
      if (!getStepMeta().isDoingErrorHandling()) {
        throw new KettleStepException("bad row");
      }
      putError(getInputRowMeta(), row, 1, "bad row", "value", "SAMPLE001");
      return true;
    }
    putRow(data.outputRowMeta, RowDataUtil.addValueData(row, getInputRowMeta().size(), "ok"));
    return true;
  }

  @Override
  public void stopRunning(StepMetaInterface smi, StepDataInterface sdi) {
    stopRunningCalls.incrementAndGet();
  }
}
