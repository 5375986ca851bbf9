package io.pdimesos.core.weave;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.error.BadResponseException;
import io.pdimesos.core.error.UnexpectedJsonException;
import io.pdimesos.core.http.ApiRequest;
import io.pdimesos.core.http.ApiResponse;
import io.pdimesos.core.http.FailoverRouter;
import io.pdimesos.core.http.HttpClients;
import io.pdimesos.core.http.Json;
import io.pdimesos.core.http.ServiceDialect;
import io.pdimesos.core.http.ServiceHttp;
import io.pdimesos.core.http.ServiceSettings;
import io.pdimesos.core.http.StreamingResponse;
import io.pdimesos.core.http.Urls;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import okhttp3.OkHttpClient;

/**
 * Reads one Weave Net router over its HTTP status address (6784 on the host itself, or the
 * read-only 6782 that {@code WEAVE_STATUS_ADDR} opens to other hosts).
 *
 * <p>One client talks to exactly one router and never fails over: every router reports only its
 * own view (its connections, its IPAM view, its DNS replica), so another router's answer is not a
 * substitute. To check a mesh, build one client per router with {@link #forEachRouter}.
 */
public final class WeaveClient {
  /** The name of the URL list setting, used in error messages. */
  public static final String ROUTERS_SETTING = "Weave router URLs";

  /** Weave's errors are plain text; only the name in messages differs from the generic dialect. */
  public static final ServiceDialect DIALECT = new ServiceDialect("Weave router");

  // gorilla/mux matches the JSON route only when one Accept value is exactly this; anything
  // else ("application/json, */*") falls through to the template route and gets a 400.
  private static final String JSON_ONLY = "application/json";
  private static final String TEXT = "text/plain";
  // Prometheus' handler negotiates the format; this asks for the classic text exposition.
  private static final String PROMETHEUS_TEXT = "text/plain;version=0.0.4";

  private final ServiceHttp http;

  /** A client over {@code http}, whose settings must hold exactly one router URL. */
  public WeaveClient(ServiceHttp http) {
    if (http.settings().urls().size() != 1) {
      throw new IllegalArgumentException("A WeaveClient talks to one router, but "
          + http.settings().urls().size() + " URLs were given; use WeaveClient.forEachRouter");
    }
    this.http = http;
  }

  /**
   * One client per URL in {@code settings.urls()}, all sharing its auth, TLS, timeouts, retry
   * policy and one connection pool.
   *
   * @throws IllegalArgumentException when the list is empty or a URL is malformed (the message
   *     names {@link #ROUTERS_SETTING})
   */
  public static List<WeaveClient> forEachRouter(ServiceSettings settings, ProgressListener log) {
    if (settings.urls().isEmpty()) {
      throw new IllegalArgumentException(ROUTERS_SETTING + " is empty: give at least one URL");
    }
    ProgressListener l = log == null ? ProgressListener.NONE : log;
    OkHttpClient shared = HttpClients.forService(settings, l);
    List<WeaveClient> clients = new ArrayList<WeaveClient>();
    for (String url : settings.urls()) {
      List<String> one = Collections.singletonList(url);
      ServiceSettings single = settings.toBuilder().urls(one).build();
      clients.add(new WeaveClient(new ServiceHttp(single, shared,
          FailoverRouter.of(one, ROUTERS_SETTING), DIALECT, l)));
    }
    return clients;
  }

  /** A client for the single router at {@code url}, with the rest of {@code settings}. */
  public static WeaveClient forUrl(String url, ServiceSettings settings, ProgressListener log) {
    return forEachRouter(settings.toBuilder().urls(Collections.singletonList(url)).build(), log)
        .get(0);
  }

  /** The router's URL without credentials, for messages. */
  public String url() {
    return Urls.redact(http.settings().urls().get(0));
  }

  /**
   * {@code GET /report}: the full JSON report, read while it streams in so that a large
   * {@code OverlayDiagnostics} flow table is skipped rather than held in memory.
   */
  public WeaveReport report(CancellationToken token) {
    ApiRequest request = ApiRequest.get("/report").header("Accept", JSON_ONLY).build();
    StreamingResponse response = http.open(request, token);
    try {
      WeaveReport report = Json.MAPPER.readValue(response.body(), WeaveReport.class);
      if (report == null) {
        throw new BadResponseException("GET " + response.url() + " answered JSON null",
            response.status(), "GET", response.url(), null);
      }
      if (report.router() == null || report.router().name().isEmpty()) {
        // Every router reports itself: a report without one is not a router's answer, and
        // reading it as "no peers, IPAM fine" would call a broken network healthy.
        throw UnexpectedJsonException.missing("Router", "the router's own status")
            .answeredBy("GET", response.url(), response.status());
      }
      return report;
    } catch (IOException e) {
      throw response.failure(e, token, "a Weave report");
    } finally {
      response.close();
    }
  }

