package org.pentaho.di.trans.step;

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
    throw OutsideMirror.unsupported("BaseStepMeta constructor");
  }

  public Object clone() {
    throw OutsideMirror.unsupported("BaseStepMeta.clone");
  }

  public void setChanged(boolean a0) {
    throw OutsideMirror.unsupported("BaseStepMeta.setChanged");
  }

  public void setChanged() {
    throw OutsideMirror.unsupported("BaseStepMeta.setChanged");
  }

  public boolean hasChanged() {
    throw OutsideMirror.unsupported("BaseStepMeta.hasChanged");
  }

  public RowMetaInterface getTableFields() {
    throw OutsideMirror.unsupported("BaseStepMeta.getTableFields");
  }

  public String getXML() throws KettleException {
    throw OutsideMirror.unsupported("BaseStepMeta.getXML");
  }

  @Deprecated public void getFields(RowMetaInterface a0, String a1, RowMetaInterface[] a2, StepMeta a3, VariableSpace a4) throws KettleStepException {
    throw OutsideMirror.unsupported("BaseStepMeta.getFields");
  }

  public void getFields(RowMetaInterface a0, String a1, RowMetaInterface[] a2, StepMeta a3, VariableSpace a4, Repository a5, IMetaStore a6) throws KettleStepException {
    throw OutsideMirror.unsupported("BaseStepMeta.getFields");
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
    throw OutsideMirror.unsupported("BaseStepMeta.cancelQueries");
  }

  public Map<String, String> getUsedArguments() {
    throw OutsideMirror.unsupported("BaseStepMeta.getUsedArguments");
  }

  @Deprecated public RowMetaInterface getRequiredFields() throws KettleException {
    throw OutsideMirror.unsupported("BaseStepMeta.getRequiredFields");
  }

  public RowMetaInterface getRequiredFields(VariableSpace a0) throws KettleException {
    throw OutsideMirror.unsupported("BaseStepMeta.getRequiredFields");
  }

  public DatabaseMeta[] getUsedDatabaseConnections() {
    throw OutsideMirror.unsupported("BaseStepMeta.getUsedDatabaseConnections");
  }

  public String[] getUsedLibraries() {
    throw OutsideMirror.unsupported("BaseStepMeta.getUsedLibraries");
  }

  public boolean supportsErrorHandling() {
    throw OutsideMirror.unsupported("BaseStepMeta.supportsErrorHandling");
  }

  public boolean excludeFromRowLayoutVerification() {
    throw OutsideMirror.unsupported("BaseStepMeta.excludeFromRowLayoutVerification");
  }

  public boolean excludeFromCopyDistributeVerification() {
    throw OutsideMirror.unsupported("BaseStepMeta.excludeFromCopyDistributeVerification");
  }

  public List<ResourceReference> getResourceDependencies(TransMeta a0, StepMeta a1) {
    throw OutsideMirror.unsupported("BaseStepMeta.getResourceDependencies");
  }

  @Deprecated public String exportResources(VariableSpace a0, Map<String, ResourceDefinition> a1, ResourceNamingInterface a2, Repository a3) throws KettleException {
    throw OutsideMirror.unsupported("BaseStepMeta.exportResources");
  }

  public String exportResources(VariableSpace a0, Map<String, ResourceDefinition> a1, ResourceNamingInterface a2, Repository a3, IMetaStore a4) throws KettleException {
    throw OutsideMirror.unsupported("BaseStepMeta.exportResources");
  }

  @Deprecated public String getDialogClassName() {
    throw OutsideMirror.unsupported("BaseStepMeta.getDialogClassName");
  }

  public StepMeta getParentStepMeta() {
    throw OutsideMirror.unsupported("BaseStepMeta.getParentStepMeta");
  }

  public void setParentStepMeta(StepMeta a0) {
    throw OutsideMirror.unsupported("BaseStepMeta.setParentStepMeta");
  }

  protected LogChannelInterface log;

  protected ArrayList<KettleAttributeInterface> attributes;

  public LogChannelInterface getLog() {
    throw OutsideMirror.unsupported("BaseStepMeta.getLog");
  }

  public boolean isBasic() {
    throw OutsideMirror.unsupported("BaseStepMeta.isBasic");
  }

  public boolean isDetailed() {
    throw OutsideMirror.unsupported("BaseStepMeta.isDetailed");
  }

  public boolean isDebug() {
    throw OutsideMirror.unsupported("BaseStepMeta.isDebug");
  }

  public boolean isRowLevel() {
    throw OutsideMirror.unsupported("BaseStepMeta.isRowLevel");
  }

  public void logMinimal(String a0) {
    throw OutsideMirror.unsupported("BaseStepMeta.logMinimal");
  }

  public void logMinimal(String a0, Object... a1) {
    throw OutsideMirror.unsupported("BaseStepMeta.logMinimal");
  }

  public void logBasic(String a0) {
    throw OutsideMirror.unsupported("BaseStepMeta.logBasic");
  }

  public void logBasic(String a0, Object... a1) {
    throw OutsideMirror.unsupported("BaseStepMeta.logBasic");
  }

  public void logDetailed(String a0) {
    throw OutsideMirror.unsupported("BaseStepMeta.logDetailed");
  }

  public void logDetailed(String a0, Object... a1) {
    throw OutsideMirror.unsupported("BaseStepMeta.logDetailed");
  }

  public void logDebug(String a0) {
    throw OutsideMirror.unsupported("BaseStepMeta.logDebug");
  }

  public void logDebug(String a0, Object... a1) {
    throw OutsideMirror.unsupported("BaseStepMeta.logDebug");
  }

  public void logRowlevel(String a0) {
    throw OutsideMirror.unsupported("BaseStepMeta.logRowlevel");
  }

  public void logRowlevel(String a0, Object... a1) {
    throw OutsideMirror.unsupported("BaseStepMeta.logRowlevel");
  }

  public void logError(String a0) {
    throw OutsideMirror.unsupported("BaseStepMeta.logError");
  }

  public void logError(String a0, Throwable a1) {
    throw OutsideMirror.unsupported("BaseStepMeta.logError");
  }

  public void logError(String a0, Object... a1) {
    throw OutsideMirror.unsupported("BaseStepMeta.logError");
  }

  public String getLogChannelId() {
    throw OutsideMirror.unsupported("BaseStepMeta.getLogChannelId");
  }

  public String getName() {
    throw OutsideMirror.unsupported("BaseStepMeta.getName");
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
    throw OutsideMirror.unsupported("BaseStepMeta.hasRepositoryReferences");
  }

  public void lookupRepositoryReferences(Repository a0) throws KettleException {
    throw OutsideMirror.unsupported("BaseStepMeta.lookupRepositoryReferences");
  }

  public String[] getReferencedObjectDescriptions() {
    throw OutsideMirror.unsupported("BaseStepMeta.getReferencedObjectDescriptions");
  }

  public boolean[] isReferencedObjectEnabled() {
    throw OutsideMirror.unsupported("BaseStepMeta.isReferencedObjectEnabled");
  }

  public String getActiveReferencedObjectDescription() {
    throw OutsideMirror.unsupported("BaseStepMeta.getActiveReferencedObjectDescription");
  }

  @Deprecated public Object loadReferencedObject(int a0, Repository a1, VariableSpace a2) throws KettleException {
    throw OutsideMirror.unsupported("BaseStepMeta.loadReferencedObject");
  }

  public Object loadReferencedObject(int a0, Repository a1, IMetaStore a2, VariableSpace a3) throws KettleException {
    throw OutsideMirror.unsupported("BaseStepMeta.loadReferencedObject");
  }

  @Deprecated public void readRep(Repository a0, ObjectId a1, List<DatabaseMeta> a2) throws KettleException {
    throw OutsideMirror.unsupported("BaseStepMeta.readRep");
  }

  public void readRep(Repository a0, IMetaStore a1, ObjectId a2, List<DatabaseMeta> a3) throws KettleException {
    throw OutsideMirror.unsupported("BaseStepMeta.readRep");
  }

  @Deprecated public void readRep(Repository a0, ObjectId a1, List<DatabaseMeta> a2, Map<String, Counter> a3) throws KettleException {
    throw OutsideMirror.unsupported("BaseStepMeta.readRep");
  }

  @Deprecated public void loadXML(Node a0, List<DatabaseMeta> a1) throws KettleXMLException {
    throw OutsideMirror.unsupported("BaseStepMeta.loadXML");
  }

  @Deprecated public void loadXML(Node a0, List<DatabaseMeta> a1, Map<String, Counter> a2) throws KettleXMLException {
    throw OutsideMirror.unsupported("BaseStepMeta.loadXML");
  }

  public void loadXML(Node a0, List<DatabaseMeta> a1, IMetaStore a2) throws KettleXMLException {
    throw OutsideMirror.unsupported("BaseStepMeta.loadXML");
  }

  @Deprecated public void saveRep(Repository a0, ObjectId a1, ObjectId a2) throws KettleException {
    throw OutsideMirror.unsupported("BaseStepMeta.saveRep");
  }

  public void saveRep(Repository a0, IMetaStore a1, ObjectId a2, ObjectId a3) throws KettleException {
    throw OutsideMirror.unsupported("BaseStepMeta.saveRep");
  }

  @Deprecated public void check(List<CheckResultInterface> a0, TransMeta a1, StepMeta a2, RowMetaInterface a3, String[] a4, String[] a5, RowMetaInterface a6) {
    throw OutsideMirror.unsupported("BaseStepMeta.check");
  }

  @Deprecated public void check(List<CheckResultInterface> a0, TransMeta a1, StepMeta a2, RowMetaInterface a3, String[] a4, String[] a5, RowMetaInterface a6, Repository a7, IMetaStore a8) {
    throw OutsideMirror.unsupported("BaseStepMeta.check");
  }

  public void check(List<CheckResultInterface> a0, TransMeta a1, StepMeta a2, RowMetaInterface a3, String[] a4, String[] a5, RowMetaInterface a6, VariableSpace a7, Repository a8, IMetaStore a9) {
    throw OutsideMirror.unsupported("BaseStepMeta.check");
  }
}
