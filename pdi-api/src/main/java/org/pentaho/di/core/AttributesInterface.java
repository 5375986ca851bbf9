package org.pentaho.di.core;

public interface AttributesInterface {

}
