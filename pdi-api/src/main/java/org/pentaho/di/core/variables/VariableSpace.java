package org.pentaho.di.core.variables;

import io.pdimesos.pdiapi.OutsideMirror;
import java.util.Map;
import org.pentaho.di.core.exception.KettleValueException;
import org.pentaho.di.core.row.RowMetaInterface;

public interface VariableSpace {
  public abstract void initializeVariablesFrom(VariableSpace a0);

  public abstract void copyVariablesFrom(VariableSpace a0);

  public abstract void shareVariablesWith(VariableSpace a0);

  public abstract VariableSpace getParentVariableSpace();

  public abstract void setParentVariableSpace(VariableSpace a0);

  public abstract void setVariable(String a0, String a1);

  public abstract String getVariable(String a0, String a1);

  public abstract String getVariable(String a0);

  public abstract boolean getBooleanValueOfVariable(String a0, boolean a1);

  public abstract String[] listVariables();

  public abstract String environmentSubstitute(String a0);

  public default String environmentSubstitute(String a0, boolean a1) {
    throw OutsideMirror.unsupported("VariableSpace.environmentSubstitute");
  }

  public abstract String[] environmentSubstitute(String[] a0);

  public abstract void injectVariables(Map<String, String> a0);

  public abstract String fieldSubstitute(String a0, RowMetaInterface a1, Object[] a2) throws KettleValueException;
}
