package io.pdimesos.core.mesos;

import io.pdimesos.core.http.ApiResponse;
import io.pdimesos.core.http.ServiceDialect;

/**
 * Mesos masters answer errors in plain text ({@code No leader elected}), which the generic
 * decoding quotes. Besides 503, a 307 means "not me": since 1.0 a standby redirects the v0
 * endpoints to the leader, so the leader router rediscovers instead of following it.
 */
final class MesosDialect extends ServiceDialect {
  static final MesosDialect INSTANCE = new MesosDialect();

  private MesosDialect() {
    super("Mesos master");
  }

  @Override
  public boolean isFailover(ApiResponse r) {
    return r.status() == 503 || r.status() == 307;
  }
}
