package org.pentaho.di.trans.step;

import io.pdimesos.pdiapi.MirrorLogChannel;
import org.pentaho.di.core.row.RowMeta;

import io.pdimesos.pdiapi.OutsideMirror;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pentaho.di.core.CheckResultInterface;
import org.pentaho.di.core.Counter;
import org.pentaho.di.core.KettleAttributeInterface;
import org.pentaho.di.core.SQLStatement;
import org.pentaho.di.core.database.Database;
import org.pentaho.di.core.database.DatabaseMeta;
import org.pentaho.di.core.exception.KettleDatabaseException;
import org.pentaho.di.core.exception.KettleException;
import org.pentaho.di.core.exception.KettleStepException;
import org.pentaho.di.core.exception.KettleXMLException;
import org.pentaho.di.core.logging.LogChannelInterface;
import org.pentaho.di.core.logging.LoggingObjectInterface;
import org.pentaho.di.core.logging.LoggingObjectType;
import org.pentaho.di.core.row.RowMetaInterface;
import org.pentaho.di.core.variables.VariableSpace;
import org.pentaho.di.repository.ObjectId;
import org.pentaho.di.repository.ObjectRevision;
import org.pentaho.di.repository.Repository;
import org.pentaho.di.repository.RepositoryDirectory;
import org.pentaho.di.resource.ResourceDefinition;
import org.pentaho.di.resource.ResourceNamingInterface;
import org.pentaho.di.resource.ResourceReference;
import org.pentaho.di.trans.DatabaseImpact;
import org.pentaho.di.trans.TransMeta;
import org.pentaho.di.trans.step.errorhandling.StreamInterface;
import org.pentaho.metastore.api.IMetaStore;
import org.w3c.dom.Node;

public class BaseStepMeta implements Cloneable, StepAttributesInterface {
  public static final LoggingObjectInterface loggingObject = OutsideMirror.runtime((LoggingObjectInterface) null);

  public static final String STEP_ATTRIBUTES_FILE = "step-attributes.xml";

  protected Database[] databases;

  protected Repository repository;

  protected StepMeta parentStepMeta;

  public BaseStepMeta() {
    changed = false;
    log = new MirrorLogChannel(getClass().getSimpleName());
  }

  public Object clone() {
    try {
      return super.clone();
    } catch (CloneNotSupportedException e) {
      return null;
    }
  }

  public void setChanged(boolean a0) {
    changed = a0;
  }

  public void setChanged() {
    changed = true;
  }

  public boolean hasChanged() {
    return changed;
  }

  public RowMetaInterface getTableFields() {
    return null;
  }

  public String getXML() throws KettleException {
    return "";
  }

  @Deprecated public void getFields(RowMetaInterface a0, String a1, RowMetaInterface[] a2, StepMeta a3, VariableSpace a4) throws KettleStepException {
    getFields(a0, a1, a2, a3, a4, null, null);
  }

  public void getFields(RowMetaInterface a0, String a1, RowMetaInterface[] a2, StepMeta a3, VariableSpace a4, Repository a5, IMetaStore a6) throws KettleStepException {
    // By default a step passes its input layout through unchanged.
  }

  @Deprecated public void analyseImpact(List<DatabaseImpact> a0, TransMeta a1, StepMeta a2, RowMetaInterface a3, String[] a4, String[] a5, RowMetaInterface a6) throws KettleStepException {
    throw OutsideMirror.unsupported("BaseStepMeta.analyseImpact");
  }

  public void analyseImpact(List<DatabaseImpact> a0, TransMeta a1, StepMeta a2, RowMetaInterface a3, String[] a4, String[] a5, RowMetaInterface a6, Repository a7, IMetaStore a8) throws KettleStepException {
    throw OutsideMirror.unsupported("BaseStepMeta.analyseImpact");
  }

  @Deprecated public SQLStatement getSQLStatements(TransMeta a0, StepMeta a1, RowMetaInterface a2) throws KettleStepException {
    throw OutsideMirror.unsupported("BaseStepMeta.getSQLStatements");
  }

  public SQLStatement getSQLStatements(TransMeta a0, StepMeta a1, RowMetaInterface a2, Repository a3, IMetaStore a4) throws KettleStepException {
    throw OutsideMirror.unsupported("BaseStepMeta.getSQLStatements");
  }

  public void cancelQueries() throws KettleDatabaseException {
    // No database work in the base class.
  }

  public Map<String, String> getUsedArguments() {
    return null;
  }

  @Deprecated public RowMetaInterface getRequiredFields() throws KettleException {
    return getRequiredFields(null);
  }

  public RowMetaInterface getRequiredFields(VariableSpace a0) throws KettleException {
    return new RowMeta();
  }

  public DatabaseMeta[] getUsedDatabaseConnections() {
    return new DatabaseMeta[] {};
  }

  public String[] getUsedLibraries() {
    return new String[] {};
  }

  public boolean supportsErrorHandling() {
    return false;
  }

