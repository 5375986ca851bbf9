package org.pentaho.di.core.row;

import io.pdimesos.pdiapi.OutsideMirror;

public class RowDataUtil {
  public static int OVER_ALLOCATE_SIZE = 10;

  public static Object[] allocateRowData(int a0) {
    return new Object[a0 + OVER_ALLOCATE_SIZE];
  }

  public static Object[] resizeArray(Object[] a0, int a1) {
    if (a0 != null && a0.length >= a1) {
      return a0;
    }
    return createResizedCopy(a0, a1);
  }

  public static Object[] createResizedCopy(Object[] a0, int a1) {
    Object[] copy = allocateRowData(a1);
    if (a0 != null) {
      System.arraycopy(a0, 0, copy, 0, Math.min(a0.length, a1));
    }
    return copy;
  }

  public static Object[] createResizedCopy(Object[][] a0, int[] a1) {
    throw OutsideMirror.unsupported("RowDataUtil.createResizedCopy");
  }

  public static Object[] removeItem(Object[] a0, int a1) {
    Object[] copy = new Object[a0.length - 1];
    System.arraycopy(a0, 0, copy, 0, a1);
    System.arraycopy(a0, a1 + 1, copy, a1, a0.length - a1 - 1);
    return copy;
  }

  public static Object[] addRowData(Object[] a0, int a1, Object[] a2) {
    Object[] row = resizeArray(a0, a1 + a2.length);
    System.arraycopy(a2, 0, row, a1, a2.length);
    return row;
  }

  public static Object[] addValueData(Object[] a0, int a1, Object a2) {
    Object[] row = resizeArray(a0, a1 + 1);
    row[a1] = a2;
    return row;
  }

  public static Object[] removeItems(Object[] a0, int[] a1) {
    throw OutsideMirror.unsupported("RowDataUtil.removeItems");
  }

  public RowDataUtil() {
  }
}
