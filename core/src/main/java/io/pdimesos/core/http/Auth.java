package io.pdimesos.core.http;

import java.nio.charset.StandardCharsets;
import okhttp3.Credentials;

/**
 * How requests authenticate. DC/OS wants {@code Authorization: token=<jwt>} (not Bearer), open
 * source Marathon, Chronos and Mesos use HTTP basic. {@link #toString()} never shows the secret.
 */
public final class Auth {
  /** Supported schemes. */
  public enum Type { NONE, BASIC, DCOS_TOKEN, BEARER }

  private static final Auth NONE = new Auth(Type.NONE, null, null);

  private final Type type;
  private final String user;
  private final String secret;

  private Auth(Type type, String user, String secret) {
    this.type = type;
    this.user = user;
    this.secret = secret;
  }

  public static Auth none() {
    return NONE;
  }

  public static Auth basic(String user, String password) {
    if (user == null || user.isEmpty()) {
      throw new IllegalArgumentException("Basic authentication needs a user name");
    }
    return new Auth(Type.BASIC, user, password == null ? "" : password);
  }

  public static Auth dcosToken(String token) {
    return new Auth(Type.DCOS_TOKEN, null, requireToken(token, "DC/OS token"));
  }

  public static Auth bearer(String token) {
    return new Auth(Type.BEARER, null, requireToken(token, "bearer token"));
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

  /** The {@code Authorization} header value, or null for {@link Type#NONE}. */
  String headerValue() {
    switch (type) {
      case BASIC:
        return Credentials.basic(user, secret, StandardCharsets.UTF_8);
      case DCOS_TOKEN:
        return "token=" + secret;
      case BEARER:
        return "Bearer " + secret;
      default:
        return null;
    }
  }

  /** True when {@code text} contains this auth's secret (used to scrub messages). */
  boolean leaksInto(String text) {
    return text != null && secret != null && !secret.isEmpty() && text.contains(secret);
  }

  String scrub(String text) {
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
      default:
        return "none";
    }
  }
}
