package io.pdimesos.steps;

import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.plugin.ClusterConnection;
import io.pdimesos.plugin.ClusterRun;
import io.pdimesos.plugin.PdiProgressListener;
import io.pdimesos.plugin.SettingValues;
import org.pentaho.di.core.variables.VariableSpace;

/**
 * What a step copy hands its {@link RowActions} (see {@link ClusterRun}): resolved once, shared
 * by every row.
 */
public final class ActionContext extends ClusterRun {
  public ActionContext(SettingValues settings, VariableSpace space, ClusterConnection connection,
      PdiProgressListener log, CancellationToken token) {
    super(settings, space, connection, log, token);
  }
}
