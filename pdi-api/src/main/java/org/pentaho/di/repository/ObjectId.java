package org.pentaho.di.repository;

public interface ObjectId {
  public abstract String getId();
}
