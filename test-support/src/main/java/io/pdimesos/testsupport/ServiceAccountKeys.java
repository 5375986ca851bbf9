package io.pdimesos.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;

/**
 * A DC/OS service account's key pair made for one test run, as a user has it: the private key
 * in a PEM file (PKCS#8, what {@code dcos security org service-accounts keypair} writes) and the
 * public key PEM that the cluster (the emulator's {@code DcosOptions.serviceAccount}) holds.
 */
public record ServiceAccountKeys(String uid, Path privateKeyFile, String publicKeyPem,
    String privateKeyBase64) {

  /** A new 2048-bit RSA pair for {@code uid}, its private key written under {@code dir}. */
  public static ServiceAccountKeys generate(Path dir, String uid) {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
      g.initialize(2048);
      KeyPair pair = g.generateKeyPair();
      String privateBody = base64(pair.getPrivate().getEncoded());
      Path file = dir.resolve(uid + ".pem");
      Files.writeString(file, pem("PRIVATE KEY", privateBody), StandardCharsets.US_ASCII);
      return new ServiceAccountKeys(uid, file,
          pem("PUBLIC KEY", base64(pair.getPublic().getEncoded())),
          privateBody.replace("\n", ""));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("This JDK cannot make RSA keys", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * 64 characters from inside the private key, to prove it is shown nowhere: its first ones are
   * the same in every RSA key (the PKCS#8 header).
   */
  public String privateKeyExcerpt() {
    return privateKeyBase64.substring(200, 264);
  }

  private static String base64(byte[] der) {
    return Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
  }

  private static String pem(String kind, String body) {
    return "-----BEGIN " + kind + "-----\n" + body + "\n-----END " + kind + "-----\n";
  }
}
