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
  public void setVariable(String text, String text2) {
    variables.setVariable(text, text2);
  }

  @Override
  public String getVariable(String text, String text2) {
    return variables.getVariable(text, text2);
  }

  @Override
  public String getVariable(String text) {
    return variables.getVariable(text);
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
  public String environmentSubstitute(String text) {
    return variables.environmentSubstitute(text);
  }

  @Override
  public String[] environmentSubstitute(String[] texts) {
    return variables.environmentSubstitute(texts);
  }

  @Override
  public void injectVariables(Map<String, String> map) {
    variables.injectVariables(map);
  }

  @Override
  public String fieldSubstitute(String text, RowMetaInterface rowMeta, Object[] row) throws KettleValueException {
    return variables.fieldSubstitute(text, rowMeta, row);
  }

  private VariableSpace variables = new Variables();
}
