package io.pdimesos.core.dcos;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/** The DC/OS bodies and test keys under {@code fixtures/dcos} (provenance in SOURCES.md). */
final class DcosFixtures {
  static final String LOGIN_OK = "iam.auth-login.200.json";
  static final String LOGIN_REFUSED = "iam.auth-login.401.json";
  static final String LOGIN_BAD_REQUEST = "iam.auth-login.400.json";
  static final String ROUTER_401 = "adminrouter.401.html";
  private DcosFixtures() {}

  static String text(String name) {
    try (InputStream in = DcosFixtures.class.getResourceAsStream("/fixtures/dcos/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The token {@link #LOGIN_OK} hands out. */
  static String token() {
    try {
      return io.pdimesos.core.http.Json.MAPPER.readTree(text(LOGIN_OK)).get("token").asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A key file's path on disk (the tests read keys as users give them: by file). */
  static Path key(String name) {
    try {
      return Paths.get(DcosFixtures.class.getResource("/fixtures/dcos/keys/" + name).toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static PublicKey publicKey(String name) throws Exception {
    String pem = new String(java.nio.file.Files.readAllBytes(key(name)), StandardCharsets.US_ASCII);
    String b64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    return KeyFactory.getInstance("RSA").generatePublic(
        new X509EncodedKeySpec(Base64.getDecoder().decode(b64)));
  }
}
