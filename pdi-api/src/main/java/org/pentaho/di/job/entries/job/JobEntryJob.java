package org.pentaho.di.job.entries.job;

import io.pdimesos.pdiapi.OutsideMirror;
import org.pentaho.di.core.Result;
import org.pentaho.di.core.exception.KettleException;
import org.pentaho.di.job.entry.JobEntryBase;
import org.pentaho.di.job.entry.JobEntryInterface;
import org.pentaho.di.job.entry.JobEntryRunConfigurableInterface;
import org.pentaho.di.repository.HasRepositoryDirectories;

public class JobEntryJob extends JobEntryBase implements Cloneable, JobEntryInterface, HasRepositoryDirectories, JobEntryRunConfigurableInterface {
  private JobEntryJob() {
  }

  @Override
  public Result execute(Result result, int number) throws KettleException {
    throw OutsideMirror.unsupported("JobEntryJob.execute");
  }
}
