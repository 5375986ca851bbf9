package io.pdimesos.cli;

import io.pdimesos.core.error.ClusterException;
import io.pdimesos.core.error.Printable;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
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
        + "4 unreachable, 5 outcome unknown (an answer was lost), 130 interrupted."})
public final class PdiMesos {

  public static void main(String[] args) {
    int code = run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    Interrupts.finished();
    if (Interrupts.stopping()) {
      // Ctrl+C: the JVM is already shutting down and waits for this thread; System.exit here
      // would block until that wait timed out. Returning ends it now (exit status 130).
      return;
    }
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
        e.println("error: " + Printable.message(ex.getMessage()));
        return ExitCodes.USAGE;
      }
      // A bug: say what broke in one line rather than dumping a stack trace on the user.
      e.println("error: unexpected " + ex.getClass().getName() + ": "
          + Printable.message(String.valueOf(ex.getMessage())));
      return ExitCodes.FAILED;
    });
    cmd.setParameterExceptionHandler(PdiMesos::badCommandLine);
    return cmd.execute(args);
  }

  /**
   * A command line picocli cannot parse: one {@code error:} line and exit 2. An unknown option's
   * value is never repeated: "--password SECRET" must not put the secret on the screen and in
   * the shell's scrollback, so only the words that look like options are named.
   */
  private static int badCommandLine(CommandLine.ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    String message = ex.getMessage();
    if (ex instanceof CommandLine.UnmatchedArgumentException u) {
      List<String> shown = new ArrayList<>();
      int hidden = 0;
      boolean afterOption = false;
      for (String word : u.getUnmatched()) {
        if (word.startsWith("-") && !word.matches("-\\d.*")) {
          int eq = word.indexOf('=');
          shown.add(eq < 0 ? word : word.substring(0, eq));
          hidden += eq < 0 ? 0 : 1;
          afterOption = eq < 0;
        } else if (afterOption) {
          hidden++; // the value of an unknown option: could be a secret
          afterOption = false;
        } else {
          shown.add(word);
        }
      }
      message = (shown.isEmpty() ? "unknown arguments" : "unknown " + (shown.size() == 1
          ? "option or argument " : "options or arguments ") + "'" + String.join("', '", shown)
          + "'") + (hidden > 0 ? " (" + hidden + (hidden == 1 ? " value" : " values")
          + " not shown)" : "");
      List<String> suggestions = u.getSuggestions();
      if (!suggestions.isEmpty()) {
        message += "; did you mean " + String.join(" or ", suggestions) + "?";
      }
    }
    cmd.getErr().println("error: " + Printable.message(message) + " (see '"
        + cmd.getCommandSpec().qualifiedName() + " --help')");
    return ExitCodes.USAGE;
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
