package io.pdimesos.core.dcos;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pdimesos.core.http.Json;
import java.time.Clock;
import java.util.concurrent.TimeUnit;

/**
 * Who logs in to a DC/OS cluster: a user with a password, or a service account with its private
 * key. {@link #toString()} names the account, never the password or the key.
 */
public final class DcosCredentials {
  private final String uid;
  private final String password;
  private final ServiceAccountKey key;

  private DcosCredentials(String uid, String password, ServiceAccountKey key) {
    if (uid == null || uid.trim().isEmpty()) {
      throw new IllegalArgumentException("A DC/OS login needs a user or service account id");
    }
    this.uid = uid.trim();
    this.password = password;
    this.key = key;
  }

  /** A user (local or from the IAM's directory) and their password. */
  public static DcosCredentials password(String uid, String password) {
    return new DcosCredentials(uid, password == null ? "" : password, null);
  }

  /** A service account, which proves itself with a token signed by its private key. */
  public static DcosCredentials serviceAccount(String uid, ServiceAccountKey key) {
    if (key == null) {
      throw new IllegalArgumentException("Service account '" + uid + "' needs its private key");
    }
    return new DcosCredentials(uid, null, key);
  }

  public String uid() {
    return uid;
  }

  public boolean isServiceAccount() {
    return key != null;
  }

  /**
   * The body of {@code POST /acs/api/v1/auth/login}: {@code {"uid","password"}}, or
   * {@code {"uid","token"}} with a service login token valid from {@code clock}'s now on.
   */
  String loginBody(Clock clock) {
    ObjectNode body = Json.MAPPER.createObjectNode().put("uid", uid);
    if (key != null) {
      long now = TimeUnit.MILLISECONDS.toSeconds(clock.millis());
      body.put("token", ServiceLoginToken.sign(uid, now + ServiceLoginToken.LIFETIME_SECONDS,
          key.privateKey()));
    } else {
      body.put("password", password);
    }
    return body.toString();
  }

  /** The password, to scrub from messages; null for a service account. */
  String password() {
    return password;
  }

  /** "service account 'etl-runner'" or "user 'ops'". */
  String describe() {
    return (key != null ? "service account '" : "user '") + uid + "'";
  }

  @Override
  public String toString() {
    return key != null ? describe() + " with its " + key : describe() + " with password ****";
  }
}
