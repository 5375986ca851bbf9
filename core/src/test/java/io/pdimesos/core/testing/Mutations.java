package io.pdimesos.core.testing;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Inputs for the parsers' property tests: a real answer (a fixture) with a few random edits,
 * which keeps most of the input well-formed so the parser is driven deep, plus text that has
 * nothing to do with the format at all.
 */
public final class Mutations {
  /** What an edit may put in: JSON's own tokens, wrong types, and bytes that are no text. */
  private static final String[] PIECES = {"", "\"", "{", "}", "[", "]", ",", ":", "null", "true",
      "-1", "1e400", "0.5", "\"x\"", "[]", "{}", "\"\\u0000\"", "\u0000", "\uFFFD", "\n",
      "\"name\":42", "\"slaves\":\"none\"", "9999999999999999999999", "NaN", "\"\\ud800\""};

  private Mutations() {}

  /** {@code base} with one to four random edits (delete, duplicate or replace a span). */
  public static Arbitrary<String> of(String base) {
    Arbitrary<int[]> edit = Combinators.combine(Arbitraries.integers().between(0, 2),
        Arbitraries.integers().between(0, base.length()), Arbitraries.integers().between(0, 40),
        Arbitraries.integers().between(0, PIECES.length - 1)).as((op, at, len, piece) ->
            new int[] {op, at, len, piece});
    return edit.list().ofMinSize(1).ofMaxSize(4).map(edits -> {
      String s = base;
      for (int[] e : edits) {
        int at = Math.min(e[1], s.length());
        int end = Math.min(s.length(), at + e[2]);
        switch (e[0]) {
          case 0:
            s = s.substring(0, at) + s.substring(end);
            break;
          case 1:
            s = s.substring(0, end) + s.substring(at, end) + s.substring(end);
            break;
          default:
            s = s.substring(0, at) + PIECES[e[3]] + s.substring(end);
        }
      }
      return s;
    });
  }

  /** Any text, control characters and unpaired surrogates included. */
  public static Arbitrary<String> noise() {
    return Arbitraries.strings().all().ofMaxLength(300);
  }

  /** Mostly edited fixtures, some noise. */
  public static Arbitrary<String> around(String base) {
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(9, of(base)),
        net.jqwik.api.Tuple.of(1, noise()));
  }
}
