package io.pdimesos.pdiapi.sample;

import org.pentaho.di.core.annotations.Step;
import org.pentaho.di.core.row.RowMetaInterface;
import org.pentaho.di.core.row.value.ValueMetaInteger;
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

/** An input step in the style of the project's: no input hop, emits the Integer field "n" = 1..count. */
@Step(id = "SampleInput", name = "Sample input")
public class SampleInputMeta extends BaseStepMeta implements StepMetaInterface {
  public int count = 3;

  @Override
  public void setDefault() {
    count = 3;
  }

  @Override
  public void getFields(RowMetaInterface row, String name, RowMetaInterface[] info, StepMeta nextStep,
      VariableSpace space, Repository repository, IMetaStore metaStore) {
    ValueMetaInteger n = new ValueMetaInteger("n");
    n.setOrigin(name);
    row.addValueMeta(n);
  }

  @Override
  public StepInterface getStep(StepMeta stepMeta, StepDataInterface data, int copyNr, TransMeta transMeta,
      Trans trans) {
    return new SampleInputStep(stepMeta, data, copyNr, transMeta, trans);
  }

  @Override
  public StepDataInterface getStepData() {
    return new SampleInputData();
  }
}
