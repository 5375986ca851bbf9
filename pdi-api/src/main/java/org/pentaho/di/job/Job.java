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

  public void setStopped(boolean flag) {
    stopped.set(flag);
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

  public String environmentSubstitute(String text) {
    return variables.environmentSubstitute(text);
  }

  public String[] environmentSubstitute(String[] texts) {
    return variables.environmentSubstitute(texts);
  }

  public String getVariable(String text, String text2) {
    return variables.getVariable(text, text2);
  }

  public String getVariable(String text) {
    return variables.getVariable(text);
  }

  public void setVariable(String text, String text2) {
    variables.setVariable(text, text2);
  }

  public String getStatus() {
    throw OutsideMirror.unsupported("Job.getStatus");
  }

  public void addJobListener(JobListener jobListener) {
    jobListeners.add(jobListener);
  }

  public List<JobListener> getJobListeners() {
    return jobListeners;
  }

  public String getParameterValue(String text) throws UnknownParamException {
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
  public void initializeVariablesFrom(VariableSpace space) {
    variables.initializeVariablesFrom(space);
  }

  @Override
  public void copyVariablesFrom(VariableSpace space) {
    variables.copyVariablesFrom(space);
  }

  @Override
  public void shareVariablesWith(VariableSpace space) {
    variables = space;
  }

  @Override
  public VariableSpace getParentVariableSpace() {
    return variables.getParentVariableSpace();
  }

  @Override
  public void setParentVariableSpace(VariableSpace space) {
    variables.setParentVariableSpace(space);
  }

  @Override
  public boolean getBooleanValueOfVariable(String text, boolean flag) {
    return variables.getBooleanValueOfVariable(text, flag);
  }

  @Override
  public String[] listVariables() {
    return variables.listVariables();
  }

  @Override
  public void injectVariables(Map<String, String> map) {
    variables.injectVariables(map);
  }

  @Override
  public String fieldSubstitute(String text, RowMetaInterface rowMeta, Object[] row) throws KettleValueException {
    return variables.fieldSubstitute(text, rowMeta, row);
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

  public Job(Repository repository, JobMeta jobMeta2) {
    super("job");
    rep = repository;
    jobMeta = jobMeta2;
    log = new MirrorLogChannel("job");
  }

  public void setParentJob(Job parentJob) {
    // A sub-job takes its parent's log level, as in PDI.
    log.setLogLevel(parentJob.getLogLevel());
    this.parentJob = parentJob;
  }
}
