package io.pdimesos.bench;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A {@link StateServer} for one test class, started before its tests and closed after them
 * ({@code @RegisterExtension static final ServedState server = new ServedState();}).
 */
final class ServedState implements BeforeAllCallback, AfterAllCallback {
  private StateServer server;

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    server = StateServer.start();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    server.close();
  }

  String url() {
    return server.url();
  }
}
