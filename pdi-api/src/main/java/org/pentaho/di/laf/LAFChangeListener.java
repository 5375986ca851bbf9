package org.pentaho.di.laf;

public interface LAFChangeListener<E> {

}
