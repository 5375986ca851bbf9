package io.pdimesos.cli;

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

  @Option(names = "--weave", paramLabel = "URLS", defaultValue = "${env:PDI_WEAVE_URL}",
      description = "Weave router status URLs, one per host (default: $PDI_WEAVE_URL)")
  String weave;

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

  ServiceSettings mesos() {
    return settings(mesos, "--mesos", "PDI_MESOS_MASTERS");
  }

  ServiceSettings marathon() {
    return settings(marathon, "--marathon", "PDI_MARATHON_URL");
  }

  ServiceSettings chronos() {
    return settings(chronos, "--chronos", "PDI_CHRONOS_URL");
  }

  ServiceSettings weave() {
    return settings(weave, "--weave", "PDI_WEAVE_URL");
  }

  boolean hasMesos() {
    return mesos != null && !mesos.isBlank();
  }

  private ServiceSettings settings(String urls, String flag, String env) {
    if (urls == null || urls.isBlank()) {
      throw new UsageException("No URL given: use " + flag + " or set " + env);
    }
    long call = requestTimeoutSeconds * 1000;
    Timeouts defaults = Timeouts.defaults();
    // A shorter request limit also bounds the wait for the first byte; a longer one leaves
    // the read timeout (30 s of silence) as it is.
    Timeouts timeouts = Timeouts.of(defaults.connectMillis(), call == 0 ? defaults.readMillis()
        : Math.min(call, defaults.readMillis()), call);
    return ServiceSettings.builder().urls(urls).auth(auth())
        .tls(Tls.of(caBundle, null, insecure)).timeouts(timeouts).build();
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
