package org.pentaho.di.i18n;

import org.pentaho.di.laf.Handler;

public interface MessageHandler extends Handler {

}
