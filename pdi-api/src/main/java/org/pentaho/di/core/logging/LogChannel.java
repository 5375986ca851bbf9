package org.pentaho.di.core.logging;

import io.pdimesos.pdiapi.MirrorLogChannel;

/**
 * PDI's log channel for an object (a step dialog logs to one made for its step meta). The mirror
 * has no logging registry: lines go to a {@link MirrorLogChannel} named after the subject, which
 * {@link io.pdimesos.pdiapi.LogCapture} sees like every other channel's.
 */
public class LogChannel implements LogChannelInterface {
  private final MirrorLogChannel channel;

  /** As in PDI, at the default level (Basic). */
  public LogChannel(Object subject) {
    channel = new MirrorLogChannel(subject instanceof String ? (String) subject
        : subject == null ? "null" : subject.getClass().getSimpleName());
  }

  @Override
  public String getLogChannelId() {
    return channel.getLogChannelId();
  }

  @Override
  public LogLevel getLogLevel() {
    return channel.getLogLevel();
  }

  @Override
  public void setLogLevel(LogLevel logLevel) {
    channel.setLogLevel(logLevel);
  }

  @Override
  public String getContainerObjectId() {
    return channel.getContainerObjectId();
  }

  @Override
  public void setContainerObjectId(String text) {
    channel.setContainerObjectId(text);
  }

  @Override
  public String getFilter() {
    return channel.getFilter();
  }

  @Override
  public void setFilter(String text) {
    channel.setFilter(text);
  }

  @Override
  public boolean isBasic() {
    return channel.isBasic();
  }

  @Override
  public boolean isDetailed() {
    return channel.isDetailed();
  }

  @Override
  public boolean isDebug() {
    return channel.isDebug();
  }

  @Override
  public boolean isRowLevel() {
    return channel.isRowLevel();
  }

  @Override
  public boolean isError() {
    return channel.isError();
  }

  @Override
  public void logMinimal(String text) {
    channel.logMinimal(text);
  }

  @Override
  public void logMinimal(String text, Object... arguments) {
    channel.logMinimal(text, arguments);
  }

  @Override
  public void logBasic(String text) {
    channel.logBasic(text);
  }

  @Override
  public void logBasic(String text, Object... arguments) {
    channel.logBasic(text, arguments);
  }

  @Override
  public void logDetailed(String text) {
    channel.logDetailed(text);
  }

  @Override
  public void logDetailed(String text, Object... arguments) {
    channel.logDetailed(text, arguments);
  }

  @Override
  public void logDebug(String text) {
    channel.logDebug(text);
  }

  @Override
  public void logDebug(String text, Object... arguments) {
    channel.logDebug(text, arguments);
  }

  @Override
  public void logRowlevel(String text) {
    channel.logRowlevel(text);
  }

  @Override
  public void logRowlevel(String text, Object... arguments) {
    channel.logRowlevel(text, arguments);
  }

  @Override
  public void logError(String text) {
    channel.logError(text);
  }

  @Override
  public void logError(String text, Throwable error) {
    channel.logError(text, error);
  }

  @Override
  public void logError(String text, Object... arguments) {
    channel.logError(text, arguments);
  }

  @Override
  public boolean isGatheringMetrics() {
    return channel.isGatheringMetrics();
  }

  @Override
  public void setGatheringMetrics(boolean flag) {
    channel.setGatheringMetrics(flag);
  }

  @Override
  public void setForcingSeparateLogging(boolean flag) {
    channel.setForcingSeparateLogging(flag);
  }

  @Override
  public boolean isForcingSeparateLogging() {
    return channel.isForcingSeparateLogging();
  }

  @Override
  public void snap(MetricsInterface metrics, long... longs) {
    channel.snap(metrics, longs);
  }

  @Override
  public void snap(MetricsInterface metrics, String text, long... longs) {
    channel.snap(metrics, text, longs);
  }
}
