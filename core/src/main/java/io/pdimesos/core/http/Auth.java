package io.pdimesos.core.http;

import io.pdimesos.core.cancel.CancellationToken;
import java.nio.charset.StandardCharsets;
import okhttp3.Credentials;

/**
 * How requests authenticate. DC/OS wants {@code Authorization: token=<jwt>} (not Bearer), open
 * source Marathon, Chronos and Mesos use HTTP basic. A DC/OS login ({@link #dcosLogin}) sends the
 * token of a {@link TokenSession}, which logs in again when the cluster refuses it.
 * {@link #toString()} never shows the secret.
 */
public final class Auth {
  /** Supported schemes. */
  public enum Type { NONE, BASIC, DCOS_TOKEN, BEARER, DCOS_LOGIN }

  private static final String DCOS_SCHEME = "token=";
  private static final Auth NONE = new Auth(Type.NONE, null, null, null);

  private final Type type;
  private final String user;
  private final String secret;
  private final TokenSession session;

  private Auth(Type type, String user, String secret, TokenSession session) {
    this.type = type;
    this.user = user;
    this.secret = secret;
    this.session = session;
  }

  public static Auth none() {
    return NONE;
  }

  public static Auth basic(String user, String password) {
    if (user == null || user.isEmpty()) {
      throw new IllegalArgumentException("Basic authentication needs a user name");
    }
    return new Auth(Type.BASIC, user, password == null ? "" : password, null);
  }

  public static Auth dcosToken(String token) {
    return new Auth(Type.DCOS_TOKEN, null, requireToken(token, "DC/OS token"), null);
  }

  public static Auth bearer(String token) {
    return new Auth(Type.BEARER, null, requireToken(token, "bearer token"), null);
  }

  /** {@code Authorization: token=<jwt>} with the token {@code session} logged in for. */
  public static Auth dcosLogin(TokenSession session) {
    if (session == null) {
      throw new IllegalArgumentException("A DC/OS login needs a session");
    }
    return new Auth(Type.DCOS_LOGIN, null, null, session);
  }

  private static String requireToken(String token, String what) {
    if (token == null || token.trim().isEmpty()) {
      throw new IllegalArgumentException("The " + what + " is empty");
    }
    return token.trim();
  }

  public Type type() {
    return type;
  }

  public String user() {
    return user;
  }

  /**
   * The {@code Authorization} header value, or null for {@link Type#NONE}. A DC/OS login logs in
   * here when it has no token yet, so this may send a request of its own.
   */
  String headerValue(CancellationToken cancel) {
    switch (type) {
      case BASIC:
        return Credentials.basic(user, secret, StandardCharsets.UTF_8);
      case DCOS_TOKEN:
        return DCOS_SCHEME + secret;
      case BEARER:
        return "Bearer " + secret;
      case DCOS_LOGIN:
        return DCOS_SCHEME + session.token(cancel);
      default:
        return null;
    }
  }

  /**
   * Called once per request after a 401 to the header {@code rejected}: true when a new token is
   * ready to send the request again with. Only a DC/OS login can get one; a fixed secret cannot.
   */
  boolean renew(String rejected, CancellationToken cancel) {
    if (type != Type.DCOS_LOGIN) {
      return false;
    }
    String token = rejected != null && rejected.startsWith(DCOS_SCHEME)
        ? rejected.substring(DCOS_SCHEME.length()) : null;
    return session.renew(token, cancel);
  }

  /** True when {@code text} contains this auth's secret (used to scrub messages). */
  boolean leaksInto(String text) {
    return text != null && secret != null && !secret.isEmpty() && text.contains(secret);
  }

  String scrub(String text) {
    if (session != null) {
      return session.scrub(text);
    }
    return leaksInto(text) ? text.replace(secret, "****") : text;
  }

  @Override
  public String toString() {
    switch (type) {
      case BASIC:
        return "basic(user=" + user + ", password=****)";
      case DCOS_TOKEN:
        return "dcos-token(****)";
      case BEARER:
        return "bearer(****)";
      case DCOS_LOGIN:
        return "dcos-login(" + session + ")";
      default:
        return "none";
    }
  }
}
