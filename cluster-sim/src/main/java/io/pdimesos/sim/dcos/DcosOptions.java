package io.pdimesos.sim.dcos;

import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the emulated DC/OS cluster knows about its accounts: users with passwords, service
 * accounts with their public keys, and how long the tokens it issues live (in simulated time;
 * DC/OS's default is five days). {@link #toString()} names accounts, never passwords.
 */
public final class DcosOptions {
  /** DC/OS's default authentication token lifetime (IAM API docs: "expire after five days"). */
  public static final Duration DEFAULT_TOKEN_LIFETIME = Duration.ofDays(5);

  final Map<String, String> users = new LinkedHashMap<>();
  final Map<String, PublicKey> serviceAccounts = new LinkedHashMap<>();
  Duration tokenLifetime = DEFAULT_TOKEN_LIFETIME;

  public static DcosOptions create() {
    return new DcosOptions();
  }

  public DcosOptions user(String uid, String password) {
    users.put(uid, password);
    return this;
  }

  public DcosOptions serviceAccount(String uid, PublicKey key) {
    serviceAccounts.put(uid, key);
    return this;
  }

  /** {@code pem}: the account's public key as DC/OS stores it (X.509, BEGIN PUBLIC KEY). */
  public DcosOptions serviceAccount(String uid, String pem) {
    String b64 = pem.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
    try {
      return serviceAccount(uid, KeyFactory.getInstance("RSA")
          .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(b64))));
    } catch (java.security.GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalArgumentException("the public key of service account '" + uid
          + "' is not an RSA public key in PEM (BEGIN PUBLIC KEY)", e);
    }
  }

  /** Lifetime of the tokens the IAM issues, in simulated time. */
  public DcosOptions tokenLifetime(Duration d) {
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException("token lifetime must be positive, was " + d);
    }
    tokenLifetime = d;
    return this;
  }

  @Override
  public String toString() {
    return "DcosOptions[users=" + users.keySet() + ", serviceAccounts="
        + serviceAccounts.keySet() + ", tokenLifetime=" + tokenLifetime + "]";
  }
}
