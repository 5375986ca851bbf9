package io.pdimesos.core.http;

/**
 * TLS settings: an optional PEM CA bundle added to the system's trusted CAs, an optional client
 * certificate (PEM file holding the certificate chain and its PKCS#8 private key), and an explicit
 * opt-out of verification that is logged as a warning every time a client is built with it.
 */
public final class Tls {
  private static final Tls DEFAULT = new Tls(null, null, false);

  private final String caBundlePath;
  private final String clientCertificatePath;
  private final boolean insecure;

  private Tls(String caBundlePath, String clientCertificatePath, boolean insecure) {
    this.caBundlePath = emptyToNull(caBundlePath);
    this.clientCertificatePath = emptyToNull(clientCertificatePath);
    this.insecure = insecure;
  }

  /** System CAs only, verification on. */
  public static Tls systemDefault() {
    return DEFAULT;
  }

  public static Tls of(String caBundlePath, String clientCertificatePath, boolean insecure) {
    return new Tls(caBundlePath, clientCertificatePath, insecure);
  }

  public String caBundlePath() {
    return caBundlePath;
  }

  public String clientCertificatePath() {
    return clientCertificatePath;
  }

  public boolean insecure() {
    return insecure;
  }

  public boolean isDefault() {
    return caBundlePath == null && clientCertificatePath == null && !insecure;
  }

  private static String emptyToNull(String s) {
    return s == null || s.trim().isEmpty() ? null : s.trim();
  }

  @Override
  public String toString() {
    return "Tls{caBundle=" + caBundlePath + ", clientCertificate=" + clientCertificatePath
        + ", insecure=" + insecure + "}";
  }
}
