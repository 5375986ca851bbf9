package org.pentaho.di.trans.step;

import io.pdimesos.pdiapi.MirrorLogChannel;
import io.pdimesos.pdiapi.TransRuntime;
import java.io.IOException;
import java.util.HashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.pentaho.di.core.variables.Variables;

import io.pdimesos.pdiapi.OutsideMirror;
import java.io.Closeable;
import java.net.ServerSocket;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.pentaho.di.core.ExtensionDataInterface;
import org.pentaho.di.core.ResultFile;
import org.pentaho.di.core.RowMetaAndData;
import org.pentaho.di.core.RowSet;
import org.pentaho.di.core.exception.KettleException;
import org.pentaho.di.core.exception.KettleRowException;
import org.pentaho.di.core.exception.KettleStepException;
import org.pentaho.di.core.exception.KettleValueException;
import org.pentaho.di.core.logging.LogChannelInterface;
import org.pentaho.di.core.logging.LogLevel;
import org.pentaho.di.core.logging.LoggingObjectInterface;
import org.pentaho.di.core.logging.LoggingObjectType;
import org.pentaho.di.core.row.RowMetaInterface;
import org.pentaho.di.core.variables.VariableSpace;
import org.pentaho.di.repository.ObjectId;
import org.pentaho.di.repository.ObjectRevision;
import org.pentaho.di.repository.Repository;
import org.pentaho.di.repository.RepositoryDirectory;
import org.pentaho.di.trans.Trans;
import org.pentaho.di.trans.TransMeta;
import org.pentaho.di.www.SocketRepository;
import org.pentaho.metastore.api.IMetaStore;

public class BaseStep implements VariableSpace, StepInterface, LoggingObjectInterface, ExtensionDataInterface {
  protected VariableSpace variables;

  protected LogChannelInterface log;

  @Deprecated public long linesRead;

  @Deprecated public long linesWritten;

  @Deprecated public long linesInput;

  @Deprecated public long linesOutput;

  @Deprecated public long linesUpdated;

  @Deprecated public long linesSkipped;

  @Deprecated public long linesRejected;

  protected AtomicBoolean safeStopped;

  public boolean first;

  public boolean terminator;

  public List<Object[]> terminator_rows;

  protected List<RowListener> rowListeners;

  protected long deadLockCounter;

  protected Repository repository;

  protected IMetaStore metaStore;

  protected Map<String, Object> extensionDataMap;

  public BaseStep(StepMeta a0, StepDataInterface a1, int a2, TransMeta a3, Trans a4) {
    stepMeta = a0;
    stepMetaInterface = a0 == null ? null : a0.getStepMetaInterface();
    stepDataInterface = a1;
    copy = a2;
    transMeta = a3;
    trans = a4;
    stepname = a0 == null ? null : a0.getName();
    first = true;
    safeStopped = new AtomicBoolean();
    rowListeners = new CopyOnWriteArrayList<RowListener>();
    extensionDataMap = new HashMap<String, Object>();
    log = new MirrorLogChannel(stepname + "." + a2, a4 == null ? LogLevel.BASIC : a4.getLogLevel());
    variables = new Variables();
    variables.initializeVariablesFrom(a4 != null ? a4 : a3);
    if (a4 != null) {
      // Trans.stopAll() sets every step's flag and calls its stopRunning hook from the stopping thread.
      TransRuntime.onStop(a4, new Runnable() {
        @Override
        public void run() {
          setStopped(true);
          setRunning(false);
          try {
            stopRunning(stepMetaInterface, stepDataInterface);
          } catch (KettleException e) {
            logError("Unable to stop step " + stepname, e);
          }
        }
      });
    }
  }

  public boolean init(StepMetaInterface a0, StepDataInterface a1) {
    setDataStatus(a1, BaseStepData.StepExecutionStatus.STATUS_INIT);
    return true;
  }

  public void dispose(StepMetaInterface a0, StepDataInterface a1) {
    setDataStatus(a1, BaseStepData.StepExecutionStatus.STATUS_DISPOSED);
  }

  public void cleanup() {
    // Nothing held by the base class.
  }

  public long getProcessed() {
    synchronized (counters) {
      return linesRead;
    }
  }

  public void setCopy(int a0) {
    copy = a0;
  }

  public int getCopy() {
    return copy;
  }

  public long getErrors() {
    return errors.get();
  }

