package io.pdimesos.core.mesos;

import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.error.BadResponseException;
import io.pdimesos.core.http.ApiRequest;
import io.pdimesos.core.http.ApiResponse;
import io.pdimesos.core.http.FailoverRouter;
import io.pdimesos.core.http.RetryPolicy;
import io.pdimesos.core.http.ServiceHttp;
import io.pdimesos.core.http.ServiceSettings;
import io.pdimesos.core.http.Urls;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * Asks the configured masters in turn for {@code GET /master/redirect}, which any master (the
 * leader too) answers with 307 and {@code Location: //leader-host:port}, or 503 when it knows no
 * leader. The redirect is read, never followed: a followed redirect would lose the
 * Authorization header on the host change and hide the leader from the caller.
 */
final class RedirectLeaderDiscovery implements LeaderDiscovery {
  private static final ApiRequest REDIRECT = ApiRequest.get("/master/redirect").accept(307)
      .build();

  private final ServiceHttp masters;
  private final FailoverRouter configured;

  RedirectLeaderDiscovery(ServiceSettings settings, OkHttpClient client, ProgressListener log,
      String setting) {
    this.configured = FailoverRouter.of(settings.urls(), setting);
    // One pass over the list per discovery: the request that needs the leader has its own
    // retry loop, which calls discovery again.
    this.masters = new ServiceHttp(settings.toBuilder().retry(RetryPolicy.none()).build(),
        client, configured, MesosDialect.INSTANCE, log);
  }

  @Override
  public HttpUrl discover(CancellationToken token) {
    ApiResponse r = masters.send(REDIRECT, token);
    String location = r.header("Location");
    if (r.status() != 307 || location == null || location.trim().isEmpty()) {
      throw new BadResponseException(r.describe() + " answered HTTP " + r.status()
          + " without the leader's Location; is this a Mesos master?", r.status(), r.method(),
          r.url(), null);
    }
    return leaderBase(r.base(), location.trim(), r);
  }

  /**
   * The leader's base: its host and port from {@code location} (protocol-relative since 0.23,
   * {@code http://} before), with the scheme of the configured master that answered, so TLS
   * stays on.
   */
  static HttpUrl leaderBase(HttpUrl answered, String location, ApiResponse r) {
    HttpUrl resolved = namesAHost(location) ? answered.resolve(location) : null;
    if (resolved == null) {
      throw new BadResponseException(r.describe() + " redirected to an unreadable leader "
          + "location '" + Urls.redact(location) + "'", r.status(), r.method(), r.url(), null);
    }
    return answered.newBuilder().host(resolved.host()).port(resolved.port()).encodedPath("/")
        .query(null).fragment(null).build();
  }

  /**
   * Whether a redirect's {@code Location} names a master ({@code //host:port} since 0.23,
   * {@code http://host:port} before); a path alone ({@code /master/redirect}) names none.
   */
  static boolean namesAHost(String location) {
    String l = location.trim();
    return l.startsWith("//") || l.contains("://");
  }

  @Override
  public List<HttpUrl> fallback() {
    return configured.bases();
  }

  @Override
  public String describe() {
    StringBuilder sb = new StringBuilder();
    for (HttpUrl u : configured.bases()) {
      sb.append(sb.length() == 0 ? "" : ", ").append(Urls.redact(u));
    }
    return sb.toString();
  }
}
