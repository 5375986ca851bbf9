package io.pdimesos.steps;

import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.error.CancelledException;
import io.pdimesos.plugin.ClusterRun;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.pentaho.di.core.exception.KettleException;
import org.pentaho.di.core.row.RowDataUtil;
import org.pentaho.di.core.row.RowMetaInterface;
import org.pentaho.di.trans.Trans;
import org.pentaho.di.trans.TransMeta;
import org.pentaho.di.trans.step.StepDataInterface;
import org.pentaho.di.trans.step.StepMeta;
import org.pentaho.di.trans.step.StepMetaInterface;

/**
 * Runs one action per input row, up to the step's concurrency at once on a small pool of its
 * own, and writes the rows in input order with the result appended. A failed row goes to the
 * error hop when the step has one, else it fails the step with the server's message. On Stop
 * the in-flight calls are cancelled through the step's token, {@code processRow} returns within
 * a slice, the rows not yet written are dropped and dispose ends the pool's threads.
 */
public class RowActionStep extends ClusterStep {
  /** Longest wait for a result inside one processRow call, so Stop is seen at once. */
  static final long SLICE_MILLIS = CancellationToken.SLICE_MILLIS;

  private RowActions actions;
  private int concurrency;
  private OrderedActions<InputRow, ActionResult> running;
  private List<ActionField> written;
  private RowMetaInterface inputRowMeta;
  private boolean inputDone;
  private long rowNr;

  public RowActionStep(StepMeta stepMeta, StepDataInterface data, int copyNr,
      TransMeta transMeta, Trans trans) {
    super(stepMeta, data, copyNr, transMeta, trans);
  }

  @Override
  protected boolean initMore(ClusterStepMeta smi) {
    ActionStepMeta meta = (ActionStepMeta) smi;
    meta.checkNeededFields(this);
    concurrency = (int) meta.settings().in(this).integer(ActionSettings.CONCURRENCY);
    // One client per step copy, shared by every row and worker (the seam is thread-safe).
    actions = meta.createActions(new ClusterRun(meta.settings(), this, connection(),
        progress(), token()));
    return true;
  }

  @Override
  public boolean processRow(StepMetaInterface smi, StepDataInterface sdi) throws KettleException {
    ActionStepMeta meta = (ActionStepMeta) smi;
    ClusterStepData data = (ClusterStepData) sdi;
    if (isStopped() || !emitDone(meta, data, 0)) {
      return false;
    }
    if (!inputDone && (running == null || running.hasRoom())) {
      Object[] row = getRow();
      if (row != null) {
        start(meta, data, row);
        return true;
      }
      if (isStopped()) {
        return false;
      }
      inputDone = true;
    }
    if (inputDone && (running == null || running.isEmpty())) {
      setOutputDone();
      return false;
    }
    // The window is full, or the input is over and rows are still running: wait a slice.
    return emitDone(meta, data, SLICE_MILLIS) && !isStopped();
  }