  public void setErrors(long a0) {
    errors.set(a0);
  }

  public long getLinesRead() {
    synchronized (counters) {
      return linesRead;
    }
  }

  public long incrementLinesRead() {
    synchronized (counters) {
      return ++linesRead;
    }
  }

  public long decrementLinesRead() {
    synchronized (counters) {
      return --linesRead;
    }
  }

  public void setLinesRead(long a0) {
    synchronized (counters) {
      linesRead = a0;
    }
  }

  public long getLinesInput() {
    synchronized (counters) {
      return linesInput;
    }
  }

  public long incrementLinesInput() {
    synchronized (counters) {
      return ++linesInput;
    }
  }

  public void setLinesInput(long a0) {
    synchronized (counters) {
      linesInput = a0;
    }
  }

  public long getLinesOutput() {
    synchronized (counters) {
      return linesOutput;
    }
  }

  public long incrementLinesOutput() {
    synchronized (counters) {
      return ++linesOutput;
    }
  }

  public void setLinesOutput(long a0) {
    synchronized (counters) {
      linesOutput = a0;
    }
  }

  public long getLinesWritten() {
    synchronized (counters) {
      return linesWritten;
    }
  }

  public long incrementLinesWritten() {
    synchronized (counters) {
      return ++linesWritten;
    }
  }

  public long decrementLinesWritten() {
    synchronized (counters) {
      return --linesWritten;
    }
  }

  public void setLinesWritten(long a0) {
    synchronized (counters) {
      linesWritten = a0;
    }
  }

  public long getLinesUpdated() {
    synchronized (counters) {
      return linesUpdated;
    }
  }

  public long incrementLinesUpdated() {
    synchronized (counters) {
      return ++linesUpdated;
    }
  }

  public void setLinesUpdated(long a0) {
    synchronized (counters) {
      linesUpdated = a0;
    }
  }

  public long getLinesRejected() {
    synchronized (counters) {
      return linesRejected;
    }
  }

  public long incrementLinesRejected() {
    synchronized (counters) {
      return ++linesRejected;
    }
  }

  public void setLinesRejected(long a0) {
    synchronized (counters) {
      linesRejected = a0;
    }
  }

  public long getLinesSkipped() {
    synchronized (counters) {
      return linesSkipped;
    }
  }

  public long incrementLinesSkipped() {
    synchronized (counters) {
      return ++linesSkipped;
    }
  }

  public void setLinesSkipped(long a0) {
    synchronized (counters) {
      linesSkipped = a0;
    }
  }

  public String getStepname() {
    return stepname;
  }

  public void setStepname(String a0) {
    stepname = a0;
  }

  public Trans getDispatcher() {
    throw OutsideMirror.unsupported("BaseStep.getDispatcher");
  }

  public String getStatusDescription() {
    throw OutsideMirror.unsupported("BaseStep.getStatusDescription");
  }

  public StepMetaInterface getStepMetaInterface() {
    return stepMetaInterface;
  }

  public void setStepMetaInterface(StepMetaInterface a0) {
    stepMetaInterface = a0;
  }

  public StepDataInterface getStepDataInterface() {
    return stepDataInterface;
  }

  public void setStepDataInterface(StepDataInterface a0) {
    stepDataInterface = a0;
  }

  public StepMeta getStepMeta() {
    return stepMeta;
  }

  public void setStepMeta(StepMeta a0) {
    stepMeta = a0;
  }

  public TransMeta getTransMeta() {
    return transMeta;
  }

  public void setTransMeta(TransMeta a0) {
    transMeta = a0;
  }

  public Trans getTrans() {
    return trans;
  }

  public void putRow(RowMetaInterface a0, Object[] a1) throws KettleStepException {
    if (a0 != null) {
      for (int i = 0; i < a0.size(); i++) {
        String name = a0.getValueMeta(i).getName();
        if (name == null || name.isEmpty()) {
          // PDI 9.4 refuses rows whose layout has an unnamed field.
          throw new KettleStepException("Step " + stepname + ": field " + i + " of the output row has no name");
        }
      }
    }
    waitWhilePaused();
    if (isStopped() && !isSafeStopped()) {
      return;
    }
    if (!outputRowSets.isEmpty()) {
      if (distributed) {
        RowSet target = outputRowSets.get(currentOutputRowSetNr % outputRowSets.size());
        currentOutputRowSetNr = (currentOutputRowSetNr + 1) % outputRowSets.size();
        putRowTo(a0, a1, target);
        return;
      }
      for (RowSet target : outputRowSets) {
        putRowTo(a0, a1, target);
      }
      return;
    }
    notifyWritten(a0, a1);
  }

