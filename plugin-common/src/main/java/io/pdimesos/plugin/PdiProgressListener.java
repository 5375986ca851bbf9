package io.pdimesos.plugin;

import io.pdimesos.core.ProgressListener;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.pentaho.di.core.logging.LogChannelInterface;

/**
 * Core progress lines into a PDI log channel: state changes at Basic, progress at Detailed,
 * HTTP at Debug. Every line passes through {@link #mask(String)} first, so a secret that a
 * server echoed back cannot reach the log. Lines go through the one-argument log methods, which
 * do not run {@code MessageFormat} over them (JSON braces stay intact).
 */
public final class PdiProgressListener implements ProgressListener {
  static final String MASK = "*****";

  private final LogChannelInterface log;
  private final List<String> secrets = new ArrayList<String>();

  public PdiProgressListener(LogChannelInterface log, Collection<String> secrets) {
    this.log = log;
    for (String s : secrets) {
      if (s != null && !s.isEmpty()) {
        this.secrets.add(s);
      }
    }
  }

  @Override
  public void basic(String line) {
    if (log.isBasic()) {
      log.logBasic(mask(line));
    }
  }

  @Override
  public void detailed(String line) {
    if (log.isDetailed()) {
      log.logDetailed(mask(line));
    }
  }

  @Override
  public void debug(String line) {
    if (log.isDebug()) {
      log.logDebug(mask(line));
    }
  }

  @Override
  public void warn(String line) {
    // PDI has no warning level; Basic is what a user running with defaults sees.
    log.logBasic(mask("WARNING: " + line));
  }

  /** An error line (logged at every level but Nothing). */
  public void error(String line) {
    log.logError(mask(line));
  }

  /** {@code line} with every secret replaced by {@value #MASK}. */
  public String mask(String line) {
    String out = line == null ? "" : line;
    for (String s : secrets) {
      out = out.replace(s, MASK);
    }
    return out;
  }
}
