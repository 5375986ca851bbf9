package io.pdimesos.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The ceiling as one run of {@link PanBenchmark}: {@link BareScan} reading one state in a fresh
 * JVM, with the same JVM options as the PDI runs, writing the report {@code PanProbe} writes
 * inside PDI ({@link ProbeReport}).
 *
 * <p>Arguments: the master's URL, the state's tasks, the report file, the row numbers to sample.
 */
public final class BareScanRun {
  /** The step's default task fields, in BareScan's row order (MesosEntities.TASK_FIELDS). */
  static final List<String> FIELD_NAMES = List.of("id", "name", "state", "kind", "framework_id",
      "framework_name", "agent_id", "agent_hostname", "ip_addresses", "executor_id", "cpus", "mem",
      "disk", "ports", "last_status_time", "labels");

  private BareScanRun() {}

  public static void main(String[] args) throws IOException {
    int tasks = Integer.parseInt(args[1]);
    Set<Long> samples = new TreeSet<>();
    for (String s : args[3].split(",")) {
      samples.add(Long.parseLong(s.trim()));
    }
    try (PrintWriter report = new PrintWriter(Files.newBufferedWriter(Paths.get(args[2]),
        StandardCharsets.UTF_8), true)) {
      long[] rows = {0};
      long[] first = {-1};
      long[] last = {-1};
      long start = System.nanoTime();
      try {
        BareScan.rows(args[0], tasks, row -> {
          long now = System.nanoTime() - start;
          if (rows[0] == 0) {
            first[0] = now;
          }
          last[0] = now;
          if (samples.contains(rows[0])) {
            sample(report, rows[0], row);
          }
          rows[0]++;
        });
        long end = System.nanoTime() - start;
        report.println("rows " + rows[0]);
        report.println("first_row_ms " + first[0] / 1e6);
        report.println("last_row_ms " + last[0] / 1e6);
        report.println("finished_ms " + end / 1e6);
        report.println("errors 0");
      } catch (IOException | RuntimeException e) {
        report.println("error " + e);
      }
      report.println("heap_used_end "
          + ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
      report.println("done");
    }
  }

  /** The row as PanProbe writes one: PDI's type names, dates as epoch milliseconds. */
  private static void sample(PrintWriter report, long row, Object[] values) {
    for (int i = 0; i < values.length; i++) {
      Object v = values[i];
      String type = v instanceof Double ? "Number" : v instanceof Date ? "Date" : "String";
      String text = v == null ? "null" : v instanceof Date d ? Long.toString(d.getTime())
          : v.toString();
      report.println("sample\t" + row + "\t" + FIELD_NAMES.get(i) + "\t" + type + "\t" + text);
    }
  }
}
