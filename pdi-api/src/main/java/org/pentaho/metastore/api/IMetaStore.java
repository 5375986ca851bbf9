package org.pentaho.metastore.api;

public interface IMetaStore {

}
