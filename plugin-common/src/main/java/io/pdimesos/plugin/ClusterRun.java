package io.pdimesos.plugin;

import io.pdimesos.core.cancel.CancellationToken;
import java.util.List;
import java.util.Map;
import org.pentaho.di.core.variables.VariableSpace;

/**
 * One run of an entry or a step copy: its settings resolved against the job's or
 * transformation's variables, the connection, the masked log and the stop token. The getters
 * substitute variables and validate, failing with an error that names the setting. Entries and
 * steps each name their own flavour (EntryRun, ActionContext) but share this one.
 */
public class ClusterRun {
  private final SettingValues values;
  private final VariableSpace space;
  private final ClusterConnection connection;
  private final PdiProgressListener log;
  private final CancellationToken token;

  protected ClusterRun(SettingValues values, VariableSpace space, ClusterConnection connection,
      PdiProgressListener log, CancellationToken token) {
    this.values = values;
    this.space = space;
    this.connection = connection;
    this.log = log;
    this.token = token;
  }

  public final ClusterConnection connection() {
    return connection;
  }

  public final PdiProgressListener log() {
    return log;
  }

  /** Cancelled within a second of Stop; every call of the run uses it. */
  public final CancellationToken token() {
    return token;
  }

  /** The job's or transformation's variables. */
  public final VariableSpace space() {
    return space;
  }

  public final String text(Setting s) {
    return values.text(s, space);
  }

  public final boolean bool(Setting s) {
    return values.bool(s);
  }

  public final long integer(Setting s) {
    return values.integer(s, space);
  }

  /** An integer setting in seconds, as milliseconds. */
  public final long millis(Setting s) {
    return values.integer(s, space) * 1000L;
  }

  public final double number(Setting s) {
    return values.number(s, space);
  }

  public final String choice(Setting s) {
    return values.choice(s, space);
  }

  public final String json(Setting s) {
    return values.json(s, space);
  }

  public final List<String> lines(Setting s) {
    return values.resolveLines(s, space);
  }

  public final Map<String, String> pairs(Setting s) {
    return values.resolvePairs(s, space);
  }
}
