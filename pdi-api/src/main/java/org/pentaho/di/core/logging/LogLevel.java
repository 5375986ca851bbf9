package org.pentaho.di.core.logging;

import java.util.Locale;

import io.pdimesos.pdiapi.OutsideMirror;

public enum LogLevel {
  NOTHING, ERROR, MINIMAL, BASIC, DETAILED, DEBUG, ROWLEVEL;

  public static final String[] logLevelDescriptions = OutsideMirror.runtime(new String[] {"Nothing", "Error", "Minimal", "Basic", "Detailed", "Debug", "Rowlevel"});

  public int getLevel() {
    return ordinal();
  }

  public String getCode() {
    String name = name();
    return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
  }

  public String getDescription() {
    return logLevelDescriptions[ordinal()];
  }

  public static LogLevel getLogLevelForCode(String text) {
    for (LogLevel level : values()) {
      if (level.getCode().equalsIgnoreCase(text)) {
        return level;
      }
    }
    return BASIC;
  }

  public boolean isVisible(LogLevel logLevel) {
    return getLevel() <= logLevel.getLevel();
  }

  public boolean isError() {
    return this == ERROR;
  }

  public boolean isNothing() {
    return this == NOTHING;
  }

  public boolean isMinimal() {
    return this == MINIMAL;
  }

  public boolean isBasic() {
    return this == BASIC;
  }

  public boolean isDetailed() {
    return this == DETAILED;
  }

  public boolean isDebug() {
    return this == DEBUG;
  }

  public boolean isRowlevel() {
    return this == ROWLEVEL;
  }

  public static String[] getLogLevelDescriptions() {
    return logLevelDescriptions.clone();
  }

  public static String[] logLogLevelCodes() {
    String[] codes = new String[values().length];
    for (LogLevel level : values()) {
      codes[level.ordinal()] = level.getCode();
    }
    return codes;
  }
}
