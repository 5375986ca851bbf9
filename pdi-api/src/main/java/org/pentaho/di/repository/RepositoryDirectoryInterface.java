package org.pentaho.di.repository;

public interface RepositoryDirectoryInterface extends RepositoryObjectInterface {

}
