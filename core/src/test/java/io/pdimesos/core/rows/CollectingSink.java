package io.pdimesos.core.rows;

import io.pdimesos.core.error.ClusterException;
import java.util.ArrayList;
import java.util.List;

/**
 * A sink that keeps what a reader gives it: every record and every answer, and, if made with
 * {@link #keepingFailures()}, every server that failed; otherwise a failure ends the read as
 * {@link RecordSink}'s default does.
 */
final class CollectingSink implements RecordSink {
  final List<Record> records = new ArrayList<>();
  final List<ResponseInfo> answers = new ArrayList<>();
  final List<String> failedUrls = new ArrayList<>();
  final List<ClusterException> failures = new ArrayList<>();
  private final boolean keepFailures;

  private CollectingSink(boolean keepFailures) {
    this.keepFailures = keepFailures;
  }

  /** Failures end the read. */
  static CollectingSink collecting() {
    return new CollectingSink(false);
  }

  /** Failures are kept in {@link #failedUrls} and {@link #failures}; the read goes on. */
  static CollectingSink keepingFailures() {
    return new CollectingSink(true);
  }

  @Override
  public void answered(ResponseInfo response) {
    answers.add(response);
  }

  @Override
  public void failed(String url, ClusterException error) {
    if (!keepFailures) {
      RecordSink.super.failed(url, error);
    }
    failedUrls.add(url);
    failures.add(error);
  }

  @Override
  public boolean accept(Record record) {
    records.add(record);
    return true;
  }

  /** The first record whose {@code path} reads as {@code value}. */
  Record byField(String path, String value) {
    return records.stream().filter(r -> value.equals(r.value(path, FieldType.STRING)))
        .findFirst().orElseThrow(() -> new AssertionError("no record with " + path + " = "
            + value + " in " + records));
  }
}
