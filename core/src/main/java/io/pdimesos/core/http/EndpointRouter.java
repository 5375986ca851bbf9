package io.pdimesos.core.http;

import io.pdimesos.core.cancel.CancellationToken;
import java.util.List;
import okhttp3.HttpUrl;

/**
 * Decides which base URL a request goes to. Marathon and Chronos instances proxy to their leader,
 * so any one will do ({@link FailoverRouter}); Mesos masters redirect, so the Mesos client routes
 * to the discovered leader and rediscovers it when told a base failed.
 */
public interface EndpointRouter {
  /** Base URLs to try for the next request, best first. Never empty. */
  List<HttpUrl> candidates(CancellationToken token);

  /** {@code base} answered. */
  void succeeded(HttpUrl base);

  /** {@code base} could not be reached, or said it cannot serve (503, a redirect). */
  void failed(HttpUrl base);
}
