package org.pentaho.di.core.database;

import io.pdimesos.pdiapi.OutsideMirror;
import java.util.Map;
import org.pentaho.di.core.exception.KettleValueException;
import org.pentaho.di.core.row.RowMetaInterface;
import org.pentaho.di.core.variables.VariableSpace;
import org.pentaho.di.core.xml.XMLInterface;
import org.pentaho.di.repository.RepositoryElementInterface;
import org.pentaho.di.shared.SharedObjectBase;
import org.pentaho.di.shared.SharedObjectInterface;

public class DatabaseMeta extends SharedObjectBase implements Cloneable, XMLInterface, SharedObjectInterface, VariableSpace, RepositoryElementInterface {
  private DatabaseMeta() {
  }

  @Override
  public void initializeVariablesFrom(VariableSpace space) {
    throw OutsideMirror.unsupported("DatabaseMeta.initializeVariablesFrom");
  }

  @Override
  public void copyVariablesFrom(VariableSpace space) {
    throw OutsideMirror.unsupported("DatabaseMeta.copyVariablesFrom");
  }

  @Override
  public void shareVariablesWith(VariableSpace space) {
    throw OutsideMirror.unsupported("DatabaseMeta.shareVariablesWith");
  }

  @Override
  public VariableSpace getParentVariableSpace() {
    throw OutsideMirror.unsupported("DatabaseMeta.getParentVariableSpace");
  }

  @Override
  public void setParentVariableSpace(VariableSpace space) {
    throw OutsideMirror.unsupported("DatabaseMeta.setParentVariableSpace");
  }

  @Override
  public void setVariable(String text, String text2) {
    throw OutsideMirror.unsupported("DatabaseMeta.setVariable");
  }

  @Override
  public String getVariable(String text, String text2) {
    throw OutsideMirror.unsupported("DatabaseMeta.getVariable");
  }

  @Override
  public String getVariable(String text) {
    throw OutsideMirror.unsupported("DatabaseMeta.getVariable");
  }

  @Override
  public boolean getBooleanValueOfVariable(String text, boolean flag) {
    throw OutsideMirror.unsupported("DatabaseMeta.getBooleanValueOfVariable");
  }

  @Override
  public String[] listVariables() {
    throw OutsideMirror.unsupported("DatabaseMeta.listVariables");
  }

  @Override
  public String environmentSubstitute(String text) {
    throw OutsideMirror.unsupported("DatabaseMeta.environmentSubstitute");
  }

  @Override
  public String[] environmentSubstitute(String[] texts) {
    throw OutsideMirror.unsupported("DatabaseMeta.environmentSubstitute");
  }

  @Override
  public void injectVariables(Map<String, String> map) {
    throw OutsideMirror.unsupported("DatabaseMeta.injectVariables");
  }

  @Override
  public String fieldSubstitute(String text, RowMetaInterface rowMeta, Object[] row) throws KettleValueException {
    throw OutsideMirror.unsupported("DatabaseMeta.fieldSubstitute");
  }
}
