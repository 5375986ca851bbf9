package io.pdimesos.cli;

import io.pdimesos.core.error.ClusterException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code pdi-mesos} command: emulator, demo, and operator verbs for a real cluster. */
@Command(name = "pdi-mesos", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT,
    versionProvider = PdiMesos.Version.class,
    description = "Orchestrate Mesos, Marathon, Chronos, Metronome and Weave Net the way the pdi-mesos PDI "
        + "plugins do, or try it all on the built-in cluster emulator.",
    subcommands = {SimCommand.class, DemoCommand.class, MarathonCommand.class,
        ChronosCommand.class, MetronomeCommand.class, MesosCommand.class, WeaveCommand.class,
        CommandLine.HelpCommand.class},
    footer = {"", "Exit codes: 0 ok, 1 the operation failed, 2 usage or bad input, 3 timeout, "
        + "4 unreachable, 130 interrupted."})
public final class PdiMesos {

  public static void main(String[] args) {
    int code = run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    Interrupts.finished();
    System.exit(code);
  }

  /** Runs one command line; what tests call instead of {@link #main}. */
  static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cmd = new CommandLine(new PdiMesos());
    cmd.setOut(out);
    cmd.setErr(err);
    cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      PrintWriter e = commandLine.getErr();
      if (ex instanceof ClusterException ce) {
        e.println("error: " + ce.getMessage());
        return ExitCodes.of(ce);
      }
      if (ex instanceof UsageException || ex instanceof IllegalArgumentException) {
        e.println("error: " + ex.getMessage());
        return ExitCodes.USAGE;
      }
      throw ex;
    });
    return cmd.execute(args);
  }

  /** Version from the jar manifest, or "development" when run from classes. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = PdiMesos.class.getPackage().getImplementationVersion();
      return new String[] {"pdi-mesos " + (v == null ? "development" : v)};
    }
  }
}