  public void putRowTo(RowMetaInterface a0, Object[] a1, RowSet a2) throws KettleStepException {
    handlePutRowTo(a0, a1, a2);
  }

  public void handlePutRowTo(RowMetaInterface a0, Object[] a1, RowSet a2) throws KettleStepException {
    while (!a2.putRow(a0, a1)) {
      if (isStopped() && !isSafeStopped()) {
        return;
      }
    }
    notifyWritten(a0, a1);
  }

  public void putError(RowMetaInterface a0, Object[] a1, long a2, String a3, String a4, String a5) throws KettleStepException {
    // The error hop itself (extra error fields, target step) is outside the mirror; listeners see the row.
    for (RowListener listener : rowListeners) {
      listener.errorRowWrittenEvent(a0, a1);
    }
    incrementLinesRejected();
  }

  protected void waitUntilTransformationIsStarted() {
    throw OutsideMirror.unsupported("BaseStep.waitUntilTransformationIsStarted");
  }

  public Object[] getRow() throws KettleException {
    while (!inputRowSets.isEmpty()) {
      waitWhilePaused();
      if (isStopped()) {
        return null;
      }
      int index = currentInputRowSetNr % inputRowSets.size();
      RowSet input = inputRowSets.get(index);
      Object[] row = input.getRowWait(50, TimeUnit.MILLISECONDS);
      if (row != null) {
        currentInputRowSetNr = (index + 1) % inputRowSets.size();
        if (inputRowMeta == null) {
          inputRowMeta = input.getRowMeta();
        }
        incrementLinesRead();
        for (RowListener listener : rowListeners) {
          listener.rowReadEvent(inputRowMeta, row);
        }
        return row;
      }
      if (input.isDone() && input.size() == 0) {
        // A finished hop with nothing left: stop reading from it.
        inputRowSets.remove(input);
      } else {
        currentInputRowSetNr = (index + 1) % inputRowSets.size();
      }
    }
    return null;
  }

  public void setRowHandler(RowHandler a0) {
    rowHandler = a0;
  }

  public RowHandler getRowHandler() {
    return rowHandler;
  }

  protected void openRemoteInputStepSocketsOnce() throws KettleStepException {
    throw OutsideMirror.unsupported("BaseStep.openRemoteInputStepSocketsOnce");
  }

  protected void openRemoteOutputStepSocketsOnce() throws KettleStepException {
    throw OutsideMirror.unsupported("BaseStep.openRemoteOutputStepSocketsOnce");
  }

  protected void safeModeChecking(RowMetaInterface a0) throws KettleRowException {
    throw OutsideMirror.unsupported("BaseStep.safeModeChecking");
  }

  public void identifyErrorOutput() {
    // Error hops are outside the mirror.
  }

  public static void safeModeChecking(RowMetaInterface a0, RowMetaInterface a1) throws KettleRowException {
    throw OutsideMirror.unsupported("BaseStep.safeModeChecking");
  }

  public Object[] getRowFrom(RowSet a0) throws KettleStepException {
    throw OutsideMirror.unsupported("BaseStep.getRowFrom");
  }

  public Object[] handleGetRowFrom(RowSet a0) throws KettleStepException {
    throw OutsideMirror.unsupported("BaseStep.handleGetRowFrom");
  }

  protected void verifyInputDeadLock() throws KettleStepException {
    throw OutsideMirror.unsupported("BaseStep.verifyInputDeadLock");
  }

  public RowSet findInputRowSet(String a0) throws KettleStepException {
    for (RowSet rowSet : inputRowSets) {
      if (rowSet.getOriginStepName() != null && rowSet.getOriginStepName().equalsIgnoreCase(a0)) {
        return rowSet;
      }
    }
    return null;
  }

  public RowSet findInputRowSet(String a0, int a1, String a2, int a3) {
    throw OutsideMirror.unsupported("BaseStep.findInputRowSet");
  }

  public RowSet findOutputRowSet(String a0) throws KettleStepException {
    for (RowSet rowSet : outputRowSets) {
      if (rowSet.getDestinationStepName() != null && rowSet.getDestinationStepName().equalsIgnoreCase(a0)) {
        return rowSet;
      }
    }
    return null;
  }

