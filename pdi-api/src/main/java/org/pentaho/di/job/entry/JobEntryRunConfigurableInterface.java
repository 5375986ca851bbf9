package org.pentaho.di.job.entry;

public interface JobEntryRunConfigurableInterface {

}
