package org.pentaho.di.core.changed;

public interface ChangedFlagInterface {

}
