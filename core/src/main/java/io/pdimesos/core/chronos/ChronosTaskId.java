package io.pdimesos.core.chronos;

/**
 * A Chronos Mesos task id {@code ct:<dueMillis>:<attempt>:<jobName>:<arguments>}
 * ({@code TaskUtils.scala}, reference chronos.md §3.2, §6.1). The only thing that tells one run of
 * a job from another: a manual run's due time is the moment the leader queued it.
 */
public final class ChronosTaskId {
  public static final String PREFIX = "ct:";

  private final String id;
  private final long dueMillis;
  private final int attempt;
  private final String jobName;
  private final String arguments;

  private ChronosTaskId(String id, long dueMillis, int attempt, String jobName, String arguments) {
    this.id = id;
    this.dueMillis = dueMillis;
    this.attempt = attempt;
    this.jobName = jobName;
    this.arguments = arguments;
  }

  /** Parses {@code id}, or returns null when it is not a Chronos task id. */
  public static ChronosTaskId parse(String id) {
    if (id == null || !id.startsWith(PREFIX)) {
      return null;
    }
    // Names never contain ':', arguments might (they should not, see §6.4): split at most 4 times.
    String[] f = id.substring(PREFIX.length()).split(":", 4);
    if (f.length < 3) {
      return null;
    }
    try {
      return new ChronosTaskId(id, Long.parseLong(f[0]), Integer.parseInt(f[1]), f[2],
          f.length == 4 ? f[3] : "");
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** What Chronos keeps of run-now arguments in the id: every ';' removed. */
  public static String argumentsAsStored(String arguments) {
    return arguments == null ? "" : arguments.replace(";", "");
  }

  public String id() {
    return id;
  }

  public long dueMillis() {
    return dueMillis;
  }

  /** 0 for the first try, n for the n-th retry. */
  public int attempt() {
    return attempt;
  }

  public String jobName() {
    return jobName;
  }

  public String arguments() {
    return arguments;
  }

  @Override
  public String toString() {
    return id;
  }
}
