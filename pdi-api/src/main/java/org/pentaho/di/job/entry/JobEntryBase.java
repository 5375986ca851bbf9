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

  public JobEntryBase(String text, String text2) {
    name = text;
    description = text2;
    variables = new Variables();
    log = new MirrorLogChannel(text == null ? getClass().getSimpleName() : text);
    attributesMap = new HashMap<String, Map<String, String>>();
    extensionDataMap = new HashMap<String, Object>();
    entryStepSetVariablesMap = new ConcurrentHashMap<String, String>();
  }

  /** As PDI: any entry with the same name, ignoring case (and, like PDI's, failing on a null name). */
  public boolean equals(Object value) {
    if (!(value instanceof JobEntryBase)) {
      return false;
    }
    if (this == value) {
      return true;
    }
    return name.equalsIgnoreCase(((JobEntryBase) value).getName());
  }

  public int hashCode() {
    return name.toLowerCase().hashCode();
  }

  public void clear() {
    name = null;
    description = null;
    changed = false;
  }

  public void setObjectId(ObjectId id) {
    objectId = id;
  }

  public void setID(long number) {
    throw OutsideMirror.unsupported("JobEntryBase.setID");
  }

  public ObjectId getObjectId() {
    return objectId;
  }

  public String getTypeDesc() {
    throw OutsideMirror.unsupported("JobEntryBase.getTypeDesc");
  }

  public void setName(String text) {
    name = text;
  }

  public String getName() {
    return name;
  }

  public void setDescription(String text) {
    description = text;
  }

  public String getDescription() {
    return description;
  }

  public void setChanged() {
    changed = true;
  }

  public void setChanged(boolean flag) {
    changed = flag;
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

  public void loadXML(Node node, List<DatabaseMeta> databases, List<SlaveServer> slaveServers) throws KettleXMLException {
    setName(XMLHandler.getTagValue(node, "name"));
    setDescription(XMLHandler.getTagValue(node, "description"));
  }

  @Deprecated public void loadXML(Node node, List<DatabaseMeta> databases, List<SlaveServer> slaveServers, Repository repository) throws KettleXMLException {
    // Empty in PDI (9.4 and 11.0): its callers use the current overload, so an entry that only overrides this one is never asked.
  }

  public void loadXML(Node node, List<DatabaseMeta> databases, List<SlaveServer> slaveServers, Repository repository, IMetaStore metaStore) throws KettleXMLException {
    // Empty in PDI: it does not read the name and description; an entry calls the 3-argument loadXML for that.
  }

  public void parseRepositoryObjects(Repository repository) throws KettleException {
    throw OutsideMirror.unsupported("JobEntryBase.parseRepositoryObjects");
  }

  @Deprecated public void loadRep(Repository repository, ObjectId id, List<DatabaseMeta> databases, List<SlaveServer> slaveServers) throws KettleException {
    // Empty in PDI (9.4 and 11.0): its callers use the current overload, so an entry that only overrides this one is never asked.
  }

  public void loadRep(Repository repository, IMetaStore metaStore, ObjectId id, List<DatabaseMeta> databases, List<SlaveServer> slaveServers) throws KettleException {
    // PDI's base implementation stores nothing: an entry that does not override it loses its settings.
  }

  @Deprecated public void saveRep(Repository repository, ObjectId id) throws KettleException {
    // Empty in PDI (9.4 and 11.0): its callers use the current overload, so an entry that only overrides this one is never asked.
  }

  public void saveRep(Repository repository, IMetaStore metaStore, ObjectId id) throws KettleException {
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

  @Deprecated public List<SQLStatement> getSQLStatements(Repository repository) throws KettleException {
    return new ArrayList<SQLStatement>();
  }

  @Deprecated public List<SQLStatement> getSQLStatements(Repository repository, VariableSpace space) throws KettleException {
    return new ArrayList<SQLStatement>();
  }

  public List<SQLStatement> getSQLStatements(Repository repository, IMetaStore metaStore, VariableSpace space) throws KettleException {
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

  public void copyVariablesFrom(VariableSpace space) {
    variables.copyVariablesFrom(space);
  }

  public String environmentSubstitute(String text) {
    return variables.environmentSubstitute(text);
  }

  public String[] environmentSubstitute(String[] texts) {
    return variables.environmentSubstitute(texts);
  }

  public String fieldSubstitute(String text, RowMetaInterface rowMeta, Object[] row) throws KettleValueException {
    return variables.fieldSubstitute(text, rowMeta, row);
  }

  public VariableSpace getParentVariableSpace() {
    return variables.getParentVariableSpace();
  }

  public void setParentVariableSpace(VariableSpace space) {
    variables.setParentVariableSpace(space);
  }

  public String getVariable(String text, String text2) {
    return variables.getVariable(text, text2);
  }

  public String getVariable(String text) {
    return variables.getVariable(text);
  }

  public boolean getBooleanValueOfVariable(String text, boolean flag) {
    return variables.getBooleanValueOfVariable(text, flag);
  }

  public void initializeVariablesFrom(VariableSpace space) {
    variables.initializeVariablesFrom(space);
  }

  public String[] listVariables() {
    return variables.listVariables();
  }

  public void setVariable(String text, String text2) {
    variables.setVariable(text, text2);
  }

  public void shareVariablesWith(VariableSpace space) {
    variables = space;
  }

  public void injectVariables(Map<String, String> map) {
    variables.injectVariables(map);
  }

  @Deprecated public void check(List<CheckResultInterface> remarks, JobMeta jobMeta) {
    // Empty in PDI. JobMeta.checkJobEntries asks this one AND the 5-argument one, so an entry must
    // not forward one to the other: Spoon's Verify would list every remark twice.
  }

  public void check(List<CheckResultInterface> remarks, JobMeta jobMeta, VariableSpace space, Repository repository, IMetaStore metaStore) {
    // Nothing to verify in the base class.
  }

  public List<ResourceReference> getResourceDependencies(JobMeta jobMeta) {
    return new ArrayList<ResourceReference>();
  }

  @Deprecated public String exportResources(VariableSpace space, Map<String, ResourceDefinition> map, ResourceNamingInterface resourceNaming, Repository repository) throws KettleException {
    return null;
  }

  public String exportResources(VariableSpace space, Map<String, ResourceDefinition> map, ResourceNamingInterface resourceNaming, Repository repository, IMetaStore metaStore) throws KettleException {
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

  public void setPluginId(String text) {
    pluginId = text;
  }

  @Deprecated public String getTypeId() {
    return getPluginId();
  }

  @Deprecated public void setTypeId(String text) {
    setPluginId(text);
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

  public void setRepository(Repository repository) {
    rep = repository;
  }

  public Repository getRepository() {
    return rep;
  }

  public void setParentJob(Job job) {
    parentJob = job;
    if (job != null) {
      log.setLogLevel(job.getLogLevel());
      containerObjectId = job.getContainerObjectId();
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

  public void setLogLevel(LogLevel logLevel) {
    log.setLogLevel(logLevel);
  }

  public String getContainerObjectId() {
    return containerObjectId;
  }

  public void setContainerObjectId(String text) {
    containerObjectId = text;
  }

  public Date getRegistrationDate() {
    throw OutsideMirror.unsupported("JobEntryBase.getRegistrationDate");
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

  @Deprecated public Object loadReferencedObject(int number, Repository repository, VariableSpace space) throws KettleException {
    return null;
  }

  public Object loadReferencedObject(int number, Repository repository, IMetaStore metaStore, VariableSpace space) throws KettleException {
    return null;
  }

  public boolean isGatheringMetrics() {
    throw OutsideMirror.unsupported("JobEntryBase.isGatheringMetrics");
  }

  public void setGatheringMetrics(boolean flag) {
    throw OutsideMirror.unsupported("JobEntryBase.setGatheringMetrics");
  }

  public boolean isForcingSeparateLogging() {
    throw OutsideMirror.unsupported("JobEntryBase.isForcingSeparateLogging");
  }

  public void setForcingSeparateLogging(boolean flag) {
    throw OutsideMirror.unsupported("JobEntryBase.setForcingSeparateLogging");
  }

  public IMetaStore getMetaStore() {
    return metaStore;
  }

  public void setMetaStore(IMetaStore metaStore2) {
    metaStore = metaStore2;
  }

  public void setAttributesMap(Map<String, Map<String, String>> map) {
    attributesMap = map;
  }

  public Map<String, Map<String, String>> getAttributesMap() {
    return attributesMap;
  }

  public void setAttribute(String text, String text2, String text3) {
    Map<String, String> group = attributesMap.get(text);
    if (group == null) {
      group = new HashMap<String, String>();
      attributesMap.put(text, group);
    }
    group.put(text2, text3);
  }

  public void setAttributes(String text, Map<String, String> map) {
    attributesMap.put(text, map);
  }

  public Map<String, String> getAttributes(String text) {
    return attributesMap.get(text);
  }

  public String getAttribute(String text, String text2) {
    Map<String, String> group = attributesMap.get(text);
    return group == null ? null : group.get(text2);
  }

  public Map<String, Object> getExtensionDataMap() {
    return extensionDataMap;
  }

  public JobMeta getParentJobMeta() {
    return parentJobMeta;
  }

  public void setParentJobMeta(JobMeta jobMeta) {
    parentJobMeta = jobMeta;
  }

  protected Map<String, String> getEntryStepSetVariablesMap() {
    return entryStepSetVariablesMap;
  }

  public void setEntryStepSetVariable(String text, String text2) {
    entryStepSetVariablesMap.put(text, text2);
  }

  public String getEntryStepSetVariable(String text) {
    return entryStepSetVariablesMap.get(text);
  }

  protected String addDatetimeToFilename(String text, boolean flag, String text2, boolean flag2, String text3, boolean flag3, String text4) {
    throw OutsideMirror.unsupported("JobEntryBase.addDatetimeToFilename");
  }

  private String name;
  private String description;
  private String pluginId;
  private ObjectId objectId;
  private boolean changed;
}
