package org.pentaho.di.core.injection;

/** Named as the default converter of {@link Injection#converter()}; conversions are outside the mirror. */
public class DefaultInjectionTypeConverter extends InjectionTypeConverter {
  public DefaultInjectionTypeConverter() {
  }
}
