package io.pdimesos.pdiapi.sample;

import org.pentaho.di.core.exception.KettleStepException;
import org.pentaho.di.core.row.RowMetaInterface;
import org.pentaho.di.core.row.value.ValueMetaString;
import org.pentaho.di.core.variables.VariableSpace;
import org.pentaho.di.repository.Repository;
import org.pentaho.di.trans.step.StepMeta;
import org.pentaho.metastore.api.IMetaStore;

/** A step meta that overrides only the legacy getFields: PDI 11 never sees its fields. */
public class LegacyOnlyStepMeta extends SampleStepMeta {
  @Override
  public void getFields(RowMetaInterface row, String name, RowMetaInterface[] info, StepMeta nextStep,
      VariableSpace space, Repository repository, IMetaStore metaStore) throws KettleStepException {
    row.addValueMeta(new ValueMetaString("legacy"));
  }

  @Override
  public void getFields(org.pentaho.di.core.bowl.Bowl bowl, RowMetaInterface row, String name,
      RowMetaInterface[] info, StepMeta nextStep, VariableSpace space, Repository repository, IMetaStore metaStore) {
    // what 11.x's BaseStepMeta does when a step does not override the Bowl overload: nothing
  }
}
