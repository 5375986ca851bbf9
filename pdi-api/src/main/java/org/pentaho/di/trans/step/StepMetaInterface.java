package org.pentaho.di.trans.step;

import io.pdimesos.pdiapi.OutsideMirror;
import java.util.List;
import java.util.Map;
import org.pentaho.di.core.CheckResultInterface;
import org.pentaho.di.core.Counter;
import org.pentaho.di.core.SQLStatement;
import org.pentaho.di.core.database.DatabaseMeta;
import org.pentaho.di.core.exception.KettleDatabaseException;
import org.pentaho.di.core.exception.KettleException;
import org.pentaho.di.core.exception.KettleStepException;
import org.pentaho.di.core.exception.KettleXMLException;
import org.pentaho.di.core.row.RowMetaInterface;
import org.pentaho.di.core.variables.VariableSpace;
import org.pentaho.di.repository.ObjectId;
import org.pentaho.di.repository.Repository;
import org.pentaho.di.resource.ResourceDefinition;
import org.pentaho.di.resource.ResourceNamingInterface;
import org.pentaho.di.resource.ResourceReference;
import org.pentaho.di.trans.DatabaseImpact;
import org.pentaho.di.trans.Trans;
import org.pentaho.di.trans.TransMeta;
import org.pentaho.di.trans.step.errorhandling.StreamInterface;
import org.pentaho.metastore.api.IMetaStore;
import org.w3c.dom.Node;

public interface StepMetaInterface {
  public abstract void setDefault();

  @Deprecated public abstract void getFields(RowMetaInterface rowMeta, String text, RowMetaInterface[] infoRowMetas, StepMeta stepMeta, VariableSpace space) throws KettleStepException;

  public abstract void getFields(RowMetaInterface rowMeta, String text, RowMetaInterface[] infoRowMetas, StepMeta stepMeta, VariableSpace space, Repository repository, IMetaStore metaStore) throws KettleStepException;

  public abstract String getXML() throws KettleException;

  @Deprecated public abstract void loadXML(Node node, List<DatabaseMeta> databases, Map<String, Counter> counters) throws KettleXMLException;

  public abstract void loadXML(Node node, List<DatabaseMeta> databases, IMetaStore metaStore) throws KettleXMLException;

  @Deprecated public abstract void saveRep(Repository repository, ObjectId id, ObjectId id2) throws KettleException;

  public abstract void saveRep(Repository repository, IMetaStore metaStore, ObjectId id, ObjectId id2) throws KettleException;

  @Deprecated public abstract void readRep(Repository repository, ObjectId id, List<DatabaseMeta> databases, Map<String, Counter> counters) throws KettleException;

  public abstract void readRep(Repository repository, IMetaStore metaStore, ObjectId id, List<DatabaseMeta> databases) throws KettleException;

  @Deprecated public abstract void check(List<CheckResultInterface> remarks, TransMeta transMeta, StepMeta stepMeta, RowMetaInterface rowMeta, String[] texts, String[] texts2, RowMetaInterface rowMeta2);

  public abstract void check(List<CheckResultInterface> remarks, TransMeta transMeta, StepMeta stepMeta, RowMetaInterface rowMeta, String[] texts, String[] texts2, RowMetaInterface rowMeta2, VariableSpace space, Repository repository, IMetaStore metaStore);

  public abstract Object clone();

  public abstract RowMetaInterface getTableFields();

  public abstract boolean excludeFromRowLayoutVerification();

  public abstract boolean excludeFromCopyDistributeVerification();

  @Deprecated public abstract String getDialogClassName();

  public abstract StepInterface getStep(StepMeta stepMeta, StepDataInterface data, int number, TransMeta transMeta, Trans trans);

  public abstract StepDataInterface getStepData();

  @Deprecated public abstract void analyseImpact(List<DatabaseImpact> list, TransMeta transMeta, StepMeta stepMeta, RowMetaInterface rowMeta, String[] texts, String[] texts2, RowMetaInterface rowMeta2) throws KettleStepException;

  public abstract void analyseImpact(List<DatabaseImpact> list, TransMeta transMeta, StepMeta stepMeta, RowMetaInterface rowMeta, String[] texts, String[] texts2, RowMetaInterface rowMeta2, Repository repository, IMetaStore metaStore) throws KettleStepException;

  @Deprecated public abstract SQLStatement getSQLStatements(TransMeta transMeta, StepMeta stepMeta, RowMetaInterface rowMeta) throws KettleStepException;

  public abstract SQLStatement getSQLStatements(TransMeta transMeta, StepMeta stepMeta, RowMetaInterface rowMeta, Repository repository, IMetaStore metaStore) throws KettleStepException;

  public abstract void cancelQueries() throws KettleDatabaseException;

  public abstract Map<String, String> getUsedArguments();

  public abstract RowMetaInterface getRequiredFields(VariableSpace space) throws KettleException;

  public abstract DatabaseMeta[] getUsedDatabaseConnections();

  public abstract String[] getUsedLibraries();

  public abstract boolean supportsErrorHandling();

  public abstract List<ResourceReference> getResourceDependencies(TransMeta transMeta, StepMeta stepMeta);

  @Deprecated public abstract String exportResources(VariableSpace space, Map<String, ResourceDefinition> map, ResourceNamingInterface resourceNaming, Repository repository) throws KettleException;

  public abstract String exportResources(VariableSpace space, Map<String, ResourceDefinition> map, ResourceNamingInterface resourceNaming, Repository repository, IMetaStore metaStore) throws KettleException;

  public abstract StepMeta getParentStepMeta();

  public abstract void setParentStepMeta(StepMeta stepMeta);

  public abstract StepIOMetaInterface getStepIOMeta();

  public abstract List<StreamInterface> getOptionalStreams();

  public abstract void handleStreamSelection(StreamInterface stream);

  public abstract void resetStepIoMeta();

  public abstract void searchInfoAndTargetSteps(List<StepMeta> list);

  @Deprecated public abstract StepMetaInjectionInterface getStepMetaInjectionInterface();

  public abstract List<StepInjectionMetaEntry> extractStepMetadataEntries() throws KettleException;

  public abstract TransMeta.TransformationType[] getSupportedTransformationTypes();

  public abstract boolean hasRepositoryReferences();

  public abstract void lookupRepositoryReferences(Repository repository) throws KettleException;

  public abstract void setChanged();

  public abstract boolean hasChanged();

  public abstract String[] getReferencedObjectDescriptions();

  public abstract boolean[] isReferencedObjectEnabled();

  public abstract String getActiveReferencedObjectDescription();

  public abstract Object loadReferencedObject(int number, Repository repository, IMetaStore metaStore, VariableSpace space) throws KettleException;

  public default boolean cleanAfterHopFromRemove() {
    throw OutsideMirror.unsupported("StepMetaInterface.cleanAfterHopFromRemove");
  }

  public default boolean cleanAfterHopFromRemove(StepMeta stepMeta) {
    throw OutsideMirror.unsupported("StepMetaInterface.cleanAfterHopFromRemove");
  }

  public default boolean cleanAfterHopToRemove(StepMeta stepMeta) {
    throw OutsideMirror.unsupported("StepMetaInterface.cleanAfterHopToRemove");
  }

  public default boolean passDataToServletOutput() {
    throw OutsideMirror.unsupported("StepMetaInterface.passDataToServletOutput");
  }

  public default TransMeta fetchTransMeta(StepMetaInterface meta, Repository repository, IMetaStore metaStore, VariableSpace space) throws KettleException {
    throw OutsideMirror.unsupported("StepMetaInterface.fetchTransMeta");
  }
}
