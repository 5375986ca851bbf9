package org.pentaho.di.core;

abstract class BaseRowSet implements Comparable<RowSet>, RowSet {

}
