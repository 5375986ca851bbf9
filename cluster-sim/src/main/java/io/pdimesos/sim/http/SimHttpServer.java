package io.pdimesos.sim.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;

/**
 * One emulated host:port (a master, an agent, a Marathon or Chronos instance, a Weave router).
 * It can be stopped and started again on the same port to emulate an instance going away.
 */
public final class SimHttpServer implements AutoCloseable {

  /** Writes an injected error the way the service writes its own errors of that status. */
  @FunctionalInterface
  public interface ErrorBody {
    void write(SimExchange ex, int status);

    ErrorBody TEXT = (ex, status) -> ex.text(status, "text/plain; charset=utf-8",
        status == 503 ? "Service Unavailable" : "Injected failure (" + status + ")");
  }

  /** Writes the service's own 401 answer (Jetty HTML, Mesos challenge, ...). */
  @FunctionalInterface
  public interface Challenge {
    void unauthorized(SimExchange ex);
  }

  /** The JDK HttpServer's switch for TCP_NODELAY on accepted connections. */
  static final String NODELAY = "sun.net.httpserver.nodelay";

  static {
    // The JDK server writes a response's headers and body in separate small writes; with
    // Nagle's algorithm on, the second waits for the client's delayed ACK (about 40 ms on
    // Linux), which every request to the emulator paid. The JDK reads this property once, when
    // its first server is created, and offers no other way to set TCP_NODELAY.
    if (System.getProperty(NODELAY) == null) {
      System.setProperty(NODELAY, "true");
    }
  }

  private static final AtomicInteger THREADS = new AtomicInteger();
  /** Shared by all servers: streams (SSE) hold a thread each, so it must be able to grow. */
  private static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "sim-http-" + THREADS.incrementAndGet());
    t.setDaemon(true);
    return t;
  });

  private final String name;
  private final String host;
  private final SSLContext tls;
  private final ServiceFaults faults;
  private final SimAuth auth;
  private final Challenge challenge;
  private final Route route;
  private volatile Route control;
  private volatile java.util.function.Predicate<String> authExempt = p -> false;
  private volatile ErrorBody errorBody = ErrorBody.TEXT;
  private volatile boolean gzip;
  private HttpServer server;
  private int port;

  public SimHttpServer(String name, String host, int port, SSLContext tls, ServiceFaults faults,
      SimAuth auth, Challenge challenge, Route route) {
    this.name = name;
    this.host = host;
    this.port = port;
    this.tls = tls;
    this.faults = faults;
    this.auth = auth;
    this.challenge = challenge;
    this.route = route;
  }

  /** Routes under {@code /__sim/} (fault control) skip faults and auth. */
  public void control(Route control) {
    this.control = control;
  }

  /** Compress large answers for clients that accept gzip (Mesos masters and agents). */
  public void gzip(boolean on) {
    this.gzip = on;
  }

  /** How injected errors look (Marathon: JSON messages). */
  public void errorBody(ErrorBody body) {
    this.errorBody = body;
  }

  /** Paths answered without credentials (Mesos: health, redirect, version). */
  public void authExempt(java.util.function.Predicate<String> exempt) {
    this.authExempt = exempt;
  }

  public synchronized SimHttpServer start() throws IOException {
    if (server != null) {
      return this;
    }
    InetSocketAddress addr = new InetSocketAddress(host, port);
    try {
      if (tls != null) {
        HttpsServer s = HttpsServer.create(addr, 64);
        s.setHttpsConfigurator(new HttpsConfigurator(tls));
        server = s;
      } else {
        server = HttpServer.create(addr, 64);
      }
    } catch (java.net.BindException e) {
      // The JDK says only "Address already in use": name the service and the address.
      throw new java.net.BindException(name + " cannot listen on " + host + ":" + port + ": "
          + (e.getMessage() == null ? "address in use" : e.getMessage().toLowerCase(
              java.util.Locale.ROOT)));
    }
    server.createContext("/", this::dispatch);
    server.setExecutor(POOL);
    server.start();
    port = server.getAddress().getPort();
    return this;
  }

  /** Stops listening; connections are refused until {@link #start()} binds the same port again. */
  public synchronized void stop() {
    if (server != null) {
      server.stop(0);
      server = null;
    }
  }

  public synchronized boolean running() {
    return server != null;
  }

  public String name() {
    return name;
  }

  public String host() {
    return host;
  }

  public int port() {
    return port;
  }

  public String authority() {
    return host + ":" + port;
  }

  public String url() {
    return (tls != null ? "https://" : "http://") + authority();
  }

  private void dispatch(HttpExchange raw) throws IOException {
    try {
      SimExchange ex = new SimExchange(raw);
      if (control != null && ex.path().startsWith("/__sim/")) {
        control.handle(ex);
        ex.commit(-1);
        return;
      }
      long delay = faults == null ? 0 : faults.latencyMillis();
      if (delay > 0) {
        Thread.sleep(delay);
      }
      if (auth != null && !authExempt.test(ex.path()) && !auth.accepts(ex.header("Authorization"))) {
        challenge.unauthorized(ex);
        ex.commit(-1);
        return;
      }
      int injected = faults == null ? 0 : faults.takeError(ex.method() + " " + ex.path());
      if (injected > 0) {
        errorBody.write(ex, injected);
        ex.commit(-1);
        return;
      }
      route.handle(ex);
      if (ex.isStreaming()) {
        raw.close();
        return;
      }
      if (gzip) {
        ex.gzipIfAccepted();
      }
      boolean drop = faults != null && faults.takeDrop(ex.method());
      ex.commit(drop ? ex.responseBody().length / 2 : -1);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      raw.close();
    } catch (IOException e) {
      raw.close();
    } catch (SimExchange.DroppedConnection e) {
      throw e;
    } catch (RuntimeException e) {
      // An emulator bug must show as a 500 with its message, never as a hung connection.
      byte[] b = ("cluster-sim internal error: " + e).getBytes();
      try {
        raw.sendResponseHeaders(500, b.length);
        raw.getResponseBody().write(b);
      } catch (IOException ignored) {
        // the client went away
      }
      raw.close();
    }
  }

  @Override
  public void close() {
    stop();
  }

  @Override
  public String toString() {
    return name + " " + url();
  }
}
