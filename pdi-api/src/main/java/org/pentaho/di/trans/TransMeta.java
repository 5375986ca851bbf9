package org.pentaho.di.trans;

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
    throw OutsideMirror.unsupported("TransMeta constructor");
  }

  public TransMeta(VariableSpace a0) {
    throw OutsideMirror.unsupported("TransMeta constructor");
  }

  public TransMeta(String a0, String a1) {
    throw OutsideMirror.unsupported("TransMeta constructor");
  }

  public TransMeta(String a0, String a1, String[] a2) {
    throw OutsideMirror.unsupported("TransMeta constructor");
  }

  public void addStep(StepMeta a0) {
    throw OutsideMirror.unsupported("TransMeta.addStep");
  }

  public void addStep(int a0, StepMeta a1) {
    throw OutsideMirror.unsupported("TransMeta.addStep");
  }

  public List<StepMeta> getSteps() {
    throw OutsideMirror.unsupported("TransMeta.getSteps");
  }

  public StepMeta getStep(int a0) {
    throw OutsideMirror.unsupported("TransMeta.getStep");
  }

  public int nrSteps() {
    throw OutsideMirror.unsupported("TransMeta.nrSteps");
  }

  public StepMeta findStep(String a0) {
    throw OutsideMirror.unsupported("TransMeta.findStep");
  }

  public StepMeta findStep(String a0, StepMeta a1) {
    throw OutsideMirror.unsupported("TransMeta.findStep");
  }

  public StepMeta getStep(int a0, int a1, int a2) {
    throw OutsideMirror.unsupported("TransMeta.getStep");
  }

  public RowMetaInterface getStepFields(String a0) throws KettleStepException {
    throw OutsideMirror.unsupported("TransMeta.getStepFields");
  }

  public RowMetaInterface getStepFields(StepMeta a0) throws KettleStepException {
    throw OutsideMirror.unsupported("TransMeta.getStepFields");
  }

  public RowMetaInterface getStepFields(StepMeta[] a0) throws KettleStepException {
    throw OutsideMirror.unsupported("TransMeta.getStepFields");
  }

  public RowMetaInterface getStepFields(StepMeta a0, ProgressMonitorListener a1) throws KettleStepException {
    throw OutsideMirror.unsupported("TransMeta.getStepFields");
  }

  public RowMetaInterface getStepFields(StepMeta a0, StepMeta a1, ProgressMonitorListener a2) throws KettleStepException {
    throw OutsideMirror.unsupported("TransMeta.getStepFields");
  }

  public RowMetaInterface getPrevStepFields(String a0) throws KettleStepException {
    throw OutsideMirror.unsupported("TransMeta.getPrevStepFields");
  }

  public RowMetaInterface getPrevStepFields(StepMeta a0) throws KettleStepException {
    throw OutsideMirror.unsupported("TransMeta.getPrevStepFields");
  }

  public RowMetaInterface getPrevStepFields(StepMeta a0, ProgressMonitorListener a1) throws KettleStepException {
    throw OutsideMirror.unsupported("TransMeta.getPrevStepFields");
  }

  public RowMetaInterface getPrevStepFields(StepMeta a0, String a1, ProgressMonitorListener a2) throws KettleStepException {
    throw OutsideMirror.unsupported("TransMeta.getPrevStepFields");
  }

  public RowMetaInterface getThisStepFields(String a0, RowMetaInterface a1) throws KettleStepException {
    throw OutsideMirror.unsupported("TransMeta.getThisStepFields");
  }

  public RowMetaInterface getThisStepFields(StepMeta a0, StepMeta a1, RowMetaInterface a2) throws KettleStepException {
    throw OutsideMirror.unsupported("TransMeta.getThisStepFields");
  }

  public RowMetaInterface getThisStepFields(StepMeta a0, StepMeta a1, RowMetaInterface a2, ProgressMonitorListener a3) throws KettleStepException {
    throw OutsideMirror.unsupported("TransMeta.getThisStepFields");
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
    throw OutsideMirror.unsupported("TransMeta.initializeVariablesFrom");
  }

  @Override
  public void copyVariablesFrom(VariableSpace a0) {
    throw OutsideMirror.unsupported("TransMeta.copyVariablesFrom");
  }

  @Override
  public void shareVariablesWith(VariableSpace a0) {
    throw OutsideMirror.unsupported("TransMeta.shareVariablesWith");
  }

  @Override
  public VariableSpace getParentVariableSpace() {
    throw OutsideMirror.unsupported("TransMeta.getParentVariableSpace");
  }

  @Override
  public void setParentVariableSpace(VariableSpace a0) {
    throw OutsideMirror.unsupported("TransMeta.setParentVariableSpace");
  }

  @Override
  public void setVariable(String a0, String a1) {
    throw OutsideMirror.unsupported("TransMeta.setVariable");
  }

  @Override
  public String getVariable(String a0, String a1) {
    throw OutsideMirror.unsupported("TransMeta.getVariable");
  }

  @Override
  public String getVariable(String a0) {
    throw OutsideMirror.unsupported("TransMeta.getVariable");
  }

  @Override
  public boolean getBooleanValueOfVariable(String a0, boolean a1) {
    throw OutsideMirror.unsupported("TransMeta.getBooleanValueOfVariable");
  }

  @Override
  public String[] listVariables() {
    throw OutsideMirror.unsupported("TransMeta.listVariables");
  }

  @Override
  public String environmentSubstitute(String a0) {
    throw OutsideMirror.unsupported("TransMeta.environmentSubstitute");
  }

  @Override
  public String[] environmentSubstitute(String[] a0) {
    throw OutsideMirror.unsupported("TransMeta.environmentSubstitute");
  }

  @Override
  public void injectVariables(Map<String, String> a0) {
    throw OutsideMirror.unsupported("TransMeta.injectVariables");
  }

  @Override
  public String fieldSubstitute(String a0, RowMetaInterface a1, Object[] a2) throws KettleValueException {
    throw OutsideMirror.unsupported("TransMeta.fieldSubstitute");
  }
}
