package org.pentaho.di.shared;

public interface SharedObjectInterface {

}
