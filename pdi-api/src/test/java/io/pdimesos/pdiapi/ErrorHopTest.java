package io.pdimesos.pdiapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pdimesos.pdiapi.sample.LegacyOnlyStepMeta;
import io.pdimesos.pdiapi.sample.SampleStep;
import io.pdimesos.pdiapi.sample.SampleStepData;
import io.pdimesos.pdiapi.sample.SampleStepMeta;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pentaho.di.core.row.RowMeta;
import org.pentaho.di.core.row.RowMetaInterface;
import org.pentaho.di.core.row.ValueMetaInterface;
import org.pentaho.di.core.row.value.ValueMetaString;
import org.pentaho.di.trans.Trans;
import org.pentaho.di.trans.TransMeta;
import org.pentaho.di.trans.step.BaseStep;
import org.pentaho.di.trans.step.StepErrorMeta;
import org.pentaho.di.trans.step.StepMeta;

/**
 * Error hops as PDI 9.4 runs them (StepErrorMeta, BaseStep.identifyErrorOutput/putError/init in
 * pentaho-kettle's engine): the failed row plus the error fields that are named, in the order
 * count (Integer, length 3), descriptions, fields, codes (Strings), sent to the row set whose
 * destination is the error hop's target.
 */
class ErrorHopTest {
  private final Trans trans = new Trans(new TransMeta());
  private final StepMeta failedRows = new StepMeta("Failed rows", (org.pentaho.di.trans.step.StepMetaInterface) null);

  @Test
  void errorFieldsAreTheNamedOnesInPdiOrderWithVariablesResolved() {
    trans.setVariable("COUNT_FIELD", "nr_errors");
    StepErrorMeta all = new StepErrorMeta(trans, new StepMeta("s", new SampleStepMeta()), failedRows,
        "${COUNT_FIELD}", "error_description", "error_fields", "error_codes");

    RowMetaInterface fields = all.getErrorRowMeta(2, "d", "f", "c");
    assertThat(fields.getFieldNames()).containsExactly("nr_errors", "error_description", "error_fields", "error_codes");
    assertThat(fields.getValueMeta(0).getType()).isEqualTo(ValueMetaInterface.TYPE_INTEGER);
    assertThat(fields.getValueMeta(0).getLength()).isEqualTo(3);
    for (int i = 1; i < 4; i++) {
      assertThat(fields.getValueMeta(i).getType()).isEqualTo(ValueMetaInterface.TYPE_STRING);
    }
    Object[] row = new Object[6];
    all.addErrorRowData(row, 2, 2, "d", "f", "c");
    assertThat(row).containsExactly(null, null, 2L, "d", "f", "c");

    StepErrorMeta codesOnly = new StepErrorMeta(trans, new StepMeta("s", new SampleStepMeta()), failedRows);
    codesOnly.setErrorCodesValuename("code");
    codesOnly.setErrorDescriptionsValuename("");
    assertThat(codesOnly.getErrorFields().getFieldNames()).containsExactly("code");
    Object[] one = new Object[2];
    codesOnly.addErrorRowData(one, 1, 5, "ignored", "ignored", "E1");
    assertThat(one).containsExactly(null, "E1");
    assertThat(codesOnly.isEnabled()).as("PDI creates error handling disabled").isFalse();
    assertThat(codesOnly.getMaxErrors()).isEmpty();
  }

  @Test
  void doingErrorHandlingNeedsSupportAnEnabledMetaAndATarget() {
    StepMeta step = new StepMeta("s", new SampleStepMeta());
    assertThat(step.isDoingErrorHandling()).isFalse();
    StepErrorMeta errorMeta = new StepErrorMeta(trans, step, failedRows);
    step.setStepErrorMeta(errorMeta);
    assertThat(step.isDoingErrorHandling()).as("disabled").isFalse();
    errorMeta.setEnabled(true);
    assertThat(step.isDoingErrorHandling()).isTrue();
    assertThat(step.isSendingErrorRowsToStep(failedRows)).isTrue();
    errorMeta.setTargetStep(null);
    assertThat(step.isDoingErrorHandling()).as("no target").isFalse();

    StepMeta unsupported = new StepMeta("u", new NoErrorHandlingMeta());
    StepErrorMeta other = new StepErrorMeta(trans, unsupported, failedRows);
    other.setEnabled(true);
    unsupported.setStepErrorMeta(other);
    assertThat(unsupported.isDoingErrorHandling()).isFalse();
  }

