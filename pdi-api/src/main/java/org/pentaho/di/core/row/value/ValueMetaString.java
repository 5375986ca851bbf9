package org.pentaho.di.core.row.value;

import io.pdimesos.pdiapi.OutsideMirror;
import java.util.Comparator;
import org.pentaho.di.core.exception.KettleValueException;
import org.pentaho.di.core.row.ValueMetaInterface;

public class ValueMetaString extends ValueMetaBase implements ValueMetaInterface {
  public ValueMetaString() {
    this(null);
  }

  public ValueMetaString(String text) {
    super(text, ValueMetaInterface.TYPE_STRING);
  }

  public ValueMetaString(String text, Comparator<Object> comparator) {
    super(text, ValueMetaInterface.TYPE_STRING, comparator);
  }

  public ValueMetaString(String text, int number, int number2) {
    super(text, ValueMetaInterface.TYPE_STRING, number, number2);
  }

  public Object getNativeDataType(Object value) throws KettleValueException {
    throw OutsideMirror.unsupported("ValueMetaString.getNativeDataType");
  }

  public Class<?> getNativeDataTypeClass() throws KettleValueException {
    throw OutsideMirror.unsupported("ValueMetaString.getNativeDataTypeClass");
  }
}
