package org.pentaho.di.core.util;

import org.pentaho.di.core.encryption.Encr;

import io.pdimesos.pdiapi.OutsideMirror;
import java.util.List;
import org.pentaho.di.core.variables.VariableSpace;

public class Utils {
  public static int getDamerauLevenshteinDistance(String a0, String a1) {
    throw OutsideMirror.unsupported("Utils.getDamerauLevenshteinDistance");
  }

  public static boolean isEmpty(CharSequence a0) {
    return a0 == null || a0.length() == 0;
  }

  public static boolean isEmpty(CharSequence[] a0) {
    return a0 == null || a0.length == 0;
  }

  public static boolean isEmpty(Object[] a0) {
    return a0 == null || a0.length == 0;
  }

  public static boolean isEmpty(List<?> a0) {
    return a0 == null || a0.isEmpty();
  }

  public static String resolvePassword(VariableSpace a0, String a1) {
    // Variables first, then the "Encrypted " form the variable may hold.
    String resolved = a0.environmentSubstitute(a1);
    if (resolved != null && resolved.startsWith(Encr.PASSWORD_ENCRYPTED_PREFIX)) {
      return Encr.decryptPasswordOptionallyEncrypted(resolved);
    }
    return resolved;
  }

  public static String[][] normalizeArrays(int a0, String[]... a1) {
    throw OutsideMirror.unsupported("Utils.normalizeArrays");
  }

  public static long[][] normalizeArrays(int a0, long[]... a1) {
    throw OutsideMirror.unsupported("Utils.normalizeArrays");
  }

  public static int[][] normalizeArrays(int a0, int[]... a1) {
    throw OutsideMirror.unsupported("Utils.normalizeArrays");
  }

  public static boolean[][] normalizeArrays(int a0, boolean[]... a1) {
    throw OutsideMirror.unsupported("Utils.normalizeArrays");
  }

  public static short[][] normalizeArrays(int a0, short[]... a1) {
    throw OutsideMirror.unsupported("Utils.normalizeArrays");
  }

  public Utils() {
    throw OutsideMirror.unsupported("Utils constructor");
  }
}
