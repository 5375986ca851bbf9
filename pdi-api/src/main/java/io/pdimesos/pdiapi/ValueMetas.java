package io.pdimesos.pdiapi;

import org.pentaho.di.core.row.ValueMetaInterface;
import org.pentaho.di.core.row.value.ValueMetaBigNumber;
import org.pentaho.di.core.row.value.ValueMetaBoolean;
import org.pentaho.di.core.row.value.ValueMetaDate;
import org.pentaho.di.core.row.value.ValueMetaInteger;
import org.pentaho.di.core.row.value.ValueMetaNumber;
import org.pentaho.di.core.row.value.ValueMetaString;
import org.pentaho.di.core.row.value.ValueMetaTimestamp;

/** Creates the mirrored value metas by type id (what PDI's ValueMetaFactory does through its plugin registry). */
public final class ValueMetas {
  private ValueMetas() {
  }

  public static ValueMetaInterface create(String name, int type) {
    switch (type) {
      case ValueMetaInterface.TYPE_STRING:
        return new ValueMetaString(name);
      case ValueMetaInterface.TYPE_INTEGER:
        return new ValueMetaInteger(name);
      case ValueMetaInterface.TYPE_NUMBER:
        return new ValueMetaNumber(name);
      case ValueMetaInterface.TYPE_BOOLEAN:
        return new ValueMetaBoolean(name);
      case ValueMetaInterface.TYPE_DATE:
        return new ValueMetaDate(name);
      case ValueMetaInterface.TYPE_BIGNUMBER:
        return new ValueMetaBigNumber(name);
      case ValueMetaInterface.TYPE_TIMESTAMP:
        return new ValueMetaTimestamp(name);
      default:
        throw OutsideMirror.unsupported("value meta type " + type);
    }
  }
}
