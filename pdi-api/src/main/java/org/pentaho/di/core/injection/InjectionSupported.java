package org.pentaho.di.core.injection;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE })
public @interface InjectionSupported {
  public abstract String localizationPrefix();

  public abstract String[] groups() default {};

  public abstract String[] hide() default {};
}
