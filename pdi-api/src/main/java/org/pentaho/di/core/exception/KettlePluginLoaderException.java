package org.pentaho.di.core.exception;

public class KettlePluginLoaderException extends KettleException {
  private KettlePluginLoaderException() {
  }
}
