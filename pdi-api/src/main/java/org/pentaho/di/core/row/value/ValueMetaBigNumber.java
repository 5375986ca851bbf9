package org.pentaho.di.core.row.value;

import io.pdimesos.pdiapi.OutsideMirror;
import org.pentaho.di.core.exception.KettleValueException;
import org.pentaho.di.core.row.ValueMetaInterface;

public class ValueMetaBigNumber extends ValueMetaBase implements ValueMetaInterface {
  public ValueMetaBigNumber() {
    this(null);
  }

  public ValueMetaBigNumber(String a0) {
    super(a0, ValueMetaInterface.TYPE_BIGNUMBER);
  }

  public ValueMetaBigNumber(String a0, int a1, int a2) {
    super(a0, ValueMetaInterface.TYPE_BIGNUMBER, a1, a2);
  }

  public Object getNativeDataType(Object a0) throws KettleValueException {
    throw OutsideMirror.unsupported("ValueMetaBigNumber.getNativeDataType");
  }

  public Class<?> getNativeDataTypeClass() throws KettleValueException {
    throw OutsideMirror.unsupported("ValueMetaBigNumber.getNativeDataTypeClass");
  }

  public String getFormatMask() {
    throw OutsideMirror.unsupported("ValueMetaBigNumber.getFormatMask");
  }
}
