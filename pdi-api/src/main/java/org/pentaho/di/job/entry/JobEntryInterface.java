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
  public abstract Result execute(Result a0, int a1) throws KettleException;

  public abstract void setParentJob(Job a0);

  public abstract Job getParentJob();

  public abstract LogChannelInterface getLogChannel();

  public abstract void setRepository(Repository a0);

  public abstract void setMetaStore(IMetaStore a0);

  public abstract void clear();

  public abstract ObjectId getObjectId();

  public abstract void setObjectId(ObjectId a0);

  public abstract String getName();

  public abstract void setName(String a0);

  @Deprecated public abstract String getTypeId();

  public abstract String getPluginId();

  public abstract void setPluginId(String a0);

  public abstract String getDescription();

  public abstract void setDescription(String a0);

  public abstract void setChanged();

  public abstract void setChanged(boolean a0);

  public abstract boolean hasChanged();

  @Deprecated public abstract void loadXML(Node a0, List<DatabaseMeta> a1, List<SlaveServer> a2, Repository a3) throws KettleXMLException;

  public abstract void loadXML(Node a0, List<DatabaseMeta> a1, List<SlaveServer> a2, Repository a3, IMetaStore a4) throws KettleXMLException;

  public abstract String getXML();

  @Deprecated public abstract void saveRep(Repository a0, ObjectId a1) throws KettleException;

  public abstract void saveRep(Repository a0, IMetaStore a1, ObjectId a2) throws KettleException;

  @Deprecated public abstract void loadRep(Repository a0, ObjectId a1, List<DatabaseMeta> a2, List<SlaveServer> a3) throws KettleException;

  public abstract void loadRep(Repository a0, IMetaStore a1, ObjectId a2, List<DatabaseMeta> a3, List<SlaveServer> a4) throws KettleException;

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

  @Deprecated public abstract List<SQLStatement> getSQLStatements(Repository a0) throws KettleException;

  @Deprecated public abstract List<SQLStatement> getSQLStatements(Repository a0, VariableSpace a1) throws KettleException;

  public abstract List<SQLStatement> getSQLStatements(Repository a0, IMetaStore a1, VariableSpace a2) throws KettleException;

  @Deprecated public abstract String getDialogClassName();

  public abstract String getFilename();

  public abstract String getRealFilename();

  public abstract DatabaseMeta[] getUsedDatabaseConnections();

  @Deprecated public abstract void check(List<CheckResultInterface> a0, JobMeta a1);

  public abstract void check(List<CheckResultInterface> a0, JobMeta a1, VariableSpace a2, Repository a3, IMetaStore a4);

  public abstract List<ResourceReference> getResourceDependencies(JobMeta a0);

  @Deprecated public abstract String exportResources(VariableSpace a0, Map<String, ResourceDefinition> a1, ResourceNamingInterface a2, Repository a3) throws KettleException;

  public abstract String exportResources(VariableSpace a0, Map<String, ResourceDefinition> a1, ResourceNamingInterface a2, Repository a3, IMetaStore a4) throws KettleException;

  public abstract boolean hasRepositoryReferences();

  public abstract void lookupRepositoryReferences(Repository a0) throws KettleException;

  public abstract String[] getReferencedObjectDescriptions();

  public abstract boolean[] isReferencedObjectEnabled();

  @Deprecated public abstract Object loadReferencedObject(int a0, Repository a1, VariableSpace a2) throws KettleException;

  public abstract Object loadReferencedObject(int a0, Repository a1, IMetaStore a2, VariableSpace a3) throws KettleException;

  public default void setParentJobMeta(JobMeta a0) {
    throw OutsideMirror.unsupported("JobEntryInterface.setParentJobMeta");
  }

  public default JobMeta getParentJobMeta() {
    throw OutsideMirror.unsupported("JobEntryInterface.getParentJobMeta");
  }
}
