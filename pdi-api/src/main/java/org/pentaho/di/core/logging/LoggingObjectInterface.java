package org.pentaho.di.core.logging;

public interface LoggingObjectInterface extends LoggingObjectLifecycleInterface {

}
