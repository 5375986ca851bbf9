package org.pentaho.di.ui.core.widget;

public interface TextVarButtonRenderCallback {

}
