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

/**
 * The connection block resolved against a job's variables: core {@link ServiceSettings} per
 * service. A service's URLs are only demanded when the entry asks for that service, so a Weave
 * check does not need a Marathon URL; a missing one fails with a message naming the setting.
 */
public final class ClusterConnection {
  private final SettingValues values;
  private final VariableSpace space;
  private final Auth auth;
  private final Tls tls;
  private final Timeouts timeouts;
  private final List<String> secrets;

  private ClusterConnection(SettingValues values, VariableSpace space) {
    this.values = values;
    this.space = space;
    String password = values.secret(ConnectionSettings.PASSWORD, space);
    this.secrets = password.isEmpty() ? Collections.<String>emptyList()
        : Collections.singletonList(password);
    this.auth = auth(values, space, password);
    String ca = values.text(ConnectionSettings.CA_BUNDLE, space);
    String cert = values.text(ConnectionSettings.CLIENT_CERTIFICATE, space);
    boolean insecure = values.bool(ConnectionSettings.INSECURE_TLS);
    this.tls = ca.isEmpty() && cert.isEmpty() && !insecure ? Tls.systemDefault()
        : Tls.of(ca.isEmpty() ? null : ca, cert.isEmpty() ? null : cert, insecure);
    long connect = values.integer(ConnectionSettings.CONNECT_TIMEOUT, space) * 1000;
    long read = values.integer(ConnectionSettings.READ_TIMEOUT, space) * 1000;
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
    return new ClusterConnection(values, space);
  }

  private static Auth auth(SettingValues values, VariableSpace space, String password) {
    String user = values.text(ConnectionSettings.USER, space);
    String type = values.choice(ConnectionSettings.AUTH_TYPE, space);
    if ("auto".equals(type)) {
      type = user.isEmpty() ? "none" : "basic";
    }
    try {
      if ("basic".equals(type)) {
        if (user.isEmpty()) {
          throw new SettingException(ConnectionSettings.USER,
              "is empty, but basic authentication needs a user name");
        }
        return Auth.basic(user, password);
      }
      if ("dcos_token".equals(type)) {
        return Auth.dcosToken(password);
      }
      if ("bearer".equals(type)) {
        return Auth.bearer(password);
      }
      return Auth.none();
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
    return ChronosVersion.parse(values.choice(ConnectionSettings.CHRONOS_VERSION, space));
  }

  public ServiceSettings weave() {
    return service(ConnectionSettings.WEAVE_URLS);
  }

  /** Resolved secrets, for masking log lines; never log this list. */
  public List<String> secrets() {
    return secrets;
  }

  private ServiceSettings service(Setting urls) {
    String list = values.resolveRequired(urls, space);
    for (String url : ServiceSettings.splitUrls(list)) {
      if (VariableRefs.contains(url)) {
        throw new SettingException(urls, "'" + url + "' holds a variable that is not defined ("
            + String.join(", ", VariableRefs.names(url)) + ")");
      }
    }
    return ServiceSettings.builder().urls(new ArrayList<String>(ServiceSettings.splitUrls(list)))
        .auth(auth).tls(tls).timeouts(timeouts).build();
  }
}
