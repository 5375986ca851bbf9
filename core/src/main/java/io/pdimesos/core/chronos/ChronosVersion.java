package io.pdimesos.core.chronos;

import java.util.regex.Pattern;

/**
 * The Chronos API generation a client talks to. 3.x moved every endpoint below {@code /v1} and
 * narrowed the job-name rule, so paths and validation depend on it; {@link #AUTO} asks the server
 * once per client.
 */
public enum ChronosVersion {
  AUTO(null, null, null),
  V2("/scheduler", "[\\w\\s.#_-]+", "letters, digits, spaces, '_', '.', '#' and '-'"),
  V3("/v1/scheduler", "[\\w.-]+", "letters, digits, '_', '.' and '-'");

  private final String prefix;
  private final Pattern namePattern;
  private final String allowedNames;

  ChronosVersion(String prefix, String nameRegex, String allowedNames) {
    this.prefix = prefix;
    // Chronos uses Java's \w, i.e. ASCII only, so no UNICODE_CHARACTER_CLASS here.
    this.namePattern = nameRegex == null ? null : Pattern.compile(nameRegex);
    this.allowedNames = allowedNames;
  }

  /** Path prefix of the scheduler API ({@code /v1/scheduler} for 3.x). */
  public String prefix() {
    requireConcrete();
    return prefix;
  }

  /** The whole-name pattern Chronos checks on create. */
  public Pattern namePattern() {
    requireConcrete();
    return namePattern;
  }

  /** Words for an error message: which characters a name may have. */
  public String allowedNames() {
    requireConcrete();
    return allowedNames;
  }

  /** "Chronos 2.x" / "Chronos 3.x" for messages. */
  public String label() {
    return this == V2 ? "Chronos 2.x" : this == V3 ? "Chronos 3.x" : "Chronos (version unknown)";
  }

  /** Parses a setting value: "", "auto", "2", "2.x", "v2", "3", "3.x", "v3" (any case). */
  public static ChronosVersion parse(String text) {
    String t = text == null ? "" : text.trim().toLowerCase(java.util.Locale.ROOT);
    if (t.isEmpty() || t.equals("auto")) {
      return AUTO;
    }
    if (t.startsWith("v")) {
      t = t.substring(1);
    }
    if (t.startsWith("2")) {
      return V2;
    }
    if (t.startsWith("3")) {
      return V3;
    }
    throw new IllegalArgumentException("Chronos version must be auto, 2.x or 3.x: '" + text + "'");
  }

  private void requireConcrete() {
    if (this == AUTO) {
      throw new IllegalStateException("Chronos version not detected yet");
    }
  }
}
