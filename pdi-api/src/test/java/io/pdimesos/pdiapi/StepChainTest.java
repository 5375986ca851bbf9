package io.pdimesos.pdiapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pdimesos.pdiapi.sample.SampleInputMeta;
import io.pdimesos.pdiapi.sample.SampleStepMeta;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pentaho.di.core.row.RowMeta;
import org.pentaho.di.core.row.RowMetaInterface;
import org.pentaho.di.core.row.ValueMetaInterface;
import org.pentaho.di.core.row.value.ValueMetaString;
import org.pentaho.di.trans.Trans;
import org.pentaho.di.trans.TransHopMeta;
import org.pentaho.di.trans.TransMeta;
import org.pentaho.di.trans.step.RowListener;
import org.pentaho.di.trans.step.StepMeta;

class StepChainTest {
  private final TransMeta transMeta = new TransMeta();
  private final Trans trans = new Trans(transMeta);
  private final StepChain chain = new StepChain(transMeta, trans);

  @Test
  void rowsFlowFromAStandInSourceThroughAStepToSinksAndBadRowsToTheErrorHop() {
    SampleStepMeta meta = new SampleStepMeta();
    chain.source("CSV file input", layout("value"), List.of(new Object[] {"a"}, new Object[] {"bad"}, new Object[] {"b"}));
    chain.step("Check", meta, meta.getStepData());
    chain.sink("Text file output");
    chain.sink("Failed rows");
    chain.hop("CSV file input", "Check");
    chain.hop("Check", "Text file output");
    chain.errorHop("Check", "Failed rows").setErrorDescriptionsValuename("error");
    List<Boolean> runningWhileWriting = new ArrayList<>();
    chain.stepCopy("Check").addRowListener(new RowListener() {
      @Override
      public void rowReadEvent(RowMetaInterface rowMeta, Object[] row) {
      }

      @Override
      public void rowWrittenEvent(RowMetaInterface rowMeta, Object[] row) {
        runningWhileWriting.add(trans.isRunning());
      }

      @Override
      public void errorRowWrittenEvent(RowMetaInterface rowMeta, Object[] row) {
      }
    });

    assertThat(chain.run(100)).isTrue();
    assertThat(runningWhileWriting).containsExactly(true, true);
    assertThat(trans.isRunning()).isFalse();

    assertThat(chain.rowMeta("Text file output").getFieldNames()).containsExactly("value", "status");
    assertThat(chain.rows("Text file output")).hasSize(2);
    assertThat(chain.rows("Text file output").get(0)).startsWith("a", "ok");
    assertThat(chain.rows("Text file output").get(1)).startsWith("b", "ok");
    assertThat(chain.rowMeta("Failed rows").getFieldNames()).containsExactly("value", "error");
    assertThat(chain.rows("Failed rows")).hasSize(1);
    assertThat(chain.rows("Failed rows").get(0)).startsWith("bad", "bad row");
    assertThat(chain.stepCopy("Check").getLinesRejected()).isEqualTo(1);
    assertThat(transMeta.findStep("check")).as("the project's steps are part of the TransMeta").isNotNull();
    assertThat(chain.errors()).isZero();
  }

