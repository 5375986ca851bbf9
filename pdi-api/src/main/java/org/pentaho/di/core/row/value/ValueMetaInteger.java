package org.pentaho.di.core.row.value;

import io.pdimesos.pdiapi.OutsideMirror;
import org.pentaho.di.core.exception.KettleValueException;
import org.pentaho.di.core.row.ValueMetaInterface;

public class ValueMetaInteger extends ValueMetaBase implements ValueMetaInterface {
  public ValueMetaInteger() {
    this(null);
  }

  public ValueMetaInteger(String text) {
    super(text, ValueMetaInterface.TYPE_INTEGER);
  }

  public ValueMetaInteger(String text, int number, int number2) {
    super(text, ValueMetaInterface.TYPE_INTEGER, number, number2);
  }

  public Object getNativeDataType(Object value) throws KettleValueException {
    throw OutsideMirror.unsupported("ValueMetaInteger.getNativeDataType");
  }

  public Class<?> getNativeDataTypeClass() throws KettleValueException {
    throw OutsideMirror.unsupported("ValueMetaInteger.getNativeDataTypeClass");
  }

  public String getFormatMask() {
    throw OutsideMirror.unsupported("ValueMetaInteger.getFormatMask");
  }
}
