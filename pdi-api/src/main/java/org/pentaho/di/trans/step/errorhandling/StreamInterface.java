package org.pentaho.di.trans.step.errorhandling;

public interface StreamInterface {

}
