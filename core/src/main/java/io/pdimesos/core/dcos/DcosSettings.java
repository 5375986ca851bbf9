package io.pdimesos.core.dcos;

import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.http.Auth;
import io.pdimesos.core.http.FailoverRouter;
import io.pdimesos.core.http.HttpClients;
import io.pdimesos.core.http.RetryPolicy;
import io.pdimesos.core.http.ServiceHttp;
import io.pdimesos.core.http.ServiceSettings;
import io.pdimesos.core.http.Timeouts;
import io.pdimesos.core.http.Tls;
import io.pdimesos.core.http.Urls;
import java.time.Clock;
import java.util.Collections;
import okhttp3.HttpUrl;

/**
 * A DC/OS cluster reached through its one URL: every service's settings are derived from it,
 * each at its admin router route ({@link DcosService}), and all share one login. The login is the
 * DC/OS token as given, a user and password, or a service account with its private key; the two
 * last log in on the first request and again when the cluster refuses an expired token.
 *
 * <pre>
 * DcosSettings dcos = DcosSettings.builder()
 *     .clusterUrl("https://dcos.example.com")
 *     .serviceAccount("etl-runner", ServiceAccountKey.fromPemFile("/etc/pdi/etl-runner.pem"))
 *     .tls(Tls.of("/etc/pdi/dcos-ca.crt", null, false))
 *     .build();
 * MarathonClient marathon = new MarathonClient(dcos.service(DcosService.MARATHON), log);
 * MesosClient mesos = new MesosClient(dcos.service(DcosService.MESOS, explicitMesosUrls), log);
 * </pre>
 *
 * Immutable; {@link #toString()} names the account, never a secret.
 */
public final class DcosSettings {
  /** Names the setting in messages about a bad URL. */
  public static final String SETTING = "DC/OS cluster URL";

  private final String clusterUrl;
  private final Auth auth;
  private final String login;
  private final Tls tls;
  private final Timeouts timeouts;
  private final RetryPolicy retry;

  private DcosSettings(Builder b) {
    HttpUrl parsed = Urls.parseBase(b.clusterUrl, SETTING);
    this.clusterUrl = parsed.toString();
    this.tls = b.tls;
    this.timeouts = b.timeouts;
    this.retry = b.retry;
    if (b.credentials != null) {
      ServiceSettings iam = ServiceSettings.builder().urls(clusterUrl).tls(tls)
          .timeouts(timeouts).retry(retry).build();
      ServiceHttp http = new ServiceHttp(iam, HttpClients.forService(iam, b.log),
          new FailoverRouter(Collections.singletonList(parsed)),
          IamDialect.INSTANCE, b.log);
      this.auth = Auth.dcosLogin(new DcosLogin(http, b.credentials, b.clock));
      this.login = b.credentials.toString();
    } else if (b.token != null) {
      this.auth = Auth.dcosToken(b.token);
      this.login = "DC/OS token ****";
    } else {
      this.auth = Auth.none();
      this.login = "none";
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The cluster URL as parsed ({@code https://dcos.example.com/}). */
  public String clusterUrl() {
    return clusterUrl;
  }

  /** The auth every derived service sends; one login session for all of them. */
  public Auth auth() {
    return auth;
  }

  /** {@code service}'s settings: the cluster URL with the service's route as context path. */
  public ServiceSettings service(DcosService service) {
    return common().urls(clusterUrl).contextPath(service.path()).build();
  }

  /**
   * {@code explicitUrls} when given (a user's own per-service URLs win, reached with the same
   * login), else the derived settings of {@link #service(DcosService)}.
   */
  public ServiceSettings service(DcosService service, String explicitUrls) {
    if (explicitUrls == null || ServiceSettings.splitUrls(explicitUrls).isEmpty()) {
      return service(service);
    }
    return common().urls(explicitUrls).build();
  }

  private ServiceSettings.Builder common() {
    return ServiceSettings.builder().auth(auth).tls(tls).timeouts(timeouts).retry(retry);
  }

  @Override
  public String toString() {
    return "DcosSettings{url=" + Urls.redact(clusterUrl) + ", login=" + login + ", tls=" + tls
        + ", " + timeouts + ", " + retry + "}";
  }

  /** Defaults: no login, system TLS, default timeouts and retries, the system clock. */
  public static final class Builder {
    private String clusterUrl;
    private String token;
    private DcosCredentials credentials;
    private Tls tls = Tls.systemDefault();
    private Timeouts timeouts = Timeouts.defaults();
    private RetryPolicy retry = RetryPolicy.defaults();
    private Clock clock = Clock.systemUTC();
    private ProgressListener log = ProgressListener.NONE;

    /** {@code https://dcos.example.com}: the admin router, where the DC/OS UI is. */
    public Builder clusterUrl(String url) {
      this.clusterUrl = url;
      return this;
    }

    /** A DC/OS authentication token as {@code dcos auth login} stores it; never renewed. */
    public Builder token(String dcosToken) {
      this.token = dcosToken;
      this.credentials = null;
      return this;
    }

    /** Log in as a user with a password. */
    public Builder userPassword(String uid, String password) {
      return credentials(DcosCredentials.password(uid, password));
    }

    /** Log in as a service account with its private key. */
    public Builder serviceAccount(String uid, ServiceAccountKey key) {
      return credentials(DcosCredentials.serviceAccount(uid, key));
    }

    /**
     * The login as a settings form holds it: a {@code uid} with a {@code privateKeyFile} is a
     * service account, a {@code uid} alone a user with {@code password}; no {@code uid} leaves
     * the login as it was ({@link #token}, or none). Blank values count as not given.
     *
     * @throws IllegalArgumentException for an unreadable key, or a user without a password
     */
    public Builder account(String uid, String password, String privateKeyFile) {
      if (uid == null || uid.trim().isEmpty()) {
        return this;
      }
      if (privateKeyFile != null && !privateKeyFile.trim().isEmpty()) {
        return serviceAccount(uid, ServiceAccountKey.fromPemFile(privateKeyFile));
      }
      if (password == null || password.isEmpty()) {
        throw new IllegalArgumentException("The DC/OS login of '" + uid.trim() + "' needs the "
            + "service account's private key file or the user's password");
      }
      return userPassword(uid, password);
    }

    public Builder credentials(DcosCredentials c) {
      this.credentials = c;
      this.token = null;
      return this;
    }

    public Builder tls(Tls t) {
      this.tls = t == null ? Tls.systemDefault() : t;
      return this;
    }

    public Builder timeouts(Timeouts t) {
      this.timeouts = t == null ? Timeouts.defaults() : t;
      return this;
    }

    public Builder retry(RetryPolicy r) {
      this.retry = r == null ? RetryPolicy.defaults() : r;
      return this;
    }

    /** Dates the service login tokens (tests). */
    public Builder clock(Clock c) {
      this.clock = c == null ? Clock.systemUTC() : c;
      return this;
    }

    /** Where the login says it logged in, and its HTTP requests at debug level. */
    public Builder progress(ProgressListener l) {
      this.log = l == null ? ProgressListener.NONE : l;
      return this;
    }

    /** @throws IllegalArgumentException for a missing or malformed cluster URL */
    public DcosSettings build() {
      return new DcosSettings(this);
    }
  }
}
