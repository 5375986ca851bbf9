package org.pentaho.di.trans;

import io.pdimesos.pdiapi.MirrorLogChannel;
import io.pdimesos.pdiapi.TransRuntime;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.pentaho.di.core.variables.Variables;

import io.pdimesos.pdiapi.OutsideMirror;
import java.util.Map;
import org.pentaho.di.core.ExecutorInterface;
import org.pentaho.di.core.ExtensionDataInterface;
import org.pentaho.di.core.exception.KettleException;
import org.pentaho.di.core.exception.KettleValueException;
import org.pentaho.di.core.logging.HasLogChannelInterface;
import org.pentaho.di.core.logging.LogChannelInterface;
import org.pentaho.di.core.logging.LogLevel;
import org.pentaho.di.core.logging.LoggingObjectInterface;
import org.pentaho.di.core.parameters.NamedParams;
import org.pentaho.di.core.row.RowMetaInterface;
import org.pentaho.di.core.variables.VariableSpace;
import org.pentaho.di.job.Job;
import org.pentaho.di.repository.Repository;
import org.pentaho.metastore.api.IMetaStore;

public class Trans implements VariableSpace, NamedParams, HasLogChannelInterface, LoggingObjectInterface, ExecutorInterface, ExtensionDataInterface {
  public Trans() {
    this(null, null);
  }

  public Trans(TransMeta transMeta) {
    this(transMeta, null);
  }

  public Trans(TransMeta transMeta2, LoggingObjectInterface loggingObject) {
    transMeta = transMeta2;
    log = new MirrorLogChannel(transMeta2 == null || transMeta2.getName() == null ? "trans" : transMeta2.getName());
    if (transMeta2 != null) {
      variables.initializeVariablesFrom(transMeta2);
    }
  }

  public LogChannelInterface getLogChannel() {
    return log;
  }

  public String getName() {
    return transMeta == null ? null : transMeta.getName();
  }

  public <Parent extends VariableSpace & NamedParams> Trans(Parent parent, Repository repository, String text, String text2, String text3) throws KettleException {
    throw OutsideMirror.unsupported("Trans constructor");
  }

  public int getErrors() {
    return errors.get();
  }

  public boolean isFinished() {
    return false;
  }

  public void stopAll() {
    stopped.set(true);
    TransRuntime.stopAll(this);
  }

  public TransMeta getTransMeta() {
    return transMeta;
  }

  public Job getParentJob() {
    return parentJob;
  }

  public void setParentJob(Job job) {
    parentJob = job;
  }

  public boolean isRunning() {
    return running.get();
  }

  public void setRunning(boolean flag) {
    running.set(flag);
  }

  public void copyVariablesFrom(VariableSpace space) {
    variables.copyVariablesFrom(space);
  }

  public String environmentSubstitute(String text) {
    return variables.environmentSubstitute(text);
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

  public Repository getRepository() {
    return null;
  }

  public boolean isStopped() {
    return stopped.get();
  }

  public void setStopped(boolean flag) {
    stopped.set(flag);
  }

  public Trans getParentTrans() {
    return null;
  }

  public LogLevel getLogLevel() {
    return log.getLogLevel();
  }

  public void setLogLevel(LogLevel logLevel) {
    log.setLogLevel(logLevel);
  }

  public IMetaStore getMetaStore() {
    return metaStore;
  }

  public void setMetaStore(IMetaStore metaStore2) {
    metaStore = metaStore2;
  }

  private final AtomicBoolean stopped = new AtomicBoolean();
  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicInteger errors = new AtomicInteger();
  private VariableSpace variables = new Variables();
  private final TransMeta transMeta;
  private final LogChannelInterface log;
  private Job parentJob;
  private IMetaStore metaStore;
}
