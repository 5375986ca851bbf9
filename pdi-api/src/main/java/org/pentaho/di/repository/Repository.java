package org.pentaho.di.repository;

import java.util.List;
import org.pentaho.di.core.database.DatabaseMeta;
import org.pentaho.di.core.exception.KettleException;

public interface Repository {
  public abstract boolean getStepAttributeBoolean(ObjectId a0, int a1, String a2, boolean a3) throws KettleException;

  public abstract boolean getStepAttributeBoolean(ObjectId a0, int a1, String a2) throws KettleException;

  public abstract boolean getStepAttributeBoolean(ObjectId a0, String a1) throws KettleException;

  public abstract long getStepAttributeInteger(ObjectId a0, int a1, String a2) throws KettleException;

  public abstract long getStepAttributeInteger(ObjectId a0, String a1) throws KettleException;

  public abstract String getStepAttributeString(ObjectId a0, int a1, String a2) throws KettleException;

  public abstract String getStepAttributeString(ObjectId a0, String a1) throws KettleException;

  public abstract void saveStepAttribute(ObjectId a0, ObjectId a1, int a2, String a3, String a4) throws KettleException;

  public abstract void saveStepAttribute(ObjectId a0, ObjectId a1, String a2, String a3) throws KettleException;

  public abstract void saveStepAttribute(ObjectId a0, ObjectId a1, int a2, String a3, boolean a4) throws KettleException;

  public abstract void saveStepAttribute(ObjectId a0, ObjectId a1, String a2, boolean a3) throws KettleException;

  public abstract void saveStepAttribute(ObjectId a0, ObjectId a1, int a2, String a3, long a4) throws KettleException;

  public abstract void saveStepAttribute(ObjectId a0, ObjectId a1, String a2, long a3) throws KettleException;

  public abstract void saveStepAttribute(ObjectId a0, ObjectId a1, int a2, String a3, double a4) throws KettleException;

  public abstract void saveStepAttribute(ObjectId a0, ObjectId a1, String a2, double a3) throws KettleException;

  public abstract int countNrStepAttributes(ObjectId a0, String a1) throws KettleException;

  public abstract int countNrJobEntryAttributes(ObjectId a0, String a1) throws KettleException;

  public abstract boolean getJobEntryAttributeBoolean(ObjectId a0, String a1) throws KettleException;

  public abstract boolean getJobEntryAttributeBoolean(ObjectId a0, int a1, String a2) throws KettleException;

  public abstract boolean getJobEntryAttributeBoolean(ObjectId a0, String a1, boolean a2) throws KettleException;

  public abstract long getJobEntryAttributeInteger(ObjectId a0, String a1) throws KettleException;

  public abstract long getJobEntryAttributeInteger(ObjectId a0, int a1, String a2) throws KettleException;

  public abstract String getJobEntryAttributeString(ObjectId a0, String a1) throws KettleException;

  public abstract String getJobEntryAttributeString(ObjectId a0, int a1, String a2) throws KettleException;

  public abstract void saveJobEntryAttribute(ObjectId a0, ObjectId a1, int a2, String a3, String a4) throws KettleException;

  public abstract void saveJobEntryAttribute(ObjectId a0, ObjectId a1, String a2, String a3) throws KettleException;

  public abstract void saveJobEntryAttribute(ObjectId a0, ObjectId a1, int a2, String a3, boolean a4) throws KettleException;

  public abstract void saveJobEntryAttribute(ObjectId a0, ObjectId a1, String a2, boolean a3) throws KettleException;

  public abstract void saveJobEntryAttribute(ObjectId a0, ObjectId a1, int a2, String a3, long a4) throws KettleException;

  public abstract void saveJobEntryAttribute(ObjectId a0, ObjectId a1, String a2, long a3) throws KettleException;

  public abstract DatabaseMeta loadDatabaseMetaFromStepAttribute(ObjectId a0, String a1, List<DatabaseMeta> a2) throws KettleException;

  public abstract void saveDatabaseMetaStepAttribute(ObjectId a0, ObjectId a1, String a2, DatabaseMeta a3) throws KettleException;

  public abstract DatabaseMeta loadDatabaseMetaFromJobEntryAttribute(ObjectId a0, String a1, String a2, List<DatabaseMeta> a3) throws KettleException;

  public abstract DatabaseMeta loadDatabaseMetaFromJobEntryAttribute(ObjectId a0, String a1, int a2, String a3, List<DatabaseMeta> a4) throws KettleException;

  public abstract void saveDatabaseMetaJobEntryAttribute(ObjectId a0, ObjectId a1, String a2, String a3, DatabaseMeta a4) throws KettleException;

  public abstract void saveDatabaseMetaJobEntryAttribute(ObjectId a0, ObjectId a1, int a2, String a3, String a4, DatabaseMeta a5) throws KettleException;
}
