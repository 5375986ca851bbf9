package io.pdimesos.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A piece of JSON text with named holes ({@code <<name>>} inside string values), filled anew for
 * every repetition. The literal parts are encoded once, so writing 200,000 tasks is mostly
 * copying bytes.
 */
final class Template {
  private static final Pattern HOLE = Pattern.compile("<<([A-Za-z]+)>>");

  private final byte[][] literals;
  private final String[] holes;

  private Template(List<byte[]> literals, List<String> holes) {
    this.literals = literals.toArray(new byte[0][]);
    this.holes = holes.toArray(new String[0]);
  }

  static Template of(String text) {
    List<byte[]> literals = new ArrayList<>();
    List<String> holes = new ArrayList<>();
    Matcher m = HOLE.matcher(text);
    int from = 0;
    while (m.find()) {
      literals.add(text.substring(from, m.start()).getBytes(StandardCharsets.UTF_8));
      holes.add(m.group(1));
      from = m.end();
    }
    literals.add(text.substring(from).getBytes(StandardCharsets.UTF_8));
    return new Template(literals, holes);
  }

  /** @param values the text of each hole by name; must be plain ASCII without quotes */
  void emit(Sink sink, UnaryOperator<String> values) throws java.io.IOException {
    for (int i = 0; i < holes.length; i++) {
      sink.bytes(literals[i]);
      sink.ascii(values.apply(holes[i]));
    }
    sink.bytes(literals[holes.length]);
  }

  /** Where generated text goes: the HTTP body, or a counter for its Content-Length. */
  interface Sink {
    void bytes(byte[] b) throws java.io.IOException;

    void ascii(String s) throws java.io.IOException;
  }
}
