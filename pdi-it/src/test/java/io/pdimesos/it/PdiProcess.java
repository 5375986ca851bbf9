package io.pdimesos.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs one PDI command (kitchen.sh, pan.sh, java-main.sh, java) as a subprocess, bounded: its
 * output goes to a log file, and past its timeout the whole process tree is killed and the test
 * fails with the log's tail. PDI's launchers start the JVM as a child of a shell, so killing only
 * the shell would leave the JVM running.
 */
final class PdiProcess {
  private static final Duration KILL_GRACE = Duration.ofSeconds(5);

  private PdiProcess() {}

  static PdiRun run(List<String> command, Path workDir, Map<String, String> environment, Duration timeout,
      Path logFile) {
    return start(command, workDir, environment, logFile).await(timeout);
  }

  /** Starts {@code command}; {@link Running#await} bounds and ends it. */
  static Running start(List<String> command, Path workDir, Map<String, String> environment, Path logFile) {
    ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
        .redirectErrorStream(true).redirectOutput(logFile.toFile());
    builder.environment().putAll(environment);
    long start = System.nanoTime();
    Process process;
    try {
      process = builder.start();
      process.getOutputStream().close(); // nothing to read from: a prompt must not wait for input
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + command, e);
    }
    return new Running(command, process, logFile, start);
  }

  /** A PDI command still running: its process, for a test that must act on it before it ends. */
  static final class Running {
    private final List<String> command;
    private final Process process;
    private final Path logFile;
    private final long start;

    private Running(List<String> command, Process process, Path logFile, long start) {
      this.command = command;
      this.process = process;
      this.logFile = logFile;
      this.start = start;
    }

    Process process() {
      return process;
    }

    /** What it has written so far. */
    PdiRun sofar() {
      return new PdiRun(command, -1, logFile, Duration.ofNanos(System.nanoTime() - start));
    }

    /** Waits for the end; past {@code timeout} the process tree is killed and the test fails. */
    PdiRun await(Duration timeout) {
      try {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
          killTree(process);
          PdiRun partial = sofar();
          throw new AssertionError(partial.describe() + " did not finish within " + timeout.toSeconds()
              + " s and was killed\n" + partial.tail(60));
        }
      } catch (InterruptedException e) {
        killTree(process);
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while running " + command, e);
      }
      return new PdiRun(command, process.exitValue(), logFile, Duration.ofNanos(System.nanoTime() - start));
    }
  }

  /** Children first (the JVM under the launcher shell), then the process itself; SIGKILL after a grace. */
  private static void killTree(Process process) {
    List<ProcessHandle> tree = process.descendants().toList();
    tree.forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      if (!process.waitFor(KILL_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
        tree.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor(KILL_GRACE.toMillis(), TimeUnit.MILLISECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
  }
}
