package io.pdimesos.pdiapi;

import org.pentaho.di.core.bowl.Bowl;
import org.pentaho.di.core.row.RowMetaInterface;
import org.pentaho.di.core.row.ValueMetaInterface;
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
 * The meta of a {@link StepChain} stand-in for one of PDI's standard steps, so the TransMeta can
 * answer {@code getPrevStepFields} for the project's steps: a source declares the layout the test
 * gave it, a sink passes its input on unchanged. It never runs ({@link #getStep} refuses).
 */
public class StandInStepMeta extends BaseStepMeta implements StepMetaInterface {
  private final RowMetaInterface produced;

  /** produced: the layout of a source's rows; null for a sink. */
  public StandInStepMeta(RowMetaInterface produced) {
    this.produced = produced;
  }

  @Override
  public void setDefault() {
    // nothing to set: the layout is given
  }

  @Override
  public void getFields(RowMetaInterface row, String name, RowMetaInterface[] info, StepMeta nextStep,
      VariableSpace space, Repository repository, IMetaStore metaStore) {
    addFields(row, name);
  }

  public void getFields(Bowl bowl, RowMetaInterface row, String name, RowMetaInterface[] info, StepMeta nextStep,
      VariableSpace space, Repository repository, IMetaStore metaStore) {
    addFields(row, name);
  }

  private void addFields(RowMetaInterface row, String name) {
    if (produced == null) {
      return;
    }
    for (int i = 0; i < produced.size(); i++) {
      ValueMetaInterface field = produced.getValueMeta(i).clone();
      field.setOrigin(name);
      row.addValueMeta(field);
    }
  }

  @Override
  public StepInterface getStep(StepMeta stepMeta, StepDataInterface data, int copyNr, TransMeta transMeta,
      Trans trans) {
    throw new UnsupportedOperationException("the stand-in " + stepMeta.getName() + " is not a step that runs");
  }

  @Override
  public StepDataInterface getStepData() {
    throw new UnsupportedOperationException("a stand-in has no step data");
  }
}