  private void start(ActionStepMeta meta, ClusterStepData data, Object[] row)
      throws KettleException {
    if (running == null) {
      inputRowMeta = getInputRowMeta();
      data.outputRowMeta = outputRowMeta(meta, inputRowMeta);
      written = new ArrayList<ActionField>();
      for (ActionField f : meta.outputs()) {
        if (!meta.outputName(f, this).isEmpty()) {
          written.add(f);
        }
      }
      // Twice the rows in the window as run at once: rows written in order would otherwise hold
      // every thread idle behind one slow row at the head.
      running = new OrderedActions<InputRow, ActionResult>(concurrency, 2 * concurrency,
          "pdi-mesos-action-" + getStepname() + "." + getCopy());
    }
    final RowAction action;
    try {
      action = actions.prepare(new RowValues(inputRowMeta, row));
    } catch (RowValues.BadValue e) {
      running.submitDone(new InputRow(++rowNr, row, ""),
          ActionResult.badValue(e.field(), e.getMessage()));
      return;
    } catch (IllegalArgumentException e) {
      running.submitDone(new InputRow(++rowNr, row, ""), ActionResult.badValue("", e.getMessage()));
      return;
    }
    if (!waitForEarlierRowsOn(meta, data, action)) {
      return;
    }
    InputRow key = new InputRow(++rowNr, row, action.target());
    final Callable<ActionResult> call = action.call();
    final String service = meta.service();
    running.submit(key, new Callable<ActionResult>() {
      @Override
      public ActionResult call() {
        long started = System.nanoTime();
        ActionResult r;
        try {
          r = call.call();
        } catch (CancelledException e) {
          r = ActionResult.cancelled(e);
        } catch (RuntimeException e) {
          r = ActionResult.fromException(service, e);
        } catch (Exception e) {
          r = ActionResult.fromException(service, new IllegalStateException(e.getMessage(), e));
        }
        if (r.value(ActionField.DURATION_MS) == null) {
          r.durationMillis(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        }
        return r;
      }
    });
  }

  /**
   * Holds the row back while an earlier row on one of the action's targets (or any earlier row,
   * when the action asks for that) is still in the window: written rows leave in order, so
   * waiting until none is left is enough. False when the step failed or was stopped meanwhile.
   */
  private boolean waitForEarlierRowsOn(ActionStepMeta meta, ClusterStepData data,
      RowAction action) throws KettleException {
    final List<String> targets = action.waitsFor();
    final boolean every = action.waitsForEveryEarlierRow();
    Predicate<InputRow> onTarget = new Predicate<InputRow>() {
      @Override
      public boolean test(InputRow r) {
        return every || targets.contains(r.target);
      }
    };
    while (running.anyPending(onTarget)) {
      if (isStopped() || !emitDone(meta, data, SLICE_MILLIS)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Writes every finished row at the head of the window, waiting up to {@code waitMillis} for
   * the first one. False when a failed row failed the step, or the step was stopped.
   */
  private boolean emitDone(ActionStepMeta meta, ClusterStepData data, long waitMillis)
      throws KettleException {
    if (running == null) {
      return true;
    }
    long wait = waitMillis;
    OrderedActions.Done<InputRow, ActionResult> done;
    while ((done = running.takeHead(wait, TimeUnit.MILLISECONDS)) != null) {
      wait = 0;
      if (isStopped()) {
        return false; // rows not yet written are dropped
      }
      if (!write(meta, data, done.key(), result(meta, done))) {
        return false;
      }
    }
    return true;
  }

  private static ActionResult result(ActionStepMeta meta,
      OrderedActions.Done<InputRow, ActionResult> done) {
    if (done.value() != null) {
      return done.value();
    }
    Throwable e = done.error();
    if (e instanceof CancellationException) {
      return ActionResult.cancelled(new CancelledException("Cancelled"));
    }
    return ActionResult.fromException(meta.service(), e instanceof RuntimeException
        ? (RuntimeException) e : new IllegalStateException(String.valueOf(e), e));
  }

  private boolean write(ActionStepMeta meta, ClusterStepData data, InputRow in, ActionResult r)
      throws KettleException {
    if (r.success()) {
      Object[] out = RowDataUtil.resizeArray(in.data, data.outputRowMeta.size());
      int i = inputRowMeta == null ? 0 : inputRowMeta.size();
      for (ActionField f : written) {
        // The message field carries the server's words, which may echo a secret.
        out[i++] = f == ActionField.MESSAGE && r.value(f) != null ? progress().mask(r.message())
            : r.value(f);
      }
      putRow(data.outputRowMeta, out);
      if (isRowLevel()) {
        logRowlevel("Row " + in.nr + ": " + progress().mask(r.message()));
      }
      return true;
    }
    String message = progress().mask(r.message());
    if (getStepMeta().isDoingErrorHandling()) {
      // The error hop carries the input row (the layout Spoon declares for it) plus PDI's
      // error fields: description, field at fault, code such as MARATHON_409.
      putError(inputRowMeta, in.data, 1, message, r.errorField(), r.errorCode());
      if (isDetailed()) {
        logDetailed("Row " + in.nr + " to the error hop: " + message);
      }
      return true;
    }
    return fail("Row " + in.nr + " failed (" + r.errorCode() + "): " + message);
  }

  @Override
  public void dispose(StepMetaInterface smi, StepDataInterface sdi) {
    if (running != null) {
      token().cancel(); // aborts the in-flight HTTP calls; the threads then end
      if (!running.closeAndWait()) {
        logError("Some action threads were still busy a second after the step ended");
      }
      running = null;
    }
    super.dispose(smi, sdi);
  }

  /** An input row and its number (1-based), for messages. */
  private static final class InputRow {
    final long nr;
    final Object[] data;
    final String target;

    InputRow(long nr, Object[] data, String target) {
      this.nr = nr;
      this.data = data;
      this.target = target;
    }

    @Override
    public String toString() {
      return target;
    }
  }
}
