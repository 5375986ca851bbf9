package org.pentaho.di.core.row.value;

import io.pdimesos.pdiapi.OutsideMirror;
import org.pentaho.di.core.exception.KettleValueException;
import org.pentaho.di.core.row.ValueMetaInterface;

public class ValueMetaBigNumber extends ValueMetaBase implements ValueMetaInterface {
  public ValueMetaBigNumber() {
    this(null);
  }

  public ValueMetaBigNumber(String text) {
    super(text, ValueMetaInterface.TYPE_BIGNUMBER);
  }

  public ValueMetaBigNumber(String text, int number, int number2) {
    super(text, ValueMetaInterface.TYPE_BIGNUMBER, number, number2);
  }

  public Object getNativeDataType(Object value) throws KettleValueException {
    throw OutsideMirror.unsupported("ValueMetaBigNumber.getNativeDataType");
  }

  public Class<?> getNativeDataTypeClass() throws KettleValueException {
    throw OutsideMirror.unsupported("ValueMetaBigNumber.getNativeDataTypeClass");
  }

  public String getFormatMask() {
    throw OutsideMirror.unsupported("ValueMetaBigNumber.getFormatMask");
  }
}
