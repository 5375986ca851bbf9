package org.pentaho.di.core.logging;

import io.pdimesos.pdiapi.OutsideMirror;

public interface LogChannelInterface {
  public abstract String getLogChannelId();

  public abstract LogLevel getLogLevel();

  public abstract void setLogLevel(LogLevel a0);

  public abstract String getContainerObjectId();

  public abstract void setContainerObjectId(String a0);

  public abstract String getFilter();

  public abstract void setFilter(String a0);

  public abstract boolean isBasic();

  public abstract boolean isDetailed();

  public abstract boolean isDebug();

  public abstract boolean isRowLevel();

  public abstract boolean isError();

  public abstract void logMinimal(String a0);

  public abstract void logMinimal(String a0, Object... a1);

  public abstract void logBasic(String a0);

  public abstract void logBasic(String a0, Object... a1);

  public abstract void logDetailed(String a0);

  public abstract void logDetailed(String a0, Object... a1);

  public abstract void logDebug(String a0);

  public abstract void logDebug(String a0, Object... a1);

  public abstract void logRowlevel(String a0);

  public abstract void logRowlevel(String a0, Object... a1);

  public abstract void logError(String a0);

  public abstract void logError(String a0, Throwable a1);

  public abstract void logError(String a0, Object... a1);

  public abstract boolean isGatheringMetrics();

  public abstract void setGatheringMetrics(boolean a0);

  public abstract void setForcingSeparateLogging(boolean a0);

  public abstract boolean isForcingSeparateLogging();

  public abstract void snap(MetricsInterface a0, long... a1);

  public abstract void snap(MetricsInterface a0, String a1, long... a2);

  public default void setHooks(LoggingObjectLifecycleInterface a0) {
    throw OutsideMirror.unsupported("LogChannelInterface.setHooks");
  }

  public default LoggingObjectLifecycleInterface getHooks() {
    throw OutsideMirror.unsupported("LogChannelInterface.getHooks");
  }
}
