package io.pdimesos.steps;

import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.plugin.ClusterConnection;
import io.pdimesos.plugin.PdiProgressListener;
import io.pdimesos.plugin.SettingValues;
import io.pdimesos.plugin.StopSignal;
import java.util.function.BooleanSupplier;
import org.pentaho.di.core.exception.KettleStepException;
import org.pentaho.di.core.row.RowMeta;
import org.pentaho.di.core.row.RowMetaInterface;
import org.pentaho.di.trans.Trans;
import org.pentaho.di.trans.TransMeta;
import org.pentaho.di.trans.step.BaseStep;
import org.pentaho.di.trans.step.StepDataInterface;
import org.pentaho.di.trans.step.StepInterface;
import org.pentaho.di.trans.step.StepMeta;
import org.pentaho.di.trans.step.StepMetaInterface;

/**
 * What every pdi-mesos step copy shares at run time: the connection block resolved in
 * {@code init} (a bad setting fails the transformation before any row flows, naming the setting),
 * a log that masks the secrets, and a cancellation token that fires within a second of Stop.
 */
public abstract class ClusterStep extends BaseStep implements StepInterface {
  private ClusterConnection connection;
  private PdiProgressListener progress;
  private StopSignal stop;

  protected ClusterStep(StepMeta stepMeta, StepDataInterface data, int copyNr,
      TransMeta transMeta, Trans trans) {
    super(stepMeta, data, copyNr, transMeta, trans);
  }

  @Override
  public boolean init(StepMetaInterface smi, StepDataInterface sdi) {
    if (!super.init(smi, sdi)) {
      return false;
    }
    SettingValues settings = ((ClusterStepMeta) smi).settings();
    progress = new PdiProgressListener(getLogChannel(), ClusterConnection.secrets(settings, this));
    try {
      connection = ClusterConnection.resolve(settings, this, progress);
      return initMore((ClusterStepMeta) smi);
    } catch (IllegalArgumentException e) {
      // SettingException (names the setting) or a value core refused.
      logError(e.getMessage());
      return false;
    }
  }

  /** For subclasses to check their own settings before any row flows; false fails the init. */
  protected boolean initMore(ClusterStepMeta meta) {
    return true;
  }

  @Override
  public void dispose(StepMetaInterface smi, StepDataInterface sdi) {
    if (stop != null) {
      stop.close();
      stop = null;
    }
    super.dispose(smi, sdi);
  }

  protected ClusterConnection connection() {
    return connection;
  }

  protected PdiProgressListener progress() {
    return progress;
  }

  /**
   * Cancelled within a second of the transformation being stopped. The watcher starts on first
   * use (an input step's read, an action step's init) and ends in {@link #dispose}, which PDI
   * calls for every step copy once the transformation is over, also after a failed init.
   */
  protected CancellationToken token() {
    if (stop == null) {
      stop = StopSignal.watch(new BooleanSupplier() {
        @Override
        public boolean getAsBoolean() {
          return isStopped();
        }
      });
    }
    return stop.token();
  }

  /** The rows this step writes: its input layout (if any) plus what the meta declares. */
  protected RowMetaInterface outputRowMeta(ClusterStepMeta meta, RowMetaInterface input)
      throws KettleStepException {
    RowMetaInterface out = input == null ? new RowMeta() : input.clone();
    meta.getFields(out, getStepname(), null, null, this, getRepository(), getMetaStore());
    return out;
  }

  /**
   * Fails the step the way PDI does for an error it cannot route: log, count, stop. Masks the
   * message here, so no caller can log a secret that a server or core echoed.
   */
  protected boolean fail(String message) {
    logError(progress.mask(message));
    setErrors(1);
    stopAll();
    setOutputDone();
    return false;
  }
}
