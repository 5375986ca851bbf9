package io.pdimesos.core.rows;

import io.pdimesos.core.cancel.CancellationToken;
import java.util.List;

/**
 * Reads one entity of one service (Mesos tasks, Marathon apps, Chronos jobs, Weave peers...) as a
 * stream of {@link Record}s. The input steps are thin adapters over these: they pick the output
 * fields from {@link #defaultFields()} (or the user's own paths) and turn records into rows.
 *
 * <p>Readers are made per read from a client (see the {@code *Entities} classes); they hold no
 * state between reads.
 */
public interface EntityReader {
  /** The entity's code as stored in the step's XML ({@code tasks}, {@code apps}...). */
  String code();

  /** The documented default output fields, in output order. */
  List<SourceField> defaultFields();

  /** Which filters of {@link RowFilter} this entity honours, by their setting names. */
  List<String> filters();

  /**
   * Reads the entity and hands each matching record to {@code sink}, in the server's order, while
   * the body is still arriving where the server allows it. Each record keeps its whole item, so
   * any path can be read from it.
   *
   * @return how many records were accepted
   * @throws io.pdimesos.core.error.ClusterException when the service cannot be read (quotes it)
   * @throws io.pdimesos.core.error.CancelledException when {@code token} is cancelled
   */
  long read(RowFilter filter, RecordSink sink, CancellationToken token);

  /**
   * As {@link #read(RowFilter, RecordSink, CancellationToken)}, for rows of {@code fields} only:
   * the records answer those fields' paths and may keep nothing else. A streaming reader builds
   * only those values from the body's tokens and skips the rest unread.
   *
   * @throws IllegalArgumentException when a field's path is not a JSON Pointer (names it)
   */
  long read(RowFilter filter, List<SourceField> fields, RecordSink sink, CancellationToken token);
}
