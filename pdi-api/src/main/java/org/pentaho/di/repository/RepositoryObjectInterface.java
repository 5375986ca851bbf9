package org.pentaho.di.repository;

public interface RepositoryObjectInterface {

}