  public RowSet findOutputRowSet(String a0, int a1, String a2, int a3) {
    throw OutsideMirror.unsupported("BaseStep.findOutputRowSet");
  }

  public void setOutputDone() {
    for (RowSet rowSet : outputRowSets) {
      rowSet.setDone();
    }
  }

  public void dispatch() {
    throw OutsideMirror.unsupported("BaseStep.dispatch");
  }

  public boolean isBasic() {
    return log.isBasic();
  }

  public boolean isDetailed() {
    return log.isDetailed();
  }

  public boolean isDebug() {
    return log.isDebug();
  }

  public boolean isRowLevel() {
    return log.isRowLevel();
  }

  public void logMinimal(String a0) {
    log.logMinimal(a0);
  }

  public void logMinimal(String a0, Object... a1) {
    log.logMinimal(a0, a1);
  }

  public void logBasic(String a0) {
    log.logBasic(a0);
  }

  public void logBasic(String a0, Object... a1) {
    log.logBasic(a0, a1);
  }

  public void logDetailed(String a0) {
    log.logDetailed(a0);
  }

  public void logDetailed(String a0, Object... a1) {
    log.logDetailed(a0, a1);
  }

  public void logDebug(String a0) {
    log.logDebug(a0);
  }

  public void logDebug(String a0, Object... a1) {
    log.logDebug(a0, a1);
  }

  public void logRowlevel(String a0) {
    log.logRowlevel(a0);
  }

  public void logRowlevel(String a0, Object... a1) {
    log.logRowlevel(a0, a1);
  }

  public void logError(String a0) {
    log.logError(a0);
  }

  public void logError(String a0, Throwable a1) {
    log.logError(a0, a1);
  }

  public void logError(String a0, Object... a1) {
    log.logError(a0, a1);
  }

  public int getNextClassNr() {
    throw OutsideMirror.unsupported("BaseStep.getNextClassNr");
  }

  public boolean outputIsDone() {
    for (RowSet rowSet : outputRowSets) {
      if (!rowSet.isDone()) {
        return false;
      }
    }
    return true;
  }

  public void stopAll() {
    stopped.set(true);
    if (trans != null) {
      trans.stopAll();
    }
  }

  public boolean isStopped() {
    return stopped.get();
  }

  public boolean isRunning() {
    return running.get();
  }

  public boolean isPaused() {
    return paused.get();
  }

  public void setStopped(boolean a0) {
    stopped.set(a0);
  }

  public void setSafeStopped(boolean a0) {
    safeStopped.set(a0);
  }

  public boolean isSafeStopped() {
    return safeStopped.get();
  }

  public void setRunning(boolean a0) {
    running.set(a0);
  }

  public void pauseRunning() {
    paused.set(true);
  }

  public void resumeRunning() {
    paused.set(false);
  }

  public void setPaused(boolean a0) {
    paused.set(a0);
  }

  public void setPaused(AtomicBoolean a0) {
    throw OutsideMirror.unsupported("BaseStep.setPaused");
  }

  public boolean isInitialising() {
    throw OutsideMirror.unsupported("BaseStep.isInitialising");
  }

  public void markStart() {
    startTime = System.currentTimeMillis();
  }

  public void setInternalVariables() {
    throw OutsideMirror.unsupported("BaseStep.setInternalVariables");
  }

  public void markStop() {
    stopTime = System.currentTimeMillis();
  }

  public long getRuntime() {
    return (stopTime == 0L ? System.currentTimeMillis() : stopTime) - startTime;
  }

  public RowMetaAndData buildLog(String a0, int a1, long a2, long a3, long a4, long a5, long a6, Date a7, Date a8) {
    throw OutsideMirror.unsupported("BaseStep.buildLog");
  }

  public static final RowMetaInterface getLogFields(String a0) {
    throw OutsideMirror.unsupported("BaseStep.getLogFields");
  }

  public String toString() {
    return stepname + "." + copy;
  }

  public int rowsetOutputSize() {
    int size = 0;
    for (RowSet rowSet : outputRowSets) {
      size += rowSet.size();
    }
    return size;
  }

  public int rowsetInputSize() {
    int size = 0;
    for (RowSet rowSet : inputRowSets) {
      size += rowSet.size();
    }
    return size;
  }

