package io.pdimesos.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Reads an app or job definition file and fills in its {@code ${VAR}} placeholders the way PDI
 * substitutes variables, so the same sample definitions serve the plugins and the command line.
 * Values come from {@code --set NAME=VALUE}, then the environment; a placeholder with no value
 * is an error naming it, rather than a broken definition sent to the cluster.
 */
final class Definitions {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_.]+)}");

  private Definitions() {}

  /** The FILE argument and {@code --set} options of every command that sends a definition. */
  static final class FileOption {
    @Parameters(paramLabel = "FILE", description = "JSON definition (- for stdin); $${VAR} "
        + "placeholders are filled from --set and the environment")
    Path file;

    @Option(names = "--set", paramLabel = "NAME=VALUE", description = "A placeholder value")
    Map<String, String> values = new LinkedHashMap<>();

    /** The definition text with its placeholders filled in. */
    String text() {
      return read(file, values);
    }
  }

  static String read(Path file, Map<String, String> values) {
    String text;
    try {
      text = "-".equals(file.toString()) ? new String(System.in.readAllBytes(),
          StandardCharsets.UTF_8) : Files.readString(file);
    } catch (IOException e) {
      throw new UsageException("Cannot read definition " + file + ": " + e.getMessage());
    }
    return substitute(text, values, file.toString());
  }

  static String substitute(String text, Map<String, String> values, String source) {
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      String v = values.containsKey(name) ? values.get(name) : System.getenv(name);
      if (v == null) {
        throw new UsageException(source + " uses ${" + name + "}, which has no value: pass --set "
            + name + "=... or set the environment variable");
      }
      m.appendReplacement(sb, Matcher.quoteReplacement(v));
    }
    m.appendTail(sb);
    return sb.toString();
  }
}
