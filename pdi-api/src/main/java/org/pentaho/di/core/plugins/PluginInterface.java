package org.pentaho.di.core.plugins;

public interface PluginInterface {

}
