package io.pdimesos.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one timed run wrote: {@code PanProbe} inside PDI and {@link BareScanRun} outside it write
 * the same lines ({@code rows N}, {@code first_row_ms}, {@code last_row_ms}, {@code finished_ms},
 * {@code errors}, {@code heap_used_end} bytes, {@code sample\tROW\tFIELD\tTYPE\tVALUE}, {@code error
 * TEXT} and {@code log TEXT} for what went wrong, and {@code done} last). A report without {@code
 * done} is from a run that was killed or died.
 */
record ProbeReport(boolean done, long rows, double firstRowMs, double lastRowMs,
    double finishedMs, int errors, long heapUsedEnd, List<String> problems,
    Map<Long, Map<String, Sampled>> samples) {

  /** A line of PDI's log: {@code 2026/12/08 02:14:37 - <subject> - ERROR (version …) : <message>}. */
  private static final Pattern PDI_ERROR = Pattern.compile(
      "^\\S+ \\S+ - (.+?) - ERROR \\(version [^)]*\\) : (.*)$");

  /** One sampled value: the field's PDI type and the value as text ("null" for none). */
  record Sampled(String type, String text) {}

  static ProbeReport parse(List<String> lines) {
    boolean done = false;
    long rows = -1;
    double first = -1;
    double last = -1;
    double finished = -1;
    int errors = 0;
    long heap = -1;
    List<String> problems = new ArrayList<>();
    Map<Long, Map<String, Sampled>> samples = new TreeMap<>();
    for (String line : lines) {
      if (line.startsWith("sample\t")) {
        String[] f = line.split("\t", 5);
        samples.computeIfAbsent(Long.parseLong(f[1]), r -> new LinkedHashMap<>())
            .put(f[2], new Sampled(f[3], f.length > 4 ? f[4] : ""));
        continue;
      }
      int space = line.indexOf(' ');
      String key = space < 0 ? line : line.substring(0, space);
      String value = space < 0 ? "" : line.substring(space + 1).trim();
      switch (key) {
        case "done" -> done = true;
        case "rows" -> rows = Long.parseLong(value);
        case "first_row_ms" -> first = Double.parseDouble(value);
        case "last_row_ms" -> last = Double.parseDouble(value);
        case "finished_ms" -> finished = Double.parseDouble(value);
        case "errors" -> errors = Integer.parseInt(value);
        case "heap_used_end" -> heap = Long.parseLong(value);
        case "error", "log" -> problems.add(value);
        default -> { } // a line of PDI's own on the way: not ours to read
      }
    }
    return new ProbeReport(done, rows, first, last, finished, errors, heap, List.copyOf(problems),
        samples);
  }

  /**
   * What went wrong, in a few words: an {@code OutOfMemoryError} where PDI logged one (the line
   * before it only says "UnexpectedError:"), else the first problem; PDI's log lines are cut to
   * their step and message. Null when nothing was reported.
   */
  String failure() {
    String line = problems.stream().filter(p -> p.contains("OutOfMemoryError")).findFirst()
        .orElse(problems.isEmpty() ? null : problems.get(0));
    if (line == null) {
      return null;
    }
    Matcher m = PDI_ERROR.matcher(line);
    return m.matches() ? m.group(1) + ": " + m.group(2).trim() : line;
  }

  /** Finished, without errors, with exactly {@code tasks} rows. */
  boolean complete(long tasks) {
    return done && errors == 0 && problems.isEmpty() && rows == tasks;
  }

  /**
   * Where two runs' sampled rows disagree, on the fields both have under the same name and type.
   * An empty string and a null are the same value, as PDI treats them by default
   * ({@code KETTLE_EMPTY_STRING_DIFFERS_FROM_NULL=N}).
   *
   * @return the fields compared, and one line per difference
   */
  static Comparison compare(ProbeReport a, ProbeReport b) {
    Set<String> compared = new TreeSet<>();
    List<String> differences = new ArrayList<>();
    for (Map.Entry<Long, Map<String, Sampled>> row : a.samples().entrySet()) {
      Map<String, Sampled> other = b.samples().get(row.getKey());
      if (other == null) {
        differences.add("row " + row.getKey() + " was sampled in one run only");
        continue;
      }
      for (Map.Entry<String, Sampled> field : row.getValue().entrySet()) {
        Sampled x = field.getValue();
        Sampled y = other.get(field.getKey());
        if (y == null || !x.type().equals(y.type())) {
          continue;
        }
        compared.add(field.getKey());
        if (!normal(x.text()).equals(normal(y.text()))) {
          differences.add("row " + row.getKey() + " " + field.getKey() + ": " + x.text() + " vs "
              + y.text());
        }
      }
    }
    return new Comparison(List.copyOf(compared), List.copyOf(differences));
  }

  private static String normal(String text) {
    return text.isEmpty() ? "null" : text;
  }

  record Comparison(List<String> fields, List<String> differences) {}
}
