package org.pentaho.di.cluster;

import io.pdimesos.pdiapi.OutsideMirror;
import java.util.Map;
import org.pentaho.di.core.changed.ChangedFlag;
import org.pentaho.di.core.exception.KettleValueException;
import org.pentaho.di.core.row.RowMetaInterface;
import org.pentaho.di.core.variables.VariableSpace;
import org.pentaho.di.core.xml.XMLInterface;
import org.pentaho.di.repository.RepositoryElementInterface;
import org.pentaho.di.shared.SharedObjectInterface;

public class SlaveServer extends ChangedFlag implements Cloneable, SharedObjectInterface, VariableSpace, RepositoryElementInterface, XMLInterface {
  private SlaveServer() {
  }

  @Override
  public void initializeVariablesFrom(VariableSpace space) {
    throw OutsideMirror.unsupported("SlaveServer.initializeVariablesFrom");
  }

  @Override
  public void copyVariablesFrom(VariableSpace space) {
    throw OutsideMirror.unsupported("SlaveServer.copyVariablesFrom");
  }

  @Override
  public void shareVariablesWith(VariableSpace space) {
    throw OutsideMirror.unsupported("SlaveServer.shareVariablesWith");
  }

  @Override
  public VariableSpace getParentVariableSpace() {
    throw OutsideMirror.unsupported("SlaveServer.getParentVariableSpace");
  }

  @Override
  public void setParentVariableSpace(VariableSpace space) {
    throw OutsideMirror.unsupported("SlaveServer.setParentVariableSpace");
  }

  @Override
  public void setVariable(String text, String text2) {
    throw OutsideMirror.unsupported("SlaveServer.setVariable");
  }

  @Override
  public String getVariable(String text, String text2) {
    throw OutsideMirror.unsupported("SlaveServer.getVariable");
  }

  @Override
  public String getVariable(String text) {
    throw OutsideMirror.unsupported("SlaveServer.getVariable");
  }

  @Override
  public boolean getBooleanValueOfVariable(String text, boolean flag) {
    throw OutsideMirror.unsupported("SlaveServer.getBooleanValueOfVariable");
  }

  @Override
  public String[] listVariables() {
    throw OutsideMirror.unsupported("SlaveServer.listVariables");
  }

  @Override
  public String environmentSubstitute(String text) {
    throw OutsideMirror.unsupported("SlaveServer.environmentSubstitute");
  }

  @Override
  public String[] environmentSubstitute(String[] texts) {
    throw OutsideMirror.unsupported("SlaveServer.environmentSubstitute");
  }

  @Override
  public void injectVariables(Map<String, String> map) {
    throw OutsideMirror.unsupported("SlaveServer.injectVariables");
  }

  @Override
  public String fieldSubstitute(String text, RowMetaInterface rowMeta, Object[] row) throws KettleValueException {
    throw OutsideMirror.unsupported("SlaveServer.fieldSubstitute");
  }
}
