package io.pdimesos.pdiapi;

/**
 * The one place that says "this part of real PDI is not mirrored": every mirrored member without
 * behaviour throws the exception built here, so a plugin that strays outside the tested surface
 * fails loudly in its own tests instead of silently doing nothing.
 */
public final class OutsideMirror {
  private OutsideMirror() {
  }

  public static UnsupportedOperationException unsupported(String member) {
    return new UnsupportedOperationException(member + " is outside the pdi-api mirror");
  }

  /* Static final fields that real PDI computes at run time must not become compile-time constants in the
     mirror (javac would inline them into plugin bytecode): routing the value through a method keeps them
     runtime values. */
  public static int runtime(int value) {
    return value;
  }

  public static long runtime(long value) {
    return value;
  }

  public static boolean runtime(boolean value) {
    return value;
  }

  public static double runtime(double value) {
    return value;
  }

  public static <T> T runtime(T value) {
    return value;
  }
}
