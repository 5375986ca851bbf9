package io.pdimesos.it.harness;

import org.pentaho.di.core.KettleEnvironment;
import org.pentaho.di.core.logging.KettleLogStore;
import org.pentaho.di.core.logging.LogLevel;
import org.pentaho.di.job.Job;
import org.pentaho.di.job.JobMeta;
import org.pentaho.di.trans.Trans;
import org.pentaho.di.trans.TransMeta;

/**
 * Stops running jobs and transformations the way Spoon's Stop button does, through PDI's real
 * {@code Job.stopAll()} and {@code Trans.stopAll()}, and reports how long each took to end and
 * what it logged. Each case starts its file, waits until its log shows {@code marker} (the point
 * where it blocks, e.g. a deployment submitted), waits {@code settle} ms more, then stops it.
 *
 * <p>Arguments: the report file, then per case: {@code job|trans}, the file, the marker (empty:
 * none), the settle time in ms.
 *
 * <p>Report: {@code blocked NAME true|false} (the marker was seen), {@code stopped NAME MILLIS} (stopAll() until the run has ended), {@code result NAME
 * true|false ERRORS}, {@code log NAME TEXT} (its whole log at Basic), or {@code failed NAME
 * ERROR}.
 */
public final class StopProbe {
  private static final long MARKER_WAIT_MILLIS = 60000L;
  private static final long END_WAIT_MILLIS = 30000L;

  private StopProbe() {}

  public static void main(String[] args) throws Exception {
    Report report = new Report(args[0]);
    KettleEnvironment.init();
    for (int i = 1; i + 3 < args.length; i += 4) {
      String kind = args[i];
      String file = args[i + 1];
      try {
        if (kind.equals("job")) {
          stopJob(report, file, args[i + 2], Long.parseLong(args[i + 3]));
        } else {
          stopTrans(report, file, args[i + 2], Long.parseLong(args[i + 3]));
        }
      } catch (Throwable e) {
        report.error("failed", e, file);
      }
    }
    report.close();
    System.exit(0);
  }

  private static void stopJob(Report report, String file, String marker, long settle) throws Exception {
    Job job = new Job(null, new JobMeta(file, null));
    job.setLogLevel(LogLevel.BASIC);
    job.start();
    String name = job.getJobname();
    report.put("blocked", name, awaitMarker(job.getLogChannelId(), marker, settle));
    long start = System.nanoTime();
    job.stopAll();
    // A stopped job never reports isFinished() (PDI sets it only when not stopped); its thread
    // ending is what Job.waitUntilFinished() waits for too.
    job.join(END_WAIT_MILLIS);
    report.put("stopped", name, job.isAlive() ? -1L : (System.nanoTime() - start) / 1000000L);
    report.put("result", name, job.getResult() != null && job.getResult().getResult(),
        job.getResult() == null ? -1 : job.getResult().getNrErrors());
    report.put("log", name, log(job.getLogChannelId()));
  }

  private static void stopTrans(Report report, String file, String marker, long settle) throws Exception {
    Trans trans = new Trans(new TransMeta(file));
    trans.setLogLevel(LogLevel.BASIC);
    trans.execute(null);
    String name = trans.getName();
    report.put("blocked", name, awaitMarker(trans.getLogChannelId(), marker, settle));
    long start = System.nanoTime();
    trans.stopAll();
    long deadline = System.currentTimeMillis() + END_WAIT_MILLIS;
    while (!trans.isFinished() && System.currentTimeMillis() < deadline) {
      Thread.sleep(5);
    }
    report.put("stopped", name, trans.isFinished() ? (System.nanoTime() - start) / 1000000L : -1L);
    report.put("result", name, trans.getErrors() == 0, trans.getErrors());
    report.put("log", name, log(trans.getLogChannelId()));
  }

  /** Whether the log showed {@code marker} (bounded wait), after which {@code settle} ms pass. */
  private static boolean awaitMarker(String channel, String marker, long settle) throws InterruptedException {
    long deadline = System.currentTimeMillis() + MARKER_WAIT_MILLIS;
    while (!marker.isEmpty() && !log(channel).contains(marker) && System.currentTimeMillis() < deadline) {
      Thread.sleep(20);
    }
    boolean seen = marker.isEmpty() || log(channel).contains(marker);
    Thread.sleep(settle);
    return seen;
  }

  /** The run's log lines and its children's (the entries', the steps'). */
  private static String log(String channel) {
    return KettleLogStore.getAppender().getBuffer(channel, false).toString();
  }
}
