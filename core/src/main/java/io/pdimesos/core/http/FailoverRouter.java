package io.pdimesos.core.http;

import io.pdimesos.core.cancel.CancellationToken;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import okhttp3.HttpUrl;

/**
 * Tries the configured URLs in order, sticking to the last one that answered; a failed URL moves
 * to the back. Thread-safe: steps share one router across rows.
 */
public final class FailoverRouter implements EndpointRouter {
  private final List<HttpUrl> bases;
  private volatile int current;

  public FailoverRouter(List<HttpUrl> bases) {
    if (bases.isEmpty()) {
      throw new IllegalArgumentException("No URL configured");
    }
    this.bases = Collections.unmodifiableList(new ArrayList<HttpUrl>(bases));
  }

  /** Parses {@code urls} (http(s) only); errors name {@code setting}. */
  public static FailoverRouter of(List<String> urls, String setting) {
    if (urls.isEmpty()) {
      throw new IllegalArgumentException(setting + " is empty: give at least one URL");
    }
    List<HttpUrl> parsed = new ArrayList<HttpUrl>();
    for (String u : urls) {
      parsed.add(Urls.parseBase(u, setting));
    }
    return new FailoverRouter(parsed);
  }

  public List<HttpUrl> bases() {
    return bases;
  }

  @Override
  public List<HttpUrl> candidates(CancellationToken token) {
    int start = current;
    List<HttpUrl> out = new ArrayList<HttpUrl>(bases.size());
    for (int i = 0; i < bases.size(); i++) {
      out.add(bases.get((start + i) % bases.size()));
    }
    return out;
  }

  @Override
  public void succeeded(HttpUrl base) {
    int i = bases.indexOf(base);
    if (i >= 0) {
      current = i;
    }
  }

  @Override
  public void failed(HttpUrl base) {
    int i = bases.indexOf(base);
    if (i >= 0 && i == current) {
      current = (i + 1) % bases.size();
    }
  }
}
