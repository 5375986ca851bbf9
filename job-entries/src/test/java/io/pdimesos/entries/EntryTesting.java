package io.pdimesos.entries;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
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
