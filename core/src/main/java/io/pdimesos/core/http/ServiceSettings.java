package io.pdimesos.core.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Everything needed to talk to one service (Marathon, Chronos, the Mesos masters or the Weave
 * routers): its base URLs (several for HA; a Mesos list may be one {@code zk://} URL), auth, TLS,
 * timeouts, retry policy, and a context path prefix ({@code /marathon} behind DC/OS's router).
 * Immutable; {@link #toString()} is safe to log.
 */
public final class ServiceSettings {
  private final List<String> urls;
  private final Auth auth;
  private final Tls tls;
  private final Timeouts timeouts;
  private final RetryPolicy retry;
  private final String contextPath;

  private ServiceSettings(Builder b) {
    this.urls = Collections.unmodifiableList(new ArrayList<String>(b.urls));
    this.auth = b.auth;
    this.tls = b.tls;
    this.timeouts = b.timeouts;
    this.retry = b.retry;
    this.contextPath = normalizeContextPath(b.contextPath);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Settings for the comma- or whitespace-separated URL list {@code urls}, all else default. */
  public static ServiceSettings of(String urls) {
    return builder().urls(urls).build();
  }

  public List<String> urls() {
    return urls;
  }

  public Auth auth() {
    return auth;
  }

  public Tls tls() {
    return tls;
  }

  public Timeouts timeouts() {
    return timeouts;
  }

  public RetryPolicy retry() {
    return retry;
  }

  /** Path prefix without a trailing slash ("" or "/marathon"). */
  public String contextPath() {
    return contextPath;
  }

  public Builder toBuilder() {
    return new Builder().urls(urls).auth(auth).tls(tls).timeouts(timeouts).retry(retry)
        .contextPath(contextPath);
  }

  private static String normalizeContextPath(String p) {
    if (p == null) {
      return "";
    }
    String s = p.trim();
    while (s.endsWith("/")) {
      s = s.substring(0, s.length() - 1);
    }
    if (!s.isEmpty() && !s.startsWith("/")) {
      s = "/" + s;
    }
    return s;
  }

  /**
   * Splits a user's URL list on commas, semicolons and whitespace, dropping empty parts. The
   * commas of a {@code zk://host1:2181,host2:2181/mesos} URL's host list separate ZooKeeper
   * hosts, not URLs; a comma after its path starts the next URL.
   */
  public static List<String> splitUrls(String list) {
    List<String> out = new ArrayList<String>();
    if (list == null) {
      return out;
    }
    for (String part : list.split("[;\\s]+")) {
      String rest = part;
      if (rest.toLowerCase(java.util.Locale.ROOT).startsWith("zk://")) {
        int path = rest.indexOf('/', "zk://".length());
        int comma = path < 0 ? -1 : rest.indexOf(',', path);
        out.add(comma < 0 ? rest : rest.substring(0, comma));
        rest = comma < 0 ? "" : rest.substring(comma + 1);
      }
      for (String url : rest.split(",")) {
        String t = url.trim();
        if (!t.isEmpty()) {
          out.add(t);
        }
      }
    }
    return out;
  }

  @Override
  public String toString() {
    List<String> shown = new ArrayList<String>();
    for (String u : urls) {
      shown.add(Urls.redact(u));
    }
    return "ServiceSettings{urls=" + shown + ", auth=" + auth + ", tls=" + tls + ", " + timeouts
        + ", " + retry + ", contextPath='" + contextPath + "'}";
  }

  /** Builder with the defaults: no auth, system TLS, default timeouts and retries. */
  public static final class Builder {
    private final List<String> urls = new ArrayList<String>();
    private Auth auth = Auth.none();
    private Tls tls = Tls.systemDefault();
    private Timeouts timeouts = Timeouts.defaults();
    private RetryPolicy retry = RetryPolicy.defaults();
    private String contextPath = "";

    /** Replaces the URL list with the comma/whitespace-separated {@code list}. */
    public Builder urls(String list) {
      return urls(splitUrls(list));
    }

    public Builder urls(List<String> list) {
      urls.clear();
      for (String u : list) {
        urls.addAll(splitUrls(u));
      }
      return this;
    }

    public Builder auth(Auth a) {
      this.auth = a == null ? Auth.none() : a;
      return this;
    }

    public Builder tls(Tls t) {
      this.tls = t == null ? Tls.systemDefault() : t;
      return this;
    }

    public Builder timeouts(Timeouts t) {
      this.timeouts = t == null ? Timeouts.defaults() : t;
      return this;
    }

    public Builder retry(RetryPolicy r) {
      this.retry = r == null ? RetryPolicy.defaults() : r;
      return this;
    }

    public Builder contextPath(String p) {
      this.contextPath = p;
      return this;
    }

    public ServiceSettings build() {
      return new ServiceSettings(this);
    }
  }
}
