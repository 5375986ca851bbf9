package io.pdimesos.steps;

import static io.pdimesos.steps.AllActionSteps.marathonScale;
import static org.assertj.core.api.Assertions.assertThat;

import io.pdimesos.pdiapi.FieldsDispatch;
import io.pdimesos.steps.chronosaction.ChronosJobActionMeta;
import io.pdimesos.steps.metronomeaction.MetronomeJobActionMeta;
import io.pdimesos.steps.marathonaction.MarathonAppActionMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.pentaho.di.core.CheckResultInterface;
import org.pentaho.di.core.row.RowMeta;
import org.pentaho.di.core.row.RowMetaInterface;
import org.pentaho.di.core.row.ValueMetaInterface;
import org.pentaho.di.core.row.value.ValueMetaString;
import org.pentaho.di.core.variables.Variables;
import org.pentaho.di.trans.TransMeta;
import org.pentaho.di.trans.step.StepMeta;

/** What Spoon sees of the action steps: the fields on every PDI line, and check()'s remarks. */
class ActionStepMetaTest {
  @BeforeAll
  static void english() {
    Locale.setDefault(Locale.US);
  }

  private static RowMetaInterface input(String... names) {
    RowMeta row = new RowMeta();
    for (String n : names) {
      row.addValueMeta(new ValueMetaString(n));
    }
    return row;
  }

  @ParameterizedTest
  @EnumSource(FieldsDispatch.Line.class)
  void everyLineSeesTheInputFieldsThenTheResultFields(FieldsDispatch.Line line) throws Exception {
    MarathonAppActionMeta meta = marathonScale();
    meta.settings().set(ActionField.VERSION.setting(), "").set(ActionField.STATUS.setting(), "${STATUS_NAME}");
    Variables space = new Variables();
    space.setVariable("STATUS_NAME", "outcome");
    RowMetaInterface row = input("app", "n");
    FieldsDispatch.getFields(line, meta, row, "scale apps", null, null, space, null, null);

    assertThat(row.getFieldNames()).containsExactly("app", "n", "outcome", "http_code",
        "deployment_id", "message", "duration_ms");
    assertThat(row.getValueMeta(2).getType()).isEqualTo(ValueMetaInterface.TYPE_STRING);
    assertThat(row.getValueMeta(3).getType()).isEqualTo(ValueMetaInterface.TYPE_INTEGER);
    assertThat(row.getValueMeta(6).getType()).isEqualTo(ValueMetaInterface.TYPE_INTEGER);
    assertThat(row.getValueMeta(2).getOrigin()).isEqualTo("scale apps");

    RowMetaInterface chronos = input("job");
    ChronosJobActionMeta c = new ChronosJobActionMeta();
    c.setDefault();
    FieldsDispatch.getFields(line, c, chronos, "jobs", null, null, space, null, null);
    assertThat(chronos.getFieldNames()).containsExactly("job", "status", "http_code", "task_id",
        "message", "duration_ms");

    RowMetaInterface metronome = input("job");
    MetronomeJobActionMeta m = new MetronomeJobActionMeta();
    m.setDefault();
    FieldsDispatch.getFields(line, m, metronome, "jobs", null, null, space, null, null);
    assertThat(metronome.getFieldNames()).containsExactly("job", "status", "http_code", "run_id",
        "task_id", "message", "duration_ms");
  }

  @Test
  void transMetaAsksTheStepThroughTheEmulatedLine() throws Exception {
    TransMeta transMeta = new TransMeta();
    StepMeta step = new StepMeta("scale apps", marathonScale());
    transMeta.addStep(step);
    for (FieldsDispatch.Line line : FieldsDispatch.Line.values()) {
      FieldsDispatch.emulate(line);
      try {
        assertThat(transMeta.getThisStepFields(step, null, input("app", "n")).getFieldNames())
            .as(line.name()).contains("status", "duration_ms");
      } finally {
        FieldsDispatch.emulate(FieldsDispatch.Line.PDI_9_4);
      }
    }
  }

