package io.pdimesos.bench;

import java.util.function.Function;

/** What every benchmark's {@code main} does with its arguments before it runs. */
final class BenchMain {
  private BenchMain() {}

  /**
   * The parsed options; null after printing the usage for {@code --help}. A bad option prints
   * its message and ends the JVM with exit code 2.
   */
  static <O> O options(String[] args, String usage, Function<String[], O> parse) {
    if (args.length == 1 && ("--help".equals(args[0]) || "-h".equals(args[0]))) {
      System.out.print(usage);
      return null;
    }
    try {
      return parse.apply(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return null;
    }
  }
}
