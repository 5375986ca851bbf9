package org.pentaho.di.trans.step;

import java.util.Locale;
import org.pentaho.di.core.annotations.Step;

import io.pdimesos.pdiapi.OutsideMirror;
import java.util.List;
import java.util.Map;
import org.pentaho.di.base.BaseMeta;
import org.pentaho.di.core.AttributesInterface;
import org.pentaho.di.core.CheckResultInterface;
import org.pentaho.di.core.CheckResultSourceInterface;
import org.pentaho.di.core.Counter;
import org.pentaho.di.core.database.DatabaseMeta;
import org.pentaho.di.core.exception.KettlePluginLoaderException;
import org.pentaho.di.core.exception.KettleXMLException;
import org.pentaho.di.core.gui.GUIPositionInterface;
import org.pentaho.di.core.row.RowMetaInterface;
import org.pentaho.di.core.variables.VariableSpace;
import org.pentaho.di.core.variables.Variables;
import org.pentaho.di.repository.Repository;
import org.pentaho.di.repository.ObjectId;
import org.pentaho.di.resource.ResourceExportInterface;
import org.pentaho.di.resource.ResourceHolderInterface;
import org.pentaho.di.shared.SharedObjectBase;
import org.pentaho.di.shared.SharedObjectInterface;
import org.pentaho.di.trans.TransMeta;
import org.pentaho.metastore.api.IMetaStore;
import org.w3c.dom.Node;

public class StepMeta extends SharedObjectBase implements Cloneable, Comparable<StepMeta>, GUIPositionInterface, SharedObjectInterface, CheckResultSourceInterface, ResourceExportInterface, ResourceHolderInterface, AttributesInterface, BaseMeta {
  public StepMeta(String text, String text2, StepMetaInterface meta) {
    stepid = text;
    stepname = text2;
    setStepMetaInterface(meta);
  }

  public StepMeta(String text, StepMetaInterface meta) {
    this(pluginIdOf(meta), text, meta);
  }

  public StepMeta() {
    this((String) null, (String) null, (StepMetaInterface) null);
  }

  @Deprecated public StepMeta(Node node, List<DatabaseMeta> databases, Map<String, Counter> counters) throws KettleXMLException, KettlePluginLoaderException {
    throw OutsideMirror.unsupported("StepMeta constructor");
  }

  public StepMeta(Node node, List<DatabaseMeta> databases, IMetaStore metaStore) throws KettleXMLException, KettlePluginLoaderException {
    throw OutsideMirror.unsupported("StepMeta constructor");
  }

  public ObjectId getObjectId() {
    return objectId;
  }

  public int getCopies() {
    return 1;
  }

  public boolean equals(Object value) {
    return value instanceof StepMeta && stepname != null && stepname.equalsIgnoreCase(((StepMeta) value).stepname);
  }

  public int hashCode() {
    return stepname == null ? 0 : stepname.toLowerCase(Locale.ROOT).hashCode();
  }

  public int compareTo(StepMeta stepMeta) {
    return stepname.compareToIgnoreCase(stepMeta.stepname);
  }

  public Object clone() {
    StepMeta copy = new StepMeta(stepid, stepname,
        stepMetaInterface == null ? null : (StepMetaInterface) stepMetaInterface.clone());
    copy.description = description;
    copy.parentTransMeta = parentTransMeta;
    copy.stepErrorMeta = stepErrorMeta;
    copy.distributes = distributes;
    return copy;
  }

  /**
   * Spoon's Verify and TransMeta.checkSteps: as PDI (9.4 and 11.0), the meta's deprecated
   * 7-argument check and then its 10-argument one, both into the same remarks.
   */
  public void check(List<CheckResultInterface> remarks, TransMeta transMeta, RowMetaInterface prev, String[] input, String[] output, RowMetaInterface info, VariableSpace space, Repository repository, IMetaStore metaStore) {
    stepMetaInterface.check(remarks, transMeta, this, prev, input, output, info);
    stepMetaInterface.check(remarks, transMeta, this, prev, input, output, info, space, repository, metaStore);
  }

  public void check(List<CheckResultInterface> remarks, TransMeta transMeta, RowMetaInterface prev, String[] input, String[] output, RowMetaInterface info) {
    check(remarks, transMeta, prev, input, output, info, new Variables(), null, null);
  }

  public StepMetaInterface getStepMetaInterface() {
    return stepMetaInterface;
  }

  public void setStepMetaInterface(StepMetaInterface meta) {
    stepMetaInterface = meta;
    if (meta != null) {
      meta.setParentStepMeta(this);
    }
  }

  public String getStepID() {
    return stepid;
  }

  public String getName() {
    return stepname;
  }

  public void setName(String text) {
    stepname = text;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String text) {
    description = text;
  }

  public StepMeta(ObjectId id) {
    this();
    objectId = id;
  }

  public String toString() {
    return stepname;
  }

  public StepErrorMeta getStepErrorMeta() {
    return stepErrorMeta;
  }

  public void setStepErrorMeta(StepErrorMeta stepErrorMeta2) {
    stepErrorMeta = stepErrorMeta2;
  }

  public boolean supportsErrorHandling() {
    return stepMetaInterface != null && stepMetaInterface.supportsErrorHandling();
  }

  public boolean isDoingErrorHandling() {
    // As PDI 9.4: the step supports it, and an error hop is defined, enabled and has a target.
    return stepMetaInterface != null && stepMetaInterface.supportsErrorHandling() && stepErrorMeta != null
        && stepErrorMeta.getTargetStep() != null && stepErrorMeta.isEnabled();
  }

  public boolean isSendingErrorRowsToStep(StepMeta targetStep) {
    return isDoingErrorHandling() && stepErrorMeta.getTargetStep().equals(targetStep);
  }

  public boolean isDistributes() {
    return distributes;
  }

  public void setDistributes(boolean flag) {
    distributes = flag;
  }

  public static final StepMeta findStep(List<StepMeta> steps, String stepname) {
    if (steps == null) {
      return null;
    }
    for (StepMeta step : steps) {
      if (step.getName() != null && step.getName().equalsIgnoreCase(stepname)) {
        return step;
      }
    }
    return null;
  }

  public void setParentTransMeta(TransMeta transMeta) {
    parentTransMeta = transMeta;
  }

  public TransMeta getParentTransMeta() {
    return parentTransMeta;
  }

  @Override
  public String getTypeId() {
    return stepid;
  }

  private String stepid;
  private String stepname;
  private String description;
  private StepMetaInterface stepMetaInterface;
  private TransMeta parentTransMeta;
  private StepErrorMeta stepErrorMeta;
  private ObjectId objectId;
  // PDI's default: with several output hops a step distributes rows round robin; "copy" is opt-in.
  private boolean distributes = true;

  private static String pluginIdOf(StepMetaInterface meta) {
    // PDI asks its plugin registry; the registry's answer is the @Step id of the meta class.
    Step annotation = meta == null ? null : meta.getClass().getAnnotation(Step.class);
    return annotation == null ? null : annotation.id().split(",")[0].trim();
  }

}
