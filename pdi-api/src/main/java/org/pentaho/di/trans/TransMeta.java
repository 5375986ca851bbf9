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

  public TransMeta(VariableSpace space) {
    throw OutsideMirror.unsupported("TransMeta constructor");
  }

  public TransMeta(String text, String text2) {
    setName(text2);
  }

  public TransMeta(String text, String text2, String[] texts) {
    throw OutsideMirror.unsupported("TransMeta constructor");
  }

  public void addStep(StepMeta stepMeta) {
    steps.add(stepMeta);
    stepMeta.setParentTransMeta(this);
  }

  public void addStep(int number, StepMeta stepMeta) {
    steps.add(number, stepMeta);
    stepMeta.setParentTransMeta(this);
  }

  public List<StepMeta> getSteps() {
    return steps;
  }

  public StepMeta getStep(int number) {
    return steps.get(number);
  }

  public int nrSteps() {
    return steps.size();
  }

  public StepMeta findStep(String text) {
    return findStep(text, null);
  }

  public StepMeta findStep(String text, StepMeta stepMeta) {
    for (StepMeta step : steps) {
      if (step != stepMeta && step.getName() != null && step.getName().equalsIgnoreCase(text)) {
        return step;
      }
    }
    return null;
  }

  public StepMeta getStep(int number, int number2, int number3) {
    throw OutsideMirror.unsupported("TransMeta.getStep");
  }

  public RowMetaInterface getStepFields(String text) throws KettleStepException {
    StepMeta step = findStep(text);
    return step == null ? new RowMeta() : getStepFields(step);
  }

  public RowMetaInterface getStepFields(StepMeta stepMeta) throws KettleStepException {
    return getStepFields(stepMeta, null, null);
  }

  public RowMetaInterface getStepFields(StepMeta[] stepMetas) throws KettleStepException {
    throw OutsideMirror.unsupported("TransMeta.getStepFields");
  }

  public RowMetaInterface getStepFields(StepMeta stepMeta, ProgressMonitorListener progressMonitorListener) throws KettleStepException {
    return getStepFields(stepMeta, null, progressMonitorListener);
  }

  public RowMetaInterface getStepFields(StepMeta stepMeta, StepMeta stepMeta2, ProgressMonitorListener progressMonitorListener) throws KettleStepException {
    return getThisStepFields(stepMeta, stepMeta2, getPrevStepFields(stepMeta));
  }

  public RowMetaInterface getPrevStepFields(String text) throws KettleStepException {
    return new RowMeta();
  }

  public RowMetaInterface getPrevStepFields(StepMeta stepMeta) throws KettleStepException {
    // The mirror has no hops, so no step has predecessors.
    return new RowMeta();
  }

  public RowMetaInterface getPrevStepFields(StepMeta stepMeta, ProgressMonitorListener progressMonitorListener) throws KettleStepException {
    throw OutsideMirror.unsupported("TransMeta.getPrevStepFields");
  }

  public RowMetaInterface getPrevStepFields(StepMeta stepMeta, String text, ProgressMonitorListener progressMonitorListener) throws KettleStepException {
    throw OutsideMirror.unsupported("TransMeta.getPrevStepFields");
  }

  public RowMetaInterface getThisStepFields(String text, RowMetaInterface rowMeta) throws KettleStepException {
    return getThisStepFields(findStep(text), null, rowMeta);
  }

  public RowMetaInterface getThisStepFields(StepMeta stepMeta, StepMeta stepMeta2, RowMetaInterface rowMeta) throws KettleStepException {
    return getThisStepFields(stepMeta, stepMeta2, rowMeta, null);
  }

  public RowMetaInterface getThisStepFields(StepMeta stepMeta, StepMeta stepMeta2, RowMetaInterface rowMeta, ProgressMonitorListener progressMonitorListener) throws KettleStepException {
    FieldsDispatch.getFields(FieldsDispatch.current(), stepMeta.getStepMetaInterface(), rowMeta, stepMeta.getName(), null, stepMeta2, this,
        null, null);
    return rowMeta;
  }

  public TransMeta(String text) throws KettleXMLException, KettleMissingPluginsException {
    throw OutsideMirror.unsupported("TransMeta constructor");
  }

  public TransMeta(String text, VariableSpace space) throws KettleXMLException, KettleMissingPluginsException {
    throw OutsideMirror.unsupported("TransMeta constructor");
  }

  public TransMeta(String text, boolean flag) throws KettleXMLException, KettleMissingPluginsException {
    throw OutsideMirror.unsupported("TransMeta constructor");
  }

  public TransMeta(String text, Repository repository) throws KettleXMLException, KettleMissingPluginsException {
    throw OutsideMirror.unsupported("TransMeta constructor");
  }

  public TransMeta(String text, Repository repository, boolean flag) throws KettleXMLException, KettleMissingPluginsException {
    throw OutsideMirror.unsupported("TransMeta constructor");
  }

  public TransMeta(String text, Repository repository, boolean flag, VariableSpace space) throws KettleXMLException, KettleMissingPluginsException {
    throw OutsideMirror.unsupported("TransMeta constructor");
  }

  public TransMeta(String text, Repository repository, boolean flag, VariableSpace space, OverwritePrompter overwritePrompter) throws KettleXMLException, KettleMissingPluginsException {
    throw OutsideMirror.unsupported("TransMeta constructor");
  }

  public TransMeta(String text, IMetaStore metaStore, Repository repository, boolean flag, VariableSpace space, OverwritePrompter overwritePrompter) throws KettleXMLException, KettleMissingPluginsException {
    throw OutsideMirror.unsupported("TransMeta constructor");
  }

  public TransMeta(InputStream inputStream, Repository repository, boolean flag, VariableSpace space, OverwritePrompter overwritePrompter) throws KettleXMLException, KettleMissingPluginsException {
    throw OutsideMirror.unsupported("TransMeta constructor");
  }

  public TransMeta(Node node, Repository repository) throws KettleXMLException, KettleMissingPluginsException {
    throw OutsideMirror.unsupported("TransMeta constructor");
  }

  public int compare(TransMeta a, TransMeta b) { throw OutsideMirror.unsupported("TransMeta.compare"); }

  public int compareTo(TransMeta other) { throw OutsideMirror.unsupported("TransMeta.compareTo"); }

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

  private final List<StepMeta> steps = new ArrayList<StepMeta>();
  private VariableSpace variables = new Variables();
}
