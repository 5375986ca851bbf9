package io.pdimesos.plugin;

import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.chronos.ChronosClient;
import io.pdimesos.core.error.CancelledException;
import io.pdimesos.core.error.ClusterException;
import io.pdimesos.core.http.Urls;
import io.pdimesos.core.marathon.Info;
import io.pdimesos.core.marathon.MarathonClient;
import io.pdimesos.core.mesos.MesosClient;
import io.pdimesos.core.metronome.MetronomeClient;
import io.pdimesos.core.weave.WeaveClient;
import io.pdimesos.core.weave.WeaveStatusSummary;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.pentaho.di.core.variables.VariableSpace;
import org.pentaho.di.i18n.BaseMessages;

/**
 * What the dialogs' "Test connection" button runs: one cheap read per configured service
 * (Mesos leader and version, Marathon info, Chronos leader and API generation, Metronome
 * version and leader, each Weave router's status), each answered by a line saying what answered or why not. Services whose
 * URLs are not set are reported as such, not as failures. In DC/OS mode the services behind the
 * cluster URL are asked through it, with its login, as a run asks them.
 */
public final class ConnectionCheck {
  private static final Class<?> PKG = ConnectionCheck.class;

  private ConnectionCheck() {}

  /** One service's answer. */
  public static final class Line {
    private final Setting setting;
    private final boolean configured;
    private final boolean ok;
    private final String text;

    Line(Setting setting, boolean configured, boolean ok, String text) {
      this.setting = setting;
      this.configured = configured;
      this.ok = ok;
      this.text = text;
    }

    /** The URL setting of the service. */
    public Setting setting() {
      return setting;
    }

    public boolean configured() {
      return configured;
    }

    /** True when the service answered (or is not configured). */
    public boolean ok() {
      return ok;
    }

    public String text() {
      return text;
    }

    @Override
    public String toString() {
      return setting.label() + ": " + text;
    }
  }

  /** Checks every configured service; never throws but for a cancel. */
  public static List<Line> run(SettingValues values, VariableSpace space, ProgressListener log,
      CancellationToken token) {
    ClusterConnection connection;
    try {
      connection = ClusterConnection.resolve(values, space, log);
    } catch (SettingException e) {
      return Collections.singletonList(new Line(e.setting(), true, false, e.getMessage()));
    }
    List<Line> lines = new ArrayList<Line>();
    lines.add(probe(connection, ConnectionSettings.MESOS_MASTERS, () -> {
      MesosClient mesos = new MesosClient(connection.mesos(), log);
      String leader = Urls.redact(mesos.leader(token));
      return BaseMessages.getString(PKG, "ConnectionCheck.Mesos", leader,
          mesos.version(token).version());
    }));
    lines.add(probe(connection, ConnectionSettings.MARATHON_URLS, () -> {
      Info info = new MarathonClient(connection.marathon(), log).info(token);
      return BaseMessages.getString(PKG, "ConnectionCheck.Marathon", info.version(),
          info.leader());
    }));
    lines.add(probe(connection, ConnectionSettings.CHRONOS_URLS, () -> {
      ChronosClient chronos = new ChronosClient(connection.chronos(),
          connection.chronosVersion(), log);
      String leader = chronos.leader(token);
      return BaseMessages.getString(PKG, "ConnectionCheck.Chronos", chronos.version(token)
          .label(), leader);
    }));
    lines.add(probe(connection, ConnectionSettings.METRONOME_URLS, () -> {
      MetronomeClient metronome = new MetronomeClient(connection.metronome(), log);
      return BaseMessages.getString(PKG, "ConnectionCheck.Metronome",
          metronome.version(token), metronome.leader(token));
    }));
    lines.add(probe(connection, ConnectionSettings.WEAVE_URLS, () -> {
      StringBuilder text = new StringBuilder();
      for (WeaveClient router : WeaveClient.forEachRouter(connection.weave(), log)) {
        WeaveStatusSummary s = router.status(token);
        String state = s.ready() ? BaseMessages.getString(PKG, "ConnectionCheck.Ready")
            : BaseMessages.getString(PKG, "ConnectionCheck.NotReady");
        text.append(text.length() == 0 ? "" : "; ").append(BaseMessages.getString(PKG,
            "ConnectionCheck.Weave", router.url(), s.version(), state,
            String.valueOf(s.peerCount())));
      }
      return text.toString();
    }));
    return lines;
  }

  private interface Probe {
    String answer();
  }

  private static Line probe(ClusterConnection connection, Setting urls, Probe probe) {
    if (!connection.configured(urls)) {
      return new Line(urls, false, true, BaseMessages.getString(PKG, "ConnectionCheck.NotSet"));
    }
    try {
      String answer = probe.answer();
      return new Line(urls, true, true, connection.throughDcos(urls)
          ? BaseMessages.getString(PKG, "ConnectionCheck.ThroughDcos", answer) : answer);
    } catch (CancelledException e) {
      throw e;
    } catch (ClusterException | IllegalArgumentException e) {
      return new Line(urls, true, false, e.getMessage());
    }
  }
}