  @Test
  void theTransMetaKnowsTheHopsSoStepsSeeTheirInputFieldsAsInSpoon() throws Exception {
    SampleStepMeta meta = new SampleStepMeta();
    chain.source("CSV file input", layout("value"), List.of());
    chain.step("Check", meta, meta.getStepData());
    chain.sink("Text file output");
    chain.sink("Failed rows");
    chain.hop("CSV file input", "Check");
    chain.hop("Check", "Text file output");
    chain.errorHop("Check", "Failed rows").setErrorCodesValuename("code");

    assertThat(transMeta.getPrevStepFields("Check").getFieldNames()).containsExactly("value");
    assertThat(transMeta.getPrevStepFields("Check").getValueMeta(0).getOrigin()).isEqualTo("CSV file input");
    assertThat(transMeta.getPrevStepFields("Text file output").getFieldNames()).containsExactly("value", "status");
    assertThat(transMeta.getPrevStepFields("Failed rows").getFieldNames())
        .as("along the error hop: the input fields plus the error fields").containsExactly("value", "code");
    assertThat(transMeta.getPrevStepFields("CSV file input").getFieldNames()).isEmpty();
    assertThat(transMeta.getPrevStepFields("no such step")).isNull();
    assertThat(transMeta.nrTransHops()).isEqualTo(3);
    assertThat(transMeta.getTransHop(2).isErrorHop()).isTrue();
    assertThat(transMeta.findNextSteps(transMeta.findStep("Check"))).extracting(StepMeta::getName)
        .containsExactly("Text file output", "Failed rows");

    assertThat(chain.run(10)).as("no rows at all is a clean run").isTrue();
    assertThat(chain.rows("Text file output")).isEmpty();
  }

  @Test
  void fieldsOfSeveralInputHopsMergeAsInPdiAndDisabledHopsDoNotCount() throws Exception {
    RowMeta ab = layout("a");
    ab.addValueMeta(new ValueMetaString("b"));
    RowMeta bc = layout("b");
    bc.addValueMeta(new ValueMetaString("c"));
    chain.source("One", ab, List.of());
    chain.source("Two", bc, List.of());
    chain.source("Off", layout("off"), List.of());
    chain.sink("Out");
    chain.hop("One", "Out");
    chain.hop("Two", "Out");
    transMeta.addTransHop(new TransHopMeta(transMeta.findStep("Off"), transMeta.findStep("Out"), false));

    assertThat(transMeta.getPrevStepFields("Out").getFieldNames()).containsExactly("a", "b", "c");
    assertThat(transMeta.getPrevStepFields(transMeta.findStep("Out"), "Two", null).getFieldNames())
        .containsExactly("b", "c");
  }

  @Test
  void anInputStepWithoutInputFeedsAChainOfSampleSteps() {
    SampleInputMeta input = new SampleInputMeta();
    input.count = 4;
    SampleStepMeta check = new SampleStepMeta();
    chain.sink("Text file output");
    chain.step("Check", check, check.getStepData());
    chain.step("Numbers", input, input.getStepData());
    chain.hop("Check", "Text file output");
    chain.hop("Numbers", "Check");

    assertThat(chain.run(100)).as("hop order, not declaration order").isTrue();

    assertThat(chain.rowMeta("Text file output").getFieldNames()).containsExactly("n", "status");
    assertThat(chain.rowMeta("Text file output").getValueMeta(0).getType()).isEqualTo(ValueMetaInterface.TYPE_INTEGER);
    assertThat(chain.rows("Text file output")).extracting(row -> row[0]).containsExactly(1L, 2L, 3L, 4L);
    assertThat(chain.stepCopy("Numbers").getLinesWritten()).isEqualTo(4);
    assertThat(chain.stepCopy("Check").getLinesRead()).isEqualTo(4);
  }

  @Test
  void twoOutputHopsDistributeRoundRobinByDefaultAndCopyWhenAsked() {
    SampleInputMeta input = new SampleInputMeta();
    input.count = 4;
    chain.step("Numbers", input, input.getStepData());
    chain.sink("Left");
    chain.sink("Right");
    chain.hop("Numbers", "Left");
    chain.hop("Numbers", "Right");
    assertThat(chain.run(100)).isTrue();
    assertThat(chain.rows("Left")).extracting(row -> row[0]).containsExactly(1L, 3L);
    assertThat(chain.rows("Right")).extracting(row -> row[0]).containsExactly(2L, 4L);

    TransMeta copyingMeta = new TransMeta();
    StepMeta copying = new StepMeta("Numbers", input);
    copying.setDistributes(false);
    StepChain copyChain = new StepChain(copyingMeta, new Trans(copyingMeta));
    copyChain.step(copying, input.getStepData());
    copyChain.sink("Left");
    copyChain.sink("Right");
    copyChain.hop("Numbers", "Left");
    copyChain.hop("Numbers", "Right");
    assertThat(copyChain.run(100)).isTrue();
    assertThat(copyChain.rows("Left")).extracting(row -> row[0]).containsExactly(1L, 2L, 3L, 4L);
    assertThat(copyChain.rows("Right")).extracting(row -> row[0]).containsExactly(1L, 2L, 3L, 4L);
    assertThat(copyChain.rows("Right").get(0)).isNotSameAs(copyChain.rows("Left").get(0));
  }

