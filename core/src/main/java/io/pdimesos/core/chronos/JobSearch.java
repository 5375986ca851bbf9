package io.pdimesos.core.chronos;

/**
 * Parameters of {@code GET …/jobs/search}: case-insensitive substring matches on name and
 * command, widened by {@link #any}. The server returns at most 10 jobs unless told otherwise
 * (undocumented), so a limit is always sent. {@link #exactName()} filters the answer to jobs named exactly {@code name}.
 */
public final class JobSearch {
  /** What Chronos uses when no limit is sent; named here because it surprises users. */
  public static final int SERVER_DEFAULT_LIMIT = 10;

  private String name;
  private String command;
  private String any;
  private int limit = 1000;
  private int offset;
  private boolean exactName;

  public static JobSearch byName(String name) {
    return new JobSearch().name(name);
  }

  public JobSearch name(String v) {
    this.name = v;
    return this;
  }

  public JobSearch command(String v) {
    this.command = v;
    return this;
  }

  /**
   * Brings back jobs whose name or command contains {@code v} although {@link #name} or
   * {@link #command} left them out. It never removes a job: alone it filters nothing and every
   * job comes back (Chronos 3.0.2 {@code JobManagementResource.search}).
   */
  public JobSearch any(String v) {
    this.any = v;
    return this;
  }

  public JobSearch limit(int v) {
    if (v < 1) {
      throw new IllegalArgumentException("Search limit must be at least 1: " + v);
    }
    this.limit = v;
    return this;
  }

  public JobSearch offset(int v) {
    if (v < 0) {
      throw new IllegalArgumentException("Search offset must not be negative: " + v);
    }
    this.offset = v;
    return this;
  }

  /** Keep only jobs whose name equals {@link #name} exactly (the server matches substrings). */
  public JobSearch exactName(boolean v) {
    this.exactName = v;
    return this;
  }

  public String name() {
    return name;
  }

  public String command() {
    return command;
  }

  public String any() {
    return any;
  }

  public int limit() {
    return limit;
  }

  public int offset() {
    return offset;
  }

  public boolean exactName() {
    return exactName;
  }
}
