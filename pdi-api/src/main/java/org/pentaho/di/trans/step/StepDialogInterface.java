package org.pentaho.di.trans.step;

import org.pentaho.di.repository.Repository;
import org.pentaho.metastore.api.IMetaStore;

public interface StepDialogInterface {
  public abstract String open();

  public abstract void setRepository(Repository repository);

  public abstract void setMetaStore(IMetaStore metaStore);
}
