package io.pdimesos.sim.model;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What an emulated task's command does, decided only by its text (docs/emulator.md):
 * the command is split at {@code ;}, {@code &&} and newlines; {@code sleep N} adds N simulated
 * seconds, {@code exit N} ends the run with status N, {@code false} is {@code exit 1},
 * {@code echo text} writes a stdout line ({@code >&2} sends it to stderr), anything else is
 * "run" silently. A run takes at least {@link #MIN_RUNTIME}.
 */
public final class CommandScript {
  public static final Duration MIN_RUNTIME = Duration.ofSeconds(1);

  public final Duration runtime;
  public final int exitCode;
  public final List<String> stdout;
  public final List<String> stderr;

  private CommandScript(Duration runtime, int exitCode, List<String> stdout, List<String> stderr) {
    this.runtime = runtime;
    this.exitCode = exitCode;
    this.stdout = stdout;
    this.stderr = stderr;
  }

  public static CommandScript parse(String command) {
    long millis = 0;
    int exit = 0;
    List<String> out = new ArrayList<>();
    List<String> err = new ArrayList<>();
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
          return new CommandScript(total(millis), exit, out, err);
        }
        case "false" -> {
          return new CommandScript(total(millis), 1, out, err);
        }
        case "echo" -> {
          boolean toErr = part.contains(">&2");
          String text = part.substring(4).replace(">&2", "").trim();
          if (text.length() >= 2 && (text.startsWith("'") && text.endsWith("'")
              || text.startsWith("\"") && text.endsWith("\""))) {
            text = text.substring(1, text.length() - 1);
          }
          (toErr ? err : out).add(text);
        }
        default -> {
          // any other program: runs, succeeds, prints nothing
        }
      }
    }
    return new CommandScript(total(millis), exit, out, err);
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
