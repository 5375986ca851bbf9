package io.pdimesos.entries;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.pentaho.di.core.Result;
import org.pentaho.di.core.logging.LogLevel;
import org.pentaho.di.job.Job;

/** Runs entries the way PDI's job engine does, on the pdi-api mirror. */
public final class EntryTesting {
  private EntryTesting() {}

  public static Job job(LogLevel level, Map<String, String> variables) {
    Job job = new Job();
    job.getLogChannel().setLogLevel(level);
    variables.forEach(job::setVariable);
    return job;
  }

  /** Clone, copy the job's variables, set the parent job, execute: what Job.execute does. */
  public static Result run(ClusterJobEntry design, Job job) {
    ClusterJobEntry clone = (ClusterJobEntry) design.clone();
    clone.copyVariablesFrom(job);
    clone.setParentJob(job);
    return clone.execute(new Result(), 0);
  }

  /**
   * Runs {@code design} on {@code job} in the background, stops the job as Spoon's Stop does once
   * {@code waiting} says the entry is waiting (at most 10 s), and returns the entry's result,
   * which must come within a second of the stop.
   */
  public static Result stopOnceWaiting(ClusterJobEntry design, Job job, BooleanSupplier waiting)
      throws Exception {
    CompletableFuture<Result> running = CompletableFuture.supplyAsync(() -> run(design, job));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!waiting.getAsBoolean()) {
      assertThat(System.nanoTime()).as("the entry is waiting").isLessThan(deadline);
      Thread.sleep(10);
    }
    long stopped = System.nanoTime();
    job.stopAll();
    Result result = running.get(5, TimeUnit.SECONDS);
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stopped)).as("stopped within")
        .isLessThan(1_000);
    return result;
  }

  /** A test resource as text (fixtures, golden files). */
  public static String resource(String path) {
    try (InputStream in = EntryTesting.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("No test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A port on 127.0.0.1 nothing listens on (bound, then released). */
  public static int closedPort() {
    try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1,
        java.net.InetAddress.getByName("127.0.0.1"))) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
