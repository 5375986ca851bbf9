package org.pentaho.di.job;

public interface JobListener {

}
