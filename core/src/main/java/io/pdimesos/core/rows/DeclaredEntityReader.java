package io.pdimesos.core.rows;

import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.http.Urls;
import io.pdimesos.core.json.PointerSelection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import okhttp3.HttpUrl;

/**
 * Shared base of the entity readers of every service: an entity's code, documented fields and
 * honoured filters, declared once in the constructor, plus the small conversions and the error
 * every reader needs.
 */
abstract class DeclaredEntityReader implements EntityReader {
  private final String code;
  private final List<SourceField> fields;
  private final List<String> filters;

  DeclaredEntityReader(String code, List<SourceField> fields, String... filters) {
    this.code = code;
    this.fields = Collections.unmodifiableList(new ArrayList<SourceField>(fields));
    this.filters = Collections.unmodifiableList(Arrays.asList(filters));
  }

  @Override
  public final String code() {
    return code;
  }

  @Override
  public final List<SourceField> defaultFields() {
    return fields;
  }

  @Override
  public final List<String> filters() {
    return filters;
  }

  @Override
  public final long read(RowFilter filter, RecordSink sink, CancellationToken token) {
    return read(filter == null ? RowFilter.NONE : filter, PointerSelection.whole(), sink,
        token == null ? CancellationToken.none() : token);
  }

  @Override
  public final long read(RowFilter filter, List<SourceField> fields, RecordSink sink,
      CancellationToken token) {
    return read(filter == null ? RowFilter.NONE : filter, selection(fields), sink,
        token == null ? CancellationToken.none() : token);
  }

  /**
   * Reads the entity; a streaming reader keeps only {@code selection}'s values of each item, one
   * that reads whole bodies may keep every path.
   */
  abstract long read(RowFilter filter, PointerSelection selection, RecordSink sink,
      CancellationToken token);

  /** The JSON Pointers of {@code fields}, compiled once for a read. */
  static PointerSelection selection(List<SourceField> fields) {
    List<String> pointers = new ArrayList<String>();
    for (SourceField f : fields) {
      if (!f.derived()) {
        pointers.add(f.path());
      }
    }
    try {
      return PointerSelection.of(pointers);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Source path " + e.getMessage(), e);
    }
  }

  /** The base URL that answered, without credentials or the trailing slash. */
  static String baseUrl(HttpUrl base) {
    return baseUrl(Urls.redact(base));
  }

  static String baseUrl(String url) {
    return url != null && url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /** Seconds since the epoch as a derived value; null for the 0 Mesos writes when unknown. */
  static Double seconds(double epochSeconds) {
    return epochSeconds > 0 ? Double.valueOf(epochSeconds) : null;
  }

  /** An entity's documented fields as one unmodifiable list, made once per entity. */
  static List<SourceField> fields(SourceField... fields) {
    return Collections.unmodifiableList(Arrays.asList(fields));
  }

  /** The error for an unknown entity code: names it and the valid codes. */
  static IllegalArgumentException unknown(String system, String code, List<String> codes) {
    return new IllegalArgumentException("Unknown " + system + " entity '" + code
        + "'; valid entities: " + codes);
  }

  @Override
  public String toString() {
    return code;
  }
}
