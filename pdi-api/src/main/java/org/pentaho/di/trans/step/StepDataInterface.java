package org.pentaho.di.trans.step;

public interface StepDataInterface {
  public abstract void setStatus(BaseStepData.StepExecutionStatus stepExecutionStatus);

  public abstract BaseStepData.StepExecutionStatus getStatus();

  public abstract boolean isEmpty();

  public abstract boolean isInitialising();

  public abstract boolean isRunning();

  public abstract boolean isIdle();

  public abstract boolean isFinished();

  public abstract boolean isDisposed();
}
