package org.pentaho.di.trans.step;

public class StepInjectionMetaEntry implements Cloneable {
  private StepInjectionMetaEntry() {
  }
}
