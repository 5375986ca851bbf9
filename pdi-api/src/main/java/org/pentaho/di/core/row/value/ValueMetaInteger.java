package org.pentaho.di.core.row.value;

import io.pdimesos.pdiapi.OutsideMirror;
import org.pentaho.di.core.exception.KettleValueException;
import org.pentaho.di.core.row.ValueMetaInterface;

public class ValueMetaInteger extends ValueMetaBase implements ValueMetaInterface {
  public ValueMetaInteger() {
    this(null);
  }

  public ValueMetaInteger(String a0) {
    super(a0, ValueMetaInterface.TYPE_INTEGER);
  }

  public ValueMetaInteger(String a0, int a1, int a2) {
    super(a0, ValueMetaInterface.TYPE_INTEGER, a1, a2);
  }

  public Object getNativeDataType(Object a0) throws KettleValueException {
    throw OutsideMirror.unsupported("ValueMetaInteger.getNativeDataType");
  }

  public Class<?> getNativeDataTypeClass() throws KettleValueException {
    throw OutsideMirror.unsupported("ValueMetaInteger.getNativeDataTypeClass");
  }

  public String getFormatMask() {
    throw OutsideMirror.unsupported("ValueMetaInteger.getFormatMask");
  }
}
