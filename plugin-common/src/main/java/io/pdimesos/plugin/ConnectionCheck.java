package io.pdimesos.plugin;

import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.chronos.ChronosClient;
import io.pdimesos.core.marathon.Info;
import io.pdimesos.core.marathon.MarathonClient;
import io.pdimesos.core.mesos.MesosClient;
import io.pdimesos.core.weave.WeaveClient;
import io.pdimesos.core.weave.WeaveReport;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.pentaho.di.core.variables.VariableSpace;

/**
 * "Test connection": asks each service whose URLs are set whether it answers, through the same
 * core clients the entries use (Mesos: find the leader; Marathon: the leader's info; Chronos:
 * its leader; Weave: every router's report). A service that does not answer is a line of the
 * result, not an exception, so one unreachable service does not hide the others.
 */
public final class ConnectionCheck {
  private ConnectionCheck() {}

  /** What one service (or one Weave router) answered. */
  public static final class Answer {
    private final String service;
    private final boolean answered;
    private final String detail;

    Answer(String service, boolean answered, String detail) {
      this.service = service;
      this.answered = answered;
      this.detail = detail;
    }

    public String service() {
      return service;
    }

    public boolean answered() {
      return answered;
    }

    /** What answered (leader, version), or why it did not. */
    public String detail() {
      return detail;
    }

    @Override
    public String toString() {
      return (answered ? "OK      " : "FAILED  ") + service + ": " + detail;
    }
  }

  /**
   * Checks every service whose URL setting resolves to something; none set is one failed answer.
   *
   * @throws SettingException when the block's auth, TLS or timeouts cannot be used
   */
  public static List<Answer> run(SettingValues values, VariableSpace space,
      ProgressListener log, CancellationToken token) {
    ClusterConnection connection = ClusterConnection.resolve(values, space);
    List<Answer> answers = new ArrayList<Answer>();
    if (isSet(values, ConnectionSettings.MESOS_MASTERS, space)) {
      answers.add(mesos(connection, log, token));
    }
    if (isSet(values, ConnectionSettings.MARATHON_URLS, space)) {
      answers.add(marathon(connection, log, token));
    }
    if (isSet(values, ConnectionSettings.CHRONOS_URLS, space)) {
      answers.add(chronos(connection, log, token));
    }
    if (isSet(values, ConnectionSettings.WEAVE_URLS, space)) {
      answers.addAll(weave(connection, log, token));
    }
    if (answers.isEmpty()) {
      answers.add(new Answer("Connection", false, "no service URL is set (nor its variable"
          + " defined): fill at least one of the URL fields"));
    }
    return Collections.unmodifiableList(answers);
  }

  /** One line per answer, failures included. */
  public static String describe(List<Answer> answers) {
    StringBuilder s = new StringBuilder();
    for (Answer a : answers) {
      s.append(a).append('\n');
    }
    return s.toString().trim();
  }

  public static boolean allAnswered(List<Answer> answers) {
    for (Answer a : answers) {
      if (!a.answered()) {
        return false;
      }
    }
    return true;
  }

  private static boolean isSet(SettingValues values, Setting urls, VariableSpace space) {
    return !values.resolve(urls, space).trim().isEmpty();
  }

  private static Answer mesos(ClusterConnection connection, ProgressListener log,
      CancellationToken token) {
    try {
      MesosClient client = new MesosClient(connection.mesos(), log);
      String leader = client.leader(token).toString();
      return new Answer("Mesos", true, "leader " + leader + ", version "
          + client.version(token).version());
    } catch (RuntimeException e) {
      return failed("Mesos", e);
    }
  }

  private static Answer marathon(ClusterConnection connection, ProgressListener log,
      CancellationToken token) {
    try {
      Info info = new MarathonClient(connection.marathon(), log).info(token);
      return new Answer("Marathon", true, "leader " + info.leader() + ", version "
          + info.version());
    } catch (RuntimeException e) {
      return failed("Marathon", e);
    }
  }

  private static Answer chronos(ClusterConnection connection, ProgressListener log,
      CancellationToken token) {
    try {
      ChronosClient client = new ChronosClient(connection.chronos(),
          connection.chronosVersion(), log);
      String leader = client.leader(token);
      return new Answer("Chronos", true, "leader " + leader + ", API "
          + client.version(token));
    } catch (RuntimeException e) {
      return failed("Chronos", e);
    }
  }

  private static List<Answer> weave(ClusterConnection connection, ProgressListener log,
      CancellationToken token) {
    List<Answer> answers = new ArrayList<Answer>();
    List<WeaveClient> routers;
    try {
      routers = WeaveClient.forEachRouter(connection.weave(), log);
    } catch (RuntimeException e) {
      answers.add(failed("Weave", e));
      return answers;
    }
    for (WeaveClient router : routers) {
      String name = "Weave router " + router.url();
      try {
        WeaveReport report = router.report(token);
        answers.add(new Answer(name, true, "version " + report.version()
            + (Boolean.FALSE.equals(report.ready()) ? ", not ready" : "")));
      } catch (RuntimeException e) {
        answers.add(failed(name, e));
      }
    }
    return answers;
  }

  private static Answer failed(String service, RuntimeException e) {
    // Core and setting errors carry readable messages (no secrets); anything else names its type.
    String message = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
    return new Answer(service, false, message);
  }
}
