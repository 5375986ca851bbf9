package org.pentaho.di.core.row.value;

import io.pdimesos.pdiapi.OutsideMirror;
import java.util.Date;
import org.pentaho.di.core.exception.KettleValueException;
import org.pentaho.di.core.row.ValueMetaInterface;

public class ValueMetaDate extends ValueMetaBase implements ValueMetaInterface {
  public ValueMetaDate() {
    this(null);
  }

  public ValueMetaDate(String text) {
    super(text, ValueMetaInterface.TYPE_DATE);
  }

  public ValueMetaDate(String text, int number) {
    super(text, number);
  }

  public ValueMetaDate(String text, int number, int number2) {
    super(text, ValueMetaInterface.TYPE_DATE, number, number2);
  }

  public Date getDate(Object value) throws KettleValueException {
    throw OutsideMirror.unsupported("ValueMetaDate.getDate");
  }

  public Object getNativeDataType(Object value) throws KettleValueException {
    throw OutsideMirror.unsupported("ValueMetaDate.getNativeDataType");
  }

  public Class<?> getNativeDataTypeClass() throws KettleValueException {
    throw OutsideMirror.unsupported("ValueMetaDate.getNativeDataTypeClass");
  }

  public String getFormatMask() {
    throw OutsideMirror.unsupported("ValueMetaDate.getFormatMask");
  }
}
