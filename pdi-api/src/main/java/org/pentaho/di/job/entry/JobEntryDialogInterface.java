package org.pentaho.di.job.entry;

import org.pentaho.metastore.api.IMetaStore;

public interface JobEntryDialogInterface {
  public abstract JobEntryInterface open();

  public abstract void setMetaStore(IMetaStore metaStore);
}
