package org.pentaho.di.trans.step;

public class StepStatus {
  private StepStatus() {
  }
}
