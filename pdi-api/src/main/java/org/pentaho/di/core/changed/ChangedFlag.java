package org.pentaho.di.core.changed;

public class ChangedFlag implements ChangedFlagInterface {

}
