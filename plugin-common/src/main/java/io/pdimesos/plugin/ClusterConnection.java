package io.pdimesos.plugin;

import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.chronos.ChronosVersion;
import io.pdimesos.core.dcos.DcosSettings;
import io.pdimesos.core.http.Auth;
import io.pdimesos.core.http.ServiceSettings;
import io.pdimesos.core.http.Timeouts;
import io.pdimesos.core.http.Tls;
import java.util.ArrayList;
import java.util.List;
import org.pentaho.di.core.variables.VariableSpace;
import org.pentaho.di.i18n.BaseMessages;

/**
 * The connection block resolved against a job's variables: core {@link ServiceSettings} per
 * service. A service's URLs are only demanded when the entry asks for that service, so a Weave
 * check does not need a Marathon URL; a missing one fails with a message naming the setting.
 *
 * <p>In DC/OS mode (a DC/OS cluster URL is set) Mesos, Marathon, Chronos and Metronome are
 * reached through the cluster's admin router, all with the one DC/OS login ({@link DcosConnection}); a service
 * whose own URLs are set is reached there instead, with the same login. Weave has no route
 * through DC/OS and keeps its URLs and the block's authentication.
 */
public final class ClusterConnection {
  private static final Class<?> PKG = ClusterConnection.class;

  /** The authentication choices; auto is basic when a user is given, none otherwise. */
  enum AuthType { AUTO, NONE, BASIC, DCOS_TOKEN, BEARER }

  private final ResolvedSettings values;
  private final Auth auth;
  private final Tls tls;
  private final Timeouts timeouts;
  /** Null when not in DC/OS mode. */
  private final DcosSettings dcos;

  private ClusterConnection(ResolvedSettings values, ProgressListener log) {
    this.values = values;
    this.auth = auth(values, values.secret(ConnectionSettings.PASSWORD));
    String ca = values.text(ConnectionSettings.CA_BUNDLE);
    String cert = values.text(ConnectionSettings.CLIENT_CERTIFICATE);
    boolean insecure = values.bool(ConnectionSettings.INSECURE_TLS);
    this.tls = ca.isEmpty() && cert.isEmpty() && !insecure ? Tls.systemDefault()
        : Tls.of(ca.isEmpty() ? null : ca, cert.isEmpty() ? null : cert, insecure);
    long connect = values.integer(ConnectionSettings.CONNECT_TIMEOUT) * 1000;
    long read = values.integer(ConnectionSettings.READ_TIMEOUT) * 1000;
    // The whole request (retries, failover and a streamed body included) may take a connect and
    // two read timeouts: a body that keeps trickling never trips the read timeout itself, so
    // this is what ends a server that drips a byte at a time. 5 + 2 x 30 s by default.
    long call = read == 0 ? 0 : connect + 2 * read;
    this.timeouts = Timeouts.of(connect, read, call);
    this.dcos = DcosConnection.settings(values, tls, timeouts, log);
  }

  /**
   * Resolves the block's auth, TLS and timeouts now (a bad value fails here, naming its
   * setting); service URLs are resolved when asked for.
   *
   * @throws SettingException for a value that cannot be used
   */
  public static ClusterConnection resolve(SettingValues values, VariableSpace space) {
    return resolve(values, space, ProgressListener.NONE);
  }

  /**
   * {@link #resolve(SettingValues, VariableSpace)}, with {@code log} told about the DC/OS login
   * (logged in as whom, logging in again after the token expired). Give it a log that masks
   * {@link #secrets(SettingValues, VariableSpace)}.
   */
  public static ClusterConnection resolve(SettingValues values, VariableSpace space,
      ProgressListener log) {
    return new ClusterConnection(values.in(space), log);
  }

  /**
   * The secrets of {@code values} as a run resolves them (passwords, tokens), for a log that
   * masks them; known before the block is resolved, so every line of the run is masked. Never
   * log this list.
   */
  public static List<String> secrets(SettingValues values, VariableSpace space) {
    ResolvedSettings resolved = values.in(space);
    List<String> secrets = new ArrayList<String>();
    for (Setting s : values.settings()) {
      if (s.secret() && !resolved.secret(s).isEmpty()) {
        secrets.add(resolved.secret(s));
      }
    }
    return secrets;
  }

  private static Auth auth(ResolvedSettings values, String password) {
    String user = values.text(ConnectionSettings.USER);
    AuthType type = values.choice(ConnectionSettings.AUTH_TYPE, AuthType.class);
    if (type == AuthType.AUTO) {
      type = user.isEmpty() ? AuthType.NONE : AuthType.BASIC;
    }
    try {
      switch (type) {
        case BASIC:
          if (user.isEmpty()) {
            throw new SettingException(ConnectionSettings.USER, BaseMessages.getString(PKG,
                "ClusterConnection.Problem.BasicNeedsUser"));
          }
          return Auth.basic(user, password);
        case DCOS_TOKEN:
          return Auth.dcosToken(password);
        case BEARER:
          return Auth.bearer(password);
        default:
          return Auth.none();
      }
    } catch (SettingException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw new SettingException(ConnectionSettings.PASSWORD, e.getMessage());
    }
  }

  public ServiceSettings mesos() {
    return service(ConnectionSettings.MESOS_MASTERS);
  }

  public ServiceSettings marathon() {
    return service(ConnectionSettings.MARATHON_URLS);
  }

  public ServiceSettings chronos() {
    return service(ConnectionSettings.CHRONOS_URLS);
  }

  public ChronosVersion chronosVersion() {
    return ChronosVersion.parse(values.choice(ConnectionSettings.CHRONOS_VERSION));
  }

  public ServiceSettings metronome() {
    return service(ConnectionSettings.METRONOME_URLS);
  }

  public ServiceSettings weave() {
    return service(ConnectionSettings.WEAVE_URLS);
  }

  /**
   * Whether the service of URL setting {@code urls} can be reached: its URLs are set, or a DC/OS
   * cluster URL leads to it. An entry asks before it uses an optional service (a Chronos run
   * looks its task up on Mesos only then).
   */
  public boolean configured(Setting urls) {
    return throughDcos(urls) || !values.resolve(urls).trim().isEmpty();
  }

  /** Whether the service of {@code urls} is reached at its DC/OS route (its URLs are not set). */
  public boolean throughDcos(Setting urls) {
    return dcos != null && DcosConnection.route(urls) != null
        && values.resolve(urls).trim().isEmpty();
  }

  private ServiceSettings service(Setting urls) {
    if (throughDcos(urls)) {
      return dcos.service(DcosConnection.route(urls));
    }
    String list = values.required(urls);
    for (String url : ServiceSettings.splitUrls(list)) {
      if (VariableRefs.contains(url)) {
        throw new SettingException(urls, BaseMessages.getString(PKG,
            "ClusterConnection.Problem.UndefinedVariable", url,
            String.join(", ", VariableRefs.names(url))));
      }
    }
    if (dcos != null && DcosConnection.route(urls) != null) {
      return dcos.service(DcosConnection.route(urls), list); // the user's URLs, the DC/OS login
    }
    return ServiceSettings.builder().urls(new ArrayList<String>(ServiceSettings.splitUrls(list)))
        .auth(auth).tls(tls).timeouts(timeouts).build();
  }
}
