package io.pdimesos.plugin;

import java.util.Locale;

/**
 * An enum whose constants are the codes of a choice setting ({@link Setting#choice(Class,
 * String, String, Enum...)}), so that no code is written as a literal twice. Enums that cannot
 * implement it (core's) have their names in lower case as codes.
 */
public interface Choice {
  /** What the XML stores and the dialog lists. */
  String code();

  /** The code of {@code constant}: its own when it is a Choice, else its name in lower case. */
  static String codeOf(Enum<?> constant) {
    return constant instanceof Choice ? ((Choice) constant).code()
        : constant.name().toLowerCase(Locale.ROOT);
  }

  /** The constant of {@code type} whose code is {@code code}. */
  static <E extends Enum<E>> E of(Class<E> type, String code) {
    for (E constant : type.getEnumConstants()) {
      if (codeOf(constant).equals(code)) {
        return constant;
      }
    }
    throw new IllegalArgumentException("No " + type.getSimpleName() + " has the code '" + code
        + "'");
  }
}
