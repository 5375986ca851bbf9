package org.pentaho.di.repository;

public interface RepositoryElementInterface extends RepositoryObjectInterface {

}
