package org.pentaho.di.trans.step;

import io.pdimesos.pdiapi.OutsideMirror;

public abstract class BaseStepData implements StepDataInterface {
  public static enum StepExecutionStatus {
    ;
  }

  public BaseStepData() {
    throw OutsideMirror.unsupported("BaseStepData constructor");
  }

  public void setStatus(BaseStepData.StepExecutionStatus a0) {
    throw OutsideMirror.unsupported("BaseStepData.setStatus");
  }

  public BaseStepData.StepExecutionStatus getStatus() {
    throw OutsideMirror.unsupported("BaseStepData.getStatus");
  }

  public boolean isEmpty() {
    throw OutsideMirror.unsupported("BaseStepData.isEmpty");
  }

  public boolean isInitialising() {
    throw OutsideMirror.unsupported("BaseStepData.isInitialising");
  }

  public boolean isRunning() {
    throw OutsideMirror.unsupported("BaseStepData.isRunning");
  }

  public boolean isIdle() {
    throw OutsideMirror.unsupported("BaseStepData.isIdle");
  }

  public boolean isFinished() {
    throw OutsideMirror.unsupported("BaseStepData.isFinished");
  }

  public boolean isStopped() {
    throw OutsideMirror.unsupported("BaseStepData.isStopped");
  }

  public boolean isDisposed() {
    throw OutsideMirror.unsupported("BaseStepData.isDisposed");
  }
}