  public void stopRunning(StepMetaInterface a0, StepDataInterface a1) throws KettleException {
    // The hook a step overrides to cancel in-flight work; nothing to do in the base class.
  }

  @Deprecated public void stopRunning() {
    throw OutsideMirror.unsupported("BaseStep.stopRunning");
  }

  public void logSummary() {
    throw OutsideMirror.unsupported("BaseStep.logSummary");
  }

  public String getStepID() {
    return stepMeta == null ? null : stepMeta.getStepID();
  }

  public List<RowSet> getInputRowSets() {
    return inputRowSets;
  }

  public void addRowSetToInputRowSets(RowSet a0) {
    inputRowSets.add(a0);
  }

  protected RowSet getFirstInputRowSet() {
    throw OutsideMirror.unsupported("BaseStep.getFirstInputRowSet");
  }

  protected void clearInputRowSets() {
    throw OutsideMirror.unsupported("BaseStep.clearInputRowSets");
  }

  protected void swapFirstInputRowSetIfExists(String a0) {
    throw OutsideMirror.unsupported("BaseStep.swapFirstInputRowSetIfExists");
  }

  public void setInputRowSets(List<RowSet> a0) {
    inputRowSets.clear();
    inputRowSets.addAll(a0);
  }

  public List<RowSet> getOutputRowSets() {
    return outputRowSets;
  }

  public void addRowSetToOutputRowSets(RowSet a0) {
    outputRowSets.add(a0);
  }

  protected void clearOutputRowSets() {
    throw OutsideMirror.unsupported("BaseStep.clearOutputRowSets");
  }

  public void setOutputRowSets(List<RowSet> a0) {
    outputRowSets.clear();
    outputRowSets.addAll(a0);
  }

  public boolean isDistributed() {
    return distributed;
  }

  public void setDistributed(boolean a0) {
    distributed = a0;
  }

  public void addRowListener(RowListener a0) {
    rowListeners.add(a0);
  }

  public void removeRowListener(RowListener a0) {
    rowListeners.remove(a0);
  }

  public List<RowListener> getRowListeners() {
    return rowListeners;
  }

  public void addResultFile(ResultFile a0) {
    throw OutsideMirror.unsupported("BaseStep.addResultFile");
  }

  public Map<String, ResultFile> getResultFiles() {
    return resultFiles;
  }

  public BaseStepData.StepExecutionStatus getStatus() {
    if (isStopped()) {
      return BaseStepData.StepExecutionStatus.STATUS_STOPPED;
    }
    if (stepDataInterface instanceof BaseStepData) {
      return ((BaseStepData) stepDataInterface).getStatus();
    }
    return isRunning() ? BaseStepData.StepExecutionStatus.STATUS_RUNNING : BaseStepData.StepExecutionStatus.STATUS_EMPTY;
  }

  public String getPartitionID() {
    return partitionID;
  }

  public void setPartitionID(String a0) {
    partitionID = a0;
  }

  public int getRepartitioning() {
    return repartitioning;
  }

  public void setRepartitioning(int a0) {
    repartitioning = a0;
  }

  public boolean isPartitioned() {
    return partitioned;
  }

  public void setPartitioned(boolean a0) {
    partitioned = a0;
  }

  protected boolean checkFeedback(long a0) {
    // PDI's default feedback size is 50000 rows.
    return a0 > 0 && a0 % 50000L == 0;
  }

  public RowMetaInterface getInputRowMeta() {
    return inputRowMeta;
  }

  public void setInputRowMeta(RowMetaInterface a0) {
    inputRowMeta = a0;
  }

  public RowMetaInterface getErrorRowMeta() {
    return errorRowMeta;
  }

  public void setErrorRowMeta(RowMetaInterface a0) {
    errorRowMeta = a0;
  }

  public RowMetaInterface getPreviewRowMeta() {
    return previewRowMeta;
  }

  public void setPreviewRowMeta(RowMetaInterface a0) {
    previewRowMeta = a0;
  }

  public void copyVariablesFrom(VariableSpace a0) {
    variables.copyVariablesFrom(a0);
  }

  public String environmentSubstitute(String a0) {
    return variables.environmentSubstitute(a0);
  }

  public String environmentSubstitute(String a0, boolean a1) {
    throw OutsideMirror.unsupported("BaseStep.environmentSubstitute");
  }

  public String[] environmentSubstitute(String[] a0) {
    return variables.environmentSubstitute(a0);
  }

