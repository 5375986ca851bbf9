package org.pentaho.di.trans;

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
    throw OutsideMirror.unsupported("Trans constructor");
  }

  public Trans(TransMeta a0) {
    throw OutsideMirror.unsupported("Trans constructor");
  }

  public Trans(TransMeta a0, LoggingObjectInterface a1) {
    throw OutsideMirror.unsupported("Trans constructor");
  }

  public LogChannelInterface getLogChannel() {
    throw OutsideMirror.unsupported("Trans.getLogChannel");
  }

  public String getName() {
    throw OutsideMirror.unsupported("Trans.getName");
  }

  public <Parent extends VariableSpace & NamedParams> Trans(Parent a0, Repository a1, String a2, String a3, String a4) throws KettleException {
    throw OutsideMirror.unsupported("Trans constructor");
  }

  public int getErrors() {
    throw OutsideMirror.unsupported("Trans.getErrors");
  }

  public boolean isFinished() {
    throw OutsideMirror.unsupported("Trans.isFinished");
  }

  public void stopAll() {
    throw OutsideMirror.unsupported("Trans.stopAll");
  }

  public TransMeta getTransMeta() {
    throw OutsideMirror.unsupported("Trans.getTransMeta");
  }

  public Job getParentJob() {
    throw OutsideMirror.unsupported("Trans.getParentJob");
  }

  public void setParentJob(Job a0) {
    throw OutsideMirror.unsupported("Trans.setParentJob");
  }

  public boolean isRunning() {
    throw OutsideMirror.unsupported("Trans.isRunning");
  }

  public void copyVariablesFrom(VariableSpace a0) {
    throw OutsideMirror.unsupported("Trans.copyVariablesFrom");
  }

  public String environmentSubstitute(String a0) {
    throw OutsideMirror.unsupported("Trans.environmentSubstitute");
  }

  public String[] environmentSubstitute(String[] a0) {
    throw OutsideMirror.unsupported("Trans.environmentSubstitute");
  }

  public String fieldSubstitute(String a0, RowMetaInterface a1, Object[] a2) throws KettleValueException {
    throw OutsideMirror.unsupported("Trans.fieldSubstitute");
  }

  public VariableSpace getParentVariableSpace() {
    throw OutsideMirror.unsupported("Trans.getParentVariableSpace");
  }

  public void setParentVariableSpace(VariableSpace a0) {
    throw OutsideMirror.unsupported("Trans.setParentVariableSpace");
  }

  public String getVariable(String a0, String a1) {
    throw OutsideMirror.unsupported("Trans.getVariable");
  }

  public String getVariable(String a0) {
    throw OutsideMirror.unsupported("Trans.getVariable");
  }

  public boolean getBooleanValueOfVariable(String a0, boolean a1) {
    throw OutsideMirror.unsupported("Trans.getBooleanValueOfVariable");
  }

  public void initializeVariablesFrom(VariableSpace a0) {
    throw OutsideMirror.unsupported("Trans.initializeVariablesFrom");
  }

  public String[] listVariables() {
    throw OutsideMirror.unsupported("Trans.listVariables");
  }

  public void setVariable(String a0, String a1) {
    throw OutsideMirror.unsupported("Trans.setVariable");
  }

  public void shareVariablesWith(VariableSpace a0) {
    throw OutsideMirror.unsupported("Trans.shareVariablesWith");
  }

  public void injectVariables(Map<String, String> a0) {
    throw OutsideMirror.unsupported("Trans.injectVariables");
  }

  public Repository getRepository() {
    throw OutsideMirror.unsupported("Trans.getRepository");
  }

  public boolean isStopped() {
    throw OutsideMirror.unsupported("Trans.isStopped");
  }

  public void setStopped(boolean a0) {
    throw OutsideMirror.unsupported("Trans.setStopped");
  }

  public Trans getParentTrans() {
    throw OutsideMirror.unsupported("Trans.getParentTrans");
  }

  public LogLevel getLogLevel() {
    throw OutsideMirror.unsupported("Trans.getLogLevel");
  }

  public void setLogLevel(LogLevel a0) {
    throw OutsideMirror.unsupported("Trans.setLogLevel");
  }

  public IMetaStore getMetaStore() {
    throw OutsideMirror.unsupported("Trans.getMetaStore");
  }

  public void setMetaStore(IMetaStore a0) {
    throw OutsideMirror.unsupported("Trans.setMetaStore");
  }
}
