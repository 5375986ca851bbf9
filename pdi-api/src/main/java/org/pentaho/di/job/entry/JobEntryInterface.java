package org.pentaho.di.job.entry;

import io.pdimesos.pdiapi.OutsideMirror;
import java.util.List;
import java.util.Map;
import org.pentaho.di.cluster.SlaveServer;
import org.pentaho.di.core.CheckResultInterface;
import org.pentaho.di.core.Result;
import org.pentaho.di.core.SQLStatement;
import org.pentaho.di.core.database.DatabaseMeta;
import org.pentaho.di.core.exception.KettleException;
import org.pentaho.di.core.exception.KettleXMLException;
import org.pentaho.di.core.logging.LogChannelInterface;
import org.pentaho.di.core.variables.VariableSpace;
import org.pentaho.di.job.Job;
import org.pentaho.di.job.JobMeta;
import org.pentaho.di.repository.ObjectId;
import org.pentaho.di.repository.Repository;
import org.pentaho.di.resource.ResourceDefinition;
import org.pentaho.di.resource.ResourceNamingInterface;
import org.pentaho.di.resource.ResourceReference;
import org.pentaho.metastore.api.IMetaStore;
import org.w3c.dom.Node;

public interface JobEntryInterface {
  public abstract Result execute(Result result, int number) throws KettleException;

  public abstract void setParentJob(Job job);

  public abstract Job getParentJob();

  public abstract LogChannelInterface getLogChannel();

  public abstract void setRepository(Repository repository);

  public abstract void setMetaStore(IMetaStore metaStore);

  public abstract void clear();

  public abstract ObjectId getObjectId();

  public abstract void setObjectId(ObjectId id);

  public abstract String getName();

  public abstract void setName(String text);

  @Deprecated public abstract String getTypeId();

  public abstract String getPluginId();

  public abstract void setPluginId(String text);

  public abstract String getDescription();

  public abstract void setDescription(String text);

  public abstract void setChanged();

  public abstract void setChanged(boolean flag);

  public abstract boolean hasChanged();

  @Deprecated public abstract void loadXML(Node node, List<DatabaseMeta> databases, List<SlaveServer> slaveServers, Repository repository) throws KettleXMLException;

  public abstract void loadXML(Node node, List<DatabaseMeta> databases, List<SlaveServer> slaveServers, Repository repository, IMetaStore metaStore) throws KettleXMLException;

  public abstract String getXML();

  @Deprecated public abstract void saveRep(Repository repository, ObjectId id) throws KettleException;

  public abstract void saveRep(Repository repository, IMetaStore metaStore, ObjectId id) throws KettleException;

  @Deprecated public abstract void loadRep(Repository repository, ObjectId id, List<DatabaseMeta> databases, List<SlaveServer> slaveServers) throws KettleException;

  public abstract void loadRep(Repository repository, IMetaStore metaStore, ObjectId id, List<DatabaseMeta> databases, List<SlaveServer> slaveServers) throws KettleException;

  public abstract boolean isStart();

  public abstract boolean isDummy();

  public abstract Object clone();

  public abstract boolean resetErrorsBeforeExecution();

  public abstract boolean evaluates();

  public abstract boolean isUnconditional();

  public abstract boolean isEvaluation();

  public abstract boolean isTransformation();

  public abstract boolean isJob();

  public abstract boolean isShell();

  public abstract boolean isMail();

  public abstract boolean isSpecial();

  @Deprecated public abstract List<SQLStatement> getSQLStatements(Repository repository) throws KettleException;

  @Deprecated public abstract List<SQLStatement> getSQLStatements(Repository repository, VariableSpace space) throws KettleException;

  public abstract List<SQLStatement> getSQLStatements(Repository repository, IMetaStore metaStore, VariableSpace space) throws KettleException;

  @Deprecated public abstract String getDialogClassName();

  public abstract String getFilename();

  public abstract String getRealFilename();

  public abstract DatabaseMeta[] getUsedDatabaseConnections();

  @Deprecated public abstract void check(List<CheckResultInterface> remarks, JobMeta jobMeta);

  public abstract void check(List<CheckResultInterface> remarks, JobMeta jobMeta, VariableSpace space, Repository repository, IMetaStore metaStore);

  public abstract List<ResourceReference> getResourceDependencies(JobMeta jobMeta);

  @Deprecated public abstract String exportResources(VariableSpace space, Map<String, ResourceDefinition> map, ResourceNamingInterface resourceNaming, Repository repository) throws KettleException;

  public abstract String exportResources(VariableSpace space, Map<String, ResourceDefinition> map, ResourceNamingInterface resourceNaming, Repository repository, IMetaStore metaStore) throws KettleException;

  public abstract boolean hasRepositoryReferences();

  public abstract void lookupRepositoryReferences(Repository repository) throws KettleException;

  public abstract String[] getReferencedObjectDescriptions();

  public abstract boolean[] isReferencedObjectEnabled();

  @Deprecated public abstract Object loadReferencedObject(int number, Repository repository, VariableSpace space) throws KettleException;

  public abstract Object loadReferencedObject(int number, Repository repository, IMetaStore metaStore, VariableSpace space) throws KettleException;

  public default void setParentJobMeta(JobMeta jobMeta) {
    throw OutsideMirror.unsupported("JobEntryInterface.setParentJobMeta");
  }

  public default JobMeta getParentJobMeta() {
    throw OutsideMirror.unsupported("JobEntryInterface.getParentJobMeta");
  }
}
