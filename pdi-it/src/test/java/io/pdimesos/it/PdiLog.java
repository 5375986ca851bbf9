package io.pdimesos.it;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Kitchen or Pan log read line by line. PDI writes each log line as
 * {@code yyyy/MM/dd HH:mm:ss - SUBJECT - message} (9.4; 11.x writes
 * {@code yyyy-MM-dd HH:mm:ss.SSS}): the subject is the entry's name, the step's
 * {@code name.copy}, or the engine's own (Kitchen, Pan, the job's or transformation's name).
 */
public final class PdiLog {
  private static final Pattern LINE = Pattern.compile(
      "^\\d{4}[/-]\\d\\d[/-]\\d\\d \\d\\d:\\d\\d:\\d\\d(?:\\.\\d{3})? - (.+?) - (.*)$");

  /**
   * One line of the output: a log line (subject and message), or anything else (subject null),
   * which {@code follows} the subject of the last log line before it (null before the first):
   * the rest of a message of several lines, or what that subject printed without the logger.
   */
  public record Line(int number, String subject, String message, String text, String follows) {
    @Override
    public String toString() {
      return number + ": " + text;
    }
  }

  private final List<Line> lines = new ArrayList<>();

  public PdiLog(String output) {
    int number = 0;
    String last = null;
    for (String text : output.lines().toList()) {
      Matcher m = LINE.matcher(text);
      number++;
      if (m.matches()) {
        last = m.group(1);
        lines.add(new Line(number, last, m.group(2), text, null));
      } else {
        lines.add(new Line(number, null, null, text, last));
      }
    }
  }

  public List<Line> lines() {
    return lines;
  }

  /** The lines that are not PDI log lines: output of the launcher, the JVM, or continuation lines. */
  public List<Line> unprefixed() {
    return lines.stream().filter(l -> l.subject() == null).toList();
  }

  /** The log lines whose subject is {@code subject}. */
  public List<Line> of(String subject) {
    return lines.stream().filter(l -> subject.equals(l.subject())).toList();
  }
}
