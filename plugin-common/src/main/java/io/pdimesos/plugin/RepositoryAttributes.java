package io.pdimesos.plugin;

import org.pentaho.di.core.exception.KettleException;
import org.pentaho.di.repository.ObjectId;
import org.pentaho.di.repository.Repository;

/**
 * A Kettle repository's attributes of one job entry or one step: the same few calls exist twice
 * in {@link Repository} (JobEntryAttribute and StepAttribute), so {@link SettingValues} is written
 * once against this.
 */
public abstract class RepositoryAttributes {
  protected final Repository rep;
  /** The job or transformation (saving), null when reading. */
  protected final ObjectId ownerId;
  /** The entry or step. */
  protected final ObjectId elementId;

  private RepositoryAttributes(Repository rep, ObjectId ownerId, ObjectId elementId) {
    this.rep = rep;
    this.ownerId = ownerId;
    this.elementId = elementId;
  }

  /** Attributes of job entry {@code entryId} of job {@code jobId} (null when only reading). */
  public static RepositoryAttributes jobEntry(Repository rep, ObjectId jobId, ObjectId entryId) {
    return new RepositoryAttributes(rep, jobId, entryId) {
      @Override
      void save(String code, String value) throws KettleException {
        rep.saveJobEntryAttribute(ownerId, elementId, code, value);
      }

      @Override
      void save(int nr, String code, String value) throws KettleException {
        rep.saveJobEntryAttribute(ownerId, elementId, nr, code, value);
      }

      @Override
      void save(String code, boolean value) throws KettleException {
        rep.saveJobEntryAttribute(ownerId, elementId, code, value);
      }

      @Override
      String string(String code) throws KettleException {
        return rep.getJobEntryAttributeString(elementId, code);
      }

      @Override
      String string(int nr, String code) throws KettleException {
        return rep.getJobEntryAttributeString(elementId, nr, code);
      }

      @Override
      boolean bool(String code, boolean defaultValue) throws KettleException {
        return rep.getJobEntryAttributeBoolean(elementId, code, defaultValue);
      }

      @Override
      int count(String code) throws KettleException {
        return rep.countNrJobEntryAttributes(elementId, code);
      }
    };
  }

  /** Attributes of step {@code stepId} of transformation {@code transId}. */
  public static RepositoryAttributes step(Repository rep, ObjectId transId, ObjectId stepId) {
    return new RepositoryAttributes(rep, transId, stepId) {
      @Override
      void save(String code, String value) throws KettleException {
        rep.saveStepAttribute(ownerId, elementId, code, value);
      }

      @Override
      void save(int nr, String code, String value) throws KettleException {
        rep.saveStepAttribute(ownerId, elementId, nr, code, value);
      }

      @Override
      void save(String code, boolean value) throws KettleException {
        rep.saveStepAttribute(ownerId, elementId, code, value);
      }

      @Override
      String string(String code) throws KettleException {
        return rep.getStepAttributeString(elementId, code);
      }

      @Override
      String string(int nr, String code) throws KettleException {
        return rep.getStepAttributeString(elementId, nr, code);
      }

      @Override
      boolean bool(String code, boolean defaultValue) throws KettleException {
        return rep.getStepAttributeBoolean(elementId, 0, code, defaultValue);
      }

      @Override
      int count(String code) throws KettleException {
        return rep.countNrStepAttributes(elementId, code);
      }
    };
  }

  abstract void save(String code, String value) throws KettleException;

  abstract void save(int nr, String code, String value) throws KettleException;

  abstract void save(String code, boolean value) throws KettleException;

  /** The stored string, or null when absent (the repository also stores "" as null). */
  abstract String string(String code) throws KettleException;

  abstract String string(int nr, String code) throws KettleException;

  abstract boolean bool(String code, boolean defaultValue) throws KettleException;

  abstract int count(String code) throws KettleException;
}
