package io.pdimesos.pdiapi;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.pentaho.di.core.logging.LogChannelInterface;
import org.pentaho.di.core.logging.LogLevel;
import org.pentaho.di.core.logging.MetricsInterface;

/**
 * The log channel the mirror's entries, steps, jobs and transformations write to. A line is kept
 * only when its level is visible at the channel's level, as in PDI. Tests read what was logged
 * through {@link #lines()} or, across all channels, through {@link LogCapture}.
 */
public final class MirrorLogChannel implements LogChannelInterface {
  private final String subject;
  private final String id = UUID.randomUUID().toString();
  private final List<LogLine> lines = new CopyOnWriteArrayList<LogLine>();
  private volatile LogLevel level;
  private String containerObjectId;
  private String filter;
  private boolean gatheringMetrics;
  private boolean forcingSeparateLogging;

  public MirrorLogChannel(String subject) {
    this(subject, LogLevel.BASIC);
  }

  public MirrorLogChannel(String subject, LogLevel level) {
    this.subject = subject;
    this.level = level;
  }

  /** Everything this channel kept, oldest first. */
  public List<LogLine> lines() {
    return Collections.unmodifiableList(new ArrayList<LogLine>(lines));
  }

  public String subject() {
    return subject;
  }

  private void log(LogLevel at, String message, Throwable error) {
    if (at.isVisible(level)) {
      LogLine line = new LogLine(subject, at, message, error);
      lines.add(line);
      LogCapture.record(line);
    }
  }

  private static String format(String message, Object... arguments) {
    return arguments == null || arguments.length == 0 ? message : MessageFormat.format(message, arguments);
  }

  @Override
  public String getLogChannelId() {
    return id;
  }

  @Override
  public LogLevel getLogLevel() {
    return level;
  }

  @Override
  public void setLogLevel(LogLevel logLevel) {
    this.level = logLevel;
  }

  @Override
  public String getContainerObjectId() {
    return containerObjectId;
  }

  @Override
  public void setContainerObjectId(String containerObjectId) {
    this.containerObjectId = containerObjectId;
  }

  @Override
  public String getFilter() {
    return filter;
  }

  @Override
  public void setFilter(String filter) {
    this.filter = filter;
  }

  @Override
  public boolean isBasic() {
    return LogLevel.BASIC.isVisible(level);
  }

  @Override
  public boolean isDetailed() {
    return LogLevel.DETAILED.isVisible(level);
  }

  @Override
  public boolean isDebug() {
    return LogLevel.DEBUG.isVisible(level);
  }

  @Override
  public boolean isRowLevel() {
    return LogLevel.ROWLEVEL.isVisible(level);
  }

  @Override
  public boolean isError() {
    return LogLevel.ERROR.isVisible(level);
  }

  @Override
  public void logMinimal(String message) {
    log(LogLevel.MINIMAL, message, null);
  }

  @Override
  public void logMinimal(String message, Object... arguments) {
    log(LogLevel.MINIMAL, format(message, arguments), null);
  }

  @Override
  public void logBasic(String message) {
    log(LogLevel.BASIC, message, null);
  }

  @Override
  public void logBasic(String message, Object... arguments) {
    log(LogLevel.BASIC, format(message, arguments), null);
  }

  @Override
  public void logDetailed(String message) {
    log(LogLevel.DETAILED, message, null);
  }

  @Override
  public void logDetailed(String message, Object... arguments) {
    log(LogLevel.DETAILED, format(message, arguments), null);
  }

  @Override
  public void logDebug(String message) {
    log(LogLevel.DEBUG, message, null);
  }

  @Override
  public void logDebug(String message, Object... arguments) {
    log(LogLevel.DEBUG, format(message, arguments), null);
  }

  @Override
  public void logRowlevel(String message) {
    log(LogLevel.ROWLEVEL, message, null);
  }

  @Override
  public void logRowlevel(String message, Object... arguments) {
    log(LogLevel.ROWLEVEL, format(message, arguments), null);
  }

  @Override
  public void logError(String message) {
    log(LogLevel.ERROR, message, null);
  }

  @Override
  public void logError(String message, Throwable error) {
    log(LogLevel.ERROR, message, error);
  }

  @Override
  public void logError(String message, Object... arguments) {
    log(LogLevel.ERROR, format(message, arguments), null);
  }

  @Override
  public boolean isGatheringMetrics() {
    return gatheringMetrics;
  }

  @Override
  public void setGatheringMetrics(boolean gatheringMetrics) {
    this.gatheringMetrics = gatheringMetrics;
  }

  @Override
  public void setForcingSeparateLogging(boolean forcingSeparateLogging) {
    this.forcingSeparateLogging = forcingSeparateLogging;
  }

  @Override
  public boolean isForcingSeparateLogging() {
    return forcingSeparateLogging;
  }

  @Override
  public void snap(MetricsInterface metric, long... value) {
    // Metrics are not gathered by the mirror.
  }

  @Override
  public void snap(MetricsInterface metric, String subject, long... value) {
    // Metrics are not gathered by the mirror.
  }

  /** One kept log line. */
  public static final class LogLine {
    private final String subject;
    private final LogLevel level;
    private final String message;
    private final Throwable error;

    LogLine(String subject, LogLevel level, String message, Throwable error) {
      this.subject = subject;
      this.level = level;
      this.message = message;
      this.error = error;
    }

    public String subject() {
      return subject;
    }

    public LogLevel level() {
      return level;
    }

    public String message() {
      return message;
    }

    public Throwable error() {
      return error;
    }

    @Override
    public String toString() {
      return level.getCode() + " " + subject + " - " + message;
    }
  }
}
