package org.pentaho.di.job.entry;

import io.pdimesos.pdiapi.OutsideMirror;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.pentaho.di.cluster.SlaveServer;
import org.pentaho.di.core.AttributesInterface;
import org.pentaho.di.core.CheckResultInterface;
import org.pentaho.di.core.CheckResultSourceInterface;
import org.pentaho.di.core.ExtensionDataInterface;
import org.pentaho.di.core.SQLStatement;
import org.pentaho.di.core.database.DatabaseMeta;
import org.pentaho.di.core.exception.KettleException;
import org.pentaho.di.core.exception.KettleValueException;
import org.pentaho.di.core.exception.KettleXMLException;
import org.pentaho.di.core.logging.LogChannelInterface;
import org.pentaho.di.core.logging.LogLevel;
import org.pentaho.di.core.logging.LoggingObjectInterface;
import org.pentaho.di.core.logging.LoggingObjectType;
import org.pentaho.di.core.row.RowMetaInterface;
import org.pentaho.di.core.variables.VariableSpace;
import org.pentaho.di.job.Job;
import org.pentaho.di.job.JobMeta;
import org.pentaho.di.repository.ObjectId;
import org.pentaho.di.repository.ObjectRevision;
import org.pentaho.di.repository.Repository;
import org.pentaho.di.repository.RepositoryDirectory;
import org.pentaho.di.resource.ResourceDefinition;
import org.pentaho.di.resource.ResourceHolderInterface;
import org.pentaho.di.resource.ResourceNamingInterface;
import org.pentaho.di.resource.ResourceReference;
import org.pentaho.metastore.api.IMetaStore;
import org.w3c.dom.Node;

public class JobEntryBase implements Cloneable, VariableSpace, CheckResultSourceInterface, ResourceHolderInterface, LoggingObjectInterface, AttributesInterface, ExtensionDataInterface {
  protected VariableSpace variables;

  protected Map<String, String> entryStepSetVariablesMap;

  protected Repository rep;

  protected Job parentJob;

  protected LogChannelInterface log;

  protected String containerObjectId;

  protected IMetaStore metaStore;

  protected Map<String, Map<String, String>> attributesMap;

  protected Map<String, Object> extensionDataMap;

  protected JobMeta parentJobMeta;

  public JobEntryBase() {
    throw OutsideMirror.unsupported("JobEntryBase constructor");
  }

  public JobEntryBase(String a0, String a1) {
    throw OutsideMirror.unsupported("JobEntryBase constructor");
  }

  public boolean equals(Object a0) {
    throw OutsideMirror.unsupported("JobEntryBase.equals");
  }

  public int hashCode() {
    throw OutsideMirror.unsupported("JobEntryBase.hashCode");
  }

  public void clear() {
    throw OutsideMirror.unsupported("JobEntryBase.clear");
  }

  public void setObjectId(ObjectId a0) {
    throw OutsideMirror.unsupported("JobEntryBase.setObjectId");
  }

  public void setID(long a0) {
    throw OutsideMirror.unsupported("JobEntryBase.setID");
  }

  public ObjectId getObjectId() {
    throw OutsideMirror.unsupported("JobEntryBase.getObjectId");
  }

  public String getTypeDesc() {
    throw OutsideMirror.unsupported("JobEntryBase.getTypeDesc");
  }

  public void setName(String a0) {
    throw OutsideMirror.unsupported("JobEntryBase.setName");
  }

  public String getName() {
    throw OutsideMirror.unsupported("JobEntryBase.getName");
  }

  public void setDescription(String a0) {
    throw OutsideMirror.unsupported("JobEntryBase.setDescription");
  }

  public String getDescription() {
    throw OutsideMirror.unsupported("JobEntryBase.getDescription");
  }

  public void setChanged() {
    throw OutsideMirror.unsupported("JobEntryBase.setChanged");
  }

  public void setChanged(boolean a0) {
    throw OutsideMirror.unsupported("JobEntryBase.setChanged");
  }

  public boolean hasChanged() {
    throw OutsideMirror.unsupported("JobEntryBase.hasChanged");
  }

  public boolean isStart() {
    throw OutsideMirror.unsupported("JobEntryBase.isStart");
  }

