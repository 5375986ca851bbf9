package io.pdimesos.pdiapi;

import org.pentaho.di.core.exception.KettleException;
import org.pentaho.di.trans.step.StepDataInterface;
import org.pentaho.di.trans.step.StepInterface;
import org.pentaho.di.trans.step.StepMetaInterface;

/**
 * Drives one step copy like PDI's Trans and RunThread: error hop identified, init, then processRow until it returns false or the
 * step is stopped, then dispose (also after a failure). An exception from processRow counts an
 * error, stops the transformation and closes the output, as PDI does. Bounded by maxCalls.
 */
public final class StepRunner {
  private StepRunner() {
  }

  /** Returns false when init failed (nothing ran); throws if processRow was still asking for more after maxCalls. */
  public static boolean run(StepInterface step, StepMetaInterface meta, StepDataInterface data, long maxCalls) {
    if (!initialize(step, meta, data)) {
      return false;
    }
    process(step, meta, data, maxCalls);
    return true;
  }

  /**
   * PDI's preparation of one copy: the step claims its error hop among the output row sets
   * ({@code identifyErrorOutput}, as Trans.prepareExecution does; a second call changes nothing),
   * then init. False (with one error counted and the step disposed) when init fails.
   */
  public static boolean initialize(StepInterface step, StepMetaInterface meta, StepDataInterface data) {
    step.identifyErrorOutput();
    if (!step.init(meta, data)) {
      step.setErrors(1);
      step.dispose(meta, data);
      return false;
    }
    return true;
  }

  /**
   * PDI's run phase of one initialised copy, ending with dispose. Like RunThread, which catches every
   * Throwable, a KettleException or RuntimeException from processRow is logged and counts one error;
   * throws IllegalStateException after maxCalls calls to processRow (a test bound, not PDI's).
   */
  public static void process(StepInterface step, StepMetaInterface meta, StepDataInterface data, long maxCalls) {
    step.markStart();
    step.setRunning(true);
    long calls = 0;
    try {
      while (processOneRow(step, meta, data)) {
        if (++calls >= maxCalls) {
          throw new IllegalStateException("step " + step.getStepname() + " still running after " + maxCalls + " rows");
        }
      }
    } finally {
      step.setRunning(false);
      step.markStop();
      step.dispose(meta, data);
    }
  }

  private static boolean processOneRow(StepInterface step, StepMetaInterface meta, StepDataInterface data) {
    try {
      return step.processRow(meta, data) && !step.isStopped();
    } catch (KettleException | RuntimeException e) {
      step.getLogChannel().logError("Unexpected error in step " + step.getStepname(), e);
      step.setErrors(1);
      step.stopAll();
      step.setOutputDone();
      return false;
    }
  }
}
