package org.pentaho.di.trans;

import io.pdimesos.pdiapi.FieldsDispatch;
import java.util.ArrayList;
import org.pentaho.di.core.row.RowMeta;
import org.pentaho.di.core.variables.Variables;

import io.pdimesos.pdiapi.OutsideMirror;
import java.io.InputStream;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.pentaho.di.base.AbstractMeta;
import org.pentaho.di.core.ProgressMonitorListener;
import org.pentaho.di.core.exception.KettleMissingPluginsException;
import org.pentaho.di.core.exception.KettleStepException;
import org.pentaho.di.core.exception.KettleValueException;
import org.pentaho.di.core.exception.KettleXMLException;
import org.pentaho.di.core.gui.OverwritePrompter;
import org.pentaho.di.core.logging.LoggingObjectInterface;
import org.pentaho.di.core.row.RowMetaInterface;
import org.pentaho.di.core.variables.VariableSpace;
import org.pentaho.di.core.xml.XMLInterface;
import org.pentaho.di.repository.Repository;
import org.pentaho.di.repository.RepositoryElementInterface;
import org.pentaho.di.resource.ResourceExportInterface;
import org.pentaho.di.trans.step.StepMeta;
import org.pentaho.metastore.api.IMetaStore;
import org.w3c.dom.Node;

public class TransMeta extends AbstractMeta implements XMLInterface, Comparator<TransMeta>, Comparable<TransMeta>, Cloneable, ResourceExportInterface, RepositoryElementInterface, LoggingObjectInterface {
  public static enum TransformationType {
    ;
  }

  public TransMeta() {
  }

  public TransMeta(VariableSpace a0) {
    throw OutsideMirror.unsupported("TransMeta constructor");
  }

  public TransMeta(String a0, String a1) {
    setName(a1);
  }

  public TransMeta(String a0, String a1, String[] a2) {
    throw OutsideMirror.unsupported("TransMeta constructor");
  }

  public void addStep(StepMeta a0) {
    steps.add(a0);
    a0.setParentTransMeta(this);
  }

  public void addStep(int a0, StepMeta a1) {
    steps.add(a0, a1);
    a1.setParentTransMeta(this);
  }

  public List<StepMeta> getSteps() {
    return steps;
  }

  public StepMeta getStep(int a0) {
    return steps.get(a0);
  }

  public int nrSteps() {
    return steps.size();
  }

  public StepMeta findStep(String a0) {
    return findStep(a0, null);
  }

  public StepMeta findStep(String a0, StepMeta a1) {
    for (StepMeta step : steps) {
      if (step != a1 && step.getName() != null && step.getName().equalsIgnoreCase(a0)) {
        return step;
      }
    }
    return null;
  }

  public StepMeta getStep(int a0, int a1, int a2) {
    throw OutsideMirror.unsupported("TransMeta.getStep");
  }

  public RowMetaInterface getStepFields(String a0) throws KettleStepException {
    StepMeta step = findStep(a0);
    return step == null ? new RowMeta() : getStepFields(step);
  }

  public RowMetaInterface getStepFields(StepMeta a0) throws KettleStepException {
    return getStepFields(a0, null, null);
  }

  public RowMetaInterface getStepFields(StepMeta[] a0) throws KettleStepException {
    throw OutsideMirror.unsupported("TransMeta.getStepFields");
  }

  public RowMetaInterface getStepFields(StepMeta a0, ProgressMonitorListener a1) throws KettleStepException {
    return getStepFields(a0, null, a1);
  }

  public RowMetaInterface getStepFields(StepMeta a0, StepMeta a1, ProgressMonitorListener a2) throws KettleStepException {
    return getThisStepFields(a0, a1, getPrevStepFields(a0));
  }

  public RowMetaInterface getPrevStepFields(String a0) throws KettleStepException {
    return new RowMeta();
  }

  public RowMetaInterface getPrevStepFields(StepMeta a0) throws KettleStepException {
    // The mirror has no hops, so no step has predecessors.
    return new RowMeta();
  }

  public RowMetaInterface getPrevStepFields(StepMeta a0, ProgressMonitorListener a1) throws KettleStepException {
    throw OutsideMirror.unsupported("TransMeta.getPrevStepFields");
  }

  public RowMetaInterface getPrevStepFields(StepMeta a0, String a1, ProgressMonitorListener a2) throws KettleStepException {
    throw OutsideMirror.unsupported("TransMeta.getPrevStepFields");
  }

  public RowMetaInterface getThisStepFields(String a0, RowMetaInterface a1) throws KettleStepException {
    return getThisStepFields(findStep(a0), null, a1);
  }

  public RowMetaInterface getThisStepFields(StepMeta a0, StepMeta a1, RowMetaInterface a2) throws KettleStepException {
    return getThisStepFields(a0, a1, a2, null);
  }

  public RowMetaInterface getThisStepFields(StepMeta a0, StepMeta a1, RowMetaInterface a2, ProgressMonitorListener a3) throws KettleStepException {
    FieldsDispatch.getFields(FieldsDispatch.current(), a0.getStepMetaInterface(), a2, a0.getName(), null, a1, this,
        null, null);
    return a2;
  }

  public TransMeta(String a0) throws KettleXMLException, KettleMissingPluginsException {
    throw OutsideMirror.unsupported("TransMeta constructor");
  }

  public TransMeta(String a0, VariableSpace a1) throws KettleXMLException, KettleMissingPluginsException {
    throw OutsideMirror.unsupported("TransMeta constructor");
  }

  public TransMeta(String a0, boolean a1) throws KettleXMLException, KettleMissingPluginsException {
    throw OutsideMirror.unsupported("TransMeta constructor");
  }

  public TransMeta(String a0, Repository a1) throws KettleXMLException, KettleMissingPluginsException {
    throw OutsideMirror.unsupported("TransMeta constructor");
  }

  public TransMeta(String a0, Repository a1, boolean a2) throws KettleXMLException, KettleMissingPluginsException {
    throw OutsideMirror.unsupported("TransMeta constructor");
  }

  public TransMeta(String a0, Repository a1, boolean a2, VariableSpace a3) throws KettleXMLException, KettleMissingPluginsException {
    throw OutsideMirror.unsupported("TransMeta constructor");
  }

  public TransMeta(String a0, Repository a1, boolean a2, VariableSpace a3, OverwritePrompter a4) throws KettleXMLException, KettleMissingPluginsException {
    throw OutsideMirror.unsupported("TransMeta constructor");
  }

  public TransMeta(String a0, IMetaStore a1, Repository a2, boolean a3, VariableSpace a4, OverwritePrompter a5) throws KettleXMLException, KettleMissingPluginsException {
    throw OutsideMirror.unsupported("TransMeta constructor");
  }

  public TransMeta(InputStream a0, Repository a1, boolean a2, VariableSpace a3, OverwritePrompter a4) throws KettleXMLException, KettleMissingPluginsException {
    throw OutsideMirror.unsupported("TransMeta constructor");
  }

  public TransMeta(Node a0, Repository a1) throws KettleXMLException, KettleMissingPluginsException {
    throw OutsideMirror.unsupported("TransMeta constructor");
  }

  public int compare(TransMeta a, TransMeta b) { throw OutsideMirror.unsupported("TransMeta.compare"); }

  public int compareTo(TransMeta other) { throw OutsideMirror.unsupported("TransMeta.compareTo"); }

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

  private final List<StepMeta> steps = new ArrayList<StepMeta>();
  private VariableSpace variables = new Variables();
}
