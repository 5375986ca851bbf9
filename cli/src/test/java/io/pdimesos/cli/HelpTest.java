package io.pdimesos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** What a user reads first: every command's --help renders, with nothing left unresolved. */
class HelpTest {
  @Test
  void everyCommandsHelpRendersWithoutUnresolvedText() {
    List<List<String>> paths = new ArrayList<>();
    collect(new CommandLine(new PdiMesos()), new ArrayList<>(), paths);
    assertThat(paths).hasSizeGreaterThan(15);
    for (List<String> path : paths) {
      List<String> args = new ArrayList<>(path);
      args.add("--help");
      Cli help = Cli.run(args.toArray(new String[0]));
      assertThat(help.exit()).as(String.join(" ", args)).isZero();
      assertThat(help.out()).as(String.join(" ", args)).startsWith("Usage: pdi-mesos")
          .doesNotContain("null").doesNotContain("${DEFAULT-VALUE}")
          .doesNotContain("${COMPLETION-CANDIDATES}");
    }
    assertThat(Cli.run("marathon", "deploy", "--help").out()).contains("${VAR} placeholders");
  }

  private static void collect(CommandLine cmd, List<String> path, List<List<String>> out) {
    out.add(path);
    cmd.getSubcommands().forEach((name, sub) -> {
      if (!name.equals("help")) {
        List<String> p = new ArrayList<>(path);
        p.add(name);
        collect(sub, p, out);
      }
    });
  }
}
