package io.pdimesos.sim.dcos;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pdimesos.sim.http.Json;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;

/**
 * RS256 JSON Web Tokens as DC/OS's IAM uses them both ways: service login tokens it verifies with
 * an account's public key, and authentication tokens it signs with its own key. Written apart
 * from the core's signer on purpose, so the emulator checks the client instead of agreeing with
 * it by construction.
 */
final class Jwt {
  private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

  /** Why a token was refused; the message is what the IAM says. */
  static class Invalid extends Exception {
    private static final long serialVersionUID = 1L;

    Invalid(String message) {
      super(message, null, false, false);
    }
  }

  /** Not a JWT at all: DC/OS answers this one 400 "JWT parsing failed". */
  static final class Malformed extends Invalid {
    private static final long serialVersionUID = 1L;

    Malformed() {
      super("JWT parsing failed");
    }
  }

  private Jwt() {}

  static String sign(ObjectNode claims, PrivateKey key) {
    ObjectNode header = Json.obj().put("alg", "RS256").put("typ", "JWT");
    String input = encode(Json.write(header)) + "." + encode(Json.write(claims));
    try {
      Signature rs256 = Signature.getInstance("SHA256withRSA");
      rs256.initSign(key);
      rs256.update(input.getBytes(StandardCharsets.US_ASCII));
      return input + "." + ENCODE.encodeToString(rs256.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot sign a token: " + e, e);
    }
  }

  /** The claims of {@code token} once its RS256 signature checks out with {@code key}. */
  static JsonNode verify(String token, PublicKey key) throws Invalid {
    String[] parts = token == null ? new String[0] : token.split("\\.", -1);
    if (parts.length != 3) {
      throw new Malformed();
    }
    JsonNode header = json(parts[0]);
    if (!"RS256".equals(header.path("alg").asText())) {
      throw new Invalid("JWT algorithm must be RS256, was '" + header.path("alg").asText() + "'");
    }
    try {
      Signature rs256 = Signature.getInstance("SHA256withRSA");
      rs256.initVerify(key);
      rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
      if (!rs256.verify(DECODE.decode(parts[2]))) {
        throw new Invalid("JWT signature verification failed");
      }
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new Invalid("JWT signature verification failed");
    }
    return json(parts[1]);
  }

  private static JsonNode json(String part) throws Invalid {
    try {
      JsonNode n = Json.parse(new String(DECODE.decode(part), StandardCharsets.UTF_8));
      if (!n.isObject()) {
        throw new Malformed();
      }
      return n;
    } catch (IllegalArgumentException | com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new Malformed();
    }
  }

  private static String encode(String json) {
    return ENCODE.encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }
}
