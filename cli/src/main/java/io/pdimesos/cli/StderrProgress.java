package io.pdimesos.cli;

import io.pdimesos.core.ProgressListener;
import java.io.PrintWriter;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** Progress lines on stderr, so stdout stays clean for table/json/csv output. */
final class StderrProgress implements ProgressListener {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
  private final PrintWriter err;
  private final int verbosity;

  StderrProgress(PrintWriter err, int verbosity) {
    this.err = err;
    this.verbosity = verbosity;
  }

  private void print(String line) {
    err.println(LocalTime.now().format(TIME) + "  " + line);
    err.flush();
  }

  @Override
  public void basic(String line) {
    print(line);
  }

  @Override
  public void detailed(String line) {
    if (verbosity >= 1) {
      print(line);
    }
  }

  @Override
  public void debug(String line) {
    if (verbosity >= 2) {
      print(line);
    }
  }

  @Override
  public void warn(String line) {
    print("WARNING: " + line);
  }
}