  public boolean isDummy() {
    throw OutsideMirror.unsupported("JobEntryBase.isDummy");
  }

  public boolean isEvaluation() {
    throw OutsideMirror.unsupported("JobEntryBase.isEvaluation");
  }

  public boolean isJob() {
    throw OutsideMirror.unsupported("JobEntryBase.isJob");
  }

  public boolean isMail() {
    throw OutsideMirror.unsupported("JobEntryBase.isMail");
  }

  public boolean isShell() {
    throw OutsideMirror.unsupported("JobEntryBase.isShell");
  }

  public boolean isSpecial() {
    throw OutsideMirror.unsupported("JobEntryBase.isSpecial");
  }

  public boolean isTransformation() {
    throw OutsideMirror.unsupported("JobEntryBase.isTransformation");
  }

  public boolean isFTP() {
    throw OutsideMirror.unsupported("JobEntryBase.isFTP");
  }

  public boolean isSFTP() {
    throw OutsideMirror.unsupported("JobEntryBase.isSFTP");
  }

  public boolean isHTTP() {
    throw OutsideMirror.unsupported("JobEntryBase.isHTTP");
  }

  public String getXML() {
    throw OutsideMirror.unsupported("JobEntryBase.getXML");
  }

  public void loadXML(Node a0, List<DatabaseMeta> a1, List<SlaveServer> a2) throws KettleXMLException {
    throw OutsideMirror.unsupported("JobEntryBase.loadXML");
  }

  @Deprecated public void loadXML(Node a0, List<DatabaseMeta> a1, List<SlaveServer> a2, Repository a3) throws KettleXMLException {
    throw OutsideMirror.unsupported("JobEntryBase.loadXML");
  }

  public void loadXML(Node a0, List<DatabaseMeta> a1, List<SlaveServer> a2, Repository a3, IMetaStore a4) throws KettleXMLException {
    throw OutsideMirror.unsupported("JobEntryBase.loadXML");
  }

  public void parseRepositoryObjects(Repository a0) throws KettleException {
    throw OutsideMirror.unsupported("JobEntryBase.parseRepositoryObjects");
  }

  @Deprecated public void loadRep(Repository a0, ObjectId a1, List<DatabaseMeta> a2, List<SlaveServer> a3) throws KettleException {
    throw OutsideMirror.unsupported("JobEntryBase.loadRep");
  }

  public void loadRep(Repository a0, IMetaStore a1, ObjectId a2, List<DatabaseMeta> a3, List<SlaveServer> a4) throws KettleException {
    throw OutsideMirror.unsupported("JobEntryBase.loadRep");
  }

  @Deprecated public void saveRep(Repository a0, ObjectId a1) throws KettleException {
    throw OutsideMirror.unsupported("JobEntryBase.saveRep");
  }

  public void saveRep(Repository a0, IMetaStore a1, ObjectId a2) throws KettleException {
    throw OutsideMirror.unsupported("JobEntryBase.saveRep");
  }

  public Object clone() {
    throw OutsideMirror.unsupported("JobEntryBase.clone");
  }

  public String toString() {
    throw OutsideMirror.unsupported("JobEntryBase.toString");
  }

  public boolean resetErrorsBeforeExecution() {
    throw OutsideMirror.unsupported("JobEntryBase.resetErrorsBeforeExecution");
  }

  public boolean evaluates() {
    throw OutsideMirror.unsupported("JobEntryBase.evaluates");
  }

  public boolean isUnconditional() {
    throw OutsideMirror.unsupported("JobEntryBase.isUnconditional");
  }

  @Deprecated public List<SQLStatement> getSQLStatements(Repository a0) throws KettleException {
    throw OutsideMirror.unsupported("JobEntryBase.getSQLStatements");
  }

  @Deprecated public List<SQLStatement> getSQLStatements(Repository a0, VariableSpace a1) throws KettleException {
    throw OutsideMirror.unsupported("JobEntryBase.getSQLStatements");
  }

  public List<SQLStatement> getSQLStatements(Repository a0, IMetaStore a1, VariableSpace a2) throws KettleException {
    throw OutsideMirror.unsupported("JobEntryBase.getSQLStatements");
  }

  public String getFilename() {
    throw OutsideMirror.unsupported("JobEntryBase.getFilename");
  }

