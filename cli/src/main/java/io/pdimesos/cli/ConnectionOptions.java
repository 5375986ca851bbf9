package io.pdimesos.cli;

import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.dcos.DcosService;
import io.pdimesos.core.dcos.DcosSettings;
import io.pdimesos.core.http.Auth;
import io.pdimesos.core.http.ServiceSettings;
import io.pdimesos.core.http.Timeouts;
import io.pdimesos.core.http.Tls;
import picocli.CommandLine.Option;

/**
 * Where the cluster is and how to log in, shared by every operator command. The URL flags default
 * to the same variables the PDI entries use, so one environment serves both. Secrets are read
 * from environment variables named on the command line, never from the command line itself
 * (which other users can see in the process list).
 *
 * <p>With a DC/OS cluster URL, Mesos, Marathon and Chronos are reached through it and one login;
 * a service's own URL flag still wins over the derived one.
 */
final class ConnectionOptions {
  @Option(names = "--mesos", paramLabel = "URLS", defaultValue = "${env:PDI_MESOS_MASTERS}",
      description = "Mesos masters: comma-separated URLs or zk://host:2181,.../mesos "
          + "(default: $PDI_MESOS_MASTERS)")
  String mesos;

  @Option(names = "--marathon", paramLabel = "URLS", defaultValue = "${env:PDI_MARATHON_URL}",
      description = "Marathon URLs, comma-separated (default: $PDI_MARATHON_URL)")
  String marathon;

  @Option(names = "--chronos", paramLabel = "URLS", defaultValue = "${env:PDI_CHRONOS_URL}",
      description = "Chronos URLs, comma-separated (default: $PDI_CHRONOS_URL)")
  String chronos;

  @Option(names = "--metronome", paramLabel = "URLS",
      defaultValue = "${env:PDI_METRONOME_URL}",
      description = "Metronome URLs, comma-separated (default: $PDI_METRONOME_URL)")
  String metronome;

  @Option(names = "--weave", paramLabel = "URLS", defaultValue = "${env:PDI_WEAVE_URL}",
      description = "Weave router status URLs, one per host (default: $PDI_WEAVE_URL)")
  String weave;

  @Option(names = "--dcos-url", paramLabel = "URL", defaultValue = "${env:PDI_DCOS_URL}",
      description = "DC/OS cluster URL: Mesos, Marathon and Chronos through its admin router "
          + "(default: $PDI_DCOS_URL)")
  String dcosUrl;

  @Option(names = "--dcos-uid", paramLabel = "ID", defaultValue = "${env:PDI_DCOS_UID}",
      description = "DC/OS service account (with --dcos-private-key) or user (password from "
          + "--dcos-password-env) to log in as (default: $PDI_DCOS_UID)")
  String dcosUid;

  @Option(names = "--dcos-private-key", paramLabel = "FILE",
      defaultValue = "${env:PDI_DCOS_PRIVATE_KEY}",
      description = "PEM private key of the service account, PKCS#8 or PKCS#1 "
          + "(default: $PDI_DCOS_PRIVATE_KEY)")
  String dcosPrivateKey;

  @Option(names = "--dcos-password-env", paramLabel = "VAR", defaultValue = "PDI_DCOS_PASSWORD",
      description = "Name of the environment variable holding the DC/OS user's password "
          + "(default: ${DEFAULT-VALUE})")
  String dcosPasswordEnv;

  @Option(names = "--user", paramLabel = "NAME", defaultValue = "${env:PDI_MESOS_USER}",
      description = "User for HTTP basic authentication (default: $PDI_MESOS_USER)")
  String user;

  @Option(names = "--password-env", paramLabel = "VAR",
      description = "Name of the environment variable holding the basic-auth password")
  String passwordEnv;

  @Option(names = "--token-env", paramLabel = "VAR",
      description = "Name of the environment variable holding a DC/OS or bearer token")
  String tokenEnv;

  @Option(names = "--token-type", paramLabel = "dcos|bearer", defaultValue = "dcos",
      description = "How to send the token: dcos (Authorization: token=...) or bearer")
  String tokenType;

  @Option(names = "--ca-bundle", paramLabel = "FILE",
      description = "PEM file of extra CA certificates to trust (added to the system CAs)")
  String caBundle;

  @Option(names = "--insecure",
      description = "Do not verify TLS certificates (a warning is printed every time)")
  boolean insecure;

