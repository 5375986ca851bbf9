package org.pentaho.di.core.gui;

public interface OverwritePrompter {

}
