package io.pdimesos.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import mockwebserver3.MockWebServer;

/** {@link FakeMetronome} on a MockWebServer at 127.0.0.1 on a free port, for the plugins' tests. */
public final class MetronomeServer implements AutoCloseable {
  public final FakeMetronome fake = new FakeMetronome();
  private final MockWebServer server = new MockWebServer();

  public MetronomeServer() {
    server.setDispatcher(fake);
    try {
      server.start(InetAddress.getByName("127.0.0.1"), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String url() {
    return "http://127.0.0.1:" + server.getPort();
  }

  @Override
  public void close() {
    server.close();
  }
}
