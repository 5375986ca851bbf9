package org.pentaho.di.resource;

public interface ResourceHolderInterface {

}
