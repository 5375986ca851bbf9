package org.pentaho.di.repository;

public class RepositoryDirectory implements RepositoryDirectoryInterface {
  private RepositoryDirectory() {
  }
}
