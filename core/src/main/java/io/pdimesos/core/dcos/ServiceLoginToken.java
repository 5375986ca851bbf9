package io.pdimesos.core.dcos;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pdimesos.core.http.Json;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;

/**
 * The short-lived JWT a DC/OS service account logs in with: RS256, claims {@code uid} and
 * {@code exp}, signed with the account's private key (DC/OS IAM API, "service login token").
 * The JDK's SHA256withRSA is all RS256 needs.
 */
final class ServiceLoginToken {
  /** The DC/OS CLI's lifetime for the token: it is used once, right away. */
  static final long LIFETIME_SECONDS = 300;

  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

  private ServiceLoginToken() {}

  static String sign(String uid, long expiresEpochSeconds, PrivateKey key) {
    ObjectNode header = Json.MAPPER.createObjectNode().put("alg", "RS256").put("typ", "JWT");
    ObjectNode claims = Json.MAPPER.createObjectNode().put("uid", uid)
        .put("exp", expiresEpochSeconds);
    String signingInput = encode(header.toString()) + "." + encode(claims.toString());
    try {
      Signature rs256 = Signature.getInstance("SHA256withRSA");
      rs256.initSign(key);
      rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
      return signingInput + "." + BASE64URL.encodeToString(rs256.sign());
    } catch (GeneralSecurityException e) {
      // The key was read as an RSA key, so only a broken JDK gets here; never show the key.
      throw new IllegalStateException("Cannot sign the login token of service account '" + uid
          + "': " + e.getClass().getSimpleName(), e);
    }
  }

  private static String encode(String json) {
    return BASE64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }
}
