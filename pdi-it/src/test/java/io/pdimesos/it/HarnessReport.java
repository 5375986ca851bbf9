package io.pdimesos.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a harness run observed, one fact a line: a key, then values, tab separated (tabs,
 * newlines and backslashes escaped by the harness's {@code Report}). The harness only observes;
 * the tests decide what is right.
 */
public final class HarnessReport {
  private final List<List<String>> lines;

  private HarnessReport(List<List<String>> lines) {
    this.lines = lines;
  }

  public static HarnessReport read(Path file) {
    try {
      List<List<String>> lines = new ArrayList<>();
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        List<String> fields = new ArrayList<>();
        for (String field : line.split("\t", -1)) {
          fields.add(unescape(field));
        }
        lines.add(fields);
      }
      return new HarnessReport(lines);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The values of every line with {@code key}, in the order the harness wrote them. */
  public List<List<String>> all(String key) {
    return lines.stream().filter(l -> l.get(0).equals(key)).map(l -> l.subList(1, l.size()))
        .collect(Collectors.toList());
  }

  /** The values of lines with {@code key} whose first values are {@code prefix}, without that prefix. */
  public List<List<String>> all(String key, String... prefix) {
    return all(key).stream().filter(v -> v.size() >= prefix.length && v.subList(0, prefix.length)
        .equals(List.of(prefix))).map(v -> v.subList(prefix.length, v.size())).collect(Collectors.toList());
  }

  /** The one value after {@code key} and {@code prefix}; fails when there is none or several. */
  public String one(String key, String... prefix) {
    List<List<String>> found = all(key, prefix);
    if (found.size() != 1 || found.get(0).size() != 1) {
      throw new AssertionError("expected one value for " + key + " " + List.of(prefix) + ", found " + found);
    }
    return found.get(0).get(0);
  }

  private static String unescape(String field) {
    StringBuilder out = new StringBuilder(field.length());
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c == '\\' && i + 1 < field.length()) {
        char next = field.charAt(++i);
        out.append(next == 't' ? '\t' : next == 'n' ? '\n' : next == 'r' ? '\r' : next);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
