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
import org.pentaho.di.core.row.RowDataUtil;
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

  public BaseStep(StepMeta stepMeta2, StepDataInterface data, int number, TransMeta transMeta2, Trans trans2) {
    stepMeta = stepMeta2;
    stepMetaInterface = stepMeta2 == null ? null : stepMeta2.getStepMetaInterface();
    stepDataInterface = data;
    copy = number;
    transMeta = transMeta2;
    trans = trans2;
    stepname = stepMeta2 == null ? null : stepMeta2.getName();
    distributed = stepMeta2 == null || stepMeta2.isDistributes();
    first = true;
    safeStopped = new AtomicBoolean();
    rowListeners = new CopyOnWriteArrayList<RowListener>();
    extensionDataMap = new HashMap<String, Object>();
    log = new MirrorLogChannel(stepname + "." + number, trans2 == null ? LogLevel.BASIC : trans2.getLogLevel());
    variables = new Variables();
    variables.initializeVariablesFrom(trans2 != null ? trans2 : transMeta2);
    if (trans2 != null) {
      // Trans.stopAll() sets every step's flag and calls its stopRunning hook from the stopping thread.
      TransRuntime.onStop(trans2, new Runnable() {
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

  public boolean init(StepMetaInterface meta, StepDataInterface data) {
    setDataStatus(data, BaseStepData.StepExecutionStatus.STATUS_INIT);
    StepErrorMeta errorMeta = stepMeta == null ? null : stepMeta.getStepErrorMeta();
    if (errorMeta != null) {
      // PDI 9.4 reads the error hop's thresholds here (variables allowed) and fails init on a non-number.
      try {
        maxErrors = thresholdOf(errorMeta.getMaxErrors());
        minRowsForMaxErrorPercent = thresholdOf(errorMeta.getMinPercentRows());
        maxPercentErrors = thresholdOf(errorMeta.getMaxPercentErrors());
      } catch (NumberFormatException e) {
        logError("Step " + stepname + ": the error handling thresholds must be numbers (" + e.getMessage() + ")");
        return false;
      }
    }
    return true;
  }

  public void dispose(StepMetaInterface meta, StepDataInterface data) {
    setDataStatus(data, BaseStepData.StepExecutionStatus.STATUS_DISPOSED);
  }

  public void cleanup() {
    // Nothing held by the base class.
  }

  public long getProcessed() {
    synchronized (counters) {
      return linesRead;
    }
  }

  public void setCopy(int number) {
    copy = number;
  }

  public int getCopy() {
    return copy;
  }

  public long getErrors() {
    return errors.get();
  }

  public void setErrors(long number) {
    errors.set(number);
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

  public void setLinesRead(long number) {
    synchronized (counters) {
      linesRead = number;
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

  public void setLinesInput(long number) {
    synchronized (counters) {
      linesInput = number;
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

  public void setLinesOutput(long number) {
    synchronized (counters) {
      linesOutput = number;
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

  public void setLinesWritten(long number) {
    synchronized (counters) {
      linesWritten = number;
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

  public void setLinesUpdated(long number) {
    synchronized (counters) {
      linesUpdated = number;
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

  public void setLinesRejected(long number) {
    synchronized (counters) {
      linesRejected = number;
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

  public void setLinesSkipped(long number) {
    synchronized (counters) {
      linesSkipped = number;
    }
  }

  public String getStepname() {
    return stepname;
  }

  public void setStepname(String text) {
    stepname = text;
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

  public void setStepMetaInterface(StepMetaInterface meta) {
    stepMetaInterface = meta;
  }

  public StepDataInterface getStepDataInterface() {
    return stepDataInterface;
  }

  public void setStepDataInterface(StepDataInterface data) {
    stepDataInterface = data;
  }

  public StepMeta getStepMeta() {
    return stepMeta;
  }

  public void setStepMeta(StepMeta stepMeta2) {
    stepMeta = stepMeta2;
  }

  public TransMeta getTransMeta() {
    return transMeta;
  }

  public void setTransMeta(TransMeta transMeta2) {
    transMeta = transMeta2;
  }

  public Trans getTrans() {
    return trans;
  }

  public void putRow(RowMetaInterface rowMeta, Object[] row2) throws KettleStepException {
    if (rowMeta != null) {
      for (int i = 0; i < rowMeta.size(); i++) {
        String name = rowMeta.getValueMeta(i).getName();
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
    for (RowListener listener : rowListeners) {
      listener.rowWrittenEvent(rowMeta, row2);
    }
    if (outputRowSets.isEmpty()) {
      incrementLinesWritten();
      return;
    }
    if (distributed) {
      // PDI's default ("distribute"): round robin over the output hops.
      RowSet target = outputRowSets.get(currentOutputRowSetNr % outputRowSets.size());
      currentOutputRowSetNr = (currentOutputRowSetNr + 1) % outputRowSets.size();
      offerUntilTaken(target, rowMeta, row2);
      return;
    }
    // "Copy": every output hop gets the row; all but the first get a copy of the array, as in PDI.
    for (int i = 1; i < outputRowSets.size(); i++) {
      offerUntilTaken(outputRowSets.get(i), rowMeta, row2 == null ? null : row2.clone());
    }
    offerUntilTaken(outputRowSets.get(0), rowMeta, row2);
  }

  public void putRowTo(RowMetaInterface rowMeta, Object[] row, RowSet rowSet) throws KettleStepException {
    handlePutRowTo(rowMeta, row, rowSet);
  }

  public void handlePutRowTo(RowMetaInterface rowMeta, Object[] row, RowSet rowSet) throws KettleStepException {
    while (!rowSet.putRow(rowMeta, row)) {
      if (isStopped() && !isSafeStopped()) {
        return;
      }
    }
    notifyWritten(rowMeta, row);
  }

  public void putError(RowMetaInterface rowMeta, Object[] row2, long number, String text, String text2, String text3) throws KettleStepException {
    StepErrorMeta errorMeta = stepMeta == null ? null : stepMeta.getStepErrorMeta();
    if (errorMeta == null) {
      // PDI 9.4 dereferences the step's StepErrorMeta unconditionally, so a step without an error hop
      // that calls putError fails with a NullPointerException: steps check isDoingErrorHandling() first.
      throw new NullPointerException("Step " + stepname + " called putError without an error hop (StepMeta.getStepErrorMeta() is null)");
    }
    if (errorRowMeta == null) {
      RowMetaInterface layout = rowMeta.clone();
      layout.addRowMeta(errorMeta.getErrorRowMeta(number, text, text2, text3));
      errorRowMeta = layout;
    }
    Object[] errorRow = RowDataUtil.allocateRowData(errorRowMeta.size());
    if (row2 != null) {
      System.arraycopy(row2, 0, errorRow, 0, rowMeta.size());
    }
    errorMeta.addErrorRowData(errorRow, rowMeta.size(), number, text, text2, text3);
    // Listeners see the failed row as it came in, without the error fields (as in PDI).
    for (RowListener listener : rowListeners) {
      listener.errorRowWrittenEvent(rowMeta, row2);
    }
    if (errorRowSet != null) {
      while (!errorRowSet.putRow(errorRowMeta, errorRow)) {
        if (isStopped()) {
          break;
        }
      }
      incrementLinesRejected();
    }
    verifyRejectionRates();
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

  public void setRowHandler(RowHandler rowHandler2) {
    rowHandler = rowHandler2;
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

  protected void safeModeChecking(RowMetaInterface rowMeta) throws KettleRowException {
    throw OutsideMirror.unsupported("BaseStep.safeModeChecking");
  }

  public void identifyErrorOutput() {
    // PDI's Trans calls this once the hops are wired: the output row set leading to the error hop's
    // target step becomes the error row set and stops receiving putRow's rows.
    if (stepMeta == null || !stepMeta.isDoingErrorHandling()) {
      return;
    }
    String target = stepMeta.getStepErrorMeta().getTargetStep().getName();
    for (RowSet rowSet : outputRowSets) {
      if (rowSet.getDestinationStepName() != null && rowSet.getDestinationStepName().equalsIgnoreCase(target)) {
        errorRowSet = rowSet;
        outputRowSets.remove(rowSet);
        return;
      }
    }
  }

  public static void safeModeChecking(RowMetaInterface rowMeta, RowMetaInterface rowMeta2) throws KettleRowException {
    throw OutsideMirror.unsupported("BaseStep.safeModeChecking");
  }

  public Object[] getRowFrom(RowSet rowSet) throws KettleStepException {
    throw OutsideMirror.unsupported("BaseStep.getRowFrom");
  }

  public Object[] handleGetRowFrom(RowSet rowSet) throws KettleStepException {
    throw OutsideMirror.unsupported("BaseStep.handleGetRowFrom");
  }

  protected void verifyInputDeadLock() throws KettleStepException {
    throw OutsideMirror.unsupported("BaseStep.verifyInputDeadLock");
  }

  public RowSet findInputRowSet(String text) throws KettleStepException {
    for (RowSet rowSet : inputRowSets) {
      if (rowSet.getOriginStepName() != null && rowSet.getOriginStepName().equalsIgnoreCase(text)) {
        return rowSet;
      }
    }
    return null;
  }

  public RowSet findInputRowSet(String text, int number, String text2, int number2) {
    throw OutsideMirror.unsupported("BaseStep.findInputRowSet");
  }

  public RowSet findOutputRowSet(String text) throws KettleStepException {
    for (RowSet rowSet : outputRowSets) {
      if (rowSet.getDestinationStepName() != null && rowSet.getDestinationStepName().equalsIgnoreCase(text)) {
        return rowSet;
      }
    }
    return null;
  }

  public RowSet findOutputRowSet(String text, int number, String text2, int number2) {
    throw OutsideMirror.unsupported("BaseStep.findOutputRowSet");
  }

  public void setOutputDone() {
    for (RowSet rowSet : outputRowSets) {
      rowSet.setDone();
    }
    if (errorRowSet != null) {
      errorRowSet.setDone();
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

  public void logMinimal(String text) {
    log.logMinimal(text);
  }

  public void logMinimal(String text, Object... arguments) {
    log.logMinimal(text, arguments);
  }

  public void logBasic(String text) {
    log.logBasic(text);
  }

  public void logBasic(String text, Object... arguments) {
    log.logBasic(text, arguments);
  }

  public void logDetailed(String text) {
    log.logDetailed(text);
  }

  public void logDetailed(String text, Object... arguments) {
    log.logDetailed(text, arguments);
  }

  public void logDebug(String text) {
    log.logDebug(text);
  }

  public void logDebug(String text, Object... arguments) {
    log.logDebug(text, arguments);
  }

  public void logRowlevel(String text) {
    log.logRowlevel(text);
  }

  public void logRowlevel(String text, Object... arguments) {
    log.logRowlevel(text, arguments);
  }

  public void logError(String text) {
    log.logError(text);
  }

  public void logError(String text, Throwable error) {
    log.logError(text, error);
  }

  public void logError(String text, Object... arguments) {
    log.logError(text, arguments);
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

  public void setStopped(boolean flag) {
    stopped.set(flag);
  }

  public void setSafeStopped(boolean flag) {
    safeStopped.set(flag);
  }

  public boolean isSafeStopped() {
    return safeStopped.get();
  }

  public void setRunning(boolean flag) {
    running.set(flag);
  }

  public void pauseRunning() {
    paused.set(true);
  }

  public void resumeRunning() {
    paused.set(false);
  }

  public void setPaused(boolean flag) {
    paused.set(flag);
  }

  public void setPaused(AtomicBoolean atomicBoolean) {
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

  public RowMetaAndData buildLog(String text, int number, long number2, long number3, long number4, long number5, long number6, Date date, Date date2) {
    throw OutsideMirror.unsupported("BaseStep.buildLog");
  }

  public static final RowMetaInterface getLogFields(String text) {
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

  public void stopRunning(StepMetaInterface meta, StepDataInterface data) throws KettleException {
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

  public void addRowSetToInputRowSets(RowSet rowSet) {
    inputRowSets.add(rowSet);
  }

  protected RowSet getFirstInputRowSet() {
    throw OutsideMirror.unsupported("BaseStep.getFirstInputRowSet");
  }

  protected void clearInputRowSets() {
    throw OutsideMirror.unsupported("BaseStep.clearInputRowSets");
  }

  protected void swapFirstInputRowSetIfExists(String text) {
    throw OutsideMirror.unsupported("BaseStep.swapFirstInputRowSetIfExists");
  }

  public void setInputRowSets(List<RowSet> list) {
    inputRowSets.clear();
    inputRowSets.addAll(list);
  }

  public List<RowSet> getOutputRowSets() {
    return outputRowSets;
  }

  public void addRowSetToOutputRowSets(RowSet rowSet) {
    outputRowSets.add(rowSet);
  }

  protected void clearOutputRowSets() {
    throw OutsideMirror.unsupported("BaseStep.clearOutputRowSets");
  }

  public void setOutputRowSets(List<RowSet> list) {
    outputRowSets.clear();
    outputRowSets.addAll(list);
  }

  public boolean isDistributed() {
    return distributed;
  }

  public void setDistributed(boolean flag) {
    distributed = flag;
  }

  public void addRowListener(RowListener rowListener) {
    rowListeners.add(rowListener);
  }

  public void removeRowListener(RowListener rowListener) {
    rowListeners.remove(rowListener);
  }

  public List<RowListener> getRowListeners() {
    return rowListeners;
  }

  public void addResultFile(ResultFile resultFile) {
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

  public void setPartitionID(String text) {
    partitionID = text;
  }

  public int getRepartitioning() {
    return repartitioning;
  }

  public void setRepartitioning(int number) {
    repartitioning = number;
  }

  public boolean isPartitioned() {
    return partitioned;
  }

  public void setPartitioned(boolean flag) {
    partitioned = flag;
  }

  protected boolean checkFeedback(long number) {
    // PDI's default feedback size is 50000 rows.
    return number > 0 && number % 50000L == 0;
  }

  public RowMetaInterface getInputRowMeta() {
    return inputRowMeta;
  }

  public void setInputRowMeta(RowMetaInterface rowMeta) {
    inputRowMeta = rowMeta;
  }

  public RowMetaInterface getErrorRowMeta() {
    return errorRowMeta;
  }

  public void setErrorRowMeta(RowMetaInterface rowMeta) {
    errorRowMeta = rowMeta;
  }

  public RowMetaInterface getPreviewRowMeta() {
    return previewRowMeta;
  }

  public void setPreviewRowMeta(RowMetaInterface rowMeta) {
    previewRowMeta = rowMeta;
  }

  public void copyVariablesFrom(VariableSpace space) {
    variables.copyVariablesFrom(space);
  }

  public String environmentSubstitute(String text) {
    return variables.environmentSubstitute(text);
  }

  public String environmentSubstitute(String text, boolean flag) {
    throw OutsideMirror.unsupported("BaseStep.environmentSubstitute");
  }

  public String[] environmentSubstitute(String[] texts) {
    return variables.environmentSubstitute(texts);
  }

  public String fieldSubstitute(String text, RowMetaInterface rowMeta, Object[] row) throws KettleValueException {
    return variables.fieldSubstitute(text, rowMeta, row);
  }

  public VariableSpace getParentVariableSpace() {
    return variables.getParentVariableSpace();
  }

  public void setParentVariableSpace(VariableSpace space) {
    variables.setParentVariableSpace(space);
  }

  public String getVariable(String text, String text2) {
    return variables.getVariable(text, text2);
  }

  public String getVariable(String text) {
    return variables.getVariable(text);
  }

  public boolean getBooleanValueOfVariable(String text, boolean flag) {
    return variables.getBooleanValueOfVariable(text, flag);
  }

  public void initializeVariablesFrom(VariableSpace space) {
    variables.initializeVariablesFrom(space);
  }

  public String[] listVariables() {
    return variables.listVariables();
  }

  public void setVariable(String text, String text2) {
    variables.setVariable(text, text2);
  }

  public void shareVariablesWith(VariableSpace space) {
    variables = space;
  }

  public void injectVariables(Map<String, String> map) {
    variables.injectVariables(map);
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

  public void setServerSockets(List<ServerSocket> list) {
    throw OutsideMirror.unsupported("BaseStep.setServerSockets");
  }

  public void setUsingThreadPriorityManagment(boolean flag) {
    usingThreadPriorityManagment = flag;
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

  public void setStepListeners(List<StepListener> list) {
    stepListeners.clear();
    stepListeners.addAll(list);
  }

  public boolean processRow(StepMetaInterface meta, StepDataInterface data) throws KettleException {
    return false;
  }

  public boolean canProcessOneRow() {
    throw OutsideMirror.unsupported("BaseStep.canProcessOneRow");
  }

  public void addStepListener(StepListener stepListener) {
    stepListeners.add(stepListener);
  }

  public boolean isMapping() {
    return false;
  }

  public SocketRepository getSocketRepository() {
    throw OutsideMirror.unsupported("BaseStep.getSocketRepository");
  }

  public void setSocketRepository(SocketRepository socketRepository) {
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

  public void setLogLevel(LogLevel logLevel) {
    log.setLogLevel(logLevel);
  }

  public static void closeQuietly(Closeable closeable) {
    if (closeable != null) {
      try {
        closeable.close();
      } catch (IOException ignored) {
        // quietly, as the name says
      }
    }
  }

  public String getContainerObjectId() {
    throw OutsideMirror.unsupported("BaseStep.getContainerObjectId");
  }

  public void setCarteObjectId(String text) {
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

  public void setGatheringMetrics(boolean flag) {
    throw OutsideMirror.unsupported("BaseStep.setGatheringMetrics");
  }

  public boolean isForcingSeparateLogging() {
    throw OutsideMirror.unsupported("BaseStep.isForcingSeparateLogging");
  }

  public void setForcingSeparateLogging(boolean flag) {
    throw OutsideMirror.unsupported("BaseStep.setForcingSeparateLogging");
  }

  public Repository getRepository() {
    return repository;
  }

  public void setRepository(Repository repository2) {
    repository = repository2;
  }

  public IMetaStore getMetaStore() {
    return metaStore;
  }

  public void setMetaStore(IMetaStore metaStore2) {
    metaStore = metaStore2;
  }

  public int getCurrentOutputRowSetNr() {
    return currentOutputRowSetNr;
  }

  public void setCurrentOutputRowSetNr(int number) {
    currentOutputRowSetNr = number;
  }

  public int getCurrentInputRowSetNr() {
    return currentInputRowSetNr;
  }

  public void setCurrentInputRowSetNr(int number) {
    currentInputRowSetNr = number;
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
  private RowSet errorRowSet;
  private long maxErrors = -1L;
  private long maxPercentErrors = -1L;
  private long minRowsForMaxErrorPercent = -1L;
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

  private void offerUntilTaken(RowSet target, RowMetaInterface rowMeta, Object[] row) {
    while (!target.putRow(rowMeta, row)) {
      if (isStopped() && !isSafeStopped()) {
        return;
      }
    }
    incrementLinesWritten();
  }

  private long thresholdOf(String text) {
    String value = text == null ? null : environmentSubstitute(text);
    return value == null || value.trim().isEmpty() ? -1L : Long.parseLong(value.trim());
  }

  /** PDI stops the transformation with one error when the rejected rows pass the error hop's limits. */
  private void verifyRejectionRates() {
    long rejected = getLinesRejected();
    if (maxErrors > 0 && rejected > maxErrors) {
      logError("Step " + stepname + ": " + rejected + " rows rejected, more than the maximum of " + maxErrors);
      setErrors(1L);
      stopAll();
    }
    long read = getLinesRead();
    if (maxPercentErrors > 0 && rejected > 0 && (minRowsForMaxErrorPercent <= 0 || read >= minRowsForMaxErrorPercent)) {
      int percent = (int) Math.ceil(100 * (double) rejected / read);
      if (percent > maxPercentErrors) {
        logError("Step " + stepname + ": " + percent + "% of the rows rejected (" + rejected + " of " + read + "), more than the maximum of " + maxPercentErrors + "%");
        setErrors(1L);
        stopAll();
      }
    }
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
