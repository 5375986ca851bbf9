package io.pdimesos.pdiapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdimesos.pdiapi.sample.LegacyOnlyStepMeta;
import io.pdimesos.pdiapi.sample.SampleEntry;
import io.pdimesos.pdiapi.sample.SampleStep;
import io.pdimesos.pdiapi.sample.SampleStepData;
import io.pdimesos.pdiapi.sample.SampleStepMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pentaho.di.core.Result;
import org.pentaho.di.core.exception.KettleStepException;
import org.pentaho.di.core.logging.LogLevel;
import org.pentaho.di.core.row.RowMeta;
import org.pentaho.di.core.row.RowMetaInterface;
import org.pentaho.di.core.row.value.ValueMetaString;
import org.pentaho.di.core.xml.XMLHandler;
import org.pentaho.di.i18n.BaseMessages;
import org.pentaho.di.job.Job;
import org.pentaho.di.trans.Trans;
import org.pentaho.di.trans.TransMeta;
import org.pentaho.di.trans.step.BaseStepData;
import org.pentaho.di.trans.step.StepErrorMeta;
import org.pentaho.di.trans.step.StepMeta;

class EngineTest {
  private Locale savedLocale;

  @BeforeEach
  void clearLog() {
    LogCapture.clear();
    savedLocale = Locale.getDefault();
    Locale.setDefault(Locale.US);
  }

  @AfterEach
  void restore() {
    Locale.setDefault(savedLocale);
    FieldsDispatch.emulate(FieldsDispatch.Line.PDI_9_4);
  }

  @Test
  void messagesResolveThroughThePluginPackageAndFallBackToBangKey() {
    assertThat(BaseMessages.getString(SampleEntry.class, "Sample.Greeting", "Ann", "late")).isEqualTo("Hello Ann, it's late");
    assertThat(BaseMessages.getString(SampleEntry.class, "Sample.Plain")).isEqualTo("Café");
    assertThat(BaseMessages.getString(SampleEntry.class, "Sample.Missing")).isEqualTo("!Sample.Missing!");
    assertThat(BaseMessages.getString(EngineTest.class, "Sample.Greeting")).isEqualTo("!Sample.Greeting!");
  }

  @Test
  void entryRunsLikeTheJobEngineRunsIt() throws Exception {
    Job job = new Job();
    job.setVariable("TARGET", "marathon");
    SampleEntry design = new SampleEntry();

    SampleEntry clone = (SampleEntry) design.clone();
    clone.copyVariablesFrom(job);
    clone.setParentJob(job);
    Result result = clone.execute(new Result(), 0);

    assertThat(result.getResult()).isTrue();
    assertThat(job.getVariable("SAMPLE_TARGET")).isEqualTo("marathon");
    assertThat(design.getVariable("TARGET")).isNull();
    assertThat(design.getPluginId()).isEqualTo("SampleEntry");
    assertThat(design.evaluates()).isTrue();
    assertThat(design.isUnconditional()).isTrue();
    assertThat(design.getDialogClassName()).isEqualTo("io.pdimesos.pdiapi.sample.SampleEntryDialog");
    assertThat(LogCapture.text()).contains("Polling marathon").doesNotContain("poll 0");
  }

  @Test
  void logLevelComesFromTheParentJob() throws Exception {
    Job job = new Job();
    job.getLogChannel().setLogLevel(LogLevel.DEBUG);
    SampleEntry entry = new SampleEntry();
    entry.setParentJob(job);
    entry.execute(new Result(), 0);
    assertThat(entry.isDebug()).isTrue();
    assertThat(((MirrorLogChannel) entry.getLogChannel()).lines()).extracting(MirrorLogChannel.LogLine::message)
        .contains("poll 0", "poll 2");
  }

  @Test
  void entryObservesTheStopFlag() throws Exception {
    Job job = new Job();
    job.stopAll();
    SampleEntry entry = new SampleEntry();
    entry.setParentJob(job);
    job.getLogChannel().setLogLevel(LogLevel.DETAILED);
    entry.setParentJob(job);
    assertThat(entry.execute(new Result(), 0).getResult()).isFalse();
    assertThat(LogCapture.text()).contains("Stopped after 0 polls");
  }

  @Test
  void entryXmlRoundTrip() throws Exception {
    SampleEntry entry = new SampleEntry();
    entry.target = "a&b";
    entry.polls = 7;
    String xml = "<entry>" + entry.getXML() + "</entry>";
    assertThat(xml).contains("<type>SampleEntry</type>").contains("<name>sample</name>").contains("<description/>");

    SampleEntry read = new SampleEntry();
    read.loadXML(XMLHandler.loadXMLString(xml, "entry"), null, null, null, null);
    assertThat(read.getName()).isEqualTo("sample");
    assertThat(read.getDescription()).isNull();
    assertThat(read.target).isEqualTo("a&b");
    assertThat(read.polls).isEqualTo(7);
  }

