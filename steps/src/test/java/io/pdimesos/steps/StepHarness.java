package io.pdimesos.steps;

import io.pdimesos.pdiapi.QueueRowSet;
import io.pdimesos.pdiapi.StepRunner;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.pentaho.di.core.row.RowMeta;
import org.pentaho.di.core.row.RowMetaInterface;
import org.pentaho.di.core.row.value.ValueMetaString;
import org.pentaho.di.trans.Trans;
import org.pentaho.di.trans.TransMeta;
import org.pentaho.di.trans.step.StepErrorMeta;
import org.pentaho.di.trans.step.StepInterface;
import org.pentaho.di.trans.step.StepMeta;

/**
 * Runs an action step as PDI's engine does on the pdi-api mirror: a Trans with the cluster
 * variables, the step fed from a hop of string rows, its output and error rows collected.
 */
public final class StepHarness {
  public final Trans trans;
  public final StepMeta stepMeta;
  public final ActionStepMeta meta;
  public final ClusterStepData data = new ClusterStepData();
  public final StepInterface step;
  public final QueueRowSet output;
  /** What reached the error hop's row set: the input row plus PDI's error fields. */
  public final List<Object[]> errorRows = new CopyOnWriteArrayList<>();
  public final List<RowMetaInterface> errorMetas = new CopyOnWriteArrayList<>();
  /** The error fields the error hop adds, as a user names them in Spoon. */
  public static final String[] ERROR_FIELDS = {"errors", "error_description", "error_field",
      "error_code"};
  private final QueueRowSet errors = QueueRowSet.unbounded();
  private final List<Object[]> written = new ArrayList<>();
  public volatile boolean initOk;

  /** Where a failed row goes. */
  public enum FailedRows {
    /** No error hop: a failed row fails the step. */
    FAIL_THE_STEP,
    /** To an error hop (StepErrorMeta set), with PDI's error fields. */
    TO_ERROR_HOP
  }

  /**
   * @param failedRows whether the step has an error hop
   * @param fields names of the input fields (all String)
   * @param rows the input rows
   */
  public StepHarness(ActionStepMeta design, Map<String, String> variables, FailedRows failedRows,
      List<String> fields, List<Object[]> rows) {
    boolean errorHop = failedRows == FailedRows.TO_ERROR_HOP;
    TransMeta transMeta = new TransMeta();
    trans = new Trans(transMeta);
    variables.forEach(trans::setVariable);
    meta = (ActionStepMeta) design.clone();
    stepMeta = new StepMeta("action", meta);
    if (errorHop) {
      StepErrorMeta errorMeta = new StepErrorMeta(trans, stepMeta,
          new StepMeta("failed rows", null), ERROR_FIELDS[0], ERROR_FIELDS[1], ERROR_FIELDS[2],
          ERROR_FIELDS[3]);
      errorMeta.setEnabled(true);
      stepMeta.setStepErrorMeta(errorMeta);
      errors.setThreadNameFromToCopy("action", 0, "failed rows", 0);
    }
    step = meta.getStep(stepMeta, data, 0, transMeta, trans);
    QueueRowSet input = new QueueRowSet(rows.size() + 1);
    RowMeta inMeta = new RowMeta();
    fields.forEach(f -> inMeta.addValueMeta(new ValueMetaString(f)));
    rows.forEach(r -> input.putRow(inMeta, r));
    input.setDone();
    output = new QueueRowSet(rows.size() + 1);
    step.addRowSetToInputRowSets(input);
    step.addRowSetToOutputRowSets(output);
    if (errorHop) {
      step.addRowSetToOutputRowSets(errors);
    }
  }

  /** init, processRow to the end, dispose; returns this. */
  public StepHarness run() {
    initOk = StepRunner.run(step, meta, data, 100_000);
    Object[] r;
    while ((r = errors.getRowImmediate()) != null) {
      errorMetas.add(errors.getRowMeta());
      errorRows.add(r);
    }
    return this;
  }

  /** The rows the step wrote, in order (drained once from its output hop). */
  public synchronized List<Object[]> rows() {
    Object[] r;
    while ((r = output.getRowWait(1, TimeUnit.MILLISECONDS)) != null) {
      written.add(r);
    }
    return written;
  }

  /** The written rows' values of {@code field}. */
  public List<Object> column(String field) {
    int i = data.outputRowMeta.indexOfValue(field);
    if (i < 0) {
      throw new AssertionError("no field " + field + " in " + data.outputRowMeta);
    }
    List<Object> out = new ArrayList<>();
    for (Object[] r : rows()) {
      out.add(r[i]);
    }
    return out;
  }

  public static Object[] row(Object... values) {
    return values;
  }

  /** A test resource as text (fixtures, golden files). */
  public static String resource(String path) {
    try (InputStream in = StepHarness.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("No test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Live threads of the step's action pool. */
  public static List<Thread> actionThreads() {
    List<Thread> out = new ArrayList<>();
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (t.isAlive() && t.getName().startsWith("pdi-mesos-action-")) {
        out.add(t);
      }
    }
    return out;
  }
}
