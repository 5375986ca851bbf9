package org.pentaho.di.ui.trans.step;

public interface TableItemInsertListener {

}
