package io.pdimesos.sim.dcos;

import io.pdimesos.sim.http.Route;
import io.pdimesos.sim.http.SimExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;

/**
 * DC/OS's admin router on one port: the login endpoint, then every other path checked for a
 * valid token and passed on by prefix to the service behind it, the prefix cut off, as nginx's
 * {@code proxy_pass} does. The routes are one table ({@code /mesos} → the leading master,
 * {@code /service/marathon} → Marathon, ...) plus one per agent, {@code /agent/<agent-id>}.
 *
 * <p>A request without a valid token gets what the router sends (dcos/dcos
 * {@code packages/adminrouter/extra/src/lib/auth/common.lua} {@code exit_401}): 401,
 * {@code WWW-Authenticate: acsjwt}, and the DC/OS UI's HTML page that sends a browser to the
 * login. An answer that does not announce its length (an event stream) is streamed through.
 */
public final class AdminRouter implements Route {
  /** The router's agent route; the id as the router's own pattern allows it. */
  private static final Pattern AGENT = Pattern.compile("^/(?:agent|slave)/([0-9a-zA-Z-]+)(/.*)$");
  /** Request headers passed to the service (the router keeps Authorization for it, too). */
  private static final List<String> FORWARDED = List.of("Accept", "Accept-Encoding",
      "Authorization", "Content-Type", "Last-Event-ID");
  /** Answer headers the proxy sets itself. */
  private static final List<String> HOP_BY_HOP = List.of("content-length", "transfer-encoding",
      "connection", "date", "keep-alive");

  /** What the router sends with a 401: a page that sends a browser to the DC/OS login. */
  static final String UNAUTHORIZED_PAGE = "<!DOCTYPE html>\n<html>\n<head>\n"
      + "  <title>Unauthorized</title>\n"
      + "  <script>window.location.href = \"/#/login?redirect=\" + "
      + "encodeURIComponent(window.location.href);</script>\n"
      + "</head>\n<body>\n  <h1>Unauthorized</h1>\n</body>\n</html>\n";

  private final DcosIam iam;
  private final Map<String, Supplier<String>> services;
  private final Function<String, String> agents;
  private final HttpClient upstream;

  /**
   * @param services route prefix → base URL of the service behind it now (null: none is up)
   * @param agents agent id → base URL of that agent (null: unknown agent)
   * @param tls the context that trusts the services' certificates, or null for plain HTTP
   */
  public AdminRouter(DcosIam iam, Map<String, Supplier<String>> services,
      Function<String, String> agents, SSLContext tls) {
    this.iam = iam;
    this.services = Map.copyOf(services);
    this.agents = agents;
    HttpClient.Builder b = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5));
    if (tls != null) {
      b.sslContext(tls);
    }
    this.upstream = b.build();
  }

  @Override
  public void handle(SimExchange ex) throws IOException {
    String path = ex.rawPath();
    if (path.equals(DcosIam.LOGIN_PATH)) {
      iam.login(ex);
      return;
    }
    if (iam.authenticate(ex.header("Authorization")) == null) {
      ex.header("WWW-Authenticate", "acsjwt");
      ex.text(401, "text/html; charset=UTF-8", UNAUTHORIZED_PAGE);
      return;
    }
    Matcher agent = AGENT.matcher(path);
    if (agent.matches()) {
      String base = agents.apply(agent.group(1));
      if (base == null) {
        ex.text(404, "text/plain; charset=utf-8", "Agent " + agent.group(1) + " not found");
        return;
      }
      proxy(ex, base, agent.group(2));
      return;
    }
    String prefix = longestPrefix(path);
    if (prefix == null) {
      ex.text(404, "text/html; charset=UTF-8", "<html><body><h1>404 Not Found</h1></body></html>");
      return;
    }
    String base = services.get(prefix).get();
    if (base == null) {
      ex.text(503, "text/plain; charset=utf-8", "Service Unavailable");
      return;
    }
    String rest = path.substring(prefix.length());
    proxy(ex, base, rest.isEmpty() ? "/" : rest);
  }

  private String longestPrefix(String path) {
    String best = null;
    for (String p : services.keySet()) {
      boolean under = path.equals(p) || path.startsWith(p + "/");
      if (under && (best == null || p.length() > best.length())) {
        best = p;
      }
    }
    return best;
  }

  private void proxy(SimExchange ex, String base, String rawPath) throws IOException {
    String target = base.replaceAll("/$", "") + rawPath
        + (ex.rawQuery() == null ? "" : "?" + ex.rawQuery());
    byte[] body = ex.bodyBytes();
    HttpRequest.Builder rb = HttpRequest.newBuilder(URI.create(target)).method(ex.method(),
        body.length == 0 ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(body));
    for (String h : FORWARDED) {
      for (String v : ex.headers(h)) {
        rb.header(h, v);
      }
    }
    HttpResponse<InputStream> r;
    try {
      r = upstream.send(rb.build(), HttpResponse.BodyHandlers.ofInputStream());
    } catch (IOException e) {
      ex.text(502, "text/plain; charset=utf-8", "Bad Gateway");
      return;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while proxying " + target, e);
    }
    String contentType = null;
    for (Map.Entry<String, List<String>> h : r.headers().map().entrySet()) {
      String name = h.getKey().toLowerCase(java.util.Locale.ROOT);
      if (name.equals("content-type")) {
        contentType = h.getValue().get(0);
      } else if (!HOP_BY_HOP.contains(name) && !name.startsWith(":")) {
        ex.header(h.getKey(), String.join(", ", h.getValue()));
      }
    }
    Optional<String> length = r.headers().firstValue("Content-Length");
    try (InputStream in = r.body()) {
      if (r.statusCode() == 200 && length.isEmpty() && !"HEAD".equals(ex.method())) {
        stream(in, ex.stream(contentType == null ? "application/octet-stream" : contentType));
      } else {
        ex.bytes(r.statusCode(), contentType, in.readAllBytes());
      }
    }
  }

  /** Passes an open-ended answer (events, a v1 subscription) on as it arrives. */
  private static void stream(InputStream in, OutputStream out) throws IOException {
    byte[] buf = new byte[8192];
    try (out) {
      for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
        out.write(buf, 0, n);
        out.flush();
      }
    }
  }
}
