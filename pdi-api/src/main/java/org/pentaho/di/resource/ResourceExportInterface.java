package org.pentaho.di.resource;

public interface ResourceExportInterface {

}
