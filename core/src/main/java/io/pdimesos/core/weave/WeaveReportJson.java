package io.pdimesos.core.weave;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A router's {@code GET /report} as its JSON tree (Go's field names, {@code OverlayDiagnostics}
 * left out), with who answered and how fast: for readers that hand each item on untouched so
 * users can pick any value by JSON Pointer.
 */
public final class WeaveReportJson {
  private final ObjectNode tree;
  private final String url;
  private final long responseMillis;

  public WeaveReportJson(ObjectNode tree, String url, long responseMillis) {
    this.tree = tree;
    this.url = url;
    this.responseMillis = responseMillis;
  }

  public ObjectNode tree() {
    return tree;
  }

  /** The router's URL, without credentials. */
  public String url() {
    return url;
  }

  /** Milliseconds from sending the request to the response's headers. */
  public long responseMillis() {
    return responseMillis;
  }
}
