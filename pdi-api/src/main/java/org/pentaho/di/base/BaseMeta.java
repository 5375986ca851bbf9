package org.pentaho.di.base;

public interface BaseMeta {

}
