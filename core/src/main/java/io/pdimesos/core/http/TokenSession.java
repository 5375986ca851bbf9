package io.pdimesos.core.http;

import io.pdimesos.core.cancel.CancellationToken;

/**
 * A login that hands out a token and can get a new one when the cluster refuses it, such as a
 * DC/OS login with a user's password or a service account's key. {@link ServiceHttp} asks for the
 * token before every request and calls {@link #renew} at most once per request, after a 401, so
 * credentials the cluster no longer accepts end in an error instead of a loop of logins.
 * Implementations are thread-safe: one session serves every service of a cluster.
 */
public interface TokenSession {
  /** The current token, logging in first when there is none. */
  String token(CancellationToken cancel);

  /**
   * The cluster refused {@code rejected} (null when the refused request carried no token of
   * this session): true when a different token is now current, by a new login or because
   * another request renewed it meanwhile. A refused login throws.
   */
  boolean renew(String rejected, CancellationToken cancel);

  /** {@code text} without any secret of this session (tokens, passwords). */
  String scrub(String text);
}
