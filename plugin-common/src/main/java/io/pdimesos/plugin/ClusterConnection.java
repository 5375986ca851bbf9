package io.pdimesos.plugin;

import io.pdimesos.core.chronos.ChronosVersion;
import io.pdimesos.core.http.Auth;
import io.pdimesos.core.http.ServiceSettings;
import io.pdimesos.core.http.Timeouts;
import io.pdimesos.core.http.Tls;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.pentaho.di.core.variables.VariableSpace;
import org.pentaho.di.i18n.BaseMessages;

/**
 * The connection block resolved against a job's variables: core {@link ServiceSettings} per
 * service. A service's URLs are only demanded when the entry asks for that service, so a Weave
 * check does not need a Marathon URL; a missing one fails with a message naming the setting.
 */
public final class ClusterConnection {
  private static final Class<?> PKG = ClusterConnection.class;

  /** The authentication choices; auto is basic when a user is given, none otherwise. */
  enum AuthType { AUTO, NONE, BASIC, DCOS_TOKEN, BEARER }

  private final ResolvedSettings values;
  private final Auth auth;
  private final Tls tls;
  private final Timeouts timeouts;
  private final List<String> secrets;

  private ClusterConnection(ResolvedSettings values) {
    this.values = values;
    String password = values.secret(ConnectionSettings.PASSWORD);
    this.secrets = password.isEmpty() ? Collections.<String>emptyList()
        : Collections.singletonList(password);
    this.auth = auth(values, password);
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
  }

  /**
   * Resolves the block's auth, TLS and timeouts now (a bad value fails here, naming its
   * setting); service URLs are resolved when asked for.
   *
   * @throws SettingException for a value that cannot be used
   */
  public static ClusterConnection resolve(SettingValues values, VariableSpace space) {
    return new ClusterConnection(values.in(space));
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

  public ServiceSettings weave() {
    return service(ConnectionSettings.WEAVE_URLS);
  }

  /** Resolved secrets, for masking log lines; never log this list. */
  public List<String> secrets() {
    return secrets;
  }

  private ServiceSettings service(Setting urls) {
    String list = values.required(urls);
    for (String url : ServiceSettings.splitUrls(list)) {
      if (VariableRefs.contains(url)) {
        throw new SettingException(urls, BaseMessages.getString(PKG,
            "ClusterConnection.Problem.UndefinedVariable", url,
            String.join(", ", VariableRefs.names(url))));
      }
    }
    return ServiceSettings.builder().urls(new ArrayList<String>(ServiceSettings.splitUrls(list)))
        .auth(auth).tls(tls).timeouts(timeouts).build();
  }
}
