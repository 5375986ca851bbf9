package io.pdimesos.sim.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * Optional credentials the emulated services demand: HTTP Basic ({@code user:password}) or a
 * DC/OS-style token ({@code Authorization: token=<t>}, also accepted as {@code Bearer <t>}).
 * toString never shows the secret.
 */
public final class SimAuth {
  private final String user;
  private final String secret;
  private final boolean token;

  private SimAuth(String user, String secret, boolean token) {
    this.user = user;
    this.secret = secret;
    this.token = token;
  }

  public static SimAuth basic(String user, String password) {
    return new SimAuth(user, password, false);
  }

  /** Parses the CLI form {@code user:password}. */
  public static SimAuth basic(String userColonPassword) {
    int c = userColonPassword.indexOf(':');
    if (c <= 0) {
      throw new IllegalArgumentException("auth must be user:password");
    }
    return basic(userColonPassword.substring(0, c), userColonPassword.substring(c + 1));
  }

  public static SimAuth token(String token) {
    return new SimAuth(null, token, true);
  }

  public boolean isToken() {
    return token;
  }

  public String user() {
    return user;
  }

  boolean accepts(String authorization) {
    if (authorization == null) {
      return false;
    }
    String expected;
    if (token) {
      String given = authorization.startsWith("token=") ? authorization.substring(6)
          : authorization.startsWith("Bearer ") ? authorization.substring(7) : null;
      if (given == null) {
        return false;
      }
      return constantTimeEquals(given, secret);
    }
    expected = "Basic " + Base64.getEncoder()
        .encodeToString((user + ":" + secret).getBytes(StandardCharsets.UTF_8));
    return constantTimeEquals(authorization.trim(), expected);
  }

  private static boolean constantTimeEquals(String a, String b) {
    return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return token ? "SimAuth[token]" : "SimAuth[basic user=" + user + "]";
  }
}
