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

  public Trans(TransMeta a0) {
    this(a0, null);
  }

  public Trans(TransMeta a0, LoggingObjectInterface a1) {
    transMeta = a0;
    log = new MirrorLogChannel(a0 == null || a0.getName() == null ? "trans" : a0.getName());
    if (a0 != null) {
      variables.initializeVariablesFrom(a0);
    }
  }

  public LogChannelInterface getLogChannel() {
    return log;
  }

  public String getName() {
    return transMeta == null ? null : transMeta.getName();
  }

  public <Parent extends VariableSpace & NamedParams> Trans(Parent a0, Repository a1, String a2, String a3, String a4) throws KettleException {
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

  public void setParentJob(Job a0) {
    parentJob = a0;
  }

  public boolean isRunning() {
    return running.get();
  }

  public void copyVariablesFrom(VariableSpace a0) {
    variables.copyVariablesFrom(a0);
  }

  public String environmentSubstitute(String a0) {
    return variables.environmentSubstitute(a0);
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

  public Repository getRepository() {
    return null;
  }

  public boolean isStopped() {
    return stopped.get();
  }

  public void setStopped(boolean a0) {
    stopped.set(a0);
  }

  public Trans getParentTrans() {
    return null;
  }

  public LogLevel getLogLevel() {
    return log.getLogLevel();
  }

  public void setLogLevel(LogLevel a0) {
    log.setLogLevel(a0);
  }

  public IMetaStore getMetaStore() {
    return metaStore;
  }

  public void setMetaStore(IMetaStore a0) {
    metaStore = a0;
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