  @Test
  void aBadRowReachesTheErrorHopWithTheErrorFieldsAndIsCountedAsRejected() {
    SampleStepMeta meta = new SampleStepMeta();
    SampleStepData data = new SampleStepData();
    StepMeta stepMeta = new StepMeta("Check", meta);
    StepErrorMeta errorMeta = new StepErrorMeta(trans, stepMeta, failedRows, "nr", "description", "field", "code");
    errorMeta.setEnabled(true);
    stepMeta.setStepErrorMeta(errorMeta);
    SampleStep step = new SampleStep(stepMeta, data, 0, trans.getTransMeta(), trans);
    QueueRowSet input = QueueRowSet.unbounded();
    QueueRowSet output = QueueRowSet.unbounded();
    QueueRowSet errors = QueueRowSet.unbounded();
    output.setThreadNameFromToCopy("Check", 0, "Text file output", 0);
    errors.setThreadNameFromToCopy("Check", 0, "FAILED ROWS", 0);
    step.addRowSetToInputRowSets(input);
    step.addRowSetToOutputRowSets(output);
    step.addRowSetToOutputRowSets(errors);
    List<Object[]> heard = new ArrayList<>();
    step.addRowListener(new ErrorRowCollector(heard));
    RowMeta inputMeta = layout("value");
    input.putRow(inputMeta, new Object[] {"a"});
    input.putRow(inputMeta, new Object[] {"bad"});
    input.putRow(inputMeta, new Object[] {"b"});
    input.setDone();

    step.identifyErrorOutput();
    assertThat(step.getOutputRowSets()).as("the error row set leaves the outputs").containsExactly(output);
    assertThat(StepRunner.run(step, meta, data, 10)).isTrue();

    assertThat(step.getErrors()).isZero();
    assertThat(step.getLinesRejected()).isEqualTo(1);
    assertThat(step.getLinesWritten()).isEqualTo(2);
    assertThat(output.size()).isEqualTo(2);
    assertThat(errors.isDone()).isTrue();
    assertThat(errors.getRowMeta().getFieldNames()).containsExactly("value", "nr", "description", "field", "code");
    assertThat(errors.getRowMeta().getValueMeta(1).getType()).isEqualTo(ValueMetaInterface.TYPE_INTEGER);
    assertThat(errors.getRowImmediate()).startsWith("bad", 1L, "bad row", "value", "SAMPLE001");
    assertThat(errors.size()).isZero();
    assertThat(heard).as("listeners hear the row as it came in").hasSize(1);
    assertThat(heard.get(0)).containsExactly("bad");
  }

  @Test
  void withoutAnErrorHopPutErrorFailsAsInPdiAndTheSampleStepFailsTheTransformation() throws Exception {
    BaseStep plain = new BaseStep(new StepMeta("plain", new SampleStepMeta()), new SampleStepData(), 0,
        trans.getTransMeta(), trans);
    // PDI 9.4's putError dereferences StepMeta.getStepErrorMeta() unconditionally: a NullPointerException.
    assertThatThrownBy(() -> plain.putError(layout("value"), new Object[] {"x"}, 1, "d", "f", "c"))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("plain");

    SampleStepMeta meta = new SampleStepMeta();
    SampleStepData data = new SampleStepData();
    SampleStep step = new SampleStep(new StepMeta("Check", meta), data, 0, trans.getTransMeta(), trans);
    QueueRowSet input = QueueRowSet.unbounded();
    QueueRowSet output = QueueRowSet.unbounded();
    step.addRowSetToInputRowSets(input);
    step.addRowSetToOutputRowSets(output);
    input.putRow(layout("value"), new Object[] {"bad"});
    input.setDone();
    LogCapture.clear();
    StepRunner.run(step, meta, data, 10);
    assertThat(LogCapture.text()).contains("Unexpected error in step Check");
    assertThat(step.getErrors()).isEqualTo(1);
    assertThat(step.getLinesRejected()).isZero();
    assertThat(trans.isStopped()).isTrue();
    assertThat(output.isDone()).isTrue();
  }