  public boolean excludeFromRowLayoutVerification() {
    return false;
  }

  public boolean excludeFromCopyDistributeVerification() {
    return false;
  }

  public List<ResourceReference> getResourceDependencies(TransMeta a0, StepMeta a1) {
    return new ArrayList<ResourceReference>();
  }

  @Deprecated public String exportResources(VariableSpace a0, Map<String, ResourceDefinition> a1, ResourceNamingInterface a2, Repository a3) throws KettleException {
    return null;
  }

  public String exportResources(VariableSpace a0, Map<String, ResourceDefinition> a1, ResourceNamingInterface a2, Repository a3, IMetaStore a4) throws KettleException {
    return null;
  }

  @Deprecated public String getDialogClassName() {
    String className = getClass().getName().replaceFirst("\\.di\\.", ".di.ui.");
    if (className.endsWith("Meta")) {
      className = className.substring(0, className.length() - "Meta".length());
    }
    return className + "Dialog";
  }

  public StepMeta getParentStepMeta() {
    return parentStepMeta;
  }

  public void setParentStepMeta(StepMeta a0) {
    parentStepMeta = a0;
  }

  protected LogChannelInterface log;

  protected ArrayList<KettleAttributeInterface> attributes;

  public LogChannelInterface getLog() {
    return log;
  }

  public boolean isBasic() {
    return log.isBasic();
  }

  public boolean isDetailed() {
    return log.isDetailed();
  }

  public boolean isDebug() {
    return log.isDebug();
  }

  public boolean isRowLevel() {
    return log.isRowLevel();
  }

  public void logMinimal(String a0) {
    log.logMinimal(a0);
  }

  public void logMinimal(String a0, Object... a1) {
    log.logMinimal(a0, a1);
  }

  public void logBasic(String a0) {
    log.logBasic(a0);
  }

  public void logBasic(String a0, Object... a1) {
    log.logBasic(a0, a1);
  }

  public void logDetailed(String a0) {
    log.logDetailed(a0);
  }

  public void logDetailed(String a0, Object... a1) {
    log.logDetailed(a0, a1);
  }

  public void logDebug(String a0) {
    log.logDebug(a0);
  }

  public void logDebug(String a0, Object... a1) {
    log.logDebug(a0, a1);
  }

  public void logRowlevel(String a0) {
    log.logRowlevel(a0);
  }

  public void logRowlevel(String a0, Object... a1) {
    log.logRowlevel(a0, a1);
  }

  public void logError(String a0) {
    log.logError(a0);
  }

  public void logError(String a0, Throwable a1) {
    log.logError(a0, a1);
  }

  public void logError(String a0, Object... a1) {
    log.logError(a0, a1);
  }

  public String getLogChannelId() {
    return log.getLogChannelId();
  }

  public String getName() {
    return parentStepMeta == null ? null : parentStepMeta.getName();
  }

  public String getObjectCopy() {
    throw OutsideMirror.unsupported("BaseStepMeta.getObjectCopy");
  }

  public ObjectId getObjectId() {
    throw OutsideMirror.unsupported("BaseStepMeta.getObjectId");
  }

  public ObjectRevision getObjectRevision() {
    throw OutsideMirror.unsupported("BaseStepMeta.getObjectRevision");
  }

  public LoggingObjectType getObjectType() {
    throw OutsideMirror.unsupported("BaseStepMeta.getObjectType");
  }

  public LoggingObjectInterface getParent() {
    throw OutsideMirror.unsupported("BaseStepMeta.getParent");
  }

  public RepositoryDirectory getRepositoryDirectory() {
    throw OutsideMirror.unsupported("BaseStepMeta.getRepositoryDirectory");
  }

  public StepIOMetaInterface getStepIOMeta() {
    throw OutsideMirror.unsupported("BaseStepMeta.getStepIOMeta");
  }

  public StepIOMetaInterface getStepIOMeta(boolean a0) {
    throw OutsideMirror.unsupported("BaseStepMeta.getStepIOMeta");
  }

  public void setStepIOMeta(StepIOMetaInterface a0) {
    throw OutsideMirror.unsupported("BaseStepMeta.setStepIOMeta");
  }

  public List<StreamInterface> getOptionalStreams() {
    throw OutsideMirror.unsupported("BaseStepMeta.getOptionalStreams");
  }

  public void handleStreamSelection(StreamInterface a0) {
    throw OutsideMirror.unsupported("BaseStepMeta.handleStreamSelection");
  }

  public void resetStepIoMeta() {
    throw OutsideMirror.unsupported("BaseStepMeta.resetStepIoMeta");
  }

  public void searchInfoAndTargetSteps(List<StepMeta> a0) {
    throw OutsideMirror.unsupported("BaseStepMeta.searchInfoAndTargetSteps");
  }

  @Deprecated public StepMetaInjectionInterface getStepMetaInjectionInterface() {
    throw OutsideMirror.unsupported("BaseStepMeta.getStepMetaInjectionInterface");
  }

