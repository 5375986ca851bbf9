package io.pdimesos.pdiapi;

import org.pentaho.di.core.exception.KettleException;
import org.pentaho.di.trans.step.StepDataInterface;
import org.pentaho.di.trans.step.StepInterface;
import org.pentaho.di.trans.step.StepMetaInterface;

/**
 * Drives one step copy like PDI's RunThread: init, then processRow until it returns false or the
 * step is stopped, then dispose (also after a failure). A KettleException from processRow counts an
 * error, stops the transformation and closes the output, as PDI does. Bounded by maxCalls.
 */
public final class StepRunner {
  private StepRunner() {
  }

  /** Returns false when init failed (nothing ran); throws if processRow was still asking for more after maxCalls. */
  public static boolean run(StepInterface step, StepMetaInterface meta, StepDataInterface data, long maxCalls) {
    if (!step.init(meta, data)) {
      step.setErrors(1);
      step.dispose(meta, data);
      return false;
    }
    step.markStart();
    step.setRunning(true);
    try {
      long calls = 0;
      while (step.processRow(meta, data) && !step.isStopped()) {
        if (++calls >= maxCalls) {
          throw new IllegalStateException("step " + step.getStepname() + " still running after " + maxCalls + " rows");
        }
      }
    } catch (KettleException e) {
      step.getLogChannel().logError("Unexpected error in step " + step.getStepname(), e);
      step.setErrors(1);
      step.stopAll();
      step.setOutputDone();
    } finally {
      step.setRunning(false);
      step.markStop();
      step.dispose(meta, data);
    }
    return true;
  }
}
