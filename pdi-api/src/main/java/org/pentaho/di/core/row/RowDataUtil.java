package org.pentaho.di.core.row;

import io.pdimesos.pdiapi.OutsideMirror;

public class RowDataUtil {
  public static int OVER_ALLOCATE_SIZE = 10;

  public static Object[] allocateRowData(int number) {
    return new Object[number + OVER_ALLOCATE_SIZE];
  }

  public static Object[] resizeArray(Object[] row, int number) {
    if (row != null && row.length >= number) {
      return row;
    }
    return createResizedCopy(row, number);
  }

  public static Object[] createResizedCopy(Object[] row, int number) {
    Object[] copy = allocateRowData(number);
    if (row != null) {
      System.arraycopy(row, 0, copy, 0, Math.min(row.length, number));
    }
    return copy;
  }

  public static Object[] createResizedCopy(Object[][] objects, int[] ints) {
    throw OutsideMirror.unsupported("RowDataUtil.createResizedCopy");
  }

  public static Object[] removeItem(Object[] row, int number) {
    Object[] copy = new Object[row.length - 1];
    System.arraycopy(row, 0, copy, 0, number);
    System.arraycopy(row, number + 1, copy, number, row.length - number - 1);
    return copy;
  }

  public static Object[] addRowData(Object[] row2, int number, Object[] row3) {
    Object[] row = resizeArray(row2, number + row3.length);
    System.arraycopy(row3, 0, row, number, row3.length);
    return row;
  }

  public static Object[] addValueData(Object[] row2, int number, Object value) {
    Object[] row = resizeArray(row2, number + 1);
    row[number] = value;
    return row;
  }

  public static Object[] removeItems(Object[] row, int[] ints) {
    throw OutsideMirror.unsupported("RowDataUtil.removeItems");
  }

  public RowDataUtil() {
  }
}
