package org.pentaho.di.core;

import org.pentaho.di.repository.ObjectId;

public interface CheckResultSourceInterface {
  public abstract String getName();

  public abstract String getDescription();

  public abstract ObjectId getObjectId();

  public abstract String getTypeId();
}
