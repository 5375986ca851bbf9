package io.pdimesos.core.mesos;

import io.pdimesos.core.cancel.CancellationToken;
import java.util.List;
import okhttp3.HttpUrl;

/** One way of finding the leading master: HTTP redirects or ZooKeeper. */
interface LeaderDiscovery {
  /**
   * The leader's base URL.
   *
   * @throws io.pdimesos.core.error.ClusterException when no leader can be found
   */
  HttpUrl discover(CancellationToken token);

  /**
   * Where to send requests when discovery failed, so that the caller's retry loop sees the
   * masters' own answers (503 "No leader elected", connection refused); empty when there is
   * nothing better than the discovery error.
   */
  List<HttpUrl> fallback();

  /** For messages: the redacted master list or ZooKeeper URL. */
  String describe();
}
