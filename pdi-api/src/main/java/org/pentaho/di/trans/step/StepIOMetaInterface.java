package org.pentaho.di.trans.step;

public interface StepIOMetaInterface {

}
