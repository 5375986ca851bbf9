package org.pentaho.di.core.row.value;

import io.pdimesos.pdiapi.OutsideMirror;
import org.pentaho.di.core.exception.KettleValueException;
import org.pentaho.di.core.row.ValueMetaInterface;

public class ValueMetaBoolean extends ValueMetaBase implements ValueMetaInterface {
  public ValueMetaBoolean() {
    this(null);
  }

  public ValueMetaBoolean(String text) {
    super(text, ValueMetaInterface.TYPE_BOOLEAN);
  }

  public ValueMetaBoolean(String text, int number, int number2) {
    super(text, ValueMetaInterface.TYPE_BOOLEAN, number, number2);
  }

  public Object getNativeDataType(Object value) throws KettleValueException {
    throw OutsideMirror.unsupported("ValueMetaBoolean.getNativeDataType");
  }

  public Class<?> getNativeDataTypeClass() throws KettleValueException {
    throw OutsideMirror.unsupported("ValueMetaBoolean.getNativeDataTypeClass");
  }
}
