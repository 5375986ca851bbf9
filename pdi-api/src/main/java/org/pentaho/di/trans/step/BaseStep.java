package org.pentaho.di.trans.step;

import io.pdimesos.pdiapi.OutsideMirror;
import java.io.Closeable;
import java.net.ServerSocket;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.pentaho.di.core.BlockingRowSet;
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
    throw OutsideMirror.unsupported("BaseStep constructor");
  }

  public boolean init(StepMetaInterface a0, StepDataInterface a1) {
    throw OutsideMirror.unsupported("BaseStep.init");
  }

  public void dispose(StepMetaInterface a0, StepDataInterface a1) {
    throw OutsideMirror.unsupported("BaseStep.dispose");
  }

  public void cleanup() {
    throw OutsideMirror.unsupported("BaseStep.cleanup");
  }

  public long getProcessed() {
    throw OutsideMirror.unsupported("BaseStep.getProcessed");
  }

  public void setCopy(int a0) {
    throw OutsideMirror.unsupported("BaseStep.setCopy");
  }

  public int getCopy() {
    throw OutsideMirror.unsupported("BaseStep.getCopy");
  }

  public long getErrors() {
    throw OutsideMirror.unsupported("BaseStep.getErrors");
  }

  public void setErrors(long a0) {
    throw OutsideMirror.unsupported("BaseStep.setErrors");
  }

  public long getLinesRead() {
    throw OutsideMirror.unsupported("BaseStep.getLinesRead");
  }

  public long incrementLinesRead() {
    throw OutsideMirror.unsupported("BaseStep.incrementLinesRead");
  }

  public long decrementLinesRead() {
    throw OutsideMirror.unsupported("BaseStep.decrementLinesRead");
  }

  public void setLinesRead(long a0) {
    throw OutsideMirror.unsupported("BaseStep.setLinesRead");
  }

  public long getLinesInput() {
    throw OutsideMirror.unsupported("BaseStep.getLinesInput");
  }

  public long incrementLinesInput() {
    throw OutsideMirror.unsupported("BaseStep.incrementLinesInput");
  }

  public void setLinesInput(long a0) {
    throw OutsideMirror.unsupported("BaseStep.setLinesInput");
  }

  public long getLinesOutput() {
    throw OutsideMirror.unsupported("BaseStep.getLinesOutput");
  }

  public long incrementLinesOutput() {
    throw OutsideMirror.unsupported("BaseStep.incrementLinesOutput");
  }

  public void setLinesOutput(long a0) {
    throw OutsideMirror.unsupported("BaseStep.setLinesOutput");
  }

  public long getLinesWritten() {
    throw OutsideMirror.unsupported("BaseStep.getLinesWritten");
  }

  public long incrementLinesWritten() {
    throw OutsideMirror.unsupported("BaseStep.incrementLinesWritten");
  }

  public long decrementLinesWritten() {
    throw OutsideMirror.unsupported("BaseStep.decrementLinesWritten");
  }

  public void setLinesWritten(long a0) {
    throw OutsideMirror.unsupported("BaseStep.setLinesWritten");
  }

  public long getLinesUpdated() {
    throw OutsideMirror.unsupported("BaseStep.getLinesUpdated");
  }

  public long incrementLinesUpdated() {
    throw OutsideMirror.unsupported("BaseStep.incrementLinesUpdated");
  }

  public void setLinesUpdated(long a0) {
    throw OutsideMirror.unsupported("BaseStep.setLinesUpdated");
  }

  public long getLinesRejected() {
    throw OutsideMirror.unsupported("BaseStep.getLinesRejected");
  }

  public long incrementLinesRejected() {
    throw OutsideMirror.unsupported("BaseStep.incrementLinesRejected");
  }

  public void setLinesRejected(long a0) {
    throw OutsideMirror.unsupported("BaseStep.setLinesRejected");
  }

  public long getLinesSkipped() {
    throw OutsideMirror.unsupported("BaseStep.getLinesSkipped");
  }

  public long incrementLinesSkipped() {
    throw OutsideMirror.unsupported("BaseStep.incrementLinesSkipped");
  }

  public void setLinesSkipped(long a0) {
    throw OutsideMirror.unsupported("BaseStep.setLinesSkipped");
  }

  public String getStepname() {
    throw OutsideMirror.unsupported("BaseStep.getStepname");
  }

  public void setStepname(String a0) {
    throw OutsideMirror.unsupported("BaseStep.setStepname");
  }

  public Trans getDispatcher() {
    throw OutsideMirror.unsupported("BaseStep.getDispatcher");
  }

  public String getStatusDescription() {
    throw OutsideMirror.unsupported("BaseStep.getStatusDescription");
  }

  public StepMetaInterface getStepMetaInterface() {
    throw OutsideMirror.unsupported("BaseStep.getStepMetaInterface");
  }

  public void setStepMetaInterface(StepMetaInterface a0) {
    throw OutsideMirror.unsupported("BaseStep.setStepMetaInterface");
  }

  public StepDataInterface getStepDataInterface() {
    throw OutsideMirror.unsupported("BaseStep.getStepDataInterface");
  }

  public void setStepDataInterface(StepDataInterface a0) {
    throw OutsideMirror.unsupported("BaseStep.setStepDataInterface");
  }

  public StepMeta getStepMeta() {
    throw OutsideMirror.unsupported("BaseStep.getStepMeta");
  }

  public void setStepMeta(StepMeta a0) {
    throw OutsideMirror.unsupported("BaseStep.setStepMeta");
  }

  public TransMeta getTransMeta() {
    throw OutsideMirror.unsupported("BaseStep.getTransMeta");
  }

  public void setTransMeta(TransMeta a0) {
    throw OutsideMirror.unsupported("BaseStep.setTransMeta");
  }

  public Trans getTrans() {
    throw OutsideMirror.unsupported("BaseStep.getTrans");
  }

  public void putRow(RowMetaInterface a0, Object[] a1) throws KettleStepException {
    throw OutsideMirror.unsupported("BaseStep.putRow");
  }

  public void putRowTo(RowMetaInterface a0, Object[] a1, RowSet a2) throws KettleStepException {
    throw OutsideMirror.unsupported("BaseStep.putRowTo");
  }

  public void handlePutRowTo(RowMetaInterface a0, Object[] a1, RowSet a2) throws KettleStepException {
    throw OutsideMirror.unsupported("BaseStep.handlePutRowTo");
  }

  public void putError(RowMetaInterface a0, Object[] a1, long a2, String a3, String a4, String a5) throws KettleStepException {
    throw OutsideMirror.unsupported("BaseStep.putError");
  }

  protected void waitUntilTransformationIsStarted() {
    throw OutsideMirror.unsupported("BaseStep.waitUntilTransformationIsStarted");
  }

  public Object[] getRow() throws KettleException {
    throw OutsideMirror.unsupported("BaseStep.getRow");
  }

  public void setRowHandler(RowHandler a0) {
    throw OutsideMirror.unsupported("BaseStep.setRowHandler");
  }

  public RowHandler getRowHandler() {
    throw OutsideMirror.unsupported("BaseStep.getRowHandler");
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
    throw OutsideMirror.unsupported("BaseStep.identifyErrorOutput");
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
    throw OutsideMirror.unsupported("BaseStep.findInputRowSet");
  }

  public RowSet findInputRowSet(String a0, int a1, String a2, int a3) {
    throw OutsideMirror.unsupported("BaseStep.findInputRowSet");
  }

  public RowSet findOutputRowSet(String a0) throws KettleStepException {
    throw OutsideMirror.unsupported("BaseStep.findOutputRowSet");
  }

  public RowSet findOutputRowSet(String a0, int a1, String a2, int a3) {
    throw OutsideMirror.unsupported("BaseStep.findOutputRowSet");
  }

  public void setOutputDone() {
    throw OutsideMirror.unsupported("BaseStep.setOutputDone");
  }

  public void dispatch() {
    throw OutsideMirror.unsupported("BaseStep.dispatch");
  }

  public boolean isBasic() {
    throw OutsideMirror.unsupported("BaseStep.isBasic");
  }

  public boolean isDetailed() {
    throw OutsideMirror.unsupported("BaseStep.isDetailed");
  }

  public boolean isDebug() {
    throw OutsideMirror.unsupported("BaseStep.isDebug");
  }

  public boolean isRowLevel() {
    throw OutsideMirror.unsupported("BaseStep.isRowLevel");
  }

  public void logMinimal(String a0) {
    throw OutsideMirror.unsupported("BaseStep.logMinimal");
  }

  public void logMinimal(String a0, Object... a1) {
    throw OutsideMirror.unsupported("BaseStep.logMinimal");
  }

  public void logBasic(String a0) {
    throw OutsideMirror.unsupported("BaseStep.logBasic");
  }

  public void logBasic(String a0, Object... a1) {
    throw OutsideMirror.unsupported("BaseStep.logBasic");
  }

  public void logDetailed(String a0) {
    throw OutsideMirror.unsupported("BaseStep.logDetailed");
  }

  public void logDetailed(String a0, Object... a1) {
    throw OutsideMirror.unsupported("BaseStep.logDetailed");
  }

  public void logDebug(String a0) {
    throw OutsideMirror.unsupported("BaseStep.logDebug");
  }

  public void logDebug(String a0, Object... a1) {
    throw OutsideMirror.unsupported("BaseStep.logDebug");
  }

  public void logRowlevel(String a0) {
    throw OutsideMirror.unsupported("BaseStep.logRowlevel");
  }

  public void logRowlevel(String a0, Object... a1) {
    throw OutsideMirror.unsupported("BaseStep.logRowlevel");
  }

  public void logError(String a0) {
    throw OutsideMirror.unsupported("BaseStep.logError");
  }

  public void logError(String a0, Throwable a1) {
    throw OutsideMirror.unsupported("BaseStep.logError");
  }

  public void logError(String a0, Object... a1) {
    throw OutsideMirror.unsupported("BaseStep.logError");
  }

  public int getNextClassNr() {
    throw OutsideMirror.unsupported("BaseStep.getNextClassNr");
  }

  public boolean outputIsDone() {
    throw OutsideMirror.unsupported("BaseStep.outputIsDone");
  }

  public void stopAll() {
    throw OutsideMirror.unsupported("BaseStep.stopAll");
  }

  public boolean isStopped() {
    throw OutsideMirror.unsupported("BaseStep.isStopped");
  }

  public boolean isRunning() {
    throw OutsideMirror.unsupported("BaseStep.isRunning");
  }

  public boolean isPaused() {
    throw OutsideMirror.unsupported("BaseStep.isPaused");
  }

  public void setStopped(boolean a0) {
    throw OutsideMirror.unsupported("BaseStep.setStopped");
  }

  public void setSafeStopped(boolean a0) {
    throw OutsideMirror.unsupported("BaseStep.setSafeStopped");
  }

  public boolean isSafeStopped() {
    throw OutsideMirror.unsupported("BaseStep.isSafeStopped");
  }

  public void setRunning(boolean a0) {
    throw OutsideMirror.unsupported("BaseStep.setRunning");
  }

  public void pauseRunning() {
    throw OutsideMirror.unsupported("BaseStep.pauseRunning");
  }

  public void resumeRunning() {
    throw OutsideMirror.unsupported("BaseStep.resumeRunning");
  }

  public void setPaused(boolean a0) {
    throw OutsideMirror.unsupported("BaseStep.setPaused");
  }

  public void setPaused(AtomicBoolean a0) {
    throw OutsideMirror.unsupported("BaseStep.setPaused");
  }

  public boolean isInitialising() {
    throw OutsideMirror.unsupported("BaseStep.isInitialising");
  }

  public void markStart() {
    throw OutsideMirror.unsupported("BaseStep.markStart");
  }

  public void setInternalVariables() {
    throw OutsideMirror.unsupported("BaseStep.setInternalVariables");
  }

  public void markStop() {
    throw OutsideMirror.unsupported("BaseStep.markStop");
  }

  public long getRuntime() {
    throw OutsideMirror.unsupported("BaseStep.getRuntime");
  }

  public RowMetaAndData buildLog(String a0, int a1, long a2, long a3, long a4, long a5, long a6, Date a7, Date a8) {
    throw OutsideMirror.unsupported("BaseStep.buildLog");
  }

  public static final RowMetaInterface getLogFields(String a0) {
    throw OutsideMirror.unsupported("BaseStep.getLogFields");
  }

  public String toString() {
    throw OutsideMirror.unsupported("BaseStep.toString");
  }

  public int rowsetOutputSize() {
    throw OutsideMirror.unsupported("BaseStep.rowsetOutputSize");
  }

  public int rowsetInputSize() {
    throw OutsideMirror.unsupported("BaseStep.rowsetInputSize");
  }

  public void stopRunning(StepMetaInterface a0, StepDataInterface a1) throws KettleException {
    throw OutsideMirror.unsupported("BaseStep.stopRunning");
  }

  @Deprecated public void stopRunning() {
    throw OutsideMirror.unsupported("BaseStep.stopRunning");
  }

  public void logSummary() {
    throw OutsideMirror.unsupported("BaseStep.logSummary");
  }

  public String getStepID() {
    throw OutsideMirror.unsupported("BaseStep.getStepID");
  }

  public List<RowSet> getInputRowSets() {
    throw OutsideMirror.unsupported("BaseStep.getInputRowSets");
  }

  public void addRowSetToInputRowSets(RowSet a0) {
    throw OutsideMirror.unsupported("BaseStep.addRowSetToInputRowSets");
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
    throw OutsideMirror.unsupported("BaseStep.setInputRowSets");
  }

  public List<RowSet> getOutputRowSets() {
    throw OutsideMirror.unsupported("BaseStep.getOutputRowSets");
  }

  public void addRowSetToOutputRowSets(RowSet a0) {
    throw OutsideMirror.unsupported("BaseStep.addRowSetToOutputRowSets");
  }

  protected void clearOutputRowSets() {
    throw OutsideMirror.unsupported("BaseStep.clearOutputRowSets");
  }

  public void setOutputRowSets(List<RowSet> a0) {
    throw OutsideMirror.unsupported("BaseStep.setOutputRowSets");
  }

  public boolean isDistributed() {
    throw OutsideMirror.unsupported("BaseStep.isDistributed");
  }

  public void setDistributed(boolean a0) {
    throw OutsideMirror.unsupported("BaseStep.setDistributed");
  }

  public void addRowListener(RowListener a0) {
    throw OutsideMirror.unsupported("BaseStep.addRowListener");
  }

  public void removeRowListener(RowListener a0) {
    throw OutsideMirror.unsupported("BaseStep.removeRowListener");
  }

  public List<RowListener> getRowListeners() {
    throw OutsideMirror.unsupported("BaseStep.getRowListeners");
  }

  public void addResultFile(ResultFile a0) {
    throw OutsideMirror.unsupported("BaseStep.addResultFile");
  }

  public Map<String, ResultFile> getResultFiles() {
    throw OutsideMirror.unsupported("BaseStep.getResultFiles");
  }

  public BaseStepData.StepExecutionStatus getStatus() {
    throw OutsideMirror.unsupported("BaseStep.getStatus");
  }

  public String getPartitionID() {
    throw OutsideMirror.unsupported("BaseStep.getPartitionID");
  }

  public void setPartitionID(String a0) {
    throw OutsideMirror.unsupported("BaseStep.setPartitionID");
  }

  public Map<String, BlockingRowSet> getPartitionTargets() {
    throw OutsideMirror.unsupported("BaseStep.getPartitionTargets");
  }

  public void setPartitionTargets(Map<String, BlockingRowSet> a0) {
    throw OutsideMirror.unsupported("BaseStep.setPartitionTargets");
  }

  public int getRepartitioning() {
    throw OutsideMirror.unsupported("BaseStep.getRepartitioning");
  }

  public void setRepartitioning(int a0) {
    throw OutsideMirror.unsupported("BaseStep.setRepartitioning");
  }

  public boolean isPartitioned() {
    throw OutsideMirror.unsupported("BaseStep.isPartitioned");
  }

  public void setPartitioned(boolean a0) {
    throw OutsideMirror.unsupported("BaseStep.setPartitioned");
  }

  protected boolean checkFeedback(long a0) {
    throw OutsideMirror.unsupported("BaseStep.checkFeedback");
  }

  public RowMetaInterface getInputRowMeta() {
    throw OutsideMirror.unsupported("BaseStep.getInputRowMeta");
  }

  public void setInputRowMeta(RowMetaInterface a0) {
    throw OutsideMirror.unsupported("BaseStep.setInputRowMeta");
  }

  public RowMetaInterface getErrorRowMeta() {
    throw OutsideMirror.unsupported("BaseStep.getErrorRowMeta");
  }

  public void setErrorRowMeta(RowMetaInterface a0) {
    throw OutsideMirror.unsupported("BaseStep.setErrorRowMeta");
  }

  public RowMetaInterface getPreviewRowMeta() {
    throw OutsideMirror.unsupported("BaseStep.getPreviewRowMeta");
  }

  public void setPreviewRowMeta(RowMetaInterface a0) {
    throw OutsideMirror.unsupported("BaseStep.setPreviewRowMeta");
  }

  public void copyVariablesFrom(VariableSpace a0) {
    throw OutsideMirror.unsupported("BaseStep.copyVariablesFrom");
  }

  public String environmentSubstitute(String a0) {
    throw OutsideMirror.unsupported("BaseStep.environmentSubstitute");
  }

  public String environmentSubstitute(String a0, boolean a1) {
    throw OutsideMirror.unsupported("BaseStep.environmentSubstitute");
  }

  public String[] environmentSubstitute(String[] a0) {
    throw OutsideMirror.unsupported("BaseStep.environmentSubstitute");
  }

  public String fieldSubstitute(String a0, RowMetaInterface a1, Object[] a2) throws KettleValueException {
    throw OutsideMirror.unsupported("BaseStep.fieldSubstitute");
  }

  public VariableSpace getParentVariableSpace() {
    throw OutsideMirror.unsupported("BaseStep.getParentVariableSpace");
  }

  public void setParentVariableSpace(VariableSpace a0) {
    throw OutsideMirror.unsupported("BaseStep.setParentVariableSpace");
  }

  public String getVariable(String a0, String a1) {
    throw OutsideMirror.unsupported("BaseStep.getVariable");
  }

  public String getVariable(String a0) {
    throw OutsideMirror.unsupported("BaseStep.getVariable");
  }

  public boolean getBooleanValueOfVariable(String a0, boolean a1) {
    throw OutsideMirror.unsupported("BaseStep.getBooleanValueOfVariable");
  }

  public void initializeVariablesFrom(VariableSpace a0) {
    throw OutsideMirror.unsupported("BaseStep.initializeVariablesFrom");
  }

  public String[] listVariables() {
    throw OutsideMirror.unsupported("BaseStep.listVariables");
  }

  public void setVariable(String a0, String a1) {
    throw OutsideMirror.unsupported("BaseStep.setVariable");
  }

  public void shareVariablesWith(VariableSpace a0) {
    throw OutsideMirror.unsupported("BaseStep.shareVariablesWith");
  }

  public void injectVariables(Map<String, String> a0) {
    throw OutsideMirror.unsupported("BaseStep.injectVariables");
  }

  public String getTypeId() {
    throw OutsideMirror.unsupported("BaseStep.getTypeId");
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
    throw OutsideMirror.unsupported("BaseStep.setUsingThreadPriorityManagment");
  }

  public boolean isUsingThreadPriorityManagment() {
    throw OutsideMirror.unsupported("BaseStep.isUsingThreadPriorityManagment");
  }

  public void initBeforeStart() throws KettleStepException {
    throw OutsideMirror.unsupported("BaseStep.initBeforeStart");
  }

  public List<StepListener> getStepListeners() {
    throw OutsideMirror.unsupported("BaseStep.getStepListeners");
  }

  public void setStepListeners(List<StepListener> a0) {
    throw OutsideMirror.unsupported("BaseStep.setStepListeners");
  }

  public boolean processRow(StepMetaInterface a0, StepDataInterface a1) throws KettleException {
    throw OutsideMirror.unsupported("BaseStep.processRow");
  }

  public boolean canProcessOneRow() {
    throw OutsideMirror.unsupported("BaseStep.canProcessOneRow");
  }

  public void addStepListener(StepListener a0) {
    throw OutsideMirror.unsupported("BaseStep.addStepListener");
  }

  public boolean isMapping() {
    throw OutsideMirror.unsupported("BaseStep.isMapping");
  }

  public SocketRepository getSocketRepository() {
    throw OutsideMirror.unsupported("BaseStep.getSocketRepository");
  }

  public void setSocketRepository(SocketRepository a0) {
    throw OutsideMirror.unsupported("BaseStep.setSocketRepository");
  }

  public String getObjectName() {
    throw OutsideMirror.unsupported("BaseStep.getObjectName");
  }

  public LogChannelInterface getLogChannel() {
    throw OutsideMirror.unsupported("BaseStep.getLogChannel");
  }

  public String getFilename() {
    throw OutsideMirror.unsupported("BaseStep.getFilename");
  }

  public String getLogChannelId() {
    throw OutsideMirror.unsupported("BaseStep.getLogChannelId");
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
    throw OutsideMirror.unsupported("BaseStep.getLogLevel");
  }

  public void setLogLevel(LogLevel a0) {
    throw OutsideMirror.unsupported("BaseStep.setLogLevel");
  }

  public static void closeQuietly(Closeable a0) {
    throw OutsideMirror.unsupported("BaseStep.closeQuietly");
  }

  public String getContainerObjectId() {
    throw OutsideMirror.unsupported("BaseStep.getContainerObjectId");
  }

  public void setCarteObjectId(String a0) {
    throw OutsideMirror.unsupported("BaseStep.setCarteObjectId");
  }

  public void batchComplete() throws KettleException {
    throw OutsideMirror.unsupported("BaseStep.batchComplete");
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
    throw OutsideMirror.unsupported("BaseStep.getRepository");
  }

  public void setRepository(Repository a0) {
    throw OutsideMirror.unsupported("BaseStep.setRepository");
  }

  public IMetaStore getMetaStore() {
    throw OutsideMirror.unsupported("BaseStep.getMetaStore");
  }

  public void setMetaStore(IMetaStore a0) {
    throw OutsideMirror.unsupported("BaseStep.setMetaStore");
  }

  public int getCurrentOutputRowSetNr() {
    throw OutsideMirror.unsupported("BaseStep.getCurrentOutputRowSetNr");
  }

  public void setCurrentOutputRowSetNr(int a0) {
    throw OutsideMirror.unsupported("BaseStep.setCurrentOutputRowSetNr");
  }

  public int getCurrentInputRowSetNr() {
    throw OutsideMirror.unsupported("BaseStep.getCurrentInputRowSetNr");
  }

  public void setCurrentInputRowSetNr(int a0) {
    throw OutsideMirror.unsupported("BaseStep.setCurrentInputRowSetNr");
  }

  public Map<String, Object> getExtensionDataMap() {
    throw OutsideMirror.unsupported("BaseStep.getExtensionDataMap");
  }
}
