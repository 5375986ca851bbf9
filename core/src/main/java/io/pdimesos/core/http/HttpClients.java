package io.pdimesos.core.http;

import io.pdimesos.core.ProgressListener;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSession;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import okhttp3.tls.Certificates;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;

/**
 * One {@link OkHttpClient} for the whole JVM, and per-service clients derived from it with
 * {@code newBuilder()}, so every service, entry and step row shares one connection pool and one
 * dispatcher. Redirects are never followed automatically: Mesos redirects to its leader and
 * Marathon's event stream to its leader, and OkHttp would drop the Authorization header when the
 * host changes, so the clients follow them on purpose.
 */
public final class HttpClients {
  /** Idle connections kept for reuse across all services. */
  static final int MAX_IDLE_CONNECTIONS = 32;

  private static final OkHttpClient SHARED = new OkHttpClient.Builder()
      .followRedirects(false)
      .followSslRedirects(false)
      // OkHttp's silent retry could resend a POST whose request already went out; the
      // ServiceHttp retry loop decides instead, knowing which requests are idempotent.
      .retryOnConnectionFailure(false)
      // An action step runs up to 32 rows at once (its concurrency's limit): with OkHttp's
      // default of 5 idle connections, every burst beyond 5 closed its connections and the next
      // rows opened new ones.
      .connectionPool(new ConnectionPool(MAX_IDLE_CONNECTIONS, 5, TimeUnit.MINUTES))
      .build();

  private HttpClients() {}

  /** The JVM-wide base client. */
  public static OkHttpClient shared() {
    return SHARED;
  }

  /**
   * A client for one service: its timeouts and TLS on top of the shared pool. Authorization is
   * added per request by {@link ServiceHttp}, never by an interceptor, so a followed redirect
   * cannot leak it to a host the user did not configure.
   */
  public static OkHttpClient forService(ServiceSettings settings, ProgressListener log) {
    Timeouts t = settings.timeouts();
    OkHttpClient.Builder b = SHARED.newBuilder()
        .connectTimeout(t.connectMillis(), TimeUnit.MILLISECONDS)
        .readTimeout(t.readMillis(), TimeUnit.MILLISECONDS)
        .writeTimeout(t.readMillis(), TimeUnit.MILLISECONDS)
        .callTimeout(t.callMillis(), TimeUnit.MILLISECONDS);
    applyTls(b, settings.tls(), log);
    return b.build();
  }

  private static void applyTls(OkHttpClient.Builder b, Tls tls, ProgressListener log) {
    if (tls.insecure()) {
      log.warn("TLS certificate and host name verification is OFF for this connection"
          + " (insecure opt-in): anyone on the network path can read and change the traffic");
      X509TrustManager trustAll = new TrustAllManager();
      try {
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, new TrustManager[] {trustAll}, new SecureRandom());
        b.sslSocketFactory(ctx.getSocketFactory(), trustAll).hostnameVerifier(new AnyHost());
      } catch (java.security.GeneralSecurityException e) {
        throw new IllegalStateException("Cannot set up TLS: " + e.getMessage(), e);
      }
      return;
    }
    if (tls.caBundlePath() == null && tls.clientCertificatePath() == null) {
      return;
    }
    HandshakeCertificates.Builder hb = new HandshakeCertificates.Builder()
        .addPlatformTrustedCertificates();
    if (tls.caBundlePath() != null) {
      String pem = readPem(tls.caBundlePath(), "CA bundle");
      int n = 0;
      for (String block : PemBlocks.split(pem, "CERTIFICATE")) {
        hb.addTrustedCertificate(decodeCertificate(block, tls.caBundlePath()));
        n++;
      }
      if (n == 0) {
        throw new IllegalArgumentException(
            "CA bundle " + tls.caBundlePath() + " holds no PEM certificate");
      }
    }
    if (tls.clientCertificatePath() != null) {
      String pem = readPem(tls.clientCertificatePath(), "client certificate");
      try {
        java.util.List<String> certs = PemBlocks.split(pem, "CERTIFICATE");
        java.util.List<String> keys = PemBlocks.split(pem, "PRIVATE KEY");
        if (certs.isEmpty() || keys.isEmpty()) {
          throw new IllegalArgumentException("Client certificate file "
              + tls.clientCertificatePath()
              + " must hold the certificate and its PKCS#8 private key (BEGIN PRIVATE KEY)");
        }
        HeldCertificate held = HeldCertificate.decode(certs.get(0) + "\n" + keys.get(0));
        X509Certificate[] chain = new X509Certificate[certs.size() - 1];
        for (int i = 1; i < certs.size(); i++) {
          chain[i - 1] = decodeCertificate(certs.get(i), tls.clientCertificatePath());
        }
        hb.heldCertificate(held, chain);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "Cannot read client certificate " + tls.clientCertificatePath() + ": "
                + e.getMessage(), e);
      }
    }
    HandshakeCertificates hc = hb.build();
    b.sslSocketFactory(hc.sslSocketFactory(), hc.trustManager());
  }

  private static X509Certificate decodeCertificate(String block, String file) {
    try {
      return Certificates.decodeCertificatePem(block);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Bad certificate in " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * A missing or unreadable PEM file is the user's setting to fix, said before anything is sent
   * (an IllegalArgumentException, like every other bad setting).
   */
  private static String readPem(String path, String what) {
    java.nio.file.Path p = Paths.get(path);
    if (!Files.exists(p)) {
      throw new IllegalArgumentException("The " + what + " file " + path + " does not exist");
    }
    if (!Files.isRegularFile(p) || !Files.isReadable(p)) {
      throw new IllegalArgumentException("The " + what + " file " + path + " is not a readable"
          + " file");
    }
    try {
      return new String(Files.readAllBytes(p), StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new IllegalArgumentException("Cannot read the " + what + " file " + path + ": "
          + e, e);
    }
  }

  /** Accepts any certificate: only ever used after the user's explicit insecure opt-in. */
  private static final class TrustAllManager implements X509TrustManager {
    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType)
        throws CertificateException {}

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType)
        throws CertificateException {}

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }

  private static final class AnyHost implements HostnameVerifier {
    @Override
    public boolean verify(String hostname, SSLSession session) {
      return true;
    }
  }
}
