package io.pdimesos.cli;

import io.pdimesos.core.cancel.CancellationToken;

/**
 * One cancellation token for the process, cancelled by a shutdown hook on Ctrl+C or SIGTERM. The
 * hook then gives the running command a moment to stop its waits and close the emulator cleanly.
 */
final class Interrupts {
  private static final CancellationToken TOKEN = CancellationToken.create();
  private static volatile Thread mainThread;
  private static volatile boolean finished;
  private static volatile boolean stopping;

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      stopping = true;
      TOKEN.cancel();
      Thread m = mainThread;
      if (m != null && !finished) {
        try {
          m.join(2_000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }, "pdi-mesos-shutdown"));
  }

  private Interrupts() {}

  /** The command has returned: a shutdown now is the normal exit, nothing to wait for. */
  static void finished() {
    finished = true;
  }

  /** Ctrl+C or SIGTERM started the JVM's shutdown. */
  static boolean stopping() {
    return stopping;
  }

  static CancellationToken token() {
    if (mainThread == null) {
      mainThread = Thread.currentThread();
    }
    return TOKEN;
  }
}
