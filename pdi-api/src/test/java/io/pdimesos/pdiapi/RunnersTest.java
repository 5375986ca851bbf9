package io.pdimesos.pdiapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdimesos.pdiapi.sample.SampleEntry;
import io.pdimesos.pdiapi.sample.SampleStep;
import io.pdimesos.pdiapi.sample.SampleStepData;
import io.pdimesos.pdiapi.sample.SampleStepMeta;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.pentaho.di.core.Result;
import org.pentaho.di.core.row.RowMeta;
import org.pentaho.di.core.row.value.ValueMetaString;
import org.pentaho.di.job.Job;
import org.pentaho.di.trans.Trans;
import org.pentaho.di.trans.TransMeta;
import org.pentaho.di.trans.step.StepMeta;

class RunnersTest {

  @Test
  void jobEntryRunnerWorksOnAClone() throws Exception {
    Job job = new Job();
    job.setVariable("TARGET", "chronos");
    SampleEntry entry = new SampleEntry();
    Result previous = new Result();
    previous.setNrErrors(3);

    Result result = JobEntryRunner.run(entry, job, previous);

    assertThat(result).isNotSameAs(previous);
    assertThat(result.getResult()).isTrue();
    assertThat(result.getNrErrors()).isZero();
    assertThat(job.getVariable("SAMPLE_TARGET")).isEqualTo("chronos");
    assertThat(entry.getParentJob()).as("the design-time entry is untouched").isNull();
  }

  @Test
  void jobsFormAHierarchyForParentAndRootScopes() {
    Job root = new Job();
    root.getLogChannel().setLogLevel(org.pentaho.di.core.logging.LogLevel.DETAILED);
    Job child = new Job();
    child.setParentJob(root);
    assertThat(child.getParentJob()).isSameAs(root);
    assertThat(child.getLogLevel()).isEqualTo(org.pentaho.di.core.logging.LogLevel.DETAILED);
    child.getParentJob().setVariable("ROOT_VAR", "x");
    assertThat(root.getVariable("ROOT_VAR")).isEqualTo("x");
  }

  @Test
  void stepRunnerDrivesAStepToTheEndOfItsInput() {
    Trans trans = new Trans(new TransMeta());
    SampleStepMeta meta = new SampleStepMeta();
    SampleStepData data = new SampleStepData();
    SampleStep step = new SampleStep(new StepMeta("sample", meta), data, 0, trans.getTransMeta(), trans);
    QueueRowSet input = new QueueRowSet(5);
    QueueRowSet output = new QueueRowSet(5);
    step.addRowSetToInputRowSets(input);
    step.addRowSetToOutputRowSets(output);
    RowMeta rowMeta = new RowMeta();
    rowMeta.addValueMeta(new ValueMetaString("value"));
    input.putRow(rowMeta, new Object[] {"x"});
    input.setDone();

    assertThat(StepRunner.run(step, meta, data, 100)).isTrue();

    assertThat(output.getRowWait(1, TimeUnit.SECONDS)).startsWith("x", "ok");
    assertThat(output.isDone()).isTrue();
    assertThat(data.isDisposed()).isTrue();
    assertThat(step.getErrors()).isZero();
  }
}