  @Test
  void aDisabledErrorHopKeepsItsRowSetAsAnOrdinaryOutputAndDropsErrorRows() throws Exception {
    StepMeta stepMeta = new StepMeta("Check", new SampleStepMeta());
    stepMeta.setStepErrorMeta(new StepErrorMeta(trans, stepMeta, failedRows, null, "description", null, null));
    BaseStep step = new BaseStep(stepMeta, new SampleStepData(), 0, trans.getTransMeta(), trans);
    QueueRowSet errors = QueueRowSet.unbounded();
    errors.setThreadNameFromToCopy("Check", 0, "Failed rows", 0);
    step.addRowSetToOutputRowSets(errors);
    step.identifyErrorOutput();
    assertThat(step.getOutputRowSets()).containsExactly(errors);

    step.putError(layout("value"), new Object[] {"x"}, 1, "d", "f", "c");

    assertThat(errors.size()).isZero();
    assertThat(step.getLinesRejected()).as("PDI counts only rows that reach an error row set").isZero();
  }

  @Test
  void moreRejectedRowsThanTheErrorHopAllowsStopTheTransformation() {
    trans.setVariable("MAX_ERRORS", "1");
    SampleStepMeta meta = new SampleStepMeta();
    SampleStepData data = new SampleStepData();
    StepMeta stepMeta = new StepMeta("Check", meta);
    StepErrorMeta errorMeta = new StepErrorMeta(trans, stepMeta, failedRows);
    errorMeta.setEnabled(true);
    errorMeta.setMaxErrors("${MAX_ERRORS}");
    stepMeta.setStepErrorMeta(errorMeta);
    SampleStep step = new SampleStep(stepMeta, data, 0, trans.getTransMeta(), trans);
    QueueRowSet input = QueueRowSet.unbounded();
    QueueRowSet errors = QueueRowSet.unbounded();
    errors.setThreadNameFromToCopy("Check", 0, "Failed rows", 0);
    step.addRowSetToInputRowSets(input);
    step.addRowSetToOutputRowSets(errors);
    // StepRunner lets the step identify its error output, as PDI's Trans does before init.
    for (int i = 0; i < 3; i++) {
      input.putRow(layout("value"), new Object[] {"bad"});
    }
    input.setDone();

    StepRunner.run(step, meta, data, 10);

    assertThat(step.getLinesRejected()).isEqualTo(2);
    assertThat(errors.size()).isEqualTo(2);
    assertThat(step.getErrors()).isEqualTo(1);
    assertThat(trans.isStopped()).isTrue();
  }

  @Test
  void aThresholdThatIsNotANumberFailsInit() {
    StepMeta stepMeta = new StepMeta("Check", new SampleStepMeta());
    StepErrorMeta errorMeta = new StepErrorMeta(trans, stepMeta, failedRows);
    errorMeta.setMaxPercentErrors("ten");
    stepMeta.setStepErrorMeta(errorMeta);
    SampleStepData data = new SampleStepData();
    SampleStep step = new SampleStep(stepMeta, data, 0, trans.getTransMeta(), trans);
    assertThat(step.init(stepMeta.getStepMetaInterface(), data)).isFalse();
  }

  private static RowMeta layout(String name) {
    RowMeta rowMeta = new RowMeta();
    rowMeta.addValueMeta(new ValueMetaString(name));
    return rowMeta;
  }

  /** A meta that keeps BaseStepMeta's supportsErrorHandling() == false. */
  private static final class NoErrorHandlingMeta extends LegacyOnlyStepMeta {
    @Override
    public boolean supportsErrorHandling() {
      return false;
    }
  }
}
