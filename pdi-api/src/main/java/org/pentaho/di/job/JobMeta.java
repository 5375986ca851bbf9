package org.pentaho.di.job;

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
  private JobMeta() {
  }

  public int compareTo(JobMeta other) { throw OutsideMirror.unsupported("JobMeta.compareTo"); }

  @Override
  public void initializeVariablesFrom(VariableSpace a0) {
    throw OutsideMirror.unsupported("JobMeta.initializeVariablesFrom");
  }

  @Override
  public void copyVariablesFrom(VariableSpace a0) {
    throw OutsideMirror.unsupported("JobMeta.copyVariablesFrom");
  }

  @Override
  public void shareVariablesWith(VariableSpace a0) {
    throw OutsideMirror.unsupported("JobMeta.shareVariablesWith");
  }

  @Override
  public VariableSpace getParentVariableSpace() {
    throw OutsideMirror.unsupported("JobMeta.getParentVariableSpace");
  }

  @Override
  public void setParentVariableSpace(VariableSpace a0) {
    throw OutsideMirror.unsupported("JobMeta.setParentVariableSpace");
  }

  @Override
  public void setVariable(String a0, String a1) {
    throw OutsideMirror.unsupported("JobMeta.setVariable");
  }

  @Override
  public String getVariable(String a0, String a1) {
    throw OutsideMirror.unsupported("JobMeta.getVariable");
  }

  @Override
  public String getVariable(String a0) {
    throw OutsideMirror.unsupported("JobMeta.getVariable");
  }

  @Override
  public boolean getBooleanValueOfVariable(String a0, boolean a1) {
    throw OutsideMirror.unsupported("JobMeta.getBooleanValueOfVariable");
  }

  @Override
  public String[] listVariables() {
    throw OutsideMirror.unsupported("JobMeta.listVariables");
  }

  @Override
  public String environmentSubstitute(String a0) {
    throw OutsideMirror.unsupported("JobMeta.environmentSubstitute");
  }

  @Override
  public String[] environmentSubstitute(String[] a0) {
    throw OutsideMirror.unsupported("JobMeta.environmentSubstitute");
  }

  @Override
  public void injectVariables(Map<String, String> a0) {
    throw OutsideMirror.unsupported("JobMeta.injectVariables");
  }

  @Override
  public String fieldSubstitute(String a0, RowMetaInterface a1, Object[] a2) throws KettleValueException {
    throw OutsideMirror.unsupported("JobMeta.fieldSubstitute");
  }
}
