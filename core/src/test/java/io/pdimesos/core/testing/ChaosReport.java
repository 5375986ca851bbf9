package io.pdimesos.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Totals of one chaos run, counted as docs/reliability.md reports them, and the cases that broke
 * a rule, by name. Written to {@code target/chaos/<suite>.txt} so a run's numbers can be read
 * after the build; the test asserts the rule counters are zero.
 */
public final class ChaosReport {
  private final String suite;
  private final Map<String, Long> counters = Collections.synchronizedMap(
      new LinkedHashMap<String, Long>());
  private final List<String> violations = Collections.synchronizedList(new ArrayList<String>());
  private final long startedNanos = System.nanoTime();

  public ChaosReport(String suite, String... counterNames) {
    this.suite = suite;
    for (String c : counterNames) {
      counters.put(c, 0L);
    }
  }

  public void count(String counter) {
    add(counter, 1);
  }

  public void add(String counter, long n) {
    synchronized (counters) {
      Long v = counters.get(counter);
      counters.put(counter, (v == null ? 0 : v) + n);
    }
  }

  /** Keeps the largest {@code value} seen under {@code counter} (the slowest case's ms). */
  public void max(String counter, long value) {
    synchronized (counters) {
      Long v = counters.get(counter);
      counters.put(counter, Math.max(v == null ? 0 : v, value));
    }
  }

  public long get(String counter) {
    Long v = counters.get(counter);
    return v == null ? 0 : v;
  }

  /** A broken rule: counted under {@code counter} and named in the report. */
  public void violation(String counter, String caseName, String detail) {
    count(counter);
    violations.add(counter + ": " + caseName + ": " + detail);
  }

  public List<String> violations() {
    synchronized (violations) {
      return new ArrayList<String>(violations);
    }
  }

  /** The totals as lines "name: value", then the violations; also written to target/chaos. */
  public String summary() {
    StringBuilder sb = new StringBuilder(suite + " (" + (System.nanoTime() - startedNanos)
        / 1_000_000 + " ms)\n");
    synchronized (counters) {
      for (Map.Entry<String, Long> e : counters.entrySet()) {
        sb.append(e.getKey()).append(": ").append(e.getValue()).append('\n');
      }
    }
    for (String v : violations()) {
      sb.append("  ").append(v).append('\n');
    }
    return sb.toString();
  }

  public String write() {
    String text = summary();
    try {
      Path dir = Paths.get("target", "chaos");
      Files.createDirectories(dir);
      Files.write(dir.resolve(suite + ".txt"), text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text;
  }

  /** How big a run is: CI size unless {@code -Dchaos.nightly=true} asks for the long one. */
  public static boolean nightly() {
    return Boolean.getBoolean("chaos.nightly");
  }
}
