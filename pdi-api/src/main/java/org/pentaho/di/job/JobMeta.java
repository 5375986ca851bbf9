package org.pentaho.di.job;

import org.pentaho.di.core.variables.Variables;

import io.pdimesos.pdiapi.OutsideMirror;
import java.util.Map;
import org.pentaho.di.base.AbstractMeta;
import org.pentaho.di.core.exception.KettleValueException;
import org.pentaho.di.core.logging.LoggingObjectInterface;
import org.pentaho.di.core.row.RowMetaInterface;
import org.pentaho.di.core.variables.VariableSpace;
import org.pentaho.di.core.xml.XMLInterface;
import org.pentaho.di.repository.RepositoryElementInterface;
import org.pentaho.di.resource.ResourceExportInterface;

public class JobMeta extends AbstractMeta implements Cloneable, Comparable<JobMeta>, XMLInterface, ResourceExportInterface, RepositoryElementInterface, LoggingObjectInterface {
  public JobMeta() {
  }

  public int compareTo(JobMeta other) { throw OutsideMirror.unsupported("JobMeta.compareTo"); }

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
  public void setVariable(String a0, String a1) {
    variables.setVariable(a0, a1);
  }

  @Override
  public String getVariable(String a0, String a1) {
    return variables.getVariable(a0, a1);
  }

  @Override
  public String getVariable(String a0) {
    return variables.getVariable(a0);
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
  public String environmentSubstitute(String a0) {
    return variables.environmentSubstitute(a0);
  }

  @Override
  public String[] environmentSubstitute(String[] a0) {
    return variables.environmentSubstitute(a0);
  }

  @Override
  public void injectVariables(Map<String, String> a0) {
    variables.injectVariables(a0);
  }

  @Override
  public String fieldSubstitute(String a0, RowMetaInterface a1, Object[] a2) throws KettleValueException {
    return variables.fieldSubstitute(a0, a1, a2);
  }

  private VariableSpace variables = new Variables();
}
