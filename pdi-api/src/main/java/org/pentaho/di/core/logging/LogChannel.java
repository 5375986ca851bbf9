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
  public void setLogLevel(LogLevel a0) {
    throw OutsideMirror.unsupported("LogChannel.setLogLevel");
  }

  @Override
  public String getContainerObjectId() {
    throw OutsideMirror.unsupported("LogChannel.getContainerObjectId");
  }

  @Override
  public void setContainerObjectId(String a0) {
    throw OutsideMirror.unsupported("LogChannel.setContainerObjectId");
  }

  @Override
  public String getFilter() {
    throw OutsideMirror.unsupported("LogChannel.getFilter");
  }

  @Override
  public void setFilter(String a0) {
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
  public void logMinimal(String a0) {
    throw OutsideMirror.unsupported("LogChannel.logMinimal");
  }

  @Override
  public void logMinimal(String a0, Object... a1) {
    throw OutsideMirror.unsupported("LogChannel.logMinimal");
  }

  @Override
  public void logBasic(String a0) {
    throw OutsideMirror.unsupported("LogChannel.logBasic");
  }

  @Override
  public void logBasic(String a0, Object... a1) {
    throw OutsideMirror.unsupported("LogChannel.logBasic");
  }

  @Override
  public void logDetailed(String a0) {
    throw OutsideMirror.unsupported("LogChannel.logDetailed");
  }

  @Override
  public void logDetailed(String a0, Object... a1) {
    throw OutsideMirror.unsupported("LogChannel.logDetailed");
  }

  @Override
  public void logDebug(String a0) {
    throw OutsideMirror.unsupported("LogChannel.logDebug");
  }

  @Override
  public void logDebug(String a0, Object... a1) {
    throw OutsideMirror.unsupported("LogChannel.logDebug");
  }

  @Override
  public void logRowlevel(String a0) {
    throw OutsideMirror.unsupported("LogChannel.logRowlevel");
  }

  @Override
  public void logRowlevel(String a0, Object... a1) {
    throw OutsideMirror.unsupported("LogChannel.logRowlevel");
  }

  @Override
  public void logError(String a0) {
    throw OutsideMirror.unsupported("LogChannel.logError");
  }

  @Override
  public void logError(String a0, Throwable a1) {
    throw OutsideMirror.unsupported("LogChannel.logError");
  }

  @Override
  public void logError(String a0, Object... a1) {
    throw OutsideMirror.unsupported("LogChannel.logError");
  }

  @Override
  public boolean isGatheringMetrics() {
    throw OutsideMirror.unsupported("LogChannel.isGatheringMetrics");
  }

  @Override
  public void setGatheringMetrics(boolean a0) {
    throw OutsideMirror.unsupported("LogChannel.setGatheringMetrics");
  }

  @Override
  public void setForcingSeparateLogging(boolean a0) {
    throw OutsideMirror.unsupported("LogChannel.setForcingSeparateLogging");
  }

  @Override
  public boolean isForcingSeparateLogging() {
    throw OutsideMirror.unsupported("LogChannel.isForcingSeparateLogging");
  }

  @Override
  public void snap(MetricsInterface a0, long... a1) {
    throw OutsideMirror.unsupported("LogChannel.snap");
  }

  @Override
  public void snap(MetricsInterface a0, String a1, long... a2) {
    throw OutsideMirror.unsupported("LogChannel.snap");
  }
}
