package org.pentaho.di.www;

public class SocketRepository {
  private SocketRepository() {
  }
}
