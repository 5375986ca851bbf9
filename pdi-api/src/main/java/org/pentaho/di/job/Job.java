package org.pentaho.di.job;

import io.pdimesos.pdiapi.MirrorLogChannel;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.pentaho.di.core.variables.Variables;

import io.pdimesos.pdiapi.OutsideMirror;
import java.util.List;
import java.util.Map;
import org.pentaho.di.core.ExecutorInterface;
import org.pentaho.di.core.ExtensionDataInterface;
import org.pentaho.di.core.Result;
import org.pentaho.di.core.exception.KettleValueException;
import org.pentaho.di.core.gui.JobTracker;
import org.pentaho.di.core.logging.HasLogChannelInterface;
import org.pentaho.di.core.logging.LogChannelInterface;
import org.pentaho.di.core.logging.LogLevel;
import org.pentaho.di.core.logging.LoggingObjectInterface;
import org.pentaho.di.core.parameters.NamedParams;
import org.pentaho.di.core.parameters.UnknownParamException;
import org.pentaho.di.core.row.RowMetaInterface;
import org.pentaho.di.core.variables.VariableSpace;
import org.pentaho.di.job.entries.job.JobEntryJob;
import org.pentaho.di.job.entries.trans.JobEntryTrans;
import org.pentaho.di.job.entry.JobEntryCopy;
import org.pentaho.di.repository.Repository;
import org.pentaho.di.trans.Trans;

public class Job extends Thread implements VariableSpace, NamedParams, HasLogChannelInterface, LoggingObjectInterface, ExecutorInterface, ExtensionDataInterface {
  public String getJobname() {
    return getName();
  }

  public int getErrors() {
    return errors.get();
  }

  public boolean isInitialized() {
    return false;
  }

  public boolean isActive() {
    return false;
  }

  public boolean isStopped() {
    return stopped.get();
  }

  public void stopAll() {
    // Like Spoon's Stop: only a flag; a running entry has to poll isStopped().
    stopped.set(true);
  }

  public void setStopped(boolean a0) {
    stopped.set(a0);
  }

  public boolean isFinished() {
    return false;
  }

  public JobMeta getJobMeta() {
    return jobMeta;
  }

  public Repository getRep() {
    return rep;
  }

  public JobTracker getJobTracker() {
    throw OutsideMirror.unsupported("Job.getJobTracker");
  }

  public Job getParentJob() {
    return parentJob;
  }

  public Result getResult() {
    return result;
  }

  public long getBatchId() {
    throw OutsideMirror.unsupported("Job.getBatchId");
  }

  public String environmentSubstitute(String a0) {
    return variables.environmentSubstitute(a0);
  }

  public String[] environmentSubstitute(String[] a0) {
    return variables.environmentSubstitute(a0);
  }

  public String getVariable(String a0, String a1) {
    return variables.getVariable(a0, a1);
  }

  public String getVariable(String a0) {
    return variables.getVariable(a0);
  }

  public void setVariable(String a0, String a1) {
    variables.setVariable(a0, a1);
  }

  public String getStatus() {
    throw OutsideMirror.unsupported("Job.getStatus");
  }

  public void addJobListener(JobListener a0) {
    jobListeners.add(a0);
  }

  public List<JobListener> getJobListeners() {
    return jobListeners;
  }

  public String getParameterValue(String a0) throws UnknownParamException {
    throw OutsideMirror.unsupported("Job.getParameterValue");
  }

  public LogChannelInterface getLogChannel() {
    return log;
  }

  public LogLevel getLogLevel() {
    return log.getLogLevel();
  }

  public boolean isInteractive() {
    return false;
  }

  public Map<JobEntryCopy, JobEntryTrans> getActiveJobEntryTransformations() {
    throw OutsideMirror.unsupported("Job.getActiveJobEntryTransformations");
  }

  public Map<JobEntryCopy, JobEntryJob> getActiveJobEntryJobs() {
    throw OutsideMirror.unsupported("Job.getActiveJobEntryJobs");
  }

  public String getContainerObjectId() {
    return log.getLogChannelId();
  }

  public JobEntryCopy getStartJobEntryCopy() {
    throw OutsideMirror.unsupported("Job.getStartJobEntryCopy");
  }

  public Trans getParentTrans() {
    return null;
  }

  @Override
  public void initializeVariablesFrom(VariableSpace a0) {
    variables.initializeVariablesFrom(a0);
  }

  @Override
  public void copyVariablesFrom(VariableSpace a0) {
    variables.copyVariablesFrom(a0);
  }

  @Override
  public void shareVariablesWith(VariableSpace a0) {
    variables = a0;
  }

  @Override
  public VariableSpace getParentVariableSpace() {
    return variables.getParentVariableSpace();
  }

  @Override
  public void setParentVariableSpace(VariableSpace a0) {
    variables.setParentVariableSpace(a0);
  }

  @Override
  public boolean getBooleanValueOfVariable(String a0, boolean a1) {
    return variables.getBooleanValueOfVariable(a0, a1);
  }

  @Override
  public String[] listVariables() {
    return variables.listVariables();
  }

  @Override
  public void injectVariables(Map<String, String> a0) {
    variables.injectVariables(a0);
  }

  @Override
  public String fieldSubstitute(String a0, RowMetaInterface a1, Object[] a2) throws KettleValueException {
    return variables.fieldSubstitute(a0, a1, a2);
  }

  private final AtomicBoolean stopped = new AtomicBoolean();
  private final AtomicInteger errors = new AtomicInteger();
  private VariableSpace variables = new Variables();
  private final LogChannelInterface log;
  private final JobMeta jobMeta;
  private final Repository rep;
  private Job parentJob;
  private Result result;
  private final List<JobListener> jobListeners = new CopyOnWriteArrayList<JobListener>();

  public Job() {
    this(null, null);
  }

  public Job(Repository a0, JobMeta a1) {
    super("job");
    rep = a0;
    jobMeta = a1;
    log = new MirrorLogChannel("job");
  }

}
