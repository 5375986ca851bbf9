package org.pentaho.di.job.entries.trans;

import io.pdimesos.pdiapi.OutsideMirror;
import org.pentaho.di.core.Result;
import org.pentaho.di.core.exception.KettleException;
import org.pentaho.di.job.entry.JobEntryBase;
import org.pentaho.di.job.entry.JobEntryInterface;
import org.pentaho.di.job.entry.JobEntryRunConfigurableInterface;
import org.pentaho.di.repository.HasRepositoryDirectories;

public class JobEntryTrans extends JobEntryBase implements Cloneable, JobEntryInterface, HasRepositoryDirectories, JobEntryRunConfigurableInterface {
  private JobEntryTrans() {
  }

  @Override
  public Result execute(Result result, int number) throws KettleException {
    throw OutsideMirror.unsupported("JobEntryTrans.execute");
  }
}
