package io.pdimesos.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** One finished PDI subprocess: its exit code and its whole output (stdout and stderr, in order). */
public record PdiRun(List<String> command, int exitCode, Path logFile, Duration took) {

  public String log() {
    try {
      return Files.readString(logFile, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Fails with the command, the exit code and the tail of the log unless the exit code is {@code expected}. */
  public PdiRun assertExit(int expected) {
    if (exitCode != expected) {
      throw new AssertionError(describe() + " exited " + exitCode + ", expected " + expected + "\n" + tail(60));
    }
    return this;
  }

  public String describe() {
    return String.join(" ", command) + " (log " + logFile + ", " + took.toMillis() + " ms)";
  }

  /** The last {@code lines} lines of the log: enough to see why a run failed. */
  public String tail(int lines) {
    List<String> all = log().lines().toList();
    return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
  }
}
