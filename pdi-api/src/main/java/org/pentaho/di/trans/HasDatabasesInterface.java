package org.pentaho.di.trans;

public interface HasDatabasesInterface {

}
