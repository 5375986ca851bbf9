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

  @Deprecated public abstract void getFields(RowMetaInterface a0, String a1, RowMetaInterface[] a2, StepMeta a3, VariableSpace a4) throws KettleStepException;

  public abstract void getFields(RowMetaInterface a0, String a1, RowMetaInterface[] a2, StepMeta a3, VariableSpace a4, Repository a5, IMetaStore a6) throws KettleStepException;

  public abstract String getXML() throws KettleException;

  @Deprecated public abstract void loadXML(Node a0, List<DatabaseMeta> a1, Map<String, Counter> a2) throws KettleXMLException;

  public abstract void loadXML(Node a0, List<DatabaseMeta> a1, IMetaStore a2) throws KettleXMLException;

  @Deprecated public abstract void saveRep(Repository a0, ObjectId a1, ObjectId a2) throws KettleException;

  public abstract void saveRep(Repository a0, IMetaStore a1, ObjectId a2, ObjectId a3) throws KettleException;

  @Deprecated public abstract void readRep(Repository a0, ObjectId a1, List<DatabaseMeta> a2, Map<String, Counter> a3) throws KettleException;

  public abstract void readRep(Repository a0, IMetaStore a1, ObjectId a2, List<DatabaseMeta> a3) throws KettleException;

  @Deprecated public abstract void check(List<CheckResultInterface> a0, TransMeta a1, StepMeta a2, RowMetaInterface a3, String[] a4, String[] a5, RowMetaInterface a6);

  public abstract void check(List<CheckResultInterface> a0, TransMeta a1, StepMeta a2, RowMetaInterface a3, String[] a4, String[] a5, RowMetaInterface a6, VariableSpace a7, Repository a8, IMetaStore a9);

  public abstract Object clone();

  public abstract RowMetaInterface getTableFields();

  public abstract boolean excludeFromRowLayoutVerification();

  public abstract boolean excludeFromCopyDistributeVerification();

  @Deprecated public abstract String getDialogClassName();

  public abstract StepInterface getStep(StepMeta a0, StepDataInterface a1, int a2, TransMeta a3, Trans a4);

  public abstract StepDataInterface getStepData();

  @Deprecated public abstract void analyseImpact(List<DatabaseImpact> a0, TransMeta a1, StepMeta a2, RowMetaInterface a3, String[] a4, String[] a5, RowMetaInterface a6) throws KettleStepException;

  public abstract void analyseImpact(List<DatabaseImpact> a0, TransMeta a1, StepMeta a2, RowMetaInterface a3, String[] a4, String[] a5, RowMetaInterface a6, Repository a7, IMetaStore a8) throws KettleStepException;

  @Deprecated public abstract SQLStatement getSQLStatements(TransMeta a0, StepMeta a1, RowMetaInterface a2) throws KettleStepException;

  public abstract SQLStatement getSQLStatements(TransMeta a0, StepMeta a1, RowMetaInterface a2, Repository a3, IMetaStore a4) throws KettleStepException;

  public abstract void cancelQueries() throws KettleDatabaseException;

  public abstract Map<String, String> getUsedArguments();

  public abstract RowMetaInterface getRequiredFields(VariableSpace a0) throws KettleException;

  public abstract DatabaseMeta[] getUsedDatabaseConnections();

  public abstract String[] getUsedLibraries();

  public abstract boolean supportsErrorHandling();

  public abstract List<ResourceReference> getResourceDependencies(TransMeta a0, StepMeta a1);

  @Deprecated public abstract String exportResources(VariableSpace a0, Map<String, ResourceDefinition> a1, ResourceNamingInterface a2, Repository a3) throws KettleException;

  public abstract String exportResources(VariableSpace a0, Map<String, ResourceDefinition> a1, ResourceNamingInterface a2, Repository a3, IMetaStore a4) throws KettleException;

  public abstract StepMeta getParentStepMeta();

  public abstract void setParentStepMeta(StepMeta a0);

  public abstract StepIOMetaInterface getStepIOMeta();

  public abstract List<StreamInterface> getOptionalStreams();

  public abstract void handleStreamSelection(StreamInterface a0);

  public abstract void resetStepIoMeta();

  public abstract void searchInfoAndTargetSteps(List<StepMeta> a0);

  @Deprecated public abstract StepMetaInjectionInterface getStepMetaInjectionInterface();

  public abstract List<StepInjectionMetaEntry> extractStepMetadataEntries() throws KettleException;

  public abstract TransMeta.TransformationType[] getSupportedTransformationTypes();

  public abstract boolean hasRepositoryReferences();

  public abstract void lookupRepositoryReferences(Repository a0) throws KettleException;

  public abstract void setChanged();

  public abstract boolean hasChanged();

  public abstract String[] getReferencedObjectDescriptions();

  public abstract boolean[] isReferencedObjectEnabled();

  public abstract String getActiveReferencedObjectDescription();

  public abstract Object loadReferencedObject(int a0, Repository a1, IMetaStore a2, VariableSpace a3) throws KettleException;

  public default boolean cleanAfterHopFromRemove() {
    throw OutsideMirror.unsupported("StepMetaInterface.cleanAfterHopFromRemove");
  }

  public default boolean cleanAfterHopFromRemove(StepMeta a0) {
    throw OutsideMirror.unsupported("StepMetaInterface.cleanAfterHopFromRemove");
  }

  public default boolean cleanAfterHopToRemove(StepMeta a0) {
    throw OutsideMirror.unsupported("StepMetaInterface.cleanAfterHopToRemove");
  }

  public default boolean passDataToServletOutput() {
    throw OutsideMirror.unsupported("StepMetaInterface.passDataToServletOutput");
  }

  public default TransMeta fetchTransMeta(StepMetaInterface a0, Repository a1, IMetaStore a2, VariableSpace a3) throws KettleException {
    throw OutsideMirror.unsupported("StepMetaInterface.fetchTransMeta");
  }
}
