package org.pentaho.di.core.logging;

import io.pdimesos.pdiapi.OutsideMirror;

public class LogChannel implements LogChannelInterface {
  private LogChannel() {
  }

  @Override
  public String getLogChannelId() {
    throw OutsideMirror.unsupported("LogChannel.getLogChannelId");
  }

  @Override
  public LogLevel getLogLevel() {
    throw OutsideMirror.unsupported("LogChannel.getLogLevel");
  }

  @Override
  public void setLogLevel(LogLevel logLevel) {
    throw OutsideMirror.unsupported("LogChannel.setLogLevel");
  }

  @Override
  public String getContainerObjectId() {
    throw OutsideMirror.unsupported("LogChannel.getContainerObjectId");
  }

  @Override
  public void setContainerObjectId(String text) {
    throw OutsideMirror.unsupported("LogChannel.setContainerObjectId");
  }

  @Override
  public String getFilter() {
    throw OutsideMirror.unsupported("LogChannel.getFilter");
  }

  @Override
  public void setFilter(String text) {
    throw OutsideMirror.unsupported("LogChannel.setFilter");
  }

  @Override
  public boolean isBasic() {
    throw OutsideMirror.unsupported("LogChannel.isBasic");
  }

  @Override
  public boolean isDetailed() {
    throw OutsideMirror.unsupported("LogChannel.isDetailed");
  }

  @Override
  public boolean isDebug() {
    throw OutsideMirror.unsupported("LogChannel.isDebug");
  }

  @Override
  public boolean isRowLevel() {
    throw OutsideMirror.unsupported("LogChannel.isRowLevel");
  }

  @Override
  public boolean isError() {
    throw OutsideMirror.unsupported("LogChannel.isError");
  }

  @Override
  public void logMinimal(String text) {
    throw OutsideMirror.unsupported("LogChannel.logMinimal");
  }

  @Override
  public void logMinimal(String text, Object... arguments) {
    throw OutsideMirror.unsupported("LogChannel.logMinimal");
  }

  @Override
  public void logBasic(String text) {
    throw OutsideMirror.unsupported("LogChannel.logBasic");
  }

  @Override
  public void logBasic(String text, Object... arguments) {
    throw OutsideMirror.unsupported("LogChannel.logBasic");
  }

  @Override
  public void logDetailed(String text) {
    throw OutsideMirror.unsupported("LogChannel.logDetailed");
  }

  @Override
  public void logDetailed(String text, Object... arguments) {
    throw OutsideMirror.unsupported("LogChannel.logDetailed");
  }

  @Override
  public void logDebug(String text) {
    throw OutsideMirror.unsupported("LogChannel.logDebug");
  }

  @Override
  public void logDebug(String text, Object... arguments) {
    throw OutsideMirror.unsupported("LogChannel.logDebug");
  }

  @Override
  public void logRowlevel(String text) {
    throw OutsideMirror.unsupported("LogChannel.logRowlevel");
  }

  @Override
  public void logRowlevel(String text, Object... arguments) {
    throw OutsideMirror.unsupported("LogChannel.logRowlevel");
  }

  @Override
  public void logError(String text) {
    throw OutsideMirror.unsupported("LogChannel.logError");
  }

  @Override
  public void logError(String text, Throwable error) {
    throw OutsideMirror.unsupported("LogChannel.logError");
  }

  @Override
  public void logError(String text, Object... arguments) {
    throw OutsideMirror.unsupported("LogChannel.logError");
  }

  @Override
  public boolean isGatheringMetrics() {
    throw OutsideMirror.unsupported("LogChannel.isGatheringMetrics");
  }

  @Override
  public void setGatheringMetrics(boolean flag) {
    throw OutsideMirror.unsupported("LogChannel.setGatheringMetrics");
  }

  @Override
  public void setForcingSeparateLogging(boolean flag) {
    throw OutsideMirror.unsupported("LogChannel.setForcingSeparateLogging");
  }

  @Override
  public boolean isForcingSeparateLogging() {
    throw OutsideMirror.unsupported("LogChannel.isForcingSeparateLogging");
  }

  @Override
  public void snap(MetricsInterface metrics, long... longs) {
    throw OutsideMirror.unsupported("LogChannel.snap");
  }

  @Override
  public void snap(MetricsInterface metrics, String text, long... longs) {
    throw OutsideMirror.unsupported("LogChannel.snap");
  }
}
