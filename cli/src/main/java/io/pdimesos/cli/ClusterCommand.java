package io.pdimesos.cli;

import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.ops.OperationResult;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Base of every operator command: connection flags, output format, verbosity, and a cancellation
 * token that Ctrl+C/SIGTERM trips, so waits end at once and in-flight calls are abandoned.
 */
abstract class ClusterCommand implements Callable<Integer> {
  @Mixin
  ConnectionOptions conn;

  @Option(names = {"-o", "--output"}, paramLabel = "table|json|csv", defaultValue = "table",
      description = "Output format for results (default: table)")
  Table.Format output;

  @Option(names = {"-v", "--verbose"},
      description = "More progress on stderr: -v progress, -vv HTTP requests")
  boolean[] verbose = new boolean[0];

  @Spec
  CommandSpec spec;

  final CancellationToken token = Interrupts.token();

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  ProgressListener progress() {
    ProgressListener p = new StderrProgress(spec.commandLine().getErr(), verbose.length);
    conn.log = p; // the DC/OS login, made at the first request, reports here too
    return p;
  }

  /** A write's result as its table says it: ok, unknown (its answer was lost) or failed. */
  static String result(OperationResult r) {
    return r.success() ? "ok" : r.unknown() ? "unknown" : "failed";
  }

  /** Prints {@code table} in the chosen format. */
  void print(Table table) {
    table.print(output, out());
  }
}
