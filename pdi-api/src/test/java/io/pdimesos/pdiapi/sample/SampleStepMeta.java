package io.pdimesos.pdiapi.sample;

import org.pentaho.di.core.annotations.Step;
import org.pentaho.di.core.bowl.Bowl;
import org.pentaho.di.core.exception.KettleStepException;
import org.pentaho.di.core.row.RowMetaInterface;
import org.pentaho.di.core.row.value.ValueMetaString;
import org.pentaho.di.core.variables.VariableSpace;
import org.pentaho.di.repository.Repository;
import org.pentaho.di.trans.Trans;
import org.pentaho.di.trans.TransMeta;
import org.pentaho.di.trans.step.BaseStepMeta;
import org.pentaho.di.trans.step.StepDataInterface;
import org.pentaho.di.trans.step.StepInterface;
import org.pentaho.di.trans.step.StepMeta;
import org.pentaho.di.trans.step.StepMetaInterface;
import org.pentaho.metastore.api.IMetaStore;

/**
 * A step meta written the way the project's steps are (the Bowl decision in docs/architecture.md):
 * both the legacy and the 11.x Bowl overload of getFields delegate to one private method.
 */
@Step(id = "SampleStep", name = "Sample step")
public class SampleStepMeta extends BaseStepMeta implements StepMetaInterface {
  @Override
  public void setDefault() {
  }

  @Override
  public void getFields(RowMetaInterface row, String name, RowMetaInterface[] info, StepMeta nextStep,
      VariableSpace space, Repository repository, IMetaStore metaStore) throws KettleStepException {
    addFields(row, name);
  }

  public void getFields(Bowl bowl, RowMetaInterface row, String name, RowMetaInterface[] info, StepMeta nextStep,
      VariableSpace space, Repository repository, IMetaStore metaStore) throws KettleStepException {
    addFields(row, name);
  }

  private void addFields(RowMetaInterface row, String name) {
    ValueMetaString status = new ValueMetaString("status");
    status.setOrigin(name);
    row.addValueMeta(status);
  }

  @Override
  public StepInterface getStep(StepMeta stepMeta, StepDataInterface data, int copyNr, TransMeta transMeta,
      Trans trans) {
    return new SampleStep(stepMeta, data, copyNr, transMeta, trans);
  }

  @Override
  public boolean supportsErrorHandling() {
    return true;
  }

  @Override
  public StepDataInterface getStepData() {
    return new SampleStepData();
  }
}
