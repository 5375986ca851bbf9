package org.pentaho.di.core.row.value;

import io.pdimesos.pdiapi.OutsideMirror;
import org.pentaho.di.core.exception.KettleValueException;
import org.pentaho.di.core.row.ValueMetaInterface;

public class ValueMetaBoolean extends ValueMetaBase implements ValueMetaInterface {
  public ValueMetaBoolean() {
    this(null);
  }

  public ValueMetaBoolean(String a0) {
    super(a0, ValueMetaInterface.TYPE_BOOLEAN);
  }

  public ValueMetaBoolean(String a0, int a1, int a2) {
    super(a0, ValueMetaInterface.TYPE_BOOLEAN, a1, a2);
  }

  public Object getNativeDataType(Object a0) throws KettleValueException {
    throw OutsideMirror.unsupported("ValueMetaBoolean.getNativeDataType");
  }

  public Class<?> getNativeDataTypeClass() throws KettleValueException {
    throw OutsideMirror.unsupported("ValueMetaBoolean.getNativeDataTypeClass");
  }
}
