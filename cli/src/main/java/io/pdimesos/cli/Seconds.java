package io.pdimesos.cli;

import picocli.CommandLine;

/**
 * Converts a {@code SECONDS} option: a whole number, 0 or more. A negative time limit is a
 * mistake, not "no limit": it is refused (exit 2) instead of waiting for ever.
 */
final class Seconds implements CommandLine.ITypeConverter<Long> {
  @Override
  public Long convert(String value) {
    long s;
    try {
      s = Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      throw new CommandLine.TypeConversionException("'" + value + "' is not a whole number of"
          + " seconds");
    }
    if (s < 0) {
      throw new CommandLine.TypeConversionException("must be 0 or more seconds, not " + s);
    }
    return s;
  }
}
