package org.pentaho.di.core.injection;

public class InjectionTypeConverter {
  public InjectionTypeConverter() {
  }
}
