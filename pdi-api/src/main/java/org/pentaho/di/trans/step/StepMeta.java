package org.pentaho.di.trans.step;

import io.pdimesos.pdiapi.OutsideMirror;
import java.util.List;
import java.util.Map;
import org.pentaho.di.base.BaseMeta;
import org.pentaho.di.core.AttributesInterface;
import org.pentaho.di.core.CheckResultSourceInterface;
import org.pentaho.di.core.Counter;
import org.pentaho.di.core.database.DatabaseMeta;
import org.pentaho.di.core.exception.KettlePluginLoaderException;
import org.pentaho.di.core.exception.KettleXMLException;
import org.pentaho.di.core.gui.GUIPositionInterface;
import org.pentaho.di.repository.ObjectId;
import org.pentaho.di.resource.ResourceExportInterface;
import org.pentaho.di.resource.ResourceHolderInterface;
import org.pentaho.di.shared.SharedObjectBase;
import org.pentaho.di.shared.SharedObjectInterface;
import org.pentaho.di.trans.TransMeta;
import org.pentaho.metastore.api.IMetaStore;
import org.w3c.dom.Node;

public class StepMeta extends SharedObjectBase implements Cloneable, Comparable<StepMeta>, GUIPositionInterface, SharedObjectInterface, CheckResultSourceInterface, ResourceExportInterface, ResourceHolderInterface, AttributesInterface, BaseMeta {
  public StepMeta(String a0, String a1, StepMetaInterface a2) {
    throw OutsideMirror.unsupported("StepMeta constructor");
  }

  public StepMeta(String a0, StepMetaInterface a1) {
    throw OutsideMirror.unsupported("StepMeta constructor");
  }

  public StepMeta() {
    throw OutsideMirror.unsupported("StepMeta constructor");
  }

  @Deprecated public StepMeta(Node a0, List<DatabaseMeta> a1, Map<String, Counter> a2) throws KettleXMLException, KettlePluginLoaderException {
    throw OutsideMirror.unsupported("StepMeta constructor");
  }

  public StepMeta(Node a0, List<DatabaseMeta> a1, IMetaStore a2) throws KettleXMLException, KettlePluginLoaderException {
    throw OutsideMirror.unsupported("StepMeta constructor");
  }

  public ObjectId getObjectId() {
    throw OutsideMirror.unsupported("StepMeta.getObjectId");
  }

  public int getCopies() {
    throw OutsideMirror.unsupported("StepMeta.getCopies");
  }

  public boolean equals(Object a0) {
    throw OutsideMirror.unsupported("StepMeta.equals");
  }

  public int hashCode() {
    throw OutsideMirror.unsupported("StepMeta.hashCode");
  }

  public int compareTo(StepMeta a0) {
    throw OutsideMirror.unsupported("StepMeta.compareTo");
  }

  public Object clone() {
    throw OutsideMirror.unsupported("StepMeta.clone");
  }

  public StepMetaInterface getStepMetaInterface() {
    throw OutsideMirror.unsupported("StepMeta.getStepMetaInterface");
  }

  public void setStepMetaInterface(StepMetaInterface a0) {
    throw OutsideMirror.unsupported("StepMeta.setStepMetaInterface");
  }

  public String getStepID() {
    throw OutsideMirror.unsupported("StepMeta.getStepID");
  }

  public String getName() {
    throw OutsideMirror.unsupported("StepMeta.getName");
  }

  public void setName(String a0) {
    throw OutsideMirror.unsupported("StepMeta.setName");
  }

  public String getDescription() {
    throw OutsideMirror.unsupported("StepMeta.getDescription");
  }

  public void setDescription(String a0) {
    throw OutsideMirror.unsupported("StepMeta.setDescription");
  }

  public StepMeta(ObjectId a0) {
    throw OutsideMirror.unsupported("StepMeta constructor");
  }

  public String toString() {
    throw OutsideMirror.unsupported("StepMeta.toString");
  }

  public StepErrorMeta getStepErrorMeta() {
    throw OutsideMirror.unsupported("StepMeta.getStepErrorMeta");
  }

  public void setStepErrorMeta(StepErrorMeta a0) {
    throw OutsideMirror.unsupported("StepMeta.setStepErrorMeta");
  }

  public boolean supportsErrorHandling() {
    throw OutsideMirror.unsupported("StepMeta.supportsErrorHandling");
  }

  public boolean isDoingErrorHandling() {
    throw OutsideMirror.unsupported("StepMeta.isDoingErrorHandling");
  }

  public void setParentTransMeta(TransMeta a0) {
    throw OutsideMirror.unsupported("StepMeta.setParentTransMeta");
  }

  public TransMeta getParentTransMeta() {
    throw OutsideMirror.unsupported("StepMeta.getParentTransMeta");
  }

  @Override
  public String getTypeId() {
    throw OutsideMirror.unsupported("StepMeta.getTypeId");
  }
}
