package io.pdimesos.entries;

import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.plugin.ClusterConnection;
import io.pdimesos.plugin.ClusterRun;
import io.pdimesos.plugin.PdiProgressListener;
import io.pdimesos.plugin.SettingValues;
import org.pentaho.di.core.variables.VariableSpace;

/** One run of an entry (see {@link ClusterRun}); only the entries' framework makes one. */
public final class EntryRun extends ClusterRun {
  EntryRun(SettingValues values, VariableSpace space, ClusterConnection connection,
      PdiProgressListener log, CancellationToken token) {
    super(values, space, connection, log, token);
  }
}
