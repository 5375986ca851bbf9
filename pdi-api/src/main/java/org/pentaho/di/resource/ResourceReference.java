package org.pentaho.di.resource;

public class ResourceReference {
  private ResourceReference() {
  }
}