  public String getRealFilename() {
    throw OutsideMirror.unsupported("JobEntryBase.getRealFilename");
  }

  public DatabaseMeta[] getUsedDatabaseConnections() {
    throw OutsideMirror.unsupported("JobEntryBase.getUsedDatabaseConnections");
  }

  public void copyVariablesFrom(VariableSpace a0) {
    throw OutsideMirror.unsupported("JobEntryBase.copyVariablesFrom");
  }

  public String environmentSubstitute(String a0) {
    throw OutsideMirror.unsupported("JobEntryBase.environmentSubstitute");
  }

  public String[] environmentSubstitute(String[] a0) {
    throw OutsideMirror.unsupported("JobEntryBase.environmentSubstitute");
  }

  public String fieldSubstitute(String a0, RowMetaInterface a1, Object[] a2) throws KettleValueException {
    throw OutsideMirror.unsupported("JobEntryBase.fieldSubstitute");
  }

  public VariableSpace getParentVariableSpace() {
    throw OutsideMirror.unsupported("JobEntryBase.getParentVariableSpace");
  }

  public void setParentVariableSpace(VariableSpace a0) {
    throw OutsideMirror.unsupported("JobEntryBase.setParentVariableSpace");
  }

  public String getVariable(String a0, String a1) {
    throw OutsideMirror.unsupported("JobEntryBase.getVariable");
  }

  public String getVariable(String a0) {
    throw OutsideMirror.unsupported("JobEntryBase.getVariable");
  }

  public boolean getBooleanValueOfVariable(String a0, boolean a1) {
    throw OutsideMirror.unsupported("JobEntryBase.getBooleanValueOfVariable");
  }

  public void initializeVariablesFrom(VariableSpace a0) {
    throw OutsideMirror.unsupported("JobEntryBase.initializeVariablesFrom");
  }

  public String[] listVariables() {
    throw OutsideMirror.unsupported("JobEntryBase.listVariables");
  }

  public void setVariable(String a0, String a1) {
    throw OutsideMirror.unsupported("JobEntryBase.setVariable");
  }

  public void shareVariablesWith(VariableSpace a0) {
    throw OutsideMirror.unsupported("JobEntryBase.shareVariablesWith");
  }

  public void injectVariables(Map<String, String> a0) {
    throw OutsideMirror.unsupported("JobEntryBase.injectVariables");
  }

  @Deprecated public void check(List<CheckResultInterface> a0, JobMeta a1) {
    throw OutsideMirror.unsupported("JobEntryBase.check");
  }

  public void check(List<CheckResultInterface> a0, JobMeta a1, VariableSpace a2, Repository a3, IMetaStore a4) {
    throw OutsideMirror.unsupported("JobEntryBase.check");
  }

  public List<ResourceReference> getResourceDependencies(JobMeta a0) {
    throw OutsideMirror.unsupported("JobEntryBase.getResourceDependencies");
  }

  @Deprecated public String exportResources(VariableSpace a0, Map<String, ResourceDefinition> a1, ResourceNamingInterface a2, Repository a3) throws KettleException {
    throw OutsideMirror.unsupported("JobEntryBase.exportResources");
  }

  public String exportResources(VariableSpace a0, Map<String, ResourceDefinition> a1, ResourceNamingInterface a2, Repository a3, IMetaStore a4) throws KettleException {
    throw OutsideMirror.unsupported("JobEntryBase.exportResources");
  }

  public String getPluginId() {
    throw OutsideMirror.unsupported("JobEntryBase.getPluginId");
  }

  public void setPluginId(String a0) {
    throw OutsideMirror.unsupported("JobEntryBase.setPluginId");
  }

  @Deprecated public String getTypeId() {
    throw OutsideMirror.unsupported("JobEntryBase.getTypeId");
  }

  @Deprecated public void setTypeId(String a0) {
    throw OutsideMirror.unsupported("JobEntryBase.setTypeId");
  }

  @Deprecated public String getDialogClassName() {
    throw OutsideMirror.unsupported("JobEntryBase.getDialogClassName");
  }

  public String getHolderType() {
    throw OutsideMirror.unsupported("JobEntryBase.getHolderType");
  }

