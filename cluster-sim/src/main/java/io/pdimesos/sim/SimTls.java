package io.pdimesos.sim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.net.ssl.SSLContext;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;

/**
 * A throw-away CA and one server certificate for every loopback address the emulator may use.
 * The CA goes to {@code ca.pem} so clients can trust it like a real cluster's private CA.
 */
final class SimTls {
  private final SSLContext context;
  private final SSLContext client;
  private final Path caPem;

  private SimTls(SSLContext context, SSLContext client, Path caPem) {
    this.context = context;
    this.client = client;
    this.caPem = caPem;
  }

  static SimTls generate(Path dir) {
    HeldCertificate ca = new HeldCertificate.Builder().certificateAuthority(0)
        .commonName("cluster-sim CA").build();
    HeldCertificate.Builder server = new HeldCertificate.Builder().signedBy(ca)
        .commonName("localhost").addSubjectAlternativeName("localhost");
    for (int i = 1; i <= 32; i++) {
      server.addSubjectAlternativeName("127.0.0." + i);
      server.addSubjectAlternativeName("127.0.1." + i);
    }
    HeldCertificate held = server.build();
    HandshakeCertificates certs = new HandshakeCertificates.Builder()
        .heldCertificate(held, ca.certificate()).build();
    try {
      Path d = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("cluster-sim-tls");
      Path pem = d.resolve("ca.pem");
      Files.write(pem, ca.certificatePem().getBytes(StandardCharsets.US_ASCII));
      SSLContext client = new HandshakeCertificates.Builder()
          .addTrustedCertificate(ca.certificate()).build().sslContext();
      return new SimTls(certs.sslContext(), client, pem);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the CA PEM: " + e.getMessage(), e);
    }
  }

  SSLContext serverContext() {
    return context;
  }

  /** Trusts the servers' certificate: for the emulator's own proxy (DC/OS's admin router). */
  SSLContext clientContext() {
    return client;
  }

  Path caPem() {
    return caPem;
  }
}
