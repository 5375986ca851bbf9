package io.pdimesos.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fake Mesos master on 127.0.0.1 that answers {@code GET /tasks-<n>/master/state} with a
 * generated state of n tasks, written while the client reads it (fixed Content-Length, no
 * buffering of the body). The {@code /tasks-<n>} prefix is the client's context path, so the
 * client sends no leader lookup first, just as behind a DC/OS admin router.
 */
public final class StateServer implements AutoCloseable {
  private static final Pattern STATE_PATH = Pattern.compile("/tasks-(\\d+)/master/state");

  private final HttpServer server;
  private final ExecutorService threads;
  private final Map<Integer, StateGenerator> states = new ConcurrentHashMap<>();

  private StateServer(HttpServer server, ExecutorService threads) {
    this.server = server;
    this.threads = threads;
  }

  public static StateServer start() throws IOException {
    HttpServer server = HttpServer.create(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    ExecutorService threads = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "state-server");
      t.setDaemon(true);
      return t;
    });
    StateServer s = new StateServer(server, threads);
    server.createContext("/", s::handle);
    server.setExecutor(threads);
    server.start();
    return s;
  }

  /** Base URL of the master; the context path for a state of n tasks is {@link #contextPath}. */
  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public static String contextPath(int tasks) {
    return "/tasks-" + tasks;
  }

  /** The generator behind a size, for its body length and agent/framework counts. */
  public StateGenerator state(int tasks) {
    return states.computeIfAbsent(tasks, StateGenerator::new);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      Matcher m = STATE_PATH.matcher(exchange.getRequestURI().getPath());
      if (!"GET".equals(exchange.getRequestMethod()) || !m.matches()) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      StateGenerator state = state(Integer.parseInt(m.group(1)));
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, state.contentLength());
      try (OutputStream out = new BufferedOutputStream(exchange.getResponseBody(), 1 << 16)) {
        state.writeTo(out);
      } catch (IOException clientWentAway) {
        // A reader that stopped early (or died of OutOfMemoryError) closes the connection.
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
