package io.pdimesos.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdimesos.pdiapi.StepChain;
import io.pdimesos.plugin.ConnectionSettings;
import io.pdimesos.plugin.Setting;
import io.pdimesos.plugin.TableRow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.pentaho.di.core.logging.LogLevel;
import org.pentaho.di.core.row.RowMeta;
import org.pentaho.di.core.row.RowMetaInterface;
import org.pentaho.di.core.row.ValueMetaInterface;
import org.pentaho.di.trans.Trans;
import org.pentaho.di.trans.TransMeta;
import io.pdimesos.pdiapi.StepRunner;
import org.pentaho.di.trans.step.StepDataInterface;
import org.pentaho.di.trans.step.StepInterface;
import org.pentaho.di.trans.step.StepMeta;

/**
 * One run of an input step the way Pan runs it (init, processRow until done, dispose) with a sink
 * standing in for the next step; what reached the sink, the step's counters and its layout.
 */
final class InputRun {
  static final String STEP = "Input";
  static final String OUT = "Out";

  final InputStepMeta meta;
  final boolean ok;
  final List<Object[]> rows;
  final RowMetaInterface rowMeta;
  final StepInterface step;

  private InputRun(InputStepMeta meta, StepChain chain, boolean ok) {
    this.meta = meta;
    this.ok = ok;
    this.rows = chain.rows(OUT);
    this.rowMeta = chain.rowMeta(OUT);
    this.step = chain.stepCopy(STEP);
  }

  static InputRun run(InputStepMeta meta) {
    return run(meta, Map.of());
  }

  /** A run in a transformation defining {@code variables}. */
  static InputRun run(InputStepMeta meta, Map<String, String> variables) {
    return run(meta, variables, LogLevel.BASIC);
  }

  /** A run logging at {@code level} (DEBUG shows every HTTP call). */
  static InputRun run(InputStepMeta meta, Map<String, String> variables, LogLevel level) {
    TransMeta transMeta = new TransMeta();
    variables.forEach(transMeta::setVariable);
    Trans trans = new Trans(transMeta);
    trans.setLogLevel(level);
    StepChain chain = new StepChain(transMeta, trans);
    chain.step(STEP, meta, meta.getStepData());
    chain.sink(OUT);
    chain.hop(STEP, OUT);
    boolean ok = chain.run(5);
    return new InputRun(meta, chain, ok);
  }

  /** Only PDI's init of one copy: false when the step refuses to start. */
  static boolean init(InputStepMeta meta, Map<String, String> variables) {
    TransMeta transMeta = new TransMeta();
    variables.forEach(transMeta::setVariable);
    StepMeta stepMeta = new StepMeta(STEP, meta);
    transMeta.addStep(stepMeta);
    StepDataInterface data = meta.getStepData();
    StepInterface step = meta.getStep(stepMeta, data, 0, transMeta, new Trans(transMeta));
    return StepRunner.initialize(step, meta, data);
  }

  /** A meta with its defaults, short timeouts, and {@code urls} as the service's URL setting. */
  static <M extends InputStepMeta> M meta(M meta, String entity, List<String> urls) {
    meta.setDefault();
    meta.settings().set(meta.entitySetting(), entity);
    meta.settings().setTable(InputSettings.FIELDS, List.of());
    meta.settings().set(ConnectionSettings.CONNECT_TIMEOUT, "2");
    meta.settings().set(ConnectionSettings.READ_TIMEOUT, "10");
    meta.settings().set(serviceUrls(meta), String.join(",", urls));
    return meta;
  }

  /** The URL setting of the service the step reads. */
  static Setting serviceUrls(InputStepMeta meta) {
    return meta.service().urls();
  }

  static TableRow field(String name, String path, String type) {
    return TableRow.of(InputSettings.COLUMN_NAME, name, InputSettings.COLUMN_PATH, path,
        InputSettings.COLUMN_TYPE, type);
  }

  /** What getFields declares for this meta, as Spoon would ask (9.4's legacy call). */
  static RowMetaInterface declared(InputStepMeta meta) throws Exception {
    RowMetaInterface row = new RowMeta();
    meta.getFields(row, STEP, null, null, new TransMeta(), null, null);
    return row;
  }

  /** "name:Type" per field, for comparing layouts by name, type and order. */
  static List<String> layout(RowMetaInterface row) {
    return row.getValueMetaList().stream().map(v -> v.getName() + ":" + v.getTypeDesc())
        .collect(Collectors.toList());
  }

  /** The run succeeded and the rows' layout is exactly what getFields declares. */
  InputRun assertSucceededAsDeclared() throws Exception {
    assertThat(ok).as("step succeeded; errors " + step.getErrors()).isTrue();
    assertThat(step.getErrors()).isZero();
    assertThat(rows).as("rows").isNotEmpty();
    assertThat(layout(rowMeta)).isEqualTo(layout(declared(meta)));
    for (Object[] row : rows) {
      assertThat(row.length).isGreaterThanOrEqualTo(rowMeta.size());
    }
    assertThat(step.getLinesWritten()).isEqualTo(rows.size());
    return this;
  }

  Object value(Object[] row, String field) {
    int i = rowMeta.indexOfValue(field);
    assertThat(i).as("field " + field + " in " + Arrays.toString(rowMeta.getFieldNames()))
        .isGreaterThanOrEqualTo(0);
    return row[i];
  }

  ValueMetaInterface valueMeta(String field) {
    return rowMeta.getValueMeta(rowMeta.indexOfValue(field));
  }

  List<Object> column(String field) {
    List<Object> out = new ArrayList<>();
    for (Object[] row : rows) {
      out.add(value(row, field));
    }
    return out;
  }

  Object[] rowWhere(String field, Object value) {
    return rows.stream().filter(r -> value.equals(value(r, field))).findFirst()
        .orElseThrow(() -> new AssertionError("no row with " + field + " = " + value + " in "
            + column(field)));
  }

  /** Rows per value of {@code field}; rows where it is null are left out. */
  Map<Object, Long> countBy(String field) {
    return rows.stream().filter(r -> value(r, field) != null)
        .collect(Collectors.groupingBy(r -> value(r, field), Collectors.counting()));
  }
}