  @Option(names = "--request-timeout", paramLabel = "SECONDS", defaultValue = "60",
      converter = Seconds.class, description = "Time limit of each request as a whole: "
          + "connecting, the answer and its whole body, retries and failover (0: none; "
          + "default: ${DEFAULT-VALUE})")
  long requestTimeoutSeconds;

  /** Where the DC/OS login reports; commands point it at their own progress output. */
  ProgressListener log = ProgressListener.NONE;
  private DcosSettings dcos;

  ServiceSettings mesos() {
    return settings(mesos, DcosService.MESOS, "--mesos", "PDI_MESOS_MASTERS");
  }

  ServiceSettings marathon() {
    return settings(marathon, DcosService.MARATHON, "--marathon", "PDI_MARATHON_URL");
  }

  ServiceSettings chronos() {
    return settings(chronos, DcosService.CHRONOS, "--chronos", "PDI_CHRONOS_URL");
  }

  ServiceSettings metronome() {
    return settings(metronome, DcosService.METRONOME, "--metronome", "PDI_METRONOME_URL");
  }

  /** Weave has no route through DC/OS's admin router: its routers are always given. */
  ServiceSettings weave() {
    return settings(weave, null, "--weave", "PDI_WEAVE_URL");
  }

  boolean hasMesos() {
    return !blank(mesos) || !blank(dcosUrl);
  }

  private ServiceSettings settings(String urls, DcosService viaDcos, String flag, String env) {
    if (viaDcos != null && !blank(dcosUrl)) {
      return dcos().service(viaDcos, urls).toBuilder().timeouts(timeouts()).build();
    }
    if (blank(urls)) {
      throw new UsageException("No URL given: use " + flag + " or set " + env
          + (viaDcos == null ? "" : ", or give the DC/OS cluster URL (--dcos-url)"));
    }
    return ServiceSettings.builder().urls(urls).auth(auth())
        .tls(Tls.of(caBundle, null, insecure)).timeouts(timeouts()).build();
  }

  /**
   * --request-timeout as the whole-request limit. A shorter one also bounds the wait for the
   * first byte; a longer one leaves the read timeout (30 s of silence) as it is.
   */
  private Timeouts timeouts() {
    long call = requestTimeoutSeconds * 1000;
    Timeouts defaults = Timeouts.defaults();
    return Timeouts.of(defaults.connectMillis(), call == 0 ? defaults.readMillis()
        : Math.min(call, defaults.readMillis()), call);
  }

  /** One DC/OS login for every service the command reaches. */
  private DcosSettings dcos() {
    if (dcos == null) {
      DcosSettings.Builder b = DcosSettings.builder().clusterUrl(dcosUrl)
          .tls(Tls.of(caBundle, null, insecure)).progress(new ProgressListener() {
            @Override
            public void basic(String line) {
              log.basic(line);
            }

            @Override
            public void detailed(String line) {
              log.detailed(line);
            }

            @Override
            public void debug(String line) {
              log.debug(line);
            }

            @Override
            public void warn(String line) {
              log.warn(line);
            }
          });
      if (blank(dcosUid) && tokenEnv != null) {
        b.token(secretFrom(tokenEnv, "--token-env"));
      }
      String password = System.getenv(dcosPasswordEnv);
      if (!blank(dcosUid) && blank(dcosPrivateKey) && password == null) {
        throw new UsageException("--dcos-uid " + dcosUid + " needs the service account's "
            + "--dcos-private-key FILE, or the user's password in $" + dcosPasswordEnv
            + " (--dcos-password-env VAR)");
      }
      dcos = b.account(dcosUid, password, dcosPrivateKey).build();
    }
    return dcos;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private Auth auth() {
    if (tokenEnv != null) {
      String token = secretFrom(tokenEnv, "--token-env");
      return switch (tokenType) {
        case "dcos" -> Auth.dcosToken(token);
        case "bearer" -> Auth.bearer(token);
        default -> throw new UsageException("--token-type must be dcos or bearer, not '"
            + tokenType + "'");
      };
    }
    if (user != null && !user.isBlank()) {
      return Auth.basic(user, passwordEnv == null ? "" : secretFrom(passwordEnv, "--password-env"));
    }
    if (passwordEnv != null) {
      throw new UsageException("--password-env needs --user");
    }
    return Auth.none();
  }

  private static String secretFrom(String var, String flag) {
    String v = System.getenv(var);
    if (v == null) {
      throw new UsageException(flag + " names the environment variable " + var
          + ", which is not set");
    }
    return v;
  }
}
