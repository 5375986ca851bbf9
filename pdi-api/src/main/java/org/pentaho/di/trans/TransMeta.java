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
    if (stepMeta == null) {
      return new RowMeta();
    }
    if (stepMeta2 != null && stepMeta.isSendingErrorRowsToStep(stepMeta2)) {
      // Along the error hop: the step's input fields plus the named error fields (PDI 9.4).
      RowMetaInterface errorRow = getPrevStepFields(stepMeta);
      errorRow.addRowMeta(stepMeta.getStepErrorMeta().getErrorFields());
      return errorRow;
    }
    RowMetaInterface row = new RowMeta();
    List<StepMeta> previous = findPreviousSteps(stepMeta, false);
    for (int i = 0; i < previous.size(); i++) {
      mergeFields(row, getStepFields(previous.get(i), stepMeta, progressMonitorListener), i == 0);
    }
    return getThisStepFields(stepMeta, stepMeta2, row, progressMonitorListener);
  }

  public RowMetaInterface getPrevStepFields(String text) throws KettleStepException {
    return getPrevStepFields(findStep(text));
  }

  public RowMetaInterface getPrevStepFields(StepMeta stepMeta) throws KettleStepException {
    return getPrevStepFields(stepMeta, null);
  }

  public RowMetaInterface getPrevStepFields(StepMeta stepMeta, ProgressMonitorListener progressMonitorListener) throws KettleStepException {
    return getPrevStepFields(stepMeta, null, progressMonitorListener);
  }

  public RowMetaInterface getPrevStepFields(StepMeta stepMeta, String text, ProgressMonitorListener progressMonitorListener) throws KettleStepException {
    // As PDI 9.4: null for an unknown step; else what every enabled hop brings in (or only the one from
    // step "text"), the first hop's layout followed by the fields of the others it lacks.
    if (stepMeta == null) {
      return null;
    }
    RowMetaInterface row = new RowMeta();
    List<StepMeta> previous = findPreviousSteps(stepMeta);
    for (int i = 0; i < previous.size(); i++) {
      StepMeta prev = previous.get(i);
      if (text != null && !text.equalsIgnoreCase(prev.getName())) {
        continue;
      }
      mergeFields(row, getStepFields(prev, stepMeta, progressMonitorListener), i == 0);
    }
    return row;
  }

  public void addTransHop(TransHopMeta transHopMeta) {
    hops.add(transHopMeta);
  }

  public void addTransHop(int number, TransHopMeta transHopMeta) {
    hops.add(number, transHopMeta);
  }

  public List<TransHopMeta> getTransHops() {
    return hops;
  }

  public TransHopMeta getTransHop(int number) {
    return hops.get(number);
  }

  public int nrTransHops() {
    return hops.size();
  }

  public void removeTransHop(TransHopMeta transHopMeta) {
    hops.remove(transHopMeta);
  }

  public TransHopMeta findTransHop(StepMeta stepMeta, StepMeta stepMeta2) {
    return findTransHop(stepMeta, stepMeta2, false);
  }

  public TransHopMeta findTransHop(StepMeta stepMeta, StepMeta stepMeta2, boolean flag) {
    for (TransHopMeta hop : hops) {
      if ((hop.isEnabled() || flag) && stepMeta.equals(hop.getFromStep()) && stepMeta2.equals(hop.getToStep())) {
        return hop;
      }
    }
    return null;
  }

  public List<StepMeta> findPreviousSteps(StepMeta stepMeta) {
    return findPreviousSteps(stepMeta, true);
  }

  public List<StepMeta> findPreviousSteps(StepMeta stepMeta, boolean flag) {
    // The mirror has no info streams, so "with info steps" and "without" are the same list.
    List<StepMeta> previous = new ArrayList<StepMeta>();
    for (TransHopMeta hop : hops) {
      if (hop.isEnabled() && hop.getToStep() != null && hop.getToStep().equals(stepMeta)) {
        previous.add(hop.getFromStep());
      }
    }
    return previous;
  }

  public List<StepMeta> findNextSteps(StepMeta stepMeta) {
    List<StepMeta> next = new ArrayList<StepMeta>();
    for (TransHopMeta hop : hops) {
      if (hop.isEnabled() && hop.getFromStep() != null && hop.getFromStep().equals(stepMeta)) {
        next.add(hop.getToStep());
      }
    }
    return next;
  }

  private static void mergeFields(RowMetaInterface row, RowMetaInterface add, boolean first) {
    if (add == null) {
      return;
    }
    if (first) {
      row.addRowMeta(add);
      return;
    }
    for (int i = 0; i < add.size(); i++) {
      if (row.searchValueMeta(add.getValueMeta(i).getName()) == null) {
        row.addValueMeta(add.getValueMeta(i));
      }
    }
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

  protected List<TransHopMeta> hops = new ArrayList<TransHopMeta>();
  private VariableSpace variables = new Variables();
}