  /**
   * {@code GET /report} as a JSON tree, read while it streams in; the {@code Router}'s
   * {@code OverlayDiagnostics} (fastdp's flow table, which grows with traffic) is skipped token
   * by token, never built.
   */
  public WeaveReportJson reportJson(CancellationToken token) {
    WeaveReportStream report = openReport(token);
    try {
      ObjectNode json = readObject(report.parser(), true);
      if (!json.path("Router").isObject()) {
        throw report.withoutRouter(json.get("Router"));
      }
      return new WeaveReportJson(json, report.url(), report.responseMillis());
    } catch (IOException e) {
      throw report.unreadable(e, token);
    } finally {
      report.close();
    }
  }

  /**
   * {@code GET /report}, open for a reader that walks it token by token while it arrives (the
   * input step's rows): nothing of it is built but what the reader takes.
   *
   * @throws BadResponseException when the answer does not start as a JSON object
   */
  public WeaveReportStream openReport(CancellationToken token) {
    ApiRequest request = ApiRequest.get("/report").header("Accept", JSON_ONLY).build();
    StreamingResponse response = http.open(request, token);
    boolean handedOver = false;
    try {
      JsonParser p = Json.MAPPER.getFactory().createParser(response.body());
      JsonToken first = p.nextToken();
      if (first != JsonToken.START_OBJECT) {
        throw new BadResponseException("GET " + response.url() + " answered " + first
            + " where a JSON object was expected", response.status(), "GET", response.url(),
            null);
      }
      handedOver = true;
      return new WeaveReportStream(response, p, url());
    } catch (IOException e) {
      throw response.failure(e, token, "a Weave report");
    } finally {
      if (!handedOver) {
        response.close(); // the parser holds nothing but the body
      }
    }
  }

  /** Reads the object {@code p} stands at; at the top level, descends into {@code Router}. */
  private static ObjectNode readObject(JsonParser p, boolean top) throws IOException {
    ObjectNode out = Json.MAPPER.createObjectNode();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken value = p.nextToken();
      if (!top && name.equals("OverlayDiagnostics")) {
        p.skipChildren();
      } else if (top && name.equals("Router") && value == JsonToken.START_OBJECT) {
        out.set(name, readObject(p, false));
      } else if (value == JsonToken.VALUE_NULL) {
        out.putNull(name);
      } else {
        out.set(name, Json.MAPPER.readTree(p));
      }
    }
    return out;
  }

  /**
   * {@code GET /status}: the summary page. A router that is not ready answers 503 with the page
   * still rendered, so that is read too and reported as {@link WeaveStatusSummary#ready()} false.
   */
  public WeaveStatusSummary status(CancellationToken token) {
    ApiResponse r = http.send(ApiRequest.get("/status").header("Accept", TEXT).accept(503)
        .build(), token);
    return parse(r, (body, status) -> WeaveStatusSummary.parse(body, status != 503));
  }

  /** {@code GET /status/connections}. */
  public List<WeaveStatusPages.Connection> statusConnections(CancellationToken token) {
    return parse(statusPage("connections", token),
        (body, status) -> WeaveStatusPages.parseConnections(body));
  }

  /** {@code GET /status/peers}. */
  public List<WeaveStatusPages.Peer> statusPeers(CancellationToken token) {
    return parse(statusPage("peers", token), (body, status) -> WeaveStatusPages.parsePeers(body));
  }

  /** {@code GET /status/dns}. */
  public List<WeaveStatusPages.DnsLine> statusDns(CancellationToken token) {
    return parse(statusPage("dns", token), (body, status) -> WeaveStatusPages.parseDns(body));
  }

  /** {@code GET /status/ipam}. */
  public List<WeaveStatusPages.IpamLine> statusIpam(CancellationToken token) {
    return parse(statusPage("ipam", token), (body, status) -> WeaveStatusPages.parseIpam(body));
  }

  /** {@code GET /metrics}: the weave series of the Prometheus page. */
  public WeaveMetrics metrics(CancellationToken token) {
    ApiResponse r = http.send(ApiRequest.get("/metrics").header("Accept", PROMETHEUS_TEXT)
        .build(), token);
    return parse(r, (body, status) -> WeaveMetrics.parse(body));
  }

  private ApiResponse statusPage(String page, CancellationToken token) {
    return http.send(ApiRequest.get("/status/" + page).header("Accept", TEXT).build(), token);
  }

  /** Turns a text parser's complaint into a {@link BadResponseException} naming the request. */
  private static <T> T parse(ApiResponse r, Parser<T> parser) {
    try {
      return parser.parse(r.body(), r.status());
    } catch (IllegalArgumentException e) {
      throw new BadResponseException(r.describe() + " answered HTTP " + r.status()
          + " with text this client cannot read: " + e.getMessage(), r.status(), r.method(),
          r.url(), e);
    }
  }

  private interface Parser<T> {
    T parse(String body, int status);
  }

  @Override
  public String toString() {
    return "WeaveClient{" + url() + "}";
  }
}
