package io.pdimesos.core.rows;

/** Who answered a read and how fast: the optional extra fields of the input steps. */
public final class ResponseInfo {
  private final String url;
  private final long responseMillis;

  public ResponseInfo(String url, long responseMillis) {
    this.url = url;
    this.responseMillis = responseMillis;
  }

  /** The base URL of the server that answered (the leader, after any redirect or failover). */
  public String url() {
    return url;
  }

  /** Milliseconds from sending the request to the response's headers. */
  public long responseMillis() {
    return responseMillis;
  }

  @Override
  public String toString() {
    return url + " in " + responseMillis + " ms";
  }
}
