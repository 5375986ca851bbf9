package org.pentaho.di.core.util;

import org.pentaho.di.core.encryption.Encr;

import io.pdimesos.pdiapi.OutsideMirror;
import java.util.List;
import org.pentaho.di.core.variables.VariableSpace;

public class Utils {
  public static int getDamerauLevenshteinDistance(String text, String text2) {
    throw OutsideMirror.unsupported("Utils.getDamerauLevenshteinDistance");
  }

  public static boolean isEmpty(CharSequence charSequence) {
    return charSequence == null || charSequence.length() == 0;
  }

  public static boolean isEmpty(CharSequence[] charSequences) {
    return charSequences == null || charSequences.length == 0;
  }

  public static boolean isEmpty(Object[] row) {
    return row == null || row.length == 0;
  }

  public static boolean isEmpty(List<?> list) {
    return list == null || list.isEmpty();
  }

  public static String resolvePassword(VariableSpace space, String text) {
    // Variables first, then the "Encrypted " form the variable may hold.
    String resolved = space.environmentSubstitute(text);
    if (resolved != null && resolved.startsWith(Encr.PASSWORD_ENCRYPTED_PREFIX)) {
      return Encr.decryptPasswordOptionallyEncrypted(resolved);
    }
    return resolved;
  }

  public static String[][] normalizeArrays(int number, String[]... strings) {
    throw OutsideMirror.unsupported("Utils.normalizeArrays");
  }

  public static long[][] normalizeArrays(int number, long[]... longs) {
    throw OutsideMirror.unsupported("Utils.normalizeArrays");
  }

  public static int[][] normalizeArrays(int number, int[]... ints) {
    throw OutsideMirror.unsupported("Utils.normalizeArrays");
  }

  public static boolean[][] normalizeArrays(int number, boolean[]... booleans) {
    throw OutsideMirror.unsupported("Utils.normalizeArrays");
  }

  public static short[][] normalizeArrays(int number, short[]... shorts) {
    throw OutsideMirror.unsupported("Utils.normalizeArrays");
  }

  public Utils() {
    throw OutsideMirror.unsupported("Utils constructor");
  }
}
