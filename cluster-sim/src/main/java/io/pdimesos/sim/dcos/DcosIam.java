package io.pdimesos.sim.dcos;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pdimesos.sim.SimClock;
import io.pdimesos.sim.http.Json;
import io.pdimesos.sim.http.SimExchange;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The identity service behind {@code POST /acs/api/v1/auth/login}: it takes a user's password or
 * a service account's RS256 login token and issues an RS256 authentication token with the claims
 * {@code uid} and {@code exp}, which the admin router then checks on every request.
 *
 * <p>Issued tokens expire on simulated time (so a test or a fast demo sees them expire mid-run).
 * A service login token's {@code exp} is compared with the wall clock instead: the client dated
 * it with its own clock, which real clusters share with their clients.
 */
public final class DcosIam {
  static final String LOGIN_PATH = "/acs/api/v1/auth/login";

  private final DcosOptions options;
  private final SimClock clock;
  private final KeyPair signing;
  private final AtomicInteger logins = new AtomicInteger();
  private final AtomicInteger refusedLogins = new AtomicInteger();
  private final AtomicInteger refusedRequests = new AtomicInteger();

  public DcosIam(DcosOptions options, SimClock clock) {
    this.options = options;
    this.clock = clock;
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
      g.initialize(2048);
      this.signing = g.generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("RSA is missing from this JDK", e);
    }
  }

  /** Tokens issued so far. */
  public int logins() {
    return logins.get();
  }

  /** Logins refused (wrong password, unknown account, bad or expired login token). */
  public int refusedLogins() {
    return refusedLogins.get();
  }

  /** Requests the admin router refused for a missing, forged or expired token. */
  public int refusedRequests() {
    return refusedRequests.get();
  }

  /** The public half of the key the IAM signs tokens with (its JWKS, in DC/OS). */
  public PublicKey tokenVerificationKey() {
    return signing.getPublic();
  }

  void login(SimExchange ex) {
    if (!"POST".equals(ex.method())) {
      ex.header("Allow", "POST");
      error(ex, 405, "Method Not Allowed", "use POST to log in", "ERR_METHOD_NOT_ALLOWED");
      return;
    }
    JsonNode body;
    try {
      body = Json.parse(ex.body());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      error(ex, 400, "Bad Request", "Request body is not valid JSON", "ERR_INVALID_DATA");
      return;
    }
    String uid = body.path("uid").asText("");
    if (uid.isEmpty()) {
      error(ex, 400, "Bad Request", "Request data is invalid: uid is required",
          "ERR_INVALID_DATA");
      return;
    }
    String refused;
    try {
      refused = body.hasNonNull("token") ? checkServiceLogin(uid, body.get("token").asText())
          : checkPassword(uid, body.path("password").asText(""));
    } catch (Jwt.Malformed e) {
      // the body a DC/OS 1.8 cluster answered (dcos-commons#142), without a code
      refusedLogins.incrementAndGet();
      ex.json(400, Json.obj().put("title", "Bad Request").put("description", e.getMessage()));
      return;
    }
    if (refused != null) {
      refusedLogins.incrementAndGet();
      error(ex, 401, "Unauthorized", refused, "ERR_INVALID_CREDENTIALS");
      return;
    }
    ObjectNode claims = Json.obj().put("uid", uid)
        .put("exp", clock.millis() / 1000 + options.tokenLifetime.toSeconds());
    logins.incrementAndGet();
    ex.json(200, Json.obj().put("token", Jwt.sign(claims, signing.getPrivate())));
  }

  private String checkPassword(String uid, String password) {
    String expected = options.users.get(uid);
    if (expected == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
        password.getBytes(StandardCharsets.UTF_8))) {
      return "Login failed: the uid or the password is wrong";
    }
    return null;
  }

  private String checkServiceLogin(String uid, String token) throws Jwt.Malformed {
    PublicKey key = options.serviceAccounts.get(uid);
    if (key == null) {
      return "Login failed: there is no service account '" + uid + "'";
    }
    JsonNode claims;
    try {
      claims = Jwt.verify(token, key);
    } catch (Jwt.Malformed e) {
      throw e;
    } catch (Jwt.Invalid e) {
      return "Login failed: service login token: " + e.getMessage();
    }
    if (!uid.equals(claims.path("uid").asText())) {
      return "Login failed: service login token: its uid claim is not '" + uid + "'";
    }
    if (!claims.path("exp").canConvertToLong()) {
      return "Login failed: service login token: exp claim missing";
    }
    if (claims.path("exp").asLong() <= System.currentTimeMillis() / 1000) {
      return "Login failed: service login token: expired";
    }
    return null;
  }

  /**
   * The uid of a valid, unexpired token from the {@code Authorization} header ({@code token=}
   * or {@code Bearer }, as the admin router reads it), else null.
   */
  String authenticate(String authorization) {
    String token = authorization == null ? null
        : authorization.startsWith("token=") ? authorization.substring(6)
        : authorization.startsWith("Bearer ") ? authorization.substring(7) : null;
    if (token == null) {
      refusedRequests.incrementAndGet();
      return null;
    }
    try {
      JsonNode claims = Jwt.verify(token, signing.getPublic());
      String uid = claims.path("uid").asText("");
      long exp = claims.path("exp").asLong(0);
      if (!uid.isEmpty() && (!claims.has("exp") || exp > clock.millis() / 1000)) {
        return uid;
      }
    } catch (Jwt.Invalid e) {
      // a forged or malformed token: refused like an expired one, as the router does
    }
    refusedRequests.incrementAndGet();
    return null;
  }

  /** The IAM's error body: {title (the status text), description, code}. */
  private static void error(SimExchange ex, int status, String title, String description,
      String code) {
    ex.json(status, Json.obj().put("title", title).put("description", description)
        .put("code", code));
  }
}
