package org.pentaho.di.core.logging;

public enum LoggingObjectType {
  ;
}
