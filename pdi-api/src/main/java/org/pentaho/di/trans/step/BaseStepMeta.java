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

  public void setChanged(boolean flag) {
    changed = flag;
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

  @Deprecated public void getFields(RowMetaInterface rowMeta, String text, RowMetaInterface[] infoRowMetas, StepMeta stepMeta, VariableSpace space) throws KettleStepException {
    // Empty in PDI 9.4 (11.0 hands it to its Bowl overload, see FieldsDispatch); 9.4's TransMeta asks the 7-argument one.
  }

  public void getFields(RowMetaInterface rowMeta, String text, RowMetaInterface[] infoRowMetas, StepMeta stepMeta, VariableSpace space, Repository repository, IMetaStore metaStore) throws KettleStepException {
    // By default a step passes its input layout through unchanged.
  }

  @Deprecated public void analyseImpact(List<DatabaseImpact> list, TransMeta transMeta, StepMeta stepMeta, RowMetaInterface rowMeta, String[] texts, String[] texts2, RowMetaInterface rowMeta2) throws KettleStepException {
    throw OutsideMirror.unsupported("BaseStepMeta.analyseImpact");
  }

  public void analyseImpact(List<DatabaseImpact> list, TransMeta transMeta, StepMeta stepMeta, RowMetaInterface rowMeta, String[] texts, String[] texts2, RowMetaInterface rowMeta2, Repository repository, IMetaStore metaStore) throws KettleStepException {
    throw OutsideMirror.unsupported("BaseStepMeta.analyseImpact");
  }

  @Deprecated public SQLStatement getSQLStatements(TransMeta transMeta, StepMeta stepMeta, RowMetaInterface rowMeta) throws KettleStepException {
    throw OutsideMirror.unsupported("BaseStepMeta.getSQLStatements");
  }

  public SQLStatement getSQLStatements(TransMeta transMeta, StepMeta stepMeta, RowMetaInterface rowMeta, Repository repository, IMetaStore metaStore) throws KettleStepException {
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

  public RowMetaInterface getRequiredFields(VariableSpace space) throws KettleException {
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

  public List<ResourceReference> getResourceDependencies(TransMeta transMeta, StepMeta stepMeta) {
    return new ArrayList<ResourceReference>();
  }

  @Deprecated public String exportResources(VariableSpace space, Map<String, ResourceDefinition> map, ResourceNamingInterface resourceNaming, Repository repository) throws KettleException {
    return null;
  }

  public String exportResources(VariableSpace space, Map<String, ResourceDefinition> map, ResourceNamingInterface resourceNaming, Repository repository, IMetaStore metaStore) throws KettleException {
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

  public void setParentStepMeta(StepMeta stepMeta) {
    parentStepMeta = stepMeta;
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

  public void logMinimal(String text) {
    log.logMinimal(text);
  }

  public void logMinimal(String text, Object... arguments) {
    log.logMinimal(text, arguments);
  }

  public void logBasic(String text) {
    log.logBasic(text);
  }

  public void logBasic(String text, Object... arguments) {
    log.logBasic(text, arguments);
  }

  public void logDetailed(String text) {
    log.logDetailed(text);
  }

  public void logDetailed(String text, Object... arguments) {
    log.logDetailed(text, arguments);
  }

  public void logDebug(String text) {
    log.logDebug(text);
  }

  public void logDebug(String text, Object... arguments) {
    log.logDebug(text, arguments);
  }

  public void logRowlevel(String text) {
    log.logRowlevel(text);
  }

  public void logRowlevel(String text, Object... arguments) {
    log.logRowlevel(text, arguments);
  }

  public void logError(String text) {
    log.logError(text);
  }

  public void logError(String text, Throwable error) {
    log.logError(text, error);
  }

  public void logError(String text, Object... arguments) {
    log.logError(text, arguments);
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

  public StepIOMetaInterface getStepIOMeta(boolean flag) {
    throw OutsideMirror.unsupported("BaseStepMeta.getStepIOMeta");
  }

  public void setStepIOMeta(StepIOMetaInterface stepIOMeta) {
    throw OutsideMirror.unsupported("BaseStepMeta.setStepIOMeta");
  }

  public List<StreamInterface> getOptionalStreams() {
    throw OutsideMirror.unsupported("BaseStepMeta.getOptionalStreams");
  }

  public void handleStreamSelection(StreamInterface stream) {
    throw OutsideMirror.unsupported("BaseStepMeta.handleStreamSelection");
  }

  public void resetStepIoMeta() {
    throw OutsideMirror.unsupported("BaseStepMeta.resetStepIoMeta");
  }

  public void searchInfoAndTargetSteps(List<StepMeta> list) {
    throw OutsideMirror.unsupported("BaseStepMeta.searchInfoAndTargetSteps");
  }

  @Deprecated public StepMetaInjectionInterface getStepMetaInjectionInterface() {
    throw OutsideMirror.unsupported("BaseStepMeta.getStepMetaInjectionInterface");
  }

  public List<StepInjectionMetaEntry> extractStepMetadataEntries() throws KettleException {
    throw OutsideMirror.unsupported("BaseStepMeta.extractStepMetadataEntries");
  }

  protected StepInjectionMetaEntry findParentEntry(List<StepInjectionMetaEntry> list, String text) {
    throw OutsideMirror.unsupported("BaseStepMeta.findParentEntry");
  }

  protected StepInjectionMetaEntry createEntry(KettleAttributeInterface kettleAttribute, Class<?> type) {
    throw OutsideMirror.unsupported("BaseStepMeta.createEntry");
  }

  public List<StepInjectionMetaEntry> getStepInjectionMetadataEntries(Class<?> type) {
    throw OutsideMirror.unsupported("BaseStepMeta.getStepInjectionMetadataEntries");
  }

  protected void loadStepAttributes() throws KettleException {
    throw OutsideMirror.unsupported("BaseStepMeta.loadStepAttributes");
  }

  public KettleAttributeInterface findParent(List<KettleAttributeInterface> list, String text) {
    throw OutsideMirror.unsupported("BaseStepMeta.findParent");
  }

  public KettleAttributeInterface findAttribute(String text) {
    throw OutsideMirror.unsupported("BaseStepMeta.findAttribute");
  }

  public String getXmlCode(String text) {
    throw OutsideMirror.unsupported("BaseStepMeta.getXmlCode");
  }

  public String getRepCode(String text) {
    throw OutsideMirror.unsupported("BaseStepMeta.getRepCode");
  }

  public String getDescription(String text) {
    throw OutsideMirror.unsupported("BaseStepMeta.getDescription");
  }

  public String getTooltip(String text) {
    throw OutsideMirror.unsupported("BaseStepMeta.getTooltip");
  }

  public TransMeta.TransformationType[] getSupportedTransformationTypes() {
    throw OutsideMirror.unsupported("BaseStepMeta.getSupportedTransformationTypes");
  }

  public boolean hasRepositoryReferences() {
    return false;
  }

  public void lookupRepositoryReferences(Repository repository2) throws KettleException {
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

  @Deprecated public Object loadReferencedObject(int number, Repository repository, VariableSpace space) throws KettleException {
    return null;
  }

  public Object loadReferencedObject(int number, Repository repository, IMetaStore metaStore, VariableSpace space) throws KettleException {
    return null;
  }

  @Deprecated public void readRep(Repository repository, ObjectId id, List<DatabaseMeta> databases) throws KettleException {
    // Empty in PDI (9.4 and 11.0): its callers use the current overload, so a step that only overrides this one is never asked.
  }

  public void readRep(Repository repository, IMetaStore metaStore, ObjectId id, List<DatabaseMeta> databases) throws KettleException {
    // PDI's base implementation reads nothing.
  }

  @Deprecated public void readRep(Repository repository, ObjectId id, List<DatabaseMeta> databases, Map<String, Counter> counters) throws KettleException {
    // Empty in PDI (9.4 and 11.0): its callers use the current overload, so a step that only overrides this one is never asked.
  }

  @Deprecated public void loadXML(Node node, List<DatabaseMeta> databases) throws KettleXMLException {
    // Empty in PDI (9.4 and 11.0): its callers use the current overload, so a step that only overrides this one is never asked.
  }

  @Deprecated public void loadXML(Node node, List<DatabaseMeta> databases, Map<String, Counter> counters) throws KettleXMLException {
    // Empty in PDI (9.4 and 11.0): its callers use the current overload, so a step that only overrides this one is never asked.
  }

  public void loadXML(Node node, List<DatabaseMeta> databases, IMetaStore metaStore) throws KettleXMLException {
    // PDI's base implementation reads nothing.
  }

  @Deprecated public void saveRep(Repository repository, ObjectId id, ObjectId id2) throws KettleException {
    // Empty in PDI (9.4 and 11.0): its callers use the current overload, so a step that only overrides this one is never asked.
  }

  public void saveRep(Repository repository, IMetaStore metaStore, ObjectId id, ObjectId id2) throws KettleException {
    // PDI's base implementation stores nothing.
  }

  @Deprecated public void check(List<CheckResultInterface> remarks, TransMeta transMeta, StepMeta stepMeta, RowMetaInterface rowMeta, String[] texts, String[] texts2, RowMetaInterface rowMeta2) {
    // Empty in PDI. StepMeta.check asks this one AND the 10-argument one, so a step must not
    // forward one to the other: Spoon's Verify would list every remark twice.
  }

  @Deprecated public void check(List<CheckResultInterface> remarks, TransMeta transMeta, StepMeta stepMeta, RowMetaInterface rowMeta, String[] texts, String[] texts2, RowMetaInterface rowMeta2, Repository repository, IMetaStore metaStore) {
    // Empty in PDI (9.4 and 11.0): its callers use the current overload, so a step that only overrides this one is never asked.
  }

  public void check(List<CheckResultInterface> remarks, TransMeta transMeta, StepMeta stepMeta, RowMetaInterface rowMeta, String[] texts, String[] texts2, RowMetaInterface rowMeta2, VariableSpace space, Repository repository, IMetaStore metaStore) {
    // Nothing to verify in the base class.
  }

  private boolean changed;
}
