package org.pentaho.di.resource;

public class ResourceDefinition {
  private ResourceDefinition() {
  }
}
