package org.pentaho.di.core.row.value;

import io.pdimesos.pdiapi.OutsideMirror;
import java.util.Date;
import org.pentaho.di.core.exception.KettleValueException;
import org.pentaho.di.core.row.ValueMetaInterface;

public class ValueMetaDate extends ValueMetaBase implements ValueMetaInterface {
  public ValueMetaDate() {
    this(null);
  }

  public ValueMetaDate(String a0) {
    super(a0, ValueMetaInterface.TYPE_DATE);
  }

  public ValueMetaDate(String a0, int a1) {
    super(a0, a1);
  }

  public ValueMetaDate(String a0, int a1, int a2) {
    super(a0, ValueMetaInterface.TYPE_DATE, a1, a2);
  }

  public Date getDate(Object a0) throws KettleValueException {
    throw OutsideMirror.unsupported("ValueMetaDate.getDate");
  }

  public Object getNativeDataType(Object a0) throws KettleValueException {
    throw OutsideMirror.unsupported("ValueMetaDate.getNativeDataType");
  }

  public Class<?> getNativeDataTypeClass() throws KettleValueException {
    throw OutsideMirror.unsupported("ValueMetaDate.getNativeDataTypeClass");
  }

  public String getFormatMask() {
    throw OutsideMirror.unsupported("ValueMetaDate.getFormatMask");
  }
}
