package io.pdimesos.plugin;

import io.pdimesos.core.cancel.CancellationToken;
import java.io.Closeable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Turns PDI's stop flag ({@code parentJob.isStopped()}, {@code step.isStopped()}) into a core
 * {@link CancellationToken}. Spoon's Stop only sets the flag, and a thread blocked in an HTTP
 * read never looks at it, so a watcher checks the flag every
 * {@value CancellationToken#SLICE_MILLIS} ms and cancels the token, which aborts the in-flight
 * call: a stopped entry returns within a second. Close it when the operation is over.
 */
public final class StopSignal implements Closeable {
  /** One daemon thread for every running entry and step of the plugin: the checks are tiny. */
  private static final ScheduledExecutorService WATCHER =
      Executors.newSingleThreadScheduledExecutor(new ThreadFactory() {
        @Override
        public Thread newThread(Runnable r) {
          Thread t = new Thread(r, "pdi-mesos-stop-watcher");
          t.setDaemon(true);
          return t;
        }
      });

  private final CancellationToken token;
  private final ScheduledFuture<?> watch;

  private StopSignal(final BooleanSupplier stopFlag) {
    this.token = CancellationToken.polling(stopFlag);
    this.watch = WATCHER.scheduleWithFixedDelay(new Runnable() {
      @Override
      public void run() {
        token.isCancelled(); // polls the flag; cancels (and aborts calls) once it is set
      }
    }, CancellationToken.SLICE_MILLIS, CancellationToken.SLICE_MILLIS, TimeUnit.MILLISECONDS);
  }

  /** Starts watching {@code stopFlag}; a flag that throws counts as not stopped. */
  public static StopSignal watch(final BooleanSupplier stopFlag) {
    return new StopSignal(new BooleanSupplier() {
      @Override
      public boolean getAsBoolean() {
        try {
          return stopFlag.getAsBoolean();
        } catch (RuntimeException e) {
          return false;
        }
      }
    });
  }

  public CancellationToken token() {
    return token;
  }

  @Override
  public void close() {
    watch.cancel(false);
  }
}