  public String fieldSubstitute(String a0, RowMetaInterface a1, Object[] a2) throws KettleValueException {
    return variables.fieldSubstitute(a0, a1, a2);
  }

  public VariableSpace getParentVariableSpace() {
    return variables.getParentVariableSpace();
  }

  public void setParentVariableSpace(VariableSpace a0) {
    variables.setParentVariableSpace(a0);
  }

  public String getVariable(String a0, String a1) {
    return variables.getVariable(a0, a1);
  }

  public String getVariable(String a0) {
    return variables.getVariable(a0);
  }

  public boolean getBooleanValueOfVariable(String a0, boolean a1) {
    return variables.getBooleanValueOfVariable(a0, a1);
  }

  public void initializeVariablesFrom(VariableSpace a0) {
    variables.initializeVariablesFrom(a0);
  }

  public String[] listVariables() {
    return variables.listVariables();
  }

  public void setVariable(String a0, String a1) {
    variables.setVariable(a0, a1);
  }

  public void shareVariablesWith(VariableSpace a0) {
    variables = a0;
  }

  public void injectVariables(Map<String, String> a0) {
    variables.injectVariables(a0);
  }

  public String getTypeId() {
    return getStepID();
  }

  public int getSlaveNr() {
    throw OutsideMirror.unsupported("BaseStep.getSlaveNr");
  }

  public int getClusterSize() {
    throw OutsideMirror.unsupported("BaseStep.getClusterSize");
  }

  public int getUniqueStepNrAcrossSlaves() {
    throw OutsideMirror.unsupported("BaseStep.getUniqueStepNrAcrossSlaves");
  }

  public int getUniqueStepCountAcrossSlaves() {
    throw OutsideMirror.unsupported("BaseStep.getUniqueStepCountAcrossSlaves");
  }

  public List<ServerSocket> getServerSockets() {
    throw OutsideMirror.unsupported("BaseStep.getServerSockets");
  }

  public void setServerSockets(List<ServerSocket> a0) {
    throw OutsideMirror.unsupported("BaseStep.setServerSockets");
  }

  public void setUsingThreadPriorityManagment(boolean a0) {
    usingThreadPriorityManagment = a0;
  }

  public boolean isUsingThreadPriorityManagment() {
    return usingThreadPriorityManagment;
  }

  public void initBeforeStart() throws KettleStepException {
    // Nothing to prepare in the base class.
  }

  public List<StepListener> getStepListeners() {
    return stepListeners;
  }

  public void setStepListeners(List<StepListener> a0) {
    stepListeners.clear();
    stepListeners.addAll(a0);
  }

  public boolean processRow(StepMetaInterface a0, StepDataInterface a1) throws KettleException {
    return false;
  }

  public boolean canProcessOneRow() {
    throw OutsideMirror.unsupported("BaseStep.canProcessOneRow");
  }

  public void addStepListener(StepListener a0) {
    stepListeners.add(a0);
  }

  public boolean isMapping() {
    return false;
  }

  public SocketRepository getSocketRepository() {
    throw OutsideMirror.unsupported("BaseStep.getSocketRepository");
  }

  public void setSocketRepository(SocketRepository a0) {
    throw OutsideMirror.unsupported("BaseStep.setSocketRepository");
  }

  public String getObjectName() {
    return stepname;
  }

  public LogChannelInterface getLogChannel() {
    return log;
  }

  public String getFilename() {
    throw OutsideMirror.unsupported("BaseStep.getFilename");
  }

  public String getLogChannelId() {
    return log.getLogChannelId();
  }

  public ObjectId getObjectId() {
    throw OutsideMirror.unsupported("BaseStep.getObjectId");
  }

  public ObjectRevision getObjectRevision() {
    throw OutsideMirror.unsupported("BaseStep.getObjectRevision");
  }

  public LoggingObjectType getObjectType() {
    throw OutsideMirror.unsupported("BaseStep.getObjectType");
  }

  public LoggingObjectInterface getParent() {
    throw OutsideMirror.unsupported("BaseStep.getParent");
  }

  public RepositoryDirectory getRepositoryDirectory() {
    throw OutsideMirror.unsupported("BaseStep.getRepositoryDirectory");
  }

  public String getObjectCopy() {
    throw OutsideMirror.unsupported("BaseStep.getObjectCopy");
  }

