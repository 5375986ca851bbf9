package io.pdimesos.core.http;

import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.cancel.Deadline;
import io.pdimesos.core.error.BadResponseException;
import io.pdimesos.core.error.CancelledException;
import io.pdimesos.core.error.ClusterException;
import io.pdimesos.core.error.TimedOutException;
import io.pdimesos.core.error.UnreachableException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The one HTTP seam of the core. Every client sends its requests through here, which:
 * <ul>
 *   <li>picks the base URL from the service's {@link EndpointRouter} and fails over to the next
 *       one on a connection failure or a 503, so one URL or many looks the same to the caller;
 *   <li>retries idempotent requests on I/O errors and the dialect's transient statuses with
 *       bounded backoff and jitter, honouring {@code Retry-After}; never retries a 4xx rejection,
 *       and never resends a non-idempotent request that may have reached the server;
 *   <li>turns every failure into a typed {@link ClusterException} with a readable message;
 *   <li>cancels the in-flight call when the {@link CancellationToken} is cancelled;
 *   <li>bounds each request as a whole: one deadline ({@link ApiRequest#deadlineMillis()}, by
 *       default the service's call timeout) covers connecting, the headers and the whole body,
 *       a streamed body included, and is shared by the retries, the failover to other URLs and
 *       any request made on the way (finding the Mesos leader).
 * </ul>
 */
public final class ServiceHttp {
  /**
   * The deadline of the request this thread is sending. A request made while routing it (the
   * Mesos leader's discovery) shares it, so a silent master cannot use up the time limit twice.
   */
  private static final ThreadLocal<Deadline> SENDING = new ThreadLocal<Deadline>();

  private final ServiceSettings settings;
  private final OkHttpClient client;
  /**
   * For GET and HEAD: OkHttp sends them again at once on a fresh connection when a pooled one
   * turns out dead (a server closed it while idle: "unexpected end of stream"). Writes never go
   * through it: a request that may have reached the server is resent only by the retry loop,
   * which knows which requests are idempotent.
   */
  private final OkHttpClient safeReads;
  private final EndpointRouter router;
  private final ServiceDialect dialect;
  private final ProgressListener log;

  public ServiceHttp(ServiceSettings settings, OkHttpClient client, EndpointRouter router,
      ServiceDialect dialect, ProgressListener log) {
    this.settings = settings;
    this.client = client;
    this.safeReads = client.newBuilder().retryOnConnectionFailure(true).build();
    this.router = router;
    this.dialect = dialect;
    this.log = log == null ? ProgressListener.NONE : log;
  }

  /** A seam over the settings' URL list with plain failover between them. */
  public static ServiceHttp create(ServiceSettings settings, ServiceDialect dialect,
      ProgressListener log, String setting) {
    ProgressListener l = log == null ? ProgressListener.NONE : log;
    return new ServiceHttp(settings, HttpClients.forService(settings, l),
        FailoverRouter.of(settings.urls(), setting), dialect, l);
  }

  public ServiceSettings settings() {
    return settings;
  }

  public OkHttpClient client() {
    return client;
  }

  public EndpointRouter router() {
    return router;
  }

  public ServiceDialect dialect() {
    return dialect;
  }

  public ProgressListener log() {
    return log;
  }

  /** Sends {@code request} and buffers the answer; non-2xx (unless accepted) throws. */
  public ApiResponse send(ApiRequest request, CancellationToken token) {
    return execute(request, token, false).buffered;
  }

  /**
   * Sends {@code request} and hands back the open body. Errors are thrown as in
   * {@link #send}; an accepted non-2xx status is buffered and its stream is empty.
   */
  public StreamingResponse open(ApiRequest request, CancellationToken token) {
    return execute(request, token, true).streaming;
  }

  /** Resolves {@code path} (with query) against {@code base} and the context path. */
  public HttpUrl urlFor(HttpUrl base, ApiRequest request) {
    String basePath = base.encodedPath();
    if (basePath.endsWith("/")) {
      basePath = basePath.substring(0, basePath.length() - 1);
    }
    HttpUrl.Builder b = base.newBuilder().encodedPath(basePath + settings.contextPath()
        + request.path()).query(null);
    for (String[] q : request.query()) {
      b.addQueryParameter(q[0], q[1]);
    }
    return b.build();
  }

  private Outcome execute(ApiRequest request, CancellationToken token, boolean stream) {
    Deadline outer = SENDING.get();
    if (outer != null) {
      return execute(request, token, stream, outer);
    }
    Deadline deadline = Deadline.inMillis(budgetMillis(request));
    SENDING.set(deadline);
    try {
      return execute(request, token, stream, deadline);
    } finally {
      SENDING.remove();
    }
  }

  /** Whether an attempt of the request being sent may have been acted on, answer unseen. */
  private static final class Attempts {
    boolean answerLost;

    ClusterException fail(ClusterException e) {
      return answerLost ? e.markAnswerLost() : e;
    }
  }

  /** The request's own time limit, else the service's call timeout; 0 = none. */
  private long budgetMillis(ApiRequest request) {
    return request.deadlineMillis() >= 0 ? request.deadlineMillis()
        : settings.timeouts().callMillis();
  }

  private Outcome execute(ApiRequest request, CancellationToken token, boolean stream,
      Deadline deadline) {
    Attempts attempts = new Attempts();
    try {
      return execute(request, token, stream, deadline, attempts);
    } catch (ClusterException e) {
      throw attempts.fail(e);
    }
  }

  private Outcome execute(ApiRequest request, CancellationToken token, boolean stream,
      Deadline deadline, Attempts attempts) {
    CancellationToken t = token == null ? CancellationToken.none() : token;
    RetryPolicy policy = settings.retry();
    long started = System.nanoTime();
    int attempt = 1;
    boolean authRenewed = false;
    while (true) {
      t.throwIfCancelled();
      boolean sendAgain = false;
      ClusterException last = null;
      long retryAfter = -1;
      boolean retryable = false;
      List<String> tried = new ArrayList<String>();
      for (HttpUrl base : router.candidates(t)) {
        HttpUrl url = urlFor(base, request);
        tried.add(Urls.redact(base));
        if (deadline.hasExpired()) {
          throw overDeadline(request, url, null);
        }
        Response response;
        CancellationToken.Registration registration;
        long callStart = System.nanoTime();
        try {
          final Call call = newCall(request, url, t);
          // OkHttp's call timeout runs until the body is closed, so it bounds a stream too.
          call.timeout().timeout(deadline.isUnbounded() ? 0
              : Math.max(1, deadline.remainingNanos()), TimeUnit.NANOSECONDS);
          registration = t.onCancel(new Runnable() {
            @Override
            public void run() {
              call.cancel();
            }
          });
          try {
            response = call.execute();
          } catch (IOException e) {
            registration.close();
            throw e;
          }
        } catch (IOException e) {
          attempts.answerLost |= !beforeSending(e);
          if (!t.isCancelled() && deadline.hasExpired()) {
            throw overDeadline(request, url, e);
          }
          router.failed(base);
          last = ioFailure(e, request, url, t);
          log.debug(request.method() + " " + Urls.redact(url) + " failed: " + e);
          if (!request.idempotent() && !beforeSending(e)) {
            throw last; // it may have been acted on: sending it again could do it twice
          }
          retryable = true;
          continue;
        }
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - callStart);
        int code = response.code();
        log.debug(request.method() + " " + Urls.redact(url) + " -> " + code + " (" + ms + " ms)");
        if (code >= 200 && code < 300 && unaskedHtml(request, response)) {
          // A proxy's or a login page's 200 is not the API saying yes, least of all to a write.
          BadResponseException page = htmlPage(request, url, response);
          registration.close();
          response.close();
          throw page;
        }
        if (code >= 200 && code < 300 && stream) {
          router.succeeded(base);
          return Outcome.stream(new StreamingResponse(response, base, registration, null,
              deadline, budgetMillis(request)));
        }
        ApiResponse buffered;
        try {
          buffered = buffer(response, request, url, base, ms, t, deadline);
        } catch (TimedOutException | BadResponseException e) {
          attempts.answerLost = true; // the body broke off or did not arrive in time
          if (!request.idempotent() || e instanceof TimedOutException) {
            throw e;
          }
          // A body that broke off is an I/O error like a refused connection: an idempotent
          // request is safe to send again.
          last = e;
          retryable = true;
          break;
        } finally {
          registration.close();
        }
        if ((code >= 200 && code < 300) || request.accepts(code)) {
          router.succeeded(base);
          return stream ? Outcome.stream(new StreamingResponse(response, base,
              CancellationToken.NOTHING_REGISTERED, buffered, deadline, budgetMillis(request)))
              : Outcome.buffered(buffered);
        }
        ClusterException error = dialect.decode(buffered);
        if (code == 401 && !authRenewed
            && settings.auth().renew(response.request().header("Authorization"), t)) {
          // The token was refused before the request reached the service (DC/OS's admin router
          // checks it first), so even a POST is safe to send again: once, with the new token.
          authRenewed = true;
          sendAgain = true;
          break;
        }
        if (request.idempotent() && dialect.isFailover(buffered)) {
          router.failed(base);
          last = error;
          retryable = true;
          retryAfter = retryAfterSeconds(buffered);
          continue;
        }
        if (request.idempotent() && dialect.isRetryable(buffered, request)) {
          last = error;
          retryable = true;
          retryAfter = retryAfterSeconds(buffered);
          break; // same instance, after a pause: it answered, it is just busy
        }
        throw error;
      }
      if (sendAgain) {
        continue;
      }
      if (last == null) {
        throw new UnreachableException(dialect.serviceName() + ": no URL to try", request.method(),
            null, null);
      }
      long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
      long delay = policy.delayBefore(attempt + 1, retryAfter);
      if (!retryable || attempt >= policy.maxAttempts()
          || elapsed + delay > policy.maxTotalMillis() || delay >= deadline.remainingMillis()) {
        throw finalError(last, tried, attempt);
      }
      log.detailed(dialect.serviceName() + ": " + firstLine(last.getMessage()) + "; retry "
          + attempt + " of " + (policy.maxAttempts() - 1) + " in " + delay + " ms");
      t.sleep(delay);
      attempt++;
    }
  }

  private Call newCall(ApiRequest request, HttpUrl url, CancellationToken token) {
    Request.Builder rb = new Request.Builder().url(url);
    String auth = settings.auth().headerValue(token);
    if (auth != null) {
      rb.header("Authorization", auth);
    }
    if (!request.headers().containsKey("Accept")) {
      rb.header("Accept", "application/json");
    }
    for (java.util.Map.Entry<String, String> h : request.headers().entrySet()) {
      rb.header(h.getKey(), h.getValue());
    }
    RequestBody body = null;
    if (request.body() != null) {
      // Bytes, not the String: OkHttp would add "; charset=utf-8" to the media type, and a Mesos
      // master compares the Content-Type of /api/v1 as a whole string (415 for anything else).
      body = RequestBody.create(request.body().getBytes(StandardCharsets.UTF_8),
          MediaType.get(request.contentType()));
    } else if ("POST".equals(request.method()) || "PUT".equals(request.method())
        || "PATCH".equals(request.method())) {
      body = RequestBody.create(new byte[0], null);
    }
    rb.method(request.method(), body);
    OkHttpClient c = "GET".equals(request.method()) || "HEAD".equals(request.method())
        ? safeReads : client;
    if (request.readTimeoutMillis() >= 0) {
      c = c.newBuilder().readTimeout(request.readTimeoutMillis(), TimeUnit.MILLISECONDS)
          .build();
    }
    return c.newCall(rb.build());
  }

  private ApiResponse buffer(Response response, ApiRequest request, HttpUrl url, HttpUrl base,
      long ms, CancellationToken token, Deadline deadline) {
    try {
      ResponseBody rb = response.body();
      String text = rb == null ? "" : rb.string();
      return new ApiResponse(response.code(), response.headers(), text, request.method(), url,
          base, ms);
    } catch (IOException e) {
      if (token.isCancelled()) {
        throw new CancelledException("Cancelled while reading " + request.method() + " "
            + Urls.redact(url), request.method(), Urls.redact(url), e);
      }
      if (deadline.hasExpired()) {
        throw overDeadline(request, url, e);
      }
      throw new BadResponseException(request.method() + " " + Urls.redact(url)
          + " answered HTTP " + response.code() + " but the body broke off: " + reason(e),
          response.code(), request.method(), Urls.redact(url), e);
    } finally {
      response.close();
    }
  }

  /** An HTML page answered a request that did not ask for one. */
  private static boolean unaskedHtml(ApiRequest request, Response response) {
    String type = response.header("Content-Type");
    String accept = request.headers().get("Accept");
    return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("text/html")
        && (accept == null || !accept.contains("html") && !accept.contains("*/*"));
  }

  private static BadResponseException htmlPage(ApiRequest request, HttpUrl url,
      Response response) {
    String start;
    try {
      start = response.peekBody(16_384).string();
    } catch (IOException e) {
      start = "";
    }
    return new BadResponseException(request.method() + " " + Urls.redact(url) + " answered HTTP "
        + response.code() + " with an HTML page, not the service's API (a proxy's or a login"
        + " page?): " + Json.snippet(start), response.code(), request.method(), Urls.redact(url),
        null);
  }

  /** The request's whole time limit ran out: connecting, waiting or reading the body. */
  private TimedOutException overDeadline(ApiRequest request, HttpUrl url, IOException e) {
    return new TimedOutException(request.method() + " " + Urls.redact(url)
        + " did not finish within its time limit of " + seconds(budgetMillis(request))
        + " (the call timeout)", request.method(), Urls.redact(url), e);
  }

  /** "2 s", "1.5 s": time limits are set in seconds, so messages say seconds. */
  static String seconds(long millis) {
    return millis % 1000 == 0 ? millis / 1000 + " s"
        : String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
  }

  /** An I/O exception's message, or its kind when it has none ("could not be read: null"). */
  static String reason(IOException e) {
    return e.getMessage() == null ? e.getClass().getSimpleName()
        : io.pdimesos.core.error.Printable.quote(Json.firstLine(e.getMessage()),
            io.pdimesos.core.error.Printable.QUOTE_CHARS);
  }

  private ClusterException ioFailure(IOException e, ApiRequest request, HttpUrl url,
      CancellationToken token) {
    String where = request.method() + " " + Urls.redact(url);
    if (token.isCancelled()) {
      return new CancelledException("Cancelled: " + where, request.method(), Urls.redact(url), e);
    }
    if (e instanceof InterruptedIOException && !(e instanceof java.net.ConnectException)) {
      String msg = e.getMessage() == null ? "timeout" : e.getMessage();
      return new TimedOutException(where + " timed out (" + msg + ")", request.method(),
          Urls.redact(url), e);
    }
    String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (e instanceof UnknownHostException) {
      reason = "unknown host " + url.host();
    } else if (e instanceof javax.net.ssl.SSLException) {
      reason = tlsReason((javax.net.ssl.SSLException) e, url, reason);
    }
    return new UnreachableException("Cannot reach " + dialect.serviceName() + " at "
        + Urls.redact(url) + ": " + settings.auth().scrub(reason), request.method(),
        Urls.redact(url), e);
  }

  /**
   * The JSSE messages ("PKIX path building failed: sun.security...") do not tell a user which
   * setting to change; say it is TLS and which setting fixes it, and keep the original text.
   */
  private static String tlsReason(javax.net.ssl.SSLException e, HttpUrl url, String reason) {
    if (e instanceof javax.net.ssl.SSLPeerUnverifiedException) {
      return "TLS: the server's certificate does not name host " + url.host() + " (" + reason
          + ")";
    }
    if (reason.contains("PKIX") || reason.contains("certification path")) {
      return "TLS: the server's certificate is not trusted; give the CA bundle that signed it"
          + " (or switch verification off for tests only) (" + reason + ")";
    }
    return "TLS handshake failed: " + reason;
  }

  /** True when the exception proves the request never left this machine. */
  private static boolean beforeSending(IOException e) {
    return e instanceof ConnectException || e instanceof UnknownHostException
        || e instanceof NoRouteToHostException;
  }

  private static long retryAfterSeconds(ApiResponse r) {
    String v = r.header("Retry-After");
    if (v == null) {
      return -1;
    }
    try {
      return Math.max(0, Long.parseLong(v.trim()));
    } catch (NumberFormatException e) {
      return -1; // an HTTP date: fall back to our own backoff
    }
  }

  private ClusterException finalError(ClusterException last, List<String> tried, int attempts) {
    if (last instanceof UnreachableException && tried.size() > 1) {
      return new UnreachableException("Cannot reach " + dialect.serviceName() + " at any of "
          + tried + " (" + attempts + (attempts == 1 ? " attempt" : " attempts") + "); last error: "
          + last.getMessage(), last.method(), last.url(), last);
    }
    return last;
  }

  private static String firstLine(String s) {
    return Json.firstLine(s);
  }

  /** Either a buffered or a streaming result. */
  private static final class Outcome {
    final ApiResponse buffered;
    final StreamingResponse streaming;

    private Outcome(ApiResponse buffered, StreamingResponse streaming) {
      this.buffered = buffered;
      this.streaming = streaming;
    }

    static Outcome buffered(ApiResponse r) {
      return new Outcome(r, null);
    }

    static Outcome stream(StreamingResponse s) {
      return new Outcome(null, s);
    }
  }
}
