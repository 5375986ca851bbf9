package org.pentaho.di.core.injection;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.METHOD })
public @interface Injection {
  public abstract String name();

  public abstract String group() default "";

  public abstract Class<? extends InjectionTypeConverter> converter() default DefaultInjectionTypeConverter.class;

  public abstract boolean convertEmpty() default false;
}
