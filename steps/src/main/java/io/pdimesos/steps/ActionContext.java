package io.pdimesos.steps;

import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.plugin.ClusterConnection;
import io.pdimesos.plugin.PdiProgressListener;
import io.pdimesos.plugin.SettingValues;
import org.pentaho.di.core.variables.VariableSpace;

/** What a step copy hands its {@link RowActions}: resolved once, shared by every row. */
public final class ActionContext {
  private final SettingValues settings;
  private final VariableSpace space;
  private final ClusterConnection connection;
  private final PdiProgressListener log;
  private final CancellationToken token;

  public ActionContext(SettingValues settings, VariableSpace space, ClusterConnection connection,
      PdiProgressListener log, CancellationToken token) {
    this.settings = settings;
    this.space = space;
    this.connection = connection;
    this.log = log;
    this.token = token;
  }

  public SettingValues settings() {
    return settings;
  }

  /** The step's variables. */
  public VariableSpace space() {
    return space;
  }

  public ClusterConnection connection() {
    return connection;
  }

  public PdiProgressListener log() {
    return log;
  }

  /** Cancelled within a second of Stop; every call of every row uses it. */
  public CancellationToken token() {
    return token;
  }

  public String text(io.pdimesos.plugin.Setting s) {
    return settings.text(s, space);
  }

  public boolean bool(io.pdimesos.plugin.Setting s) {
    return settings.bool(s);
  }

  public String choice(io.pdimesos.plugin.Setting s) {
    return settings.choice(s, space);
  }

  public long millis(io.pdimesos.plugin.Setting s) {
    return settings.integer(s, space) * 1000;
  }
}
