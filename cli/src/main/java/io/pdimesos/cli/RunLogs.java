package io.pdimesos.cli;

import java.io.PrintWriter;
import java.util.List;

/** What a finished batch run left to read, on stderr: diagnostics, then the log tails. */
final class RunLogs {
  private RunLogs() {}

  static void print(PrintWriter err, List<String> diagnostics, String taskId, String stdoutTail,
      String stderrTail) {
    diagnostics.forEach(d -> err.println("  " + d));
    if (stdoutTail != null && !stdoutTail.isEmpty()) {
      err.println("--- stdout (tail) of " + taskId);
      err.print(stdoutTail);
    }
    if (stderrTail != null && !stderrTail.isEmpty()) {
      err.println("--- stderr (tail) of " + taskId);
      err.print(stderrTail);
    }
    err.flush();
  }
}
