package org.pentaho.di.shared;

public class SharedObjectBase {

}
