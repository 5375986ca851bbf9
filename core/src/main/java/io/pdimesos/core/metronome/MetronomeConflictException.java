package io.pdimesos.core.metronome;

import io.pdimesos.core.error.RejectedException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Metronome's 409 (reference metronome.md §1): the job already exists, it has active runs (a
 * delete without {@code stopCurrentJobRuns}), other jobs depend on it, or a schedule of that id,
 * or any schedule, already exists. {@link #reason()} says which, so callers branch on a value
 * rather than on the server's wording.
 */
public class MetronomeConflictException extends RejectedException {
  private static final long serialVersionUID = 1L;

  /** Which conflict the server reported. */
  public enum Reason {
    /** {@code POST /v1/jobs}: "Job with this id already exists". */
    JOB_EXISTS,
    /** {@code DELETE /v1/jobs/{id}}: "There are active job runs. Override with …". */
    ACTIVE_RUNS,
    /** {@code DELETE /v1/jobs/{id}}: "There are jobs with a dependency on …". */
    DEPENDANTS,
    /** {@code POST …/schedules}: "A schedule with id … already exists", "Only one …". */
    SCHEDULE_EXISTS,
    /** Any other 409, quoted as it came. */
    OTHER
  }

  private final Reason reason;
  private final List<String> dependants;

  public MetronomeConflictException(String method, String url, String serverMessage,
      Reason reason, List<String> dependants) {
    super(409, method, url, serverMessage, Collections.<FieldError>emptyList());
    this.reason = reason;
    this.dependants = Collections.unmodifiableList(new ArrayList<String>(dependants));
  }

  public Reason reason() {
    return reason;
  }

  /** For {@link Reason#DEPENDANTS}: the ids of the jobs that depend on the job; else empty. */
  public List<String> dependants() {
    return dependants;
  }
}
