package org.pentaho.di.job;

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
    throw OutsideMirror.unsupported("Job.getJobname");
  }

  public int getErrors() {
    throw OutsideMirror.unsupported("Job.getErrors");
  }

  public boolean isInitialized() {
    throw OutsideMirror.unsupported("Job.isInitialized");
  }

  public boolean isActive() {
    throw OutsideMirror.unsupported("Job.isActive");
  }

  public boolean isStopped() {
    throw OutsideMirror.unsupported("Job.isStopped");
  }

  public void stopAll() {
    throw OutsideMirror.unsupported("Job.stopAll");
  }

  public void setStopped(boolean a0) {
    throw OutsideMirror.unsupported("Job.setStopped");
  }

  public boolean isFinished() {
    throw OutsideMirror.unsupported("Job.isFinished");
  }

  public JobMeta getJobMeta() {
    throw OutsideMirror.unsupported("Job.getJobMeta");
  }

  public Repository getRep() {
    throw OutsideMirror.unsupported("Job.getRep");
  }

  public JobTracker getJobTracker() {
    throw OutsideMirror.unsupported("Job.getJobTracker");
  }

  public Job getParentJob() {
    throw OutsideMirror.unsupported("Job.getParentJob");
  }

  public Result getResult() {
    throw OutsideMirror.unsupported("Job.getResult");
  }

  public long getBatchId() {
    throw OutsideMirror.unsupported("Job.getBatchId");
  }

  public String environmentSubstitute(String a0) {
    throw OutsideMirror.unsupported("Job.environmentSubstitute");
  }

  public String[] environmentSubstitute(String[] a0) {
    throw OutsideMirror.unsupported("Job.environmentSubstitute");
  }

  public String getVariable(String a0, String a1) {
    throw OutsideMirror.unsupported("Job.getVariable");
  }

  public String getVariable(String a0) {
    throw OutsideMirror.unsupported("Job.getVariable");
  }

  public void setVariable(String a0, String a1) {
    throw OutsideMirror.unsupported("Job.setVariable");
  }

  public String getStatus() {
    throw OutsideMirror.unsupported("Job.getStatus");
  }

  public void addJobListener(JobListener a0) {
    throw OutsideMirror.unsupported("Job.addJobListener");
  }

  public List<JobListener> getJobListeners() {
    throw OutsideMirror.unsupported("Job.getJobListeners");
  }

  public String getParameterValue(String a0) throws UnknownParamException {
    throw OutsideMirror.unsupported("Job.getParameterValue");
  }

  public LogChannelInterface getLogChannel() {
    throw OutsideMirror.unsupported("Job.getLogChannel");
  }

  public LogLevel getLogLevel() {
    throw OutsideMirror.unsupported("Job.getLogLevel");
  }

  public boolean isInteractive() {
    throw OutsideMirror.unsupported("Job.isInteractive");
  }

  public Map<JobEntryCopy, JobEntryTrans> getActiveJobEntryTransformations() {
    throw OutsideMirror.unsupported("Job.getActiveJobEntryTransformations");
  }

  public Map<JobEntryCopy, JobEntryJob> getActiveJobEntryJobs() {
    throw OutsideMirror.unsupported("Job.getActiveJobEntryJobs");
  }

  public String getContainerObjectId() {
    throw OutsideMirror.unsupported("Job.getContainerObjectId");
  }

  public JobEntryCopy getStartJobEntryCopy() {
    throw OutsideMirror.unsupported("Job.getStartJobEntryCopy");
  }

  public Trans getParentTrans() {
    throw OutsideMirror.unsupported("Job.getParentTrans");
  }

  @Override
  public void initializeVariablesFrom(VariableSpace a0) {
    throw OutsideMirror.unsupported("Job.initializeVariablesFrom");
  }

  @Override
  public void copyVariablesFrom(VariableSpace a0) {
    throw OutsideMirror.unsupported("Job.copyVariablesFrom");
  }

  @Override
  public void shareVariablesWith(VariableSpace a0) {
    throw OutsideMirror.unsupported("Job.shareVariablesWith");
  }

  @Override
  public VariableSpace getParentVariableSpace() {
    throw OutsideMirror.unsupported("Job.getParentVariableSpace");
  }

  @Override
  public void setParentVariableSpace(VariableSpace a0) {
    throw OutsideMirror.unsupported("Job.setParentVariableSpace");
  }

  @Override
  public boolean getBooleanValueOfVariable(String a0, boolean a1) {
    throw OutsideMirror.unsupported("Job.getBooleanValueOfVariable");
  }

  @Override
  public String[] listVariables() {
    throw OutsideMirror.unsupported("Job.listVariables");
  }

  @Override
  public void injectVariables(Map<String, String> a0) {
    throw OutsideMirror.unsupported("Job.injectVariables");
  }

  @Override
  public String fieldSubstitute(String a0, RowMetaInterface a1, Object[] a2) throws KettleValueException {
    throw OutsideMirror.unsupported("Job.fieldSubstitute");
  }
}