  public List<StepInjectionMetaEntry> extractStepMetadataEntries() throws KettleException {
    throw OutsideMirror.unsupported("BaseStepMeta.extractStepMetadataEntries");
  }

  protected StepInjectionMetaEntry findParentEntry(List<StepInjectionMetaEntry> a0, String a1) {
    throw OutsideMirror.unsupported("BaseStepMeta.findParentEntry");
  }

  protected StepInjectionMetaEntry createEntry(KettleAttributeInterface a0, Class<?> a1) {
    throw OutsideMirror.unsupported("BaseStepMeta.createEntry");
  }

  public List<StepInjectionMetaEntry> getStepInjectionMetadataEntries(Class<?> a0) {
    throw OutsideMirror.unsupported("BaseStepMeta.getStepInjectionMetadataEntries");
  }

  protected void loadStepAttributes() throws KettleException {
    throw OutsideMirror.unsupported("BaseStepMeta.loadStepAttributes");
  }

  public KettleAttributeInterface findParent(List<KettleAttributeInterface> a0, String a1) {
    throw OutsideMirror.unsupported("BaseStepMeta.findParent");
  }

  public KettleAttributeInterface findAttribute(String a0) {
    throw OutsideMirror.unsupported("BaseStepMeta.findAttribute");
  }

  public String getXmlCode(String a0) {
    throw OutsideMirror.unsupported("BaseStepMeta.getXmlCode");
  }

  public String getRepCode(String a0) {
    throw OutsideMirror.unsupported("BaseStepMeta.getRepCode");
  }

  public String getDescription(String a0) {
    throw OutsideMirror.unsupported("BaseStepMeta.getDescription");
  }

  public String getTooltip(String a0) {
    throw OutsideMirror.unsupported("BaseStepMeta.getTooltip");
  }

  public TransMeta.TransformationType[] getSupportedTransformationTypes() {
    throw OutsideMirror.unsupported("BaseStepMeta.getSupportedTransformationTypes");
  }

  public boolean hasRepositoryReferences() {
    return false;
  }

  public void lookupRepositoryReferences(Repository a0) throws KettleException {
    // No references to other repository objects.
  }

  public String[] getReferencedObjectDescriptions() {
    return null;
  }

  public boolean[] isReferencedObjectEnabled() {
    return null;
  }

  public String getActiveReferencedObjectDescription() {
    return null;
  }

  @Deprecated public Object loadReferencedObject(int a0, Repository a1, VariableSpace a2) throws KettleException {
    return null;
  }

  public Object loadReferencedObject(int a0, Repository a1, IMetaStore a2, VariableSpace a3) throws KettleException {
    return null;
  }

  @Deprecated public void readRep(Repository a0, ObjectId a1, List<DatabaseMeta> a2) throws KettleException {
    readRep(a0, null, a1, a2);
  }

  public void readRep(Repository a0, IMetaStore a1, ObjectId a2, List<DatabaseMeta> a3) throws KettleException {
    // PDI's base implementation reads nothing.
  }

  @Deprecated public void readRep(Repository a0, ObjectId a1, List<DatabaseMeta> a2, Map<String, Counter> a3) throws KettleException {
    readRep(a0, null, a1, a2);
  }

  @Deprecated public void loadXML(Node a0, List<DatabaseMeta> a1) throws KettleXMLException {
    loadXML(a0, a1, (IMetaStore) null);
  }

  @Deprecated public void loadXML(Node a0, List<DatabaseMeta> a1, Map<String, Counter> a2) throws KettleXMLException {
    loadXML(a0, a1, (IMetaStore) null);
  }

  public void loadXML(Node a0, List<DatabaseMeta> a1, IMetaStore a2) throws KettleXMLException {
    // PDI's base implementation reads nothing.
  }

  @Deprecated public void saveRep(Repository a0, ObjectId a1, ObjectId a2) throws KettleException {
    saveRep(a0, null, a1, a2);
  }

  public void saveRep(Repository a0, IMetaStore a1, ObjectId a2, ObjectId a3) throws KettleException {
    // PDI's base implementation stores nothing.
  }

  @Deprecated public void check(List<CheckResultInterface> a0, TransMeta a1, StepMeta a2, RowMetaInterface a3, String[] a4, String[] a5, RowMetaInterface a6) {
    check(a0, a1, a2, a3, a4, a5, a6, null, null, null);
  }

  @Deprecated public void check(List<CheckResultInterface> a0, TransMeta a1, StepMeta a2, RowMetaInterface a3, String[] a4, String[] a5, RowMetaInterface a6, Repository a7, IMetaStore a8) {
    check(a0, a1, a2, a3, a4, a5, a6, null, a7, a8);
  }

  public void check(List<CheckResultInterface> a0, TransMeta a1, StepMeta a2, RowMetaInterface a3, String[] a4, String[] a5, RowMetaInterface a6, VariableSpace a7, Repository a8, IMetaStore a9) {
    // Nothing to verify in the base class.
  }

  private boolean changed;
}
