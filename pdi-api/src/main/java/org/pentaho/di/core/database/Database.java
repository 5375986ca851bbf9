package org.pentaho.di.core.database;

import io.pdimesos.pdiapi.OutsideMirror;
import java.io.Closeable;
import java.util.Map;
import org.pentaho.di.core.exception.KettleValueException;
import org.pentaho.di.core.logging.LoggingObjectInterface;
import org.pentaho.di.core.row.RowMetaInterface;
import org.pentaho.di.core.variables.VariableSpace;

public class Database implements VariableSpace, LoggingObjectInterface, Closeable {
  private Database() {
  }

  @Override
  public void initializeVariablesFrom(VariableSpace space) {
    throw OutsideMirror.unsupported("Database.initializeVariablesFrom");
  }

  @Override
  public void copyVariablesFrom(VariableSpace space) {
    throw OutsideMirror.unsupported("Database.copyVariablesFrom");
  }

  @Override
  public void shareVariablesWith(VariableSpace space) {
    throw OutsideMirror.unsupported("Database.shareVariablesWith");
  }

  @Override
  public VariableSpace getParentVariableSpace() {
    throw OutsideMirror.unsupported("Database.getParentVariableSpace");
  }

  @Override
  public void setParentVariableSpace(VariableSpace space) {
    throw OutsideMirror.unsupported("Database.setParentVariableSpace");
  }

  @Override
  public void setVariable(String text, String text2) {
    throw OutsideMirror.unsupported("Database.setVariable");
  }

  @Override
  public String getVariable(String text, String text2) {
    throw OutsideMirror.unsupported("Database.getVariable");
  }

  @Override
  public String getVariable(String text) {
    throw OutsideMirror.unsupported("Database.getVariable");
  }

  @Override
  public boolean getBooleanValueOfVariable(String text, boolean flag) {
    throw OutsideMirror.unsupported("Database.getBooleanValueOfVariable");
  }

  @Override
  public String[] listVariables() {
    throw OutsideMirror.unsupported("Database.listVariables");
  }

  @Override
  public String environmentSubstitute(String text) {
    throw OutsideMirror.unsupported("Database.environmentSubstitute");
  }

  @Override
  public String[] environmentSubstitute(String[] texts) {
    throw OutsideMirror.unsupported("Database.environmentSubstitute");
  }

  @Override
  public void injectVariables(Map<String, String> map) {
    throw OutsideMirror.unsupported("Database.injectVariables");
  }

  @Override
  public String fieldSubstitute(String text, RowMetaInterface rowMeta, Object[] row) throws KettleValueException {
    throw OutsideMirror.unsupported("Database.fieldSubstitute");
  }

  public void close() { throw OutsideMirror.unsupported("Database.close"); }
}
