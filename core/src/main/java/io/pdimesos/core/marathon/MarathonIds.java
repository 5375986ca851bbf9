package io.pdimesos.core.marathon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * App and group ids as Marathon's {@code PathId} accepts them: '/'-separated segments of
 * lowercase letters, digits, '-' and '.', each dot-label starting and ending with a letter or
 * digit; relative ids are taken from the root; '.' and '..' are resolved. Checked before sending so
 * the error names the bad segment instead of Marathon's generic 422.
 */
public final class MarathonIds {
  private static final Pattern SEGMENT = Pattern.compile(
      "^(([a-z0-9]|[a-z0-9][a-z0-9\\-]*[a-z0-9])\\.)*([a-z0-9]|[a-z0-9][a-z0-9\\-]*[a-z0-9])$");
  private static final List<String> RESERVED_LAST = Arrays.asList("restart", "tasks", "versions");

  private MarathonIds() {}

  /** The canonical absolute app id for {@code id}, or an error naming the bad segment. */
  public static String appId(String id) {
    String canonical = groupId(id);
    if ("/".equals(canonical)) {
      throw new IllegalArgumentException("App id '" + id + "' names the root group, not an app");
    }
    String last = canonical.substring(canonical.lastIndexOf('/') + 1);
    if (RESERVED_LAST.contains(last)) {
      throw new IllegalArgumentException("App id '" + id + "' ends in the reserved segment '"
          + last + "' (an app id may not end in " + RESERVED_LAST + ")");
    }
    return canonical;
  }

  /** The canonical absolute group id for {@code id} ("/" for the root). */
  public static String groupId(String id) {
    if (id == null || id.trim().isEmpty()) {
      throw new IllegalArgumentException("The app id is empty");
    }
    String s = id.trim();
    List<String> out = new ArrayList<String>();
    for (String seg : s.split("/")) {
      if (seg.isEmpty() || seg.equals(".")) {
        continue;
      }
      if (seg.equals("..")) {
        if (out.isEmpty()) {
          throw new IllegalArgumentException("Id '" + id + "' climbs above the root with '..'");
        }
        out.remove(out.size() - 1);
        continue;
      }
      if (!SEGMENT.matcher(seg).matches()) {
        throw new IllegalArgumentException("Id '" + id + "' has an invalid segment '" + seg
            + "': use lowercase letters, digits, '-' and '.', each part starting and ending with"
            + " a letter or digit" + hint(seg));
      }
      out.add(seg);
    }
    return "/" + String.join("/", out);
  }

  private static String hint(String seg) {
    if (!seg.equals(seg.toLowerCase(java.util.Locale.ROOT))) {
      return " (no uppercase)";
    }
    if (seg.contains("_")) {
      return " (no '_')";
    }
    return "";
  }

  /** The id as it goes into a URL path: absolute, slashes unescaped, no leading slash. */
  static String pathOf(String canonicalId) {
    return canonicalId.startsWith("/") ? canonicalId.substring(1) : canonicalId;
  }
}
