package io.pdimesos.core.emulator;

import io.pdimesos.core.ProgressListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Collects every line, so tests can count the HTTP calls the seam logs at debug level. */
final class RequestLog implements ProgressListener {
  final List<String> lines = new CopyOnWriteArrayList<>();
  final List<String> warnings = new CopyOnWriteArrayList<>();

  @Override
  public void basic(String line) {
    lines.add(line);
  }

  @Override
  public void detailed(String line) {
    lines.add(line);
  }

  @Override
  public void debug(String line) {
    lines.add(line);
  }

  @Override
  public void warn(String line) {
    warnings.add(line);
    lines.add(line);
  }

  /** Answered requests whose path (before any query) is {@code path}, e.g. "/master/state". */
  long answered(String method, String path) {
    return lines.stream().filter(l -> l.startsWith(method + " ") && l.contains(" -> "))
        .map(l -> l.substring(l.indexOf(' ') + 1, l.indexOf(" -> ")))
        .map(u -> u.replaceFirst("^[a-z]+://[^/]+", "").replaceFirst("\\?.*$", ""))
        .filter(path::equals).count();
  }

  void clear() {
    lines.clear();
    warnings.clear();
  }
}
