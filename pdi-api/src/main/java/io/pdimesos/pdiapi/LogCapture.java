package io.pdimesos.pdiapi;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Every line any mirror log channel kept, so a test can assert what a plugin logged (and that no
 * secret appears) without reaching into the plugin's objects. Tests call {@link #clear()} first.
 */
public final class LogCapture {
  private static final List<MirrorLogChannel.LogLine> LINES = new CopyOnWriteArrayList<MirrorLogChannel.LogLine>();

  private LogCapture() {
  }

  static void record(MirrorLogChannel.LogLine line) {
    LINES.add(line);
  }

  public static List<MirrorLogChannel.LogLine> lines() {
    return new ArrayList<MirrorLogChannel.LogLine>(LINES);
  }

  /** All kept messages joined by new lines, for "contains / does not contain" assertions. */
  public static String text() {
    StringBuilder text = new StringBuilder();
    for (MirrorLogChannel.LogLine line : LINES) {
      text.append(line).append('\n');
    }
    return text.toString();
  }

  public static void clear() {
    LINES.clear();
  }
}
