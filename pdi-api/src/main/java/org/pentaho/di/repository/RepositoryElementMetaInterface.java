package org.pentaho.di.repository;

public interface RepositoryElementMetaInterface extends RepositoryObjectInterface {

}
