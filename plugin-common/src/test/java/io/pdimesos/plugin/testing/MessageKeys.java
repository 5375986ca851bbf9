package io.pdimesos.plugin.testing;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The i18n guard each module runs over its own sources: every text the code looks up with
 * {@code BaseMessages.getString(PKG, "Key", ...)} (the one way it does) must be in the en_US
 * bundle of the code's package, {@code <package>/messages/messages_en_US.properties}, read from
 * the module's resources as they are on disk.
 */
public final class MessageKeys {
  private static final Pattern KEY_IN_CODE =
      Pattern.compile("getString\\(\\s*PKG\\s*,\\s*\"([^\"]+)\"");
  private static final Pattern PACKAGE = Pattern.compile("(?m)^package ([\\w.]+);");
  /** MessageFormat eats a lone apostrophe ("router's" shows as "routers"): write it twice. */
  private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

  private MessageKeys() {}

  /** A key the code looks up: in which file, and the package whose bundle must hold it. */
  public record Use(Path file, String pkg, String key) {
    @Override
    public String toString() {
      return file.getFileName() + ": " + key;
    }
  }

  /** Every key looked up in the Java sources under {@code sources} ({@code src/main/java}). */
  public static List<Use> inCode(Path sources) {
    List<Use> uses = new ArrayList<>();
    for (Path f : files(sources, ".java")) {
      String code = read(f);
      Matcher pkg = PACKAGE.matcher(code);
      String pkgName = pkg.find() ? pkg.group(1) : "";
      Matcher m = KEY_IN_CODE.matcher(code);
      while (m.find()) {
        uses.add(new Use(f, pkgName, m.group(1)));
      }
    }
    return uses;
  }

  /** The uses whose key has no text in their package's bundle under {@code resources}. */
  public static List<Use> unresolved(List<Use> uses, Path resources) {
    List<Use> missing = new ArrayList<>();
    for (Use u : uses) {
      Path bundle = resources.resolve(u.pkg().replace('.', '/'))
          .resolve("messages/messages_en_US.properties");
      String text = Files.exists(bundle) ? load(bundle).getProperty(u.key()) : null;
      if (text == null || text.isBlank()) {
        missing.add(u);
      }
    }
    return missing;
  }

  /**
   * A copy of the bundles under {@code resources}, in {@code into}, without the line of
   * {@code use}'s key: what the guard must then report.
   */
  public static Path withoutKey(Path resources, Use use, Path into) {
    for (Path f : files(resources, ".properties")) {
      Path copy = into.resolve(resources.relativize(f).toString());
      StringBuilder kept = new StringBuilder();
      for (String line : read(f).split("\n")) {
        if (!line.startsWith(use.key() + "=")) {
          kept.append(line).append('\n');
        }
      }
      try {
        Files.createDirectories(copy.getParent());
        Files.writeString(copy, kept);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return into;
  }

  /** The bundle lines under {@code resources} with a lone apostrophe, as "file: line". */
  public static List<String> loneApostrophes(Path resources) {
    List<String> bad = new ArrayList<>();
    for (Path f : files(resources, ".properties")) {
      for (String line : read(f).split("\n")) {
        if (LONE_APOSTROPHE.matcher(line).find()) {
          bad.add(f + ": " + line);
        }
      }
    }
    return bad;
  }

  private static List<Path> files(Path root, String suffix) {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path f) {
    try {
      return Files.readString(f);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Properties load(Path bundle) {
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
