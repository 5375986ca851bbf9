package org.pentaho.di.repository;

import java.util.List;
import org.pentaho.di.core.database.DatabaseMeta;
import org.pentaho.di.core.exception.KettleException;

public interface Repository {
  public abstract boolean getStepAttributeBoolean(ObjectId id, int number, String text, boolean flag) throws KettleException;

  public abstract boolean getStepAttributeBoolean(ObjectId id, int number, String text) throws KettleException;

  public abstract boolean getStepAttributeBoolean(ObjectId id, String text) throws KettleException;

  public abstract long getStepAttributeInteger(ObjectId id, int number, String text) throws KettleException;

  public abstract long getStepAttributeInteger(ObjectId id, String text) throws KettleException;

  public abstract String getStepAttributeString(ObjectId id, int number, String text) throws KettleException;

  public abstract String getStepAttributeString(ObjectId id, String text) throws KettleException;

  public abstract void saveStepAttribute(ObjectId id, ObjectId id2, int number, String text, String text2) throws KettleException;

  public abstract void saveStepAttribute(ObjectId id, ObjectId id2, String text, String text2) throws KettleException;

  public abstract void saveStepAttribute(ObjectId id, ObjectId id2, int number, String text, boolean flag) throws KettleException;

  public abstract void saveStepAttribute(ObjectId id, ObjectId id2, String text, boolean flag) throws KettleException;

  public abstract void saveStepAttribute(ObjectId id, ObjectId id2, int number, String text, long number2) throws KettleException;

  public abstract void saveStepAttribute(ObjectId id, ObjectId id2, String text, long number) throws KettleException;

  public abstract void saveStepAttribute(ObjectId id, ObjectId id2, int number, String text, double number2) throws KettleException;

  public abstract void saveStepAttribute(ObjectId id, ObjectId id2, String text, double number) throws KettleException;

  public abstract int countNrStepAttributes(ObjectId id, String text) throws KettleException;

  public abstract int countNrJobEntryAttributes(ObjectId id, String text) throws KettleException;

  public abstract boolean getJobEntryAttributeBoolean(ObjectId id, String text) throws KettleException;

  public abstract boolean getJobEntryAttributeBoolean(ObjectId id, int number, String text) throws KettleException;

  public abstract boolean getJobEntryAttributeBoolean(ObjectId id, String text, boolean flag) throws KettleException;

  public abstract long getJobEntryAttributeInteger(ObjectId id, String text) throws KettleException;

  public abstract long getJobEntryAttributeInteger(ObjectId id, int number, String text) throws KettleException;

  public abstract String getJobEntryAttributeString(ObjectId id, String text) throws KettleException;

  public abstract String getJobEntryAttributeString(ObjectId id, int number, String text) throws KettleException;

  public abstract void saveJobEntryAttribute(ObjectId id, ObjectId id2, int number, String text, String text2) throws KettleException;

  public abstract void saveJobEntryAttribute(ObjectId id, ObjectId id2, String text, String text2) throws KettleException;

  public abstract void saveJobEntryAttribute(ObjectId id, ObjectId id2, int number, String text, boolean flag) throws KettleException;

  public abstract void saveJobEntryAttribute(ObjectId id, ObjectId id2, String text, boolean flag) throws KettleException;

  public abstract void saveJobEntryAttribute(ObjectId id, ObjectId id2, int number, String text, long number2) throws KettleException;

  public abstract void saveJobEntryAttribute(ObjectId id, ObjectId id2, String text, long number) throws KettleException;

  public abstract DatabaseMeta loadDatabaseMetaFromStepAttribute(ObjectId id, String text, List<DatabaseMeta> databases) throws KettleException;

  public abstract void saveDatabaseMetaStepAttribute(ObjectId id, ObjectId id2, String text, DatabaseMeta databaseMeta) throws KettleException;

  public abstract DatabaseMeta loadDatabaseMetaFromJobEntryAttribute(ObjectId id, String text, String text2, List<DatabaseMeta> databases) throws KettleException;

  public abstract DatabaseMeta loadDatabaseMetaFromJobEntryAttribute(ObjectId id, String text, int number, String text2, List<DatabaseMeta> databases) throws KettleException;

  public abstract void saveDatabaseMetaJobEntryAttribute(ObjectId id, ObjectId id2, String text, String text2, DatabaseMeta databaseMeta) throws KettleException;

  public abstract void saveDatabaseMetaJobEntryAttribute(ObjectId id, ObjectId id2, int number, String text, String text2, DatabaseMeta databaseMeta) throws KettleException;
}
