package org.pentaho.di.core.database;

public interface DatabaseInterface extends Cloneable {

}
