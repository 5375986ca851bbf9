package io.pdimesos.pdiapi;

import org.pentaho.di.core.Result;
import org.pentaho.di.core.exception.KettleException;
import org.pentaho.di.core.variables.VariableSpace;
import org.pentaho.di.job.Job;
import org.pentaho.di.job.entry.JobEntryInterface;

/**
 * Runs one job entry the way PDI's Job engine does (read from Job.execute): it clones the entry,
 * copies the job's variables into the clone, sets repository, metastore, parent job and parent job
 * meta, and calls execute on the clone with a copy of the previous result.
 */
public final class JobEntryRunner {
  private JobEntryRunner() {
  }

  public static Result run(JobEntryInterface entry, Job job, Result previous) throws KettleException {
    JobEntryInterface clone = (JobEntryInterface) entry.clone();
    ((VariableSpace) clone).copyVariablesFrom(job);
    clone.setRepository(job.getRep());
    clone.setParentJob(job);
    clone.setParentJobMeta(job.getJobMeta());
    Result input = previous == null ? new Result() : previous.clone();
    if (clone.resetErrorsBeforeExecution()) {
      input.setNrErrors(0);
    }
    return clone.execute(input, 0);
  }
}
