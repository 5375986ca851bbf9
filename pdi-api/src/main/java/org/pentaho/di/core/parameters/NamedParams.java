package org.pentaho.di.core.parameters;

public interface NamedParams {

}
