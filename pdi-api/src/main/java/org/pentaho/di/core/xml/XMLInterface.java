package org.pentaho.di.core.xml;

public interface XMLInterface {

}
