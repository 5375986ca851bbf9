package org.pentaho.di.repository;

public interface ObjectRevision {

}
