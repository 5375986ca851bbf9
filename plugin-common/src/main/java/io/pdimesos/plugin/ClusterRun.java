package io.pdimesos.plugin;

import io.pdimesos.core.cancel.CancellationToken;
import java.util.List;
import java.util.Map;
import org.pentaho.di.core.variables.VariableSpace;

/**
 * One run of an entry or a step copy: its settings resolved against the job's or
 * transformation's variables, the connection, the masked log and the stop token. The getters
 * substitute variables and validate, failing with an error that names the setting. An entry's
 * run, an action step's copy and a dialog's Validate (over the values as typed) each get one.
 */
public final class ClusterRun {
  private final ResolvedSettings values;
  private final VariableSpace space;
  private final ClusterConnection connection;
  private final PdiProgressListener log;
  private final CancellationToken token;

  public ClusterRun(SettingValues values, VariableSpace space, ClusterConnection connection,
      PdiProgressListener log, CancellationToken token) {
    this.values = values.in(space);
    this.space = space;
    this.connection = connection;
    this.log = log;
    this.token = token;
  }

  public ClusterConnection connection() {
    return connection;
  }

  public PdiProgressListener log() {
    return log;
  }

  /** Cancelled within a second of Stop; every call of the run uses it. */
  public CancellationToken token() {
    return token;
  }

  /** The job's or transformation's variables. */
  public VariableSpace space() {
    return space;
  }

  public String text(Setting s) {
    return values.text(s);
  }

  public boolean bool(Setting s) {
    return values.bool(s);
  }

  public long integer(Setting s) {
    return values.integer(s);
  }

  /** An integer setting in seconds, as milliseconds. */
  public long millis(Setting s) {
    return values.integer(s) * 1000L;
  }

  public double number(Setting s) {
    return values.number(s);
  }

  public String choice(Setting s) {
    return values.choice(s);
  }

  /** The chosen code as the constant of {@code type} it stands for (see {@link Choice}). */
  public <E extends Enum<E>> E choice(Setting s, Class<E> type) {
    return values.choice(s, type);
  }

  public String json(Setting s) {
    return values.json(s);
  }

  public List<String> lines(Setting s) {
    return values.lines(s);
  }

  public Map<String, String> pairs(Setting s) {
    return values.pairs(s);
  }
}
