package org.pentaho.di.job.entry;

import io.pdimesos.pdiapi.MirrorLogChannel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.concurrent.ConcurrentHashMap;
import org.pentaho.di.core.annotations.JobEntry;
import org.pentaho.di.core.variables.Variables;
import org.pentaho.di.core.xml.XMLHandler;

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
    this(null, null);
  }

  public JobEntryBase(String a0, String a1) {
    name = a0;
    description = a1;
    variables = new Variables();
    log = new MirrorLogChannel(a0 == null ? getClass().getSimpleName() : a0);
    attributesMap = new HashMap<String, Map<String, String>>();
    extensionDataMap = new HashMap<String, Object>();
    entryStepSetVariablesMap = new ConcurrentHashMap<String, String>();
  }

  public boolean equals(Object a0) {
    if (this == a0) {
      return true;
    }
    if (a0 == null || a0.getClass() != getClass()) {
      return false;
    }
    String otherName = ((JobEntryBase) a0).name;
    return name == null ? otherName == null : name.equals(otherName);
  }

  public int hashCode() {
    return name == null ? 0 : name.hashCode();
  }

  public void clear() {
    name = null;
    description = null;
    changed = false;
  }

  public void setObjectId(ObjectId a0) {
    objectId = a0;
  }

  public void setID(long a0) {
    throw OutsideMirror.unsupported("JobEntryBase.setID");
  }

  public ObjectId getObjectId() {
    return objectId;
  }

  public String getTypeDesc() {
    throw OutsideMirror.unsupported("JobEntryBase.getTypeDesc");
  }

  public void setName(String a0) {
    name = a0;
  }

  public String getName() {
    return name;
  }

  public void setDescription(String a0) {
    description = a0;
  }

  public String getDescription() {
    return description;
  }

  public void setChanged() {
    changed = true;
  }

  public void setChanged(boolean a0) {
    changed = a0;
  }

  public boolean hasChanged() {
    return changed;
  }

  public boolean isStart() {
    return false;
  }

  public boolean isDummy() {
    return false;
  }

  public boolean isEvaluation() {
    return false;
  }

  public boolean isJob() {
    return false;
  }

  public boolean isMail() {
    return false;
  }

  public boolean isShell() {
    return false;
  }

  public boolean isSpecial() {
    return false;
  }

  public boolean isTransformation() {
    return false;
  }

  public boolean isFTP() {
    return false;
  }

  public boolean isSFTP() {
    return false;
  }

  public boolean isHTTP() {
    return false;
  }

  public String getXML() {
    if (attributesMap != null && !attributesMap.isEmpty()) {
      throw OutsideMirror.unsupported("JobEntryBase.getXML with attribute groups");
    }
    return "      " + XMLHandler.addTagValue("name", getName())
        + "      " + XMLHandler.addTagValue("description", getDescription())
        + "      " + XMLHandler.addTagValue("type", getPluginId());
  }

  public void loadXML(Node a0, List<DatabaseMeta> a1, List<SlaveServer> a2) throws KettleXMLException {
    setName(XMLHandler.getTagValue(a0, "name"));
    setDescription(XMLHandler.getTagValue(a0, "description"));
  }

  @Deprecated public void loadXML(Node a0, List<DatabaseMeta> a1, List<SlaveServer> a2, Repository a3) throws KettleXMLException {
    loadXML(a0, a1, a2, a3, null);
  }

  public void loadXML(Node a0, List<DatabaseMeta> a1, List<SlaveServer> a2, Repository a3, IMetaStore a4) throws KettleXMLException {
    loadXML(a0, a1, a2);
  }

  public void parseRepositoryObjects(Repository a0) throws KettleException {
    throw OutsideMirror.unsupported("JobEntryBase.parseRepositoryObjects");
  }

  @Deprecated public void loadRep(Repository a0, ObjectId a1, List<DatabaseMeta> a2, List<SlaveServer> a3) throws KettleException {
    loadRep(a0, null, a1, a2, a3);
  }

  public void loadRep(Repository a0, IMetaStore a1, ObjectId a2, List<DatabaseMeta> a3, List<SlaveServer> a4) throws KettleException {
    // PDI's base implementation stores nothing: an entry that does not override it loses its settings.
  }

  @Deprecated public void saveRep(Repository a0, ObjectId a1) throws KettleException {
    saveRep(a0, null, a1);
  }

  public void saveRep(Repository a0, IMetaStore a1, ObjectId a2) throws KettleException {
    // See loadRep: a no-op in PDI too.
  }

  public Object clone() {
    try {
      JobEntryBase copy = (JobEntryBase) super.clone();
      // Each copy gets its own variables and log so a running clone cannot change the design-time entry.
      Variables own = new Variables();
      own.copyVariablesFrom(variables);
      copy.variables = own;
      copy.log = new MirrorLogChannel(((MirrorLogChannel) log).subject(), log.getLogLevel());
      copy.attributesMap = new HashMap<String, Map<String, String>>(attributesMap);
      return copy;
    } catch (CloneNotSupportedException e) {
      return null;
    }
  }

  public String toString() {
    return name;
  }

  public boolean resetErrorsBeforeExecution() {
    return true;
  }

  public boolean evaluates() {
    return false;
  }

  public boolean isUnconditional() {
    return true;
  }

  @Deprecated public List<SQLStatement> getSQLStatements(Repository a0) throws KettleException {
    return new ArrayList<SQLStatement>();
  }

  @Deprecated public List<SQLStatement> getSQLStatements(Repository a0, VariableSpace a1) throws KettleException {
    return new ArrayList<SQLStatement>();
  }

  public List<SQLStatement> getSQLStatements(Repository a0, IMetaStore a1, VariableSpace a2) throws KettleException {
    return new ArrayList<SQLStatement>();
  }

  public String getFilename() {
    return null;
  }

  public String getRealFilename() {
    return null;
  }

  public DatabaseMeta[] getUsedDatabaseConnections() {
    return new DatabaseMeta[] {};
  }

  public void copyVariablesFrom(VariableSpace a0) {
    variables.copyVariablesFrom(a0);
  }

  public String environmentSubstitute(String a0) {
    return variables.environmentSubstitute(a0);
  }

  public String[] environmentSubstitute(String[] a0) {
    return variables.environmentSubstitute(a0);
  }

  public String fieldSubstitute(String a0, RowMetaInterface a1, Object[] a2) throws KettleValueException {
    return variables.fieldSubstitute(a0, a1, a2);
  }

  public VariableSpace getParentVariableSpace() {
    return variables.getParentVariableSpace();
  }

  public void setParentVariableSpace(VariableSpace a0) {
    variables.setParentVariableSpace(a0);
  }

  public String getVariable(String a0, String a1) {
    return variables.getVariable(a0, a1);
  }

  public String getVariable(String a0) {
    return variables.getVariable(a0);
  }

  public boolean getBooleanValueOfVariable(String a0, boolean a1) {
    return variables.getBooleanValueOfVariable(a0, a1);
  }

  public void initializeVariablesFrom(VariableSpace a0) {
    variables.initializeVariablesFrom(a0);
  }

  public String[] listVariables() {
    return variables.listVariables();
  }

  public void setVariable(String a0, String a1) {
    variables.setVariable(a0, a1);
  }

  public void shareVariablesWith(VariableSpace a0) {
    variables = a0;
  }

  public void injectVariables(Map<String, String> a0) {
    variables.injectVariables(a0);
  }

  @Deprecated public void check(List<CheckResultInterface> a0, JobMeta a1) {
    check(a0, a1, null, null, null);
  }

  public void check(List<CheckResultInterface> a0, JobMeta a1, VariableSpace a2, Repository a3, IMetaStore a4) {
    // Nothing to verify in the base class.
  }

  public List<ResourceReference> getResourceDependencies(JobMeta a0) {
    return new ArrayList<ResourceReference>();
  }

  @Deprecated public String exportResources(VariableSpace a0, Map<String, ResourceDefinition> a1, ResourceNamingInterface a2, Repository a3) throws KettleException {
    return null;
  }

  public String exportResources(VariableSpace a0, Map<String, ResourceDefinition> a1, ResourceNamingInterface a2, Repository a3, IMetaStore a4) throws KettleException {
    return null;
  }

  public String getPluginId() {
    if (pluginId == null) {
      // PDI asks its plugin registry; the registry's answer is the @JobEntry id of the class.
      JobEntry annotation = getClass().getAnnotation(JobEntry.class);
      if (annotation != null) {
        return annotation.id().split(",")[0].trim();
      }
    }
    return pluginId;
  }

  public void setPluginId(String a0) {
    pluginId = a0;
  }

  @Deprecated public String getTypeId() {
    return getPluginId();
  }

  @Deprecated public void setTypeId(String a0) {
    setPluginId(a0);
  }

  @Deprecated public String getDialogClassName() {
    String className = getClass().getName();
    return className.replaceFirst("\\.di\\.", ".di.ui.") + "Dialog";
  }

  public String getHolderType() {
    return "JOBENTRY";
  }

  protected VariableSpace getVariables() {
    return variables;
  }

  public void setRepository(Repository a0) {
    rep = a0;
  }

  public Repository getRepository() {
    return rep;
  }

  public void setParentJob(Job a0) {
    parentJob = a0;
    if (a0 != null) {
      log.setLogLevel(a0.getLogLevel());
      containerObjectId = a0.getContainerObjectId();
    }
  }

  public Job getParentJob() {
    return parentJob;
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

  public boolean isRowlevel() {
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

  public LogChannelInterface getLogChannel() {
    return log;
  }

  public String getLogChannelId() {
    return log.getLogChannelId();
  }

  public String getObjectName() {
    return name;
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
    return log.getLogLevel();
  }

  public void setLogLevel(LogLevel a0) {
    log.setLogLevel(a0);
  }

  public String getContainerObjectId() {
    return containerObjectId;
  }

  public void setContainerObjectId(String a0) {
    containerObjectId = a0;
  }

  public Date getRegistrationDate() {
    throw OutsideMirror.unsupported("JobEntryBase.getRegistrationDate");
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

  @Deprecated public Object loadReferencedObject(int a0, Repository a1, VariableSpace a2) throws KettleException {
    return null;
  }

  public Object loadReferencedObject(int a0, Repository a1, IMetaStore a2, VariableSpace a3) throws KettleException {
    return null;
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
    return metaStore;
  }

  public void setMetaStore(IMetaStore a0) {
    metaStore = a0;
  }

  public void setAttributesMap(Map<String, Map<String, String>> a0) {
    attributesMap = a0;
  }

  public Map<String, Map<String, String>> getAttributesMap() {
    return attributesMap;
  }

  public void setAttribute(String a0, String a1, String a2) {
    Map<String, String> group = attributesMap.get(a0);
    if (group == null) {
      group = new HashMap<String, String>();
      attributesMap.put(a0, group);
    }
    group.put(a1, a2);
  }

  public void setAttributes(String a0, Map<String, String> a1) {
    attributesMap.put(a0, a1);
  }

  public Map<String, String> getAttributes(String a0) {
    return attributesMap.get(a0);
  }

  public String getAttribute(String a0, String a1) {
    Map<String, String> group = attributesMap.get(a0);
    return group == null ? null : group.get(a1);
  }

  public Map<String, Object> getExtensionDataMap() {
    return extensionDataMap;
  }

  public JobMeta getParentJobMeta() {
    return parentJobMeta;
  }

  public void setParentJobMeta(JobMeta a0) {
    parentJobMeta = a0;
  }

  protected Map<String, String> getEntryStepSetVariablesMap() {
    return entryStepSetVariablesMap;
  }

  public void setEntryStepSetVariable(String a0, String a1) {
    entryStepSetVariablesMap.put(a0, a1);
  }

  public String getEntryStepSetVariable(String a0) {
    return entryStepSetVariablesMap.get(a0);
  }

  protected String addDatetimeToFilename(String a0, boolean a1, String a2, boolean a3, String a4, boolean a5, String a6) {
    throw OutsideMirror.unsupported("JobEntryBase.addDatetimeToFilename");
  }

  private String name;
  private String description;
  private String pluginId;
  private ObjectId objectId;
  private boolean changed;
}