  @Test
  void stepsHandRowsOnThroughRowSets() throws Exception {
    Trans trans = new Trans(new TransMeta());
    SampleStepMeta meta = new SampleStepMeta();
    SampleStepData data = new SampleStepData();
    StepMeta stepMeta = new StepMeta("sample", meta);
    StepErrorMeta errorHop = new StepErrorMeta(trans, stepMeta, new StepMeta("failed", null));
    errorHop.setEnabled(true);
    stepMeta.setStepErrorMeta(errorHop);
    SampleStep step = new SampleStep(stepMeta, data, 0, trans.getTransMeta(), trans);
    QueueRowSet input = new QueueRowSet(10);
    QueueRowSet output = new QueueRowSet(10);
    QueueRowSet failed = new QueueRowSet(10);
    failed.setThreadNameFromToCopy("sample", 0, "failed", 0);
    step.addRowSetToInputRowSets(input);
    step.addRowSetToOutputRowSets(output);
    step.addRowSetToOutputRowSets(failed);
    step.identifyErrorOutput();
    List<Object[]> errors = new ArrayList<>();
    step.addRowListener(new ErrorRowCollector(errors));

    RowMetaInterface inputMeta = new RowMeta();
    inputMeta.addValueMeta(new ValueMetaString("value"));
    input.putRow(inputMeta, new Object[] {"a"});
    input.putRow(inputMeta, new Object[] {"bad"});
    input.putRow(inputMeta, new Object[] {"b"});
    input.setDone();

    assertThat(step.init(meta, data)).isTrue();
    assertThat(data.getStatus()).isEqualTo(BaseStepData.StepExecutionStatus.STATUS_INIT);
    int loops = 0;
    while (step.processRow(meta, data) && loops++ < 100) {
      // bounded: three rows need three calls
    }
    step.dispose(meta, data);

    assertThat(output.isDone()).isTrue();
    assertThat(output.getRowMeta().getFieldNames()).containsExactly("value", "status");
    Object[] first = output.getRowWait(1, TimeUnit.SECONDS);
    Object[] second = output.getRowWait(1, TimeUnit.SECONDS);
    assertThat(new Object[] {first[0], first[1], second[0], second[1]}).containsExactly("a", "ok", "b", "ok");
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0)[0]).isEqualTo("bad");
    assertThat(step.getLinesRead()).isEqualTo(3);
    assertThat(step.getLinesWritten()).isEqualTo(2);
    assertThat(step.getLinesRejected()).isEqualTo(1);
    assertThat(failed.isDone()).as("setOutputDone closes the error hop too").isTrue();
    assertThat(failed.getRowMeta().getFieldNames()).as("no error fields named: none appended").containsExactly("value");
    assertThat(failed.getRowWait(1, TimeUnit.SECONDS)).startsWith("bad");
    assertThat(data.isDisposed()).isTrue();
  }

  @Test
  void stepWithoutInputGetsNullAndRefusesUnnamedFields() throws Exception {
    SampleStep step = new SampleStep(new StepMeta("s", new SampleStepMeta()), new SampleStepData(), 0, null, null);
    assertThat(step.getRow()).isNull();
    RowMeta unnamed = new RowMeta();
    unnamed.addValueMeta(new ValueMetaString(""));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> step.putRow(unnamed, new Object[] {"x"}))
        .isInstanceOf(KettleStepException.class);
  }

  @Test
  void transStopAllStopsEveryStepAndCallsStopRunning() throws Exception {
    Trans trans = new Trans(new TransMeta());
    SampleStep one = new SampleStep(new StepMeta("one", new SampleStepMeta()), new SampleStepData(), 0, null, trans);
    SampleStep two = new SampleStep(new StepMeta("two", new SampleStepMeta()), new SampleStepData(), 0, null, trans);
    QueueRowSet never = new QueueRowSet(1);
    one.addRowSetToInputRowSets(never);

    two.stopAll();

    assertThat(trans.isStopped()).isTrue();
    assertThat(one.isStopped()).isTrue();
    assertThat(one.stopRunningCalls).hasValue(1);
    assertThat(two.stopRunningCalls).hasValue(1);
    assertThat(one.getRow()).isNull();
  }

  @Test
  void fieldsReachTransMetaOnEveryPdiLineWhenBothOverloadsExist() throws Exception {
    TransMeta transMeta = new TransMeta();
    StepMeta both = new StepMeta("both", new SampleStepMeta());
    StepMeta legacyOnly = new StepMeta("legacy", new LegacyOnlyStepMeta());
    transMeta.addStep(both);
    transMeta.addStep(legacyOnly);

    for (FieldsDispatch.Line line : FieldsDispatch.Line.values()) {
      FieldsDispatch.emulate(line);
      assertThat(transMeta.getStepFields("BOTH").getFieldNames()).as(line.name()).containsExactly("status");
      assertThat(transMeta.getStepFields("both").getValueMeta(0).getOrigin()).isEqualTo("both");
    }
    FieldsDispatch.emulate(FieldsDispatch.Line.PDI_10_2);
    assertThat(transMeta.getStepFields(legacyOnly).getFieldNames()).containsExactly("legacy");
    FieldsDispatch.emulate(FieldsDispatch.Line.PDI_11);
    assertThat(transMeta.getStepFields(legacyOnly).getFieldNames()).isEmpty();
  }
}