  private static List<CheckResultInterface> check(ActionStepMeta meta, RowMetaInterface prev, String... input) {
    List<CheckResultInterface> remarks = new ArrayList<>();
    TransMeta transMeta = new TransMeta();
    transMeta.setVariable("PDI_MARATHON_URL", "http://127.0.0.1:8080");
    transMeta.setVariable("PDI_CHRONOS_URL", "http://127.0.0.1:4400");
    meta.check(remarks, transMeta, new StepMeta("s", meta), prev, input, new String[0], null, transMeta,
        null, null);
    return remarks;
  }

  private static List<String> texts(List<CheckResultInterface> remarks, int type) {
    return remarks.stream().filter(r -> r.getType() == type).map(CheckResultInterface::getText).toList();
  }

  @Test
  void aFieldNameThatIsNotInTheInputRowIsAnError() {
    MarathonAppActionMeta meta = marathonScale();
    meta.settings().set(MarathonAppActionMeta.INSTANCES_FIELD, "count");
    List<CheckResultInterface> remarks = check(meta, input("app", "n"), "csv");
    assertThat(texts(remarks, CheckResultInterface.TYPE_RESULT_ERROR))
        .containsExactly("Setting 'Instances field' names the field 'count', which is not in the input row.");
    assertThat(texts(remarks, CheckResultInterface.TYPE_RESULT_OK))
        .as("no 'All settings are valid' beside an error (seen in the real Spoon's Verify)").isEmpty();
    assertThat(texts(check(marathonScale(), input("app", "n"), "csv"), CheckResultInterface.TYPE_RESULT_ERROR)).isEmpty();
  }

  @Test
  void aResultFieldNamedLikeAnInputFieldOrAnotherResultFieldIsAnError() {
    MarathonAppActionMeta meta = marathonScale();
    meta.settings().set(ActionField.MESSAGE.setting(), "status");
    meta.settings().set(ActionField.VERSION.setting(), "n");
    assertThat(texts(check(meta, input("app", "n"), "csv"), CheckResultInterface.TYPE_RESULT_ERROR))
        .containsExactly(
            "Setting 'Version field' writes the field 'n', which the input row already has; rename one of them.",
            "Setting 'Message field' writes the field 'status', which another result field of this step already writes.");
  }

  @Test
  void anEmptyFieldTheActionReadsIsAnErrorAndNoInputHopAWarning() {
    MarathonAppActionMeta meta = marathonScale();
    meta.settings().set(MarathonAppActionMeta.INSTANCES_FIELD, "");
    List<CheckResultInterface> remarks = check(meta, null);
    assertThat(texts(remarks, CheckResultInterface.TYPE_RESULT_ERROR))
        .containsExactly("Setting 'Instances field' is empty, but the chosen action reads that field.");
    assertThat(texts(remarks, CheckResultInterface.TYPE_RESULT_WARNING))
        .containsExactly("This step acts once per input row, but no step sends it rows.");

    ChronosJobActionMeta upsertFromJson = new ChronosJobActionMeta();
    upsertFromJson.setDefault();
    upsertFromJson.settings().set(ChronosJobActionMeta.JOB_JSON_FIELD, "json");
    assertThat(texts(check(upsertFromJson, input("json"), "in"), CheckResultInterface.TYPE_RESULT_ERROR)).isEmpty();

    MetronomeJobActionMeta run = new MetronomeJobActionMeta();
    run.setDefault();
    run.settings().set(MetronomeJobActionMeta.ACTION, "run")
        .set(MetronomeJobActionMeta.JOB_JSON_FIELD, "json");
    assertThat(texts(check(run, input("json"), "in"), CheckResultInterface.TYPE_RESULT_ERROR))
        .containsExactly("Setting 'Job id field' is empty, but the chosen action reads that field.");
  }

  @Test
  void concurrencyOutsideOneToThirtyTwoIsAnErrorNamingTheSetting() {
    MarathonAppActionMeta meta = marathonScale();
    meta.settings().set(ActionSettings.CONCURRENCY, "64");
    assertThat(texts(check(meta, input("app", "n"), "csv"), CheckResultInterface.TYPE_RESULT_ERROR))
        .singleElement().asString().contains("Rows at once").contains("between 1 and 32");
  }
}
