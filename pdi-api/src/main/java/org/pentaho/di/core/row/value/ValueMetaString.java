package org.pentaho.di.core.row.value;

import io.pdimesos.pdiapi.OutsideMirror;
import java.util.Comparator;
import org.pentaho.di.core.exception.KettleValueException;
import org.pentaho.di.core.row.ValueMetaInterface;

public class ValueMetaString extends ValueMetaBase implements ValueMetaInterface {
  public ValueMetaString() {
    this(null);
  }

  public ValueMetaString(String a0) {
    super(a0, ValueMetaInterface.TYPE_STRING);
  }

  public ValueMetaString(String a0, Comparator<Object> a1) {
    super(a0, ValueMetaInterface.TYPE_STRING, a1);
  }

  public ValueMetaString(String a0, int a1, int a2) {
    super(a0, ValueMetaInterface.TYPE_STRING, a1, a2);
  }

  public Object getNativeDataType(Object a0) throws KettleValueException {
    throw OutsideMirror.unsupported("ValueMetaString.getNativeDataType");
  }

  public Class<?> getNativeDataTypeClass() throws KettleValueException {
    throw OutsideMirror.unsupported("ValueMetaString.getNativeDataTypeClass");
  }
}
