package org.pentaho.di.core.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Step {
  public abstract String id();

  public abstract String name();

  public abstract String description() default "";

  public abstract String image() default "";

  public abstract boolean isSeparateClassLoaderNeeded() default false;

  public abstract String classLoaderGroup() default "";

  public abstract String categoryDescription() default "";

  public abstract String i18nPackageName() default "";

  public abstract String documentationUrl() default "";

  public abstract String casesUrl() default "";

  public abstract String forumUrl() default "";

  public abstract String suggestion() default "";
}
