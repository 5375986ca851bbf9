package org.pentaho.di.core.variables;

import io.pdimesos.pdiapi.OutsideMirror;
import java.util.Map;
import org.pentaho.di.core.exception.KettleValueException;
import org.pentaho.di.core.row.RowMetaInterface;

public interface VariableSpace {
  public abstract void initializeVariablesFrom(VariableSpace space);

  public abstract void copyVariablesFrom(VariableSpace space);

  public abstract void shareVariablesWith(VariableSpace space);

  public abstract VariableSpace getParentVariableSpace();

  public abstract void setParentVariableSpace(VariableSpace space);

  public abstract void setVariable(String text, String text2);

  public abstract String getVariable(String text, String text2);

  public abstract String getVariable(String text);

  public abstract boolean getBooleanValueOfVariable(String text, boolean flag);

  public abstract String[] listVariables();

  public abstract String environmentSubstitute(String text);

  public default String environmentSubstitute(String text, boolean flag) {
    throw OutsideMirror.unsupported("VariableSpace.environmentSubstitute");
  }

  public abstract String[] environmentSubstitute(String[] texts);

  public abstract void injectVariables(Map<String, String> map);

  public abstract String fieldSubstitute(String text, RowMetaInterface rowMeta, Object[] row) throws KettleValueException;
}
