package org.pentaho.di.trans.step;

public abstract class BaseStepData implements StepDataInterface {
  /** A step copy's life cycle; descriptions are PDI's en_US texts (org/pentaho/di/trans/step/messages, BaseStep.status.*). */
  public static enum StepExecutionStatus {
    STATUS_EMPTY("Empty"), STATUS_INIT("Initializing"), STATUS_RUNNING("Running"), STATUS_IDLE("Idle"),
    STATUS_FINISHED("Finished"), STATUS_STOPPED("Stopped"), STATUS_DISPOSED("Disposed"), STATUS_HALTED("Halted"),
    STATUS_PAUSED("Paused"), STATUS_HALTING("Halting");

    private final String description;

    private StepExecutionStatus(String description) {
      this.description = description;
    }

    public String getDescription() {
      return description;
    }

    @Override
    public String toString() {
      return description;
    }
  }

  private StepExecutionStatus status;

  public BaseStepData() {
    status = StepExecutionStatus.STATUS_EMPTY;
  }

  public void setStatus(StepExecutionStatus status) {
    this.status = status;
  }

  public StepExecutionStatus getStatus() {
    return status;
  }

  public boolean isEmpty() {
    return status == StepExecutionStatus.STATUS_EMPTY;
  }

  public boolean isInitialising() {
    return status == StepExecutionStatus.STATUS_INIT;
  }

  public boolean isRunning() {
    return status == StepExecutionStatus.STATUS_RUNNING;
  }

  public boolean isIdle() {
    return status == StepExecutionStatus.STATUS_IDLE;
  }

  public boolean isFinished() {
    return status == StepExecutionStatus.STATUS_FINISHED;
  }

  public boolean isStopped() {
    return status == StepExecutionStatus.STATUS_STOPPED;
  }

  public boolean isDisposed() {
    return status == StepExecutionStatus.STATUS_DISPOSED;
  }
}