  protected VariableSpace getVariables() {
    throw OutsideMirror.unsupported("JobEntryBase.getVariables");
  }

  public void setRepository(Repository a0) {
    throw OutsideMirror.unsupported("JobEntryBase.setRepository");
  }

  public Repository getRepository() {
    throw OutsideMirror.unsupported("JobEntryBase.getRepository");
  }

  public void setParentJob(Job a0) {
    throw OutsideMirror.unsupported("JobEntryBase.setParentJob");
  }

  public Job getParentJob() {
    throw OutsideMirror.unsupported("JobEntryBase.getParentJob");
  }

  public boolean isBasic() {
    throw OutsideMirror.unsupported("JobEntryBase.isBasic");
  }

  public boolean isDetailed() {
    throw OutsideMirror.unsupported("JobEntryBase.isDetailed");
  }

  public boolean isDebug() {
    throw OutsideMirror.unsupported("JobEntryBase.isDebug");
  }

  public boolean isRowlevel() {
    throw OutsideMirror.unsupported("JobEntryBase.isRowlevel");
  }

  public void logMinimal(String a0) {
    throw OutsideMirror.unsupported("JobEntryBase.logMinimal");
  }

  public void logMinimal(String a0, Object... a1) {
    throw OutsideMirror.unsupported("JobEntryBase.logMinimal");
  }

  public void logBasic(String a0) {
    throw OutsideMirror.unsupported("JobEntryBase.logBasic");
  }

  public void logBasic(String a0, Object... a1) {
    throw OutsideMirror.unsupported("JobEntryBase.logBasic");
  }

  public void logDetailed(String a0) {
    throw OutsideMirror.unsupported("JobEntryBase.logDetailed");
  }

  public void logDetailed(String a0, Object... a1) {
    throw OutsideMirror.unsupported("JobEntryBase.logDetailed");
  }

  public void logDebug(String a0) {
    throw OutsideMirror.unsupported("JobEntryBase.logDebug");
  }

  public void logDebug(String a0, Object... a1) {
    throw OutsideMirror.unsupported("JobEntryBase.logDebug");
  }

  public void logRowlevel(String a0) {
    throw OutsideMirror.unsupported("JobEntryBase.logRowlevel");
  }

  public void logRowlevel(String a0, Object... a1) {
    throw OutsideMirror.unsupported("JobEntryBase.logRowlevel");
  }

  public void logError(String a0) {
    throw OutsideMirror.unsupported("JobEntryBase.logError");
  }

  public void logError(String a0, Throwable a1) {
    throw OutsideMirror.unsupported("JobEntryBase.logError");
  }

  public void logError(String a0, Object... a1) {
    throw OutsideMirror.unsupported("JobEntryBase.logError");
  }

  public LogChannelInterface getLogChannel() {
    throw OutsideMirror.unsupported("JobEntryBase.getLogChannel");
  }

  public String getLogChannelId() {
    throw OutsideMirror.unsupported("JobEntryBase.getLogChannelId");
  }

  public String getObjectName() {
    throw OutsideMirror.unsupported("JobEntryBase.getObjectName");
  }

  public String getObjectCopy() {
    throw OutsideMirror.unsupported("JobEntryBase.getObjectCopy");
  }

  public ObjectRevision getObjectRevision() {
    throw OutsideMirror.unsupported("JobEntryBase.getObjectRevision");
  }

  public LoggingObjectType getObjectType() {
    throw OutsideMirror.unsupported("JobEntryBase.getObjectType");
  }

  public LoggingObjectInterface getParent() {
    throw OutsideMirror.unsupported("JobEntryBase.getParent");
  }

  public RepositoryDirectory getRepositoryDirectory() {
    throw OutsideMirror.unsupported("JobEntryBase.getRepositoryDirectory");
  }

  public LogLevel getLogLevel() {
    throw OutsideMirror.unsupported("JobEntryBase.getLogLevel");
  }

  public void setLogLevel(LogLevel a0) {
    throw OutsideMirror.unsupported("JobEntryBase.setLogLevel");
  }

  public String getContainerObjectId() {
    throw OutsideMirror.unsupported("JobEntryBase.getContainerObjectId");
  }

