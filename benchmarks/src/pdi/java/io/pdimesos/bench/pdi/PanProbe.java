package io.pdimesos.bench.pdi;

import java.io.File;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.HashSet;
import java.util.Set;
import org.pentaho.di.core.KettleEnvironment;
import org.pentaho.di.core.logging.KettleLogStore;
import org.pentaho.di.core.logging.LogLevel;
import org.pentaho.di.core.row.RowMetaInterface;
import org.pentaho.di.trans.Trans;
import org.pentaho.di.trans.TransMeta;
import org.pentaho.di.trans.step.RowAdapter;
import org.pentaho.di.trans.step.StepInterface;

/**
 * Runs one transformation in the engine of the PDI it is started in, as Pan does ({@code
 * TransMeta} from the file, {@code Trans}, prepare, start, wait), and times the rows that reach
 * its last step with a row listener on that step: when the first and the last arrived, counted
 * from just before the transformation is prepared (the steps' init included). PanBenchmark
 * compiles this file against the PDI's own jars and starts it on the PDI's class path, one run per
 * JVM.
 *
 * <p>Arguments: the report file, the .ktr, the name of the step to watch, the row numbers to sample
 * (comma-separated), then {@code NAME=VALUE} parameters. The report has the lines PanBenchmark's
 * {@code ProbeReport} reads; the last is {@code done}, so a run killed half-way is told from one
 * that finished.
 */
public final class PanProbe {
  private PanProbe() {}

  public static void main(String[] args) throws Exception {
    try (PrintWriter report = new PrintWriter(new OutputStreamWriter(
        new FileOutputStream(new File(args[0])), StandardCharsets.UTF_8), true)) {
      Throwable thrown = null;
      int errors = 0;
      try {
        errors = run(report, args);
      } catch (Throwable e) {
        thrown = e;
      }
      if (thrown != null || errors > 0) {
        // What PDI logged about it first (a missing plugin, an OutOfMemoryError, an HTTP
        // error...): PanBenchmark shows the first problem as the run's outcome.
        String log = KettleLogStore.getAppender().getBuffer().toString();
        for (String line : log.split("\n")) {
          if (line.contains("ERROR")) {
            report.println("log " + oneLine(line));
          }
        }
      }
      if (thrown != null) {
        report.println("error " + oneLine(thrown.toString()));
      }
      report.println("heap_used_end " + heapUsed());
      report.println("done");
    }
    // Kettle leaves non-daemon threads behind, as Pan's own exit shows.
    System.exit(0);
  }

  /** Runs the transformation and reports on it; returns its error count. */
  private static int run(PrintWriter report, String[] args) throws Exception {
    KettleEnvironment.init();
    TransMeta meta = new TransMeta(args[1]);
    Trans trans = new Trans(meta);
    for (int i = 4; i < args.length; i++) {
      int eq = args[i].indexOf('=');
      trans.setParameterValue(args[i].substring(0, eq), args[i].substring(eq + 1));
    }
    trans.activateParameters();
    trans.setLogLevel(LogLevel.MINIMAL);
    Set<Long> samples = new HashSet<Long>();
    for (String s : args[3].split(",")) {
      samples.add(Long.parseLong(s.trim()));
    }

    long start = System.nanoTime();
    trans.prepareExecution(null);
    StepInterface watched = trans.findRunThread(args[2]);
    if (watched == null) {
      throw new IllegalArgumentException("no step '" + args[2] + "' in " + args[1]);
    }
    Rows rows = new Rows(start, samples, report);
    watched.addRowListener(rows);
    trans.startThreads();
    trans.waitUntilFinished();
    long end = System.nanoTime();

    report.println("rows " + rows.count);
    report.println("first_row_ms " + millis(rows.first));
    report.println("last_row_ms " + millis(rows.last));
    report.println("finished_ms " + millis(end - start));
    report.println("errors " + trans.getErrors());
    return trans.getErrors();
  }

  /** Counts, times and samples the rows the watched step reads from its input hop. */
  private static final class Rows extends RowAdapter {
    private final long start;
    private final Set<Long> samples;
    private final PrintWriter report;
    long count;
    long first = -1;
    long last = -1;

    Rows(long start, Set<Long> samples, PrintWriter report) {
      this.start = start;
      this.samples = samples;
      this.report = report;
    }

    @Override
    public void rowReadEvent(RowMetaInterface rowMeta, Object[] row) {
      long now = System.nanoTime() - start;
      if (count == 0) {
        first = now;
      }
      last = now;
      if (samples.contains(count)) {
        for (int i = 0; i < rowMeta.size(); i++) {
          report.println("sample\t" + count + "\t" + rowMeta.getValueMeta(i).getName() + "\t"
              + rowMeta.getValueMeta(i).getTypeDesc() + "\t" + text(row[i]));
        }
      }
      count++;
    }
  }

  /** A value as the benchmark compares it: dates as epoch milliseconds, the rest as toString(). */
  private static String text(Object value) {
    return value == null ? "null"
        : value instanceof Date ? Long.toString(((Date) value).getTime()) : oneLine(value.toString());
  }

  private static String millis(long nanos) {
    return nanos < 0 ? "-1" : Double.toString(nanos / 1e6);
  }

  private static long heapUsed() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static String oneLine(String s) {
    return s.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
  }
}
