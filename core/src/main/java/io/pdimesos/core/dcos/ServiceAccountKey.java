package io.pdimesos.core.dcos;

import io.pdimesos.core.http.PemBlocks;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;

/**
 * The RSA private key of a DC/OS service account, read from PEM in either form it comes in:
 * PKCS#8 ({@code BEGIN PRIVATE KEY}, what {@code dcos security org service-accounts keypair}
 * writes) or PKCS#1 ({@code BEGIN RSA PRIVATE KEY}, what {@code openssl genrsa} wrote before
 * OpenSSL 3). Messages name where the key came from, never its content.
 */
public final class ServiceAccountKey {
  private static final String PKCS8 = "PRIVATE KEY";
  private static final String PKCS1 = "RSA PRIVATE KEY";
  /** AlgorithmIdentifier rsaEncryption (1.2.840.113549.1.1.1) with NULL parameters, DER. */
  private static final byte[] RSA_ALGORITHM = {0x30, 0x0d, 0x06, 0x09, 0x2a, (byte) 0x86, 0x48,
      (byte) 0x86, (byte) 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00};

  private final PrivateKey key;
  private final String source;

  private ServiceAccountKey(PrivateKey key, String source) {
    this.key = key;
    this.source = source;
  }

  /** Reads the PEM file at {@code path}. */
  public static ServiceAccountKey fromPemFile(String path) {
    if (path == null || path.trim().isEmpty()) {
      throw new IllegalArgumentException("No private key file given for the service account");
    }
    byte[] pem;
    try {
      pem = Files.readAllBytes(Paths.get(path.trim()));
    } catch (IOException e) {
      throw new IllegalArgumentException("Cannot read the service account's private key file "
          + path.trim() + ": " + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : " " + e.getMessage()), e);
    }
    return fromPem(new String(pem, StandardCharsets.US_ASCII), path.trim());
  }

  /** Reads PEM text; {@code source} says where it came from, for messages. */
  public static ServiceAccountKey fromPem(String pem, String source) {
    String text = pem == null ? "" : pem;
    if (text.contains("BEGIN ENCRYPTED PRIVATE KEY")
        || text.contains("Proc-Type: 4,ENCRYPTED")) {
      throw new IllegalArgumentException("The private key in " + source + " is encrypted; "
          + "give it unencrypted (openssl pkcs8 -topk8 -nocrypt), as DC/OS writes it");
    }
    List<String> pkcs8 = PemBlocks.split(text, PKCS8);
    List<String> pkcs1 = PemBlocks.split(text, PKCS1);
    byte[] der;
    if (!pkcs8.isEmpty()) {
      der = base64Body(pkcs8.get(0), source);
    } else if (!pkcs1.isEmpty()) {
      der = pkcs8Of(base64Body(pkcs1.get(0), source));
    } else {
      throw new IllegalArgumentException(source + " holds no PEM private key (expected "
          + "-----BEGIN PRIVATE KEY----- or -----BEGIN RSA PRIVATE KEY-----)");
    }
    try {
      return new ServiceAccountKey(KeyFactory.getInstance("RSA")
          .generatePrivate(new PKCS8EncodedKeySpec(der)), source);
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("The private key in " + source + " is not an RSA key"
          + " (DC/OS service accounts sign with RS256)", e);
    }
  }

  PrivateKey privateKey() {
    return key;
  }

  /** Where the key came from (a file path), never the key. */
  public String source() {
    return source;
  }

  private static byte[] base64Body(String block, String source) {
    StringBuilder b64 = new StringBuilder();
    for (String line : block.split("\r?\n")) {
      if (!line.startsWith("-----") && !line.contains(":")) {
        b64.append(line.trim());
      }
    }
    try {
      return Base64.getDecoder().decode(b64.toString());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("The private key in " + source
          + " is not valid PEM (bad base64)", e);
    }
  }

  /** PKCS#1 RSAPrivateKey wrapped as a PKCS#8 PrivateKeyInfo (version 0, rsaEncryption). */
  static byte[] pkcs8Of(byte[] pkcs1) {
    ByteArrayOutputStream info = new ByteArrayOutputStream();
    info.write(new byte[] {0x02, 0x01, 0x00}, 0, 3);
    info.write(RSA_ALGORITHM, 0, RSA_ALGORITHM.length);
    writeTagged(info, 0x04, pkcs1);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writeTagged(out, 0x30, info.toByteArray());
    return out.toByteArray();
  }

  /** One DER element: tag, definite length (short or long form), content. */
  private static void writeTagged(ByteArrayOutputStream out, int tag, byte[] content) {
    out.write(tag);
    int n = content.length;
    if (n < 0x80) {
      out.write(n);
    } else {
      int bytes = n > 0xffffff ? 4 : n > 0xffff ? 3 : n > 0xff ? 2 : 1;
      out.write(0x80 | bytes);
      for (int i = bytes - 1; i >= 0; i--) {
        out.write((n >>> (8 * i)) & 0xff);
      }
    }
    out.write(content, 0, n);
  }

  @Override
  public String toString() {
    return "private key from " + source;
  }
}
