package org.pentaho.di.trans.step;

import io.pdimesos.pdiapi.OutsideMirror;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.pentaho.di.core.ResultFile;
import org.pentaho.di.core.RowSet;
import org.pentaho.di.core.exception.KettleException;
import org.pentaho.di.core.exception.KettleStepException;
import org.pentaho.di.core.logging.HasLogChannelInterface;
import org.pentaho.di.core.logging.LogChannelInterface;
import org.pentaho.di.core.row.RowMetaInterface;
import org.pentaho.di.core.variables.VariableSpace;
import org.pentaho.di.repository.Repository;
import org.pentaho.di.trans.Trans;
import org.pentaho.metastore.api.IMetaStore;

public interface StepInterface extends VariableSpace, HasLogChannelInterface {
  public abstract Trans getTrans();

  public abstract boolean processRow(StepMetaInterface meta, StepDataInterface data) throws KettleException;

  public abstract boolean canProcessOneRow();

  public abstract boolean init(StepMetaInterface meta, StepDataInterface data);

  public abstract void dispose(StepMetaInterface meta, StepDataInterface data);

  public abstract void markStart();

  public abstract void markStop();

  public abstract void stopRunning(StepMetaInterface meta, StepDataInterface data) throws KettleException;

  public abstract boolean isRunning();

  public abstract void setRunning(boolean flag);

  public abstract boolean isStopped();

  public abstract void setStopped(boolean flag);

  public default void setSafeStopped(boolean flag) {
    throw OutsideMirror.unsupported("StepInterface.setSafeStopped");
  }

  public default boolean isSafeStopped() {
    throw OutsideMirror.unsupported("StepInterface.isSafeStopped");
  }

  public abstract boolean isPaused();

  public abstract void stopAll();

  public abstract void pauseRunning();

  public abstract void resumeRunning();

  public abstract String getStepname();

  public abstract int getCopy();

  public abstract String getStepID();

  public abstract long getErrors();

  public abstract void setErrors(long number);

  public abstract long getLinesInput();

  public abstract long getLinesOutput();

  public abstract long getLinesRead();

  public abstract long getLinesWritten();

  public abstract long getLinesUpdated();

  public abstract void setLinesRejected(long number);

  public abstract long getLinesRejected();

  public abstract void putRow(RowMetaInterface rowMeta, Object[] row) throws KettleException;

  public abstract Object[] getRow() throws KettleException;

  public abstract void setOutputDone();

  public abstract void addRowListener(RowListener rowListener);

  public abstract void removeRowListener(RowListener rowListener);

  public abstract List<RowListener> getRowListeners();

  public abstract List<RowSet> getInputRowSets();

  public abstract List<RowSet> getOutputRowSets();

  public abstract boolean isPartitioned();

  public abstract void setPartitionID(String text);

  public abstract String getPartitionID();

  public abstract void cleanup();

  public abstract void initBeforeStart() throws KettleStepException;

  public abstract void addStepListener(StepListener stepListener);

  public abstract boolean isMapping();

  public abstract StepMeta getStepMeta();

  public abstract LogChannelInterface getLogChannel();

  public abstract void setUsingThreadPriorityManagment(boolean flag);

  public abstract boolean isUsingThreadPriorityManagment();

  public abstract int rowsetInputSize();

  public abstract int rowsetOutputSize();

  public abstract long getProcessed();

  public abstract Map<String, ResultFile> getResultFiles();

  public abstract BaseStepData.StepExecutionStatus getStatus();

  public abstract long getRuntime();

  public abstract void identifyErrorOutput();

  public abstract void setPartitioned(boolean flag);

  public abstract void setRepartitioning(int number);

  public abstract void batchComplete() throws KettleException;

  public abstract void setMetaStore(IMetaStore metaStore);

  public abstract IMetaStore getMetaStore();

  public abstract void setRepository(Repository repository);

  public abstract Repository getRepository();

  public abstract int getCurrentOutputRowSetNr();

  public abstract void setCurrentOutputRowSetNr(int number);

  public abstract int getCurrentInputRowSetNr();

  public abstract void setCurrentInputRowSetNr(int number);

  public default Collection<StepStatus> subStatuses() {
    throw OutsideMirror.unsupported("StepInterface.subStatuses");
  }

  public default void addRowSetToInputRowSets(RowSet rowSet) {
    throw OutsideMirror.unsupported("StepInterface.addRowSetToInputRowSets");
  }

  public default void addRowSetToOutputRowSets(RowSet rowSet) {
    throw OutsideMirror.unsupported("StepInterface.addRowSetToOutputRowSets");
  }
}
