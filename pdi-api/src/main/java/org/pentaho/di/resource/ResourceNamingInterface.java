package org.pentaho.di.resource;

public interface ResourceNamingInterface {

}
