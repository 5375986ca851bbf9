package org.pentaho.di.core.row.value;

import io.pdimesos.pdiapi.OutsideMirror;
import org.pentaho.di.core.exception.KettleValueException;
import org.pentaho.di.core.row.ValueMetaInterface;

public class ValueMetaNumber extends ValueMetaBase implements ValueMetaInterface {
  public ValueMetaNumber() {
    this(null);
  }

  public ValueMetaNumber(String text) {
    super(text, ValueMetaInterface.TYPE_NUMBER);
  }

  public ValueMetaNumber(String text, int number, int number2) {
    super(text, ValueMetaInterface.TYPE_NUMBER, number, number2);
  }

  public Object getNativeDataType(Object value) throws KettleValueException {
    throw OutsideMirror.unsupported("ValueMetaNumber.getNativeDataType");
  }

  public Class<?> getNativeDataTypeClass() throws KettleValueException {
    throw OutsideMirror.unsupported("ValueMetaNumber.getNativeDataTypeClass");
  }

  public String getFormatMask() {
    throw OutsideMirror.unsupported("ValueMetaNumber.getFormatMask");
  }
}
