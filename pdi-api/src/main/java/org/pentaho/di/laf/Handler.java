package org.pentaho.di.laf;

public interface Handler {

}
