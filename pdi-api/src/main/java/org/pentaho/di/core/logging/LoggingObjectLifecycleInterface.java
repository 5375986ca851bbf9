package org.pentaho.di.core.logging;

public interface LoggingObjectLifecycleInterface {

}