  @Test
  void aFailingStepStopsTheTransformationAndTheStepsAfterItDoNotStart() {
    SampleStepMeta check = new SampleStepMeta();
    SampleStepMeta after = new SampleStepMeta();
    chain.source("CSV file input", layout("value"), List.of(new Object[] {"a"}, new Object[] {"bad"}));
    chain.step("Check", check, check.getStepData());
    chain.step("After", after, after.getStepData());
    chain.sink("Text file output");
    chain.hop("CSV file input", "Check");
    chain.hop("Check", "After");
    chain.hop("After", "Text file output");

    assertThat(chain.run(100)).isFalse();

    assertThat(chain.errors()).isEqualTo(1);
    assertThat(chain.stepCopy("Check").getErrors()).isEqualTo(1);
    assertThat(trans.isStopped()).isTrue();
    assertThat(chain.stepCopy("After").getLinesRead()).isZero();
    assertThat(chain.rows("Text file output")).isEmpty();
    assertThat(chain.rowMeta("Text file output")).isNull();
  }

  @Test
  void whenAStepFailsToInitialiseNothingRuns() {
    SampleInputMeta input = new SampleInputMeta();
    SampleStepMeta check = new SampleStepMeta();
    chain.step("Numbers", input, input.getStepData());
    chain.step("Check", check, check.getStepData());
    chain.sink("Out");
    chain.sink("Failed");
    chain.hop("Numbers", "Check");
    chain.hop("Check", "Out");
    chain.errorHop("Check", "Failed").setMaxErrors("not a number");

    assertThat(chain.run(100)).isFalse();

    assertThat(chain.stepCopy("Check").getErrors()).isEqualTo(1);
    assertThat(chain.stepCopy("Numbers").getLinesWritten()).as("the input step never ran").isZero();
    assertThat(chain.rows("Out")).isEmpty();
  }

  @Test
  void wrongChainsAreRefusedWithTheirNames() {
    SampleStepMeta meta = new SampleStepMeta();
    chain.step("A", meta, meta.getStepData());
    SampleStepMeta other = new SampleStepMeta();
    chain.step("B", other, other.getStepData());
    chain.sink("Out");
    assertThatThrownBy(() -> chain.hop("A", "Nowhere")).hasMessageContaining("Nowhere");
    assertThatThrownBy(() -> chain.sink("out")).hasMessageContaining("twice");
    assertThatThrownBy(() -> chain.errorHop("Out", "A")).hasMessageContaining("stand-in Out");
    chain.hop("A", "B");
    chain.hop("B", "A");
    assertThatThrownBy(() -> chain.run(10)).hasMessageContaining("loop");
  }

  @Test
  void aStepThatNeverEndsIsCutOffAtMaxCalls() {
    SampleInputMeta input = new SampleInputMeta();
    input.count = 50;
    chain.step("Numbers", input, input.getStepData());
    chain.sink("Out");
    chain.hop("Numbers", "Out");
    assertThatThrownBy(() -> chain.run(10)).isInstanceOf(IllegalStateException.class).hasMessageContaining("Numbers");
  }

  private static RowMeta layout(String name) {
    RowMeta rowMeta = new RowMeta();
    rowMeta.addValueMeta(new ValueMetaString(name));
    return rowMeta;
  }
}
