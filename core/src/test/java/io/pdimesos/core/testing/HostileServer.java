package io.pdimesos.core.testing;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback HTTP server that answers every request with one kind of hostility: what a proxy's
 * error page, a crashed or half-dead server, a mistyped URL or an attacker sends back. Raw
 * sockets, not a mock library, so it can also blackhole, stall after the headers, drip a byte at
 * a time and reset the connection. Every connection thread is a daemon and ends when the server
 * closes; nothing waits longer than {@link #close()}.
 */
public final class HostileServer implements Closeable {

  /** One way of answering badly. */
  public enum Hostility {
    /** 200 with a proxy's HTML page where JSON was expected. */
    HTML_200,
    /** 200 with an empty body. */
    EMPTY_200,
    /** 200 promising 4,000 bytes, sending the start of a JSON object, then closing. */
    TRUNCATED,
    /** 200 with JSON whose well-known fields have the wrong types. */
    WRONG_TYPES,
    /** 200 with the JSON literal {@code null}. */
    NULL_JSON,
    /** 200 with 2.5 MB of random bytes labelled as JSON. */
    GARBAGE,
    /** Accepts the connection, reads the request, never answers. */
    BLACKHOLE,
    /** Sends the headers of a 200, then nothing. */
    HEADERS_THEN_STALL,
    /** Sends the headers of a 200, then one byte per {@link #dripMillis}. */
    DRIP,
    /** 307 back to the same URL, for ever. */
    REDIRECT_LOOP,
    /** 500 with a Java stack trace as the body. */
    ERROR_500_TRACE,
    /** 401 with a basic-auth challenge. */
    UNAUTHORIZED_401,
    /** Reads the request, then resets the connection (RST). */
    RESET
  }

  /** Fields that clients read, each with a value of the wrong type. */
  public static final String WRONG_TYPES_JSON = "{\"apps\":\"none\",\"app\":{\"id\":7,"
      + "\"instances\":\"three\",\"tasks\":\"none\",\"deployments\":5,\"version\":[]},"
      + "\"slaves\":\"none\",\"frameworks\":7,\"completed_frameworks\":true,\"tasks\":\"none\","
      + "\"deployments\":\"none\",\"queue\":{},\"leader\":12,\"name\":42,\"jobs\":\"none\","
      + "\"deploymentId\":[],\"version\":{},\"elected_time\":\"yesterday\","
      + "\"Router\":\"none\",\"IPAM\":7,\"DNS\":[],\"data\":5,\"offset\":\"x\"}";

  private static final byte[] GARBAGE_BYTES = garbage(2_500_000);

  private final ServerSocket socket;
  private final List<Socket> open = new CopyOnWriteArrayList<Socket>();
  private final List<String> requests = Collections.synchronizedList(new ArrayList<String>());
  private final AtomicInteger count = new AtomicInteger();
  private volatile Hostility hostility;
  private volatile long dripMillis = 1_000;
  private volatile boolean closed;

  private HostileServer(Hostility hostility) throws IOException {
    this.hostility = hostility;
    this.socket = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
    Thread t = new Thread(this::acceptLoop, "hostile-" + hostility);
    t.setDaemon(true);
    t.start();
  }

  public static HostileServer start(Hostility hostility) {
    try {
      return new HostileServer(hostility);
    } catch (IOException e) {
      throw new IllegalStateException("cannot listen on loopback", e);
    }
  }

  /** One server of each hostility, dripping a byte per {@code dripMillis}. */
  public static java.util.Map<Hostility, HostileServer> startAll(long dripMillis) {
    java.util.Map<Hostility, HostileServer> all =
        new java.util.EnumMap<Hostility, HostileServer>(Hostility.class);
    for (Hostility h : Hostility.values()) {
      all.put(h, start(h).dripMillis(dripMillis));
    }
    return all;
  }

  /** Answer every later request this way. */
  public HostileServer hostility(Hostility h) {
    this.hostility = h;
    return this;
  }

  /** The pause between two dripped bytes (default one second). */
  public HostileServer dripMillis(long millis) {
    this.dripMillis = millis;
    return this;
  }

  public String url() {
    return "http://127.0.0.1:" + socket.getLocalPort();
  }

  public int port() {
    return socket.getLocalPort();
  }

  /** Requests received so far ("GET /v2/apps"). */
  public int requestCount() {
    return count.get();
  }

  public List<String> requests() {
    synchronized (requests) {
      return new ArrayList<String>(requests);
    }
  }

  private void acceptLoop() {
    while (!closed) {
      try {
        final Socket s = socket.accept();
        open.add(s);
        Thread t = new Thread(() -> serve(s), "hostile-conn");
        t.setDaemon(true);
        t.start();
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  private void serve(Socket s) {
    try {
      s.setSoTimeout(10_000);
      String requestLine = readRequest(s.getInputStream());
      if (requestLine == null) {
        return;
      }
      requests.add(requestLine);
      count.incrementAndGet();
      answer(s, requestLine.split(" ")[1]);
    } catch (IOException | InterruptedException e) {
      // the client went away or the server closed: nothing to do
    } finally {
      if (hostility != Hostility.RESET) {
        closeQuietly(s);
      }
      open.remove(s);
    }
  }

  private void answer(Socket s, String path) throws IOException, InterruptedException {
    OutputStream out = s.getOutputStream();
    switch (hostility) {
      case HTML_200:
        send(out, 200, "text/html", "<html><head><title>502 Bad Gateway</title></head><body>"
            + "<center><h1>Welcome to nginx!</h1></center><hr><center>nginx</center></body>"
            + "</html>");
        break;
      case EMPTY_200:
        send(out, 200, "application/json", "");
        break;
      case TRUNCATED:
        head(out, 200, "application/json", 4_000);
        out.write("{\"apps\":[{\"id\":\"/web\",\"instances\":2,\"tasks".getBytes(
            StandardCharsets.UTF_8));
        out.flush();
        break;
      case WRONG_TYPES:
        send(out, 200, "application/json", WRONG_TYPES_JSON);
        break;
      case NULL_JSON:
        send(out, 200, "application/json", "null");
        break;
      case GARBAGE:
        head(out, 200, "application/json", GARBAGE_BYTES.length);
        out.write(GARBAGE_BYTES);
        out.flush();
        break;
      case BLACKHOLE:
        holdUntilClosed(s);
        break;
      case HEADERS_THEN_STALL:
        head(out, 200, "application/json", 100_000);
        out.flush();
        holdUntilClosed(s);
        break;
      case DRIP:
        head(out, 200, "application/json", 100_000);
        out.flush();
        for (int i = 0; i < 100_000 && !closed; i++) {
          out.write(i == 0 ? '{' : ' ');
          out.flush();
          Thread.sleep(dripMillis);
        }
        break;
      case REDIRECT_LOOP:
        out.write(("HTTP/1.1 307 Temporary Redirect\r\nLocation: " + path
            + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n").getBytes(
                StandardCharsets.US_ASCII));
        out.flush();
        break;
      case ERROR_500_TRACE:
        send(out, 500, "text/plain", "java.lang.NullPointerException: boom\n"
            + "\tat org.example.Scheduler.run(Scheduler.java:42)\n"
            + "\tat java.base/java.lang.Thread.run(Thread.java:833)\n");
        break;
      case UNAUTHORIZED_401:
        out.write(("HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Basic realm=\"x\"\r\n"
            + "Content-Length: 0\r\nConnection: close\r\n\r\n").getBytes(
                StandardCharsets.US_ASCII));
        out.flush();
        break;
      case RESET:
        s.setSoLinger(true, 0);
        s.close();
        break;
      default:
        throw new IllegalStateException(String.valueOf(hostility));
    }
  }

  private void holdUntilClosed(Socket s) throws InterruptedException {
    while (!closed && !s.isClosed()) {
      try {
        if (s.getInputStream().read() < 0) {
          return; // the client gave up
        }
      } catch (java.net.SocketTimeoutException e) {
        // keep holding
      } catch (IOException e) {
        return;
      }
    }
  }

  private static void head(OutputStream out, int status, String type, long length)
      throws IOException {
    out.write(("HTTP/1.1 " + status + " X\r\nContent-Type: " + type + "\r\nContent-Length: "
        + length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
  }

  private static void send(OutputStream out, int status, String type, String body)
      throws IOException {
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    head(out, status, type, b.length);
    out.write(b);
    out.flush();
  }

  /** Reads the request head and any body; returns the request line, or null at EOF. */
  private static String readRequest(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int last4 = 0;
    int b;
    while (last4 != 0x0d0a0d0a && (b = in.read()) >= 0) {
      head.write(b);
      last4 = last4 << 8 | b;
      if (head.size() > 65_536) {
        throw new IOException("request head too long");
      }
    }
    if (head.size() == 0) {
      return null;
    }
    String text = head.toString("ISO-8859-1");
    long length = 0;
    for (String line : text.split("\r\n")) {
      if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
        length = Long.parseLong(line.substring(15).trim());
      }
    }
    for (long i = 0; i < length && in.read() >= 0; i++) {
      // drain the request body
    }
    return text.substring(0, text.indexOf("\r\n"));
  }

  private static byte[] garbage(int size) {
    byte[] b = new byte[size];
    new Random(1405).nextBytes(b); // seeded: the same bytes on every run
    return b;
  }

  private static void closeQuietly(Socket s) {
    try {
      s.close();
    } catch (IOException ignored) {
      // already gone
    }
  }

  @Override
  public void close() {
    closed = true;
    try {
      socket.close();
    } catch (IOException ignored) {
      // closing anyway
    }
    for (Socket s : open) {
      closeQuietly(s);
    }
  }

  @Override
  public String toString() {
    return "HostileServer{" + hostility + " at " + url() + "}";
  }
}
