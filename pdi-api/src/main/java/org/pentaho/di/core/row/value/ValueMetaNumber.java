package org.pentaho.di.core.row.value;

import io.pdimesos.pdiapi.OutsideMirror;
import org.pentaho.di.core.exception.KettleValueException;
import org.pentaho.di.core.row.ValueMetaInterface;

public class ValueMetaNumber extends ValueMetaBase implements ValueMetaInterface {
  public ValueMetaNumber() {
    this(null);
  }

  public ValueMetaNumber(String a0) {
    super(a0, ValueMetaInterface.TYPE_NUMBER);
  }

  public ValueMetaNumber(String a0, int a1, int a2) {
    super(a0, ValueMetaInterface.TYPE_NUMBER, a1, a2);
  }

  public Object getNativeDataType(Object a0) throws KettleValueException {
    throw OutsideMirror.unsupported("ValueMetaNumber.getNativeDataType");
  }

  public Class<?> getNativeDataTypeClass() throws KettleValueException {
    throw OutsideMirror.unsupported("ValueMetaNumber.getNativeDataTypeClass");
  }

  public String getFormatMask() {
    throw OutsideMirror.unsupported("ValueMetaNumber.getFormatMask");
  }
}
