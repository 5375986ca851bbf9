package org.pentaho.di.core.logging;

import io.pdimesos.pdiapi.OutsideMirror;

public interface LogChannelInterface {
  public abstract String getLogChannelId();

  public abstract LogLevel getLogLevel();

  public abstract void setLogLevel(LogLevel logLevel);

  public abstract String getContainerObjectId();

  public abstract void setContainerObjectId(String text);

  public abstract String getFilter();

  public abstract void setFilter(String text);

  public abstract boolean isBasic();

  public abstract boolean isDetailed();

  public abstract boolean isDebug();

  public abstract boolean isRowLevel();

  public abstract boolean isError();

  public abstract void logMinimal(String text);

  public abstract void logMinimal(String text, Object... arguments);

  public abstract void logBasic(String text);

  public abstract void logBasic(String text, Object... arguments);

  public abstract void logDetailed(String text);

  public abstract void logDetailed(String text, Object... arguments);

  public abstract void logDebug(String text);

  public abstract void logDebug(String text, Object... arguments);

  public abstract void logRowlevel(String text);

  public abstract void logRowlevel(String text, Object... arguments);

  public abstract void logError(String text);

  public abstract void logError(String text, Throwable error);

  public abstract void logError(String text, Object... arguments);

  public abstract boolean isGatheringMetrics();

  public abstract void setGatheringMetrics(boolean flag);

  public abstract void setForcingSeparateLogging(boolean flag);

  public abstract boolean isForcingSeparateLogging();

  public abstract void snap(MetricsInterface metrics, long... longs);

  public abstract void snap(MetricsInterface metrics, String text, long... longs);

  public default void setHooks(LoggingObjectLifecycleInterface loggingObjectLifecycle) {
    throw OutsideMirror.unsupported("LogChannelInterface.setHooks");
  }

  public default LoggingObjectLifecycleInterface getHooks() {
    throw OutsideMirror.unsupported("LogChannelInterface.getHooks");
  }
}