  public LogLevel getLogLevel() {
    return log.getLogLevel();
  }

  public void setLogLevel(LogLevel a0) {
    log.setLogLevel(a0);
  }

  public static void closeQuietly(Closeable a0) {
    if (a0 != null) {
      try {
        a0.close();
      } catch (IOException ignored) {
        // quietly, as the name says
      }
    }
  }

  public String getContainerObjectId() {
    throw OutsideMirror.unsupported("BaseStep.getContainerObjectId");
  }

  public void setCarteObjectId(String a0) {
    throw OutsideMirror.unsupported("BaseStep.setCarteObjectId");
  }

  public void batchComplete() throws KettleException {
    // Only meaningful for steps that batch their output.
  }

  public List<RemoteStep> getRemoteInputSteps() {
    throw OutsideMirror.unsupported("BaseStep.getRemoteInputSteps");
  }

  public List<RemoteStep> getRemoteOutputSteps() {
    throw OutsideMirror.unsupported("BaseStep.getRemoteOutputSteps");
  }

  public Date getRegistrationDate() {
    throw OutsideMirror.unsupported("BaseStep.getRegistrationDate");
  }

  public boolean isGatheringMetrics() {
    throw OutsideMirror.unsupported("BaseStep.isGatheringMetrics");
  }

  public void setGatheringMetrics(boolean a0) {
    throw OutsideMirror.unsupported("BaseStep.setGatheringMetrics");
  }

  public boolean isForcingSeparateLogging() {
    throw OutsideMirror.unsupported("BaseStep.isForcingSeparateLogging");
  }

  public void setForcingSeparateLogging(boolean a0) {
    throw OutsideMirror.unsupported("BaseStep.setForcingSeparateLogging");
  }

  public Repository getRepository() {
    return repository;
  }

  public void setRepository(Repository a0) {
    repository = a0;
  }

  public IMetaStore getMetaStore() {
    return metaStore;
  }

  public void setMetaStore(IMetaStore a0) {
    metaStore = a0;
  }

  public int getCurrentOutputRowSetNr() {
    return currentOutputRowSetNr;
  }

  public void setCurrentOutputRowSetNr(int a0) {
    currentOutputRowSetNr = a0;
  }

  public int getCurrentInputRowSetNr() {
    return currentInputRowSetNr;
  }

  public void setCurrentInputRowSetNr(int a0) {
    currentInputRowSetNr = a0;
  }

  public Map<String, Object> getExtensionDataMap() {
    return extensionDataMap;
  }

  private StepMeta stepMeta;
  private StepMetaInterface stepMetaInterface;
  private StepDataInterface stepDataInterface;
  private int copy;
  private TransMeta transMeta;
  private Trans trans;
  private String stepname;
  private final Object counters = new Object();
  private final AtomicLong errors = new AtomicLong();
  private final AtomicBoolean stopped = new AtomicBoolean();
  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicBoolean paused = new AtomicBoolean();
  private final List<RowSet> inputRowSets = new CopyOnWriteArrayList<RowSet>();
  private final List<RowSet> outputRowSets = new CopyOnWriteArrayList<RowSet>();
  private final Map<String, ResultFile> resultFiles = new ConcurrentHashMap<String, ResultFile>();
  private final List<StepListener> stepListeners = new CopyOnWriteArrayList<StepListener>();
  private int currentInputRowSetNr;
  private int currentOutputRowSetNr;
  private boolean distributed = true;
  private RowMetaInterface inputRowMeta;
  private RowMetaInterface errorRowMeta;
  private RowMetaInterface previewRowMeta;
  private RowHandler rowHandler;
  private String partitionID;
  private boolean partitioned;
  private int repartitioning;
  private boolean usingThreadPriorityManagment;
  private long startTime;
  private long stopTime;

  private static void setDataStatus(StepDataInterface data, BaseStepData.StepExecutionStatus status) {
    if (data instanceof BaseStepData) {
      ((BaseStepData) data).setStatus(status);
    }
  }

  private void notifyWritten(RowMetaInterface rowMeta, Object[] row) throws KettleStepException {
    for (RowListener listener : rowListeners) {
      listener.rowWrittenEvent(rowMeta, row);
    }
    incrementLinesWritten();
  }

  private void waitWhilePaused() {
    long slices = 0;
    while (paused.get() && !stopped.get() && slices++ < 600_000L) {
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

}
