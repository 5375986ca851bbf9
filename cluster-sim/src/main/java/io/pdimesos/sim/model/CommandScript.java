package io.pdimesos.sim.model;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What an emulated task's command does, decided only by its text (docs/emulator.md):
 * the command is split at {@code ;}, {@code &&} and newlines; {@code sleep N} adds N simulated
 * seconds, {@code exit N} ends the run with status N, {@code false} is {@code exit 1},
 * {@code echo text} writes a stdout line ({@code >&2} sends it to stderr), {@code kitchen.sh}
 * and {@code pan.sh} write PDI's own start and end lines (so a batch job's log tail looks like
 * Kitchen's), anything else is "run" silently. A run takes at least {@link #MIN_RUNTIME}.
 */
public final class CommandScript {
  public static final Duration MIN_RUNTIME = Duration.ofSeconds(1);

  /** A line the command writes, {@code at} after its start (after the sleeps before it). */
  public record Output(Duration at, boolean stderr, String text) {}

  public final Duration runtime;
  public final int exitCode;
  public final List<Output> outputs;

  private CommandScript(Duration runtime, int exitCode, List<Output> outputs) {
    this.runtime = runtime;
    this.exitCode = exitCode;
    this.outputs = outputs;
  }

  /** Lines of one stream, in order (tests, Marathon tasks that print everything at once). */
  public List<String> lines(boolean stderr) {
    return outputs.stream().filter(o -> o.stderr() == stderr).map(Output::text).toList();
  }

  public static CommandScript parse(String command) {
    long millis = 0;
    int exit = 0;
    List<Output> out = new ArrayList<>();
    for (String raw : (command == null ? "" : command).split(";|&&|\\n")) {
      String part = raw.trim();
      if (part.isEmpty()) {
        continue;
      }
      String[] words = part.split("\\s+");
      switch (words[0]) {
        case "sleep" -> millis += seconds(words.length > 1 ? words[1] : "0");
        case "exit" -> {
          exit = words.length > 1 ? parseInt(words[1]) : 0;
          return new CommandScript(total(millis), exit, out);
        }
        case "false" -> {
          return new CommandScript(total(millis), 1, out);
        }
        case "echo" -> {
          boolean toErr = part.contains(">&2");
          String text = part.substring(4).replace(">&2", "").trim();
          if (text.length() >= 2 && (text.startsWith("'") && text.endsWith("'")
              || text.startsWith("\"") && text.endsWith("\""))) {
            text = text.substring(1, text.length() - 1);
          }
          out.add(new Output(Duration.ofMillis(millis), toErr, text));
        }
        case "kitchen.sh", "pan.sh" -> {
          String tool = words[0].equals("kitchen.sh") ? "Kitchen" : "Pan";
          Duration at = Duration.ofMillis(millis);
          out.add(new Output(at, false, tool + " - Start of run."));
          for (String w : words) {
            if (w.startsWith("-file=")) {
              out.add(new Output(at, false, tool + " - Running " + w.substring(6)));
            }
          }
          out.add(new Output(at, false, tool + " - Finished!"));
        }
        default -> {
          // any other program: runs, succeeds, prints nothing
        }
      }
    }
    return new CommandScript(total(millis), exit, out);
  }

  private static Duration total(long sleepMillis) {
    return Duration.ofMillis(Math.max(MIN_RUNTIME.toMillis(), sleepMillis));
  }

  private static long seconds(String s) {
    try {
      return (long) (Double.parseDouble(s.replaceAll("[sS]$", "")) * 1000);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static int parseInt(String s) {
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      return 1;
    }
  }
}