  public void setContainerObjectId(String a0) {
    throw OutsideMirror.unsupported("JobEntryBase.setContainerObjectId");
  }

  public Date getRegistrationDate() {
    throw OutsideMirror.unsupported("JobEntryBase.getRegistrationDate");
  }

  public boolean hasRepositoryReferences() {
    throw OutsideMirror.unsupported("JobEntryBase.hasRepositoryReferences");
  }

  public void lookupRepositoryReferences(Repository a0) throws KettleException {
    throw OutsideMirror.unsupported("JobEntryBase.lookupRepositoryReferences");
  }

  public String[] getReferencedObjectDescriptions() {
    throw OutsideMirror.unsupported("JobEntryBase.getReferencedObjectDescriptions");
  }

  public boolean[] isReferencedObjectEnabled() {
    throw OutsideMirror.unsupported("JobEntryBase.isReferencedObjectEnabled");
  }

  @Deprecated public Object loadReferencedObject(int a0, Repository a1, VariableSpace a2) throws KettleException {
    throw OutsideMirror.unsupported("JobEntryBase.loadReferencedObject");
  }

  public Object loadReferencedObject(int a0, Repository a1, IMetaStore a2, VariableSpace a3) throws KettleException {
    throw OutsideMirror.unsupported("JobEntryBase.loadReferencedObject");
  }

  public boolean isGatheringMetrics() {
    throw OutsideMirror.unsupported("JobEntryBase.isGatheringMetrics");
  }

  public void setGatheringMetrics(boolean a0) {
    throw OutsideMirror.unsupported("JobEntryBase.setGatheringMetrics");
  }

  public boolean isForcingSeparateLogging() {
    throw OutsideMirror.unsupported("JobEntryBase.isForcingSeparateLogging");
  }

  public void setForcingSeparateLogging(boolean a0) {
    throw OutsideMirror.unsupported("JobEntryBase.setForcingSeparateLogging");
  }

  public IMetaStore getMetaStore() {
    throw OutsideMirror.unsupported("JobEntryBase.getMetaStore");
  }

  public void setMetaStore(IMetaStore a0) {
    throw OutsideMirror.unsupported("JobEntryBase.setMetaStore");
  }

  public void setAttributesMap(Map<String, Map<String, String>> a0) {
    throw OutsideMirror.unsupported("JobEntryBase.setAttributesMap");
  }

  public Map<String, Map<String, String>> getAttributesMap() {
    throw OutsideMirror.unsupported("JobEntryBase.getAttributesMap");
  }

  public void setAttribute(String a0, String a1, String a2) {
    throw OutsideMirror.unsupported("JobEntryBase.setAttribute");
  }

  public void setAttributes(String a0, Map<String, String> a1) {
    throw OutsideMirror.unsupported("JobEntryBase.setAttributes");
  }

  public Map<String, String> getAttributes(String a0) {
    throw OutsideMirror.unsupported("JobEntryBase.getAttributes");
  }

  public String getAttribute(String a0, String a1) {
    throw OutsideMirror.unsupported("JobEntryBase.getAttribute");
  }

  public Map<String, Object> getExtensionDataMap() {
    throw OutsideMirror.unsupported("JobEntryBase.getExtensionDataMap");
  }

  public JobMeta getParentJobMeta() {
    throw OutsideMirror.unsupported("JobEntryBase.getParentJobMeta");
  }

  public void setParentJobMeta(JobMeta a0) {
    throw OutsideMirror.unsupported("JobEntryBase.setParentJobMeta");
  }

  protected Map<String, String> getEntryStepSetVariablesMap() {
    throw OutsideMirror.unsupported("JobEntryBase.getEntryStepSetVariablesMap");
  }

  public void setEntryStepSetVariable(String a0, String a1) {
    throw OutsideMirror.unsupported("JobEntryBase.setEntryStepSetVariable");
  }

  public String getEntryStepSetVariable(String a0) {
    throw OutsideMirror.unsupported("JobEntryBase.getEntryStepSetVariable");
  }

  protected String addDatetimeToFilename(String a0, boolean a1, String a2, boolean a3, String a4, boolean a5, String a6) {
    throw OutsideMirror.unsupported("JobEntryBase.addDatetimeToFilename");
  }
}
