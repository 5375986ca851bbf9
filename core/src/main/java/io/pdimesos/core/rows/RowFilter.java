package io.pdimesos.core.rows;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The optional filters of the input steps. Each entity honours the ones that make sense for it
 * (its reader documents which) and ignores the rest; empty means "no filter". Immutable.
 */
public final class RowFilter {
  public static final RowFilter NONE = new RowFilter("", "", "", "");
  /** Names of the filters, as {@link EntityReader#filters()} lists them and steps store them. */
  public static final String FRAMEWORK_NAME = "framework_name";
  public static final String TASK_STATE = "task_state";
  public static final String ID_PREFIX = "id_prefix";
  public static final String NAME_PATTERN = "name_pattern";

  private final String frameworkName;
  private final String taskState;
  private final String idPrefix;
  /** {@link #idPrefix} without its leading slash, as ids are compared. */
  private final String bareIdPrefix;
  private final String namePattern;
  private final Pattern compiled;

  /**
   * @param frameworkName exact framework name (Mesos tasks, executors, frameworks)
   * @param taskState exact task state such as TASK_RUNNING (Mesos and Marathon tasks)
   * @param idPrefix prefix of the app id, with or without the leading slash (Marathon)
   * @param namePattern Java regular expression the whole job name must match (Chronos)
   * @throws IllegalArgumentException when the pattern is not a valid regular expression
   */
  public RowFilter(String frameworkName, String taskState, String idPrefix, String namePattern) {
    this.frameworkName = trim(frameworkName);
    this.taskState = trim(taskState);
    this.idPrefix = trim(idPrefix);
    this.bareIdPrefix = strip(this.idPrefix);
    this.namePattern = trim(namePattern);
    try {
      this.compiled = this.namePattern.isEmpty() ? null : Pattern.compile(this.namePattern);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException("Job name pattern '" + this.namePattern
          + "' is not a regular expression: " + e.getDescription());
    }
  }

  private static String trim(String s) {
    return s == null ? "" : s.trim();
  }

  public String frameworkName() {
    return frameworkName;
  }

  public String taskState() {
    return taskState;
  }

  public String idPrefix() {
    return idPrefix;
  }

  /** The id prefix without its leading slash (how Marathon's own id filter takes it). */
  String bareIdPrefix() {
    return bareIdPrefix;
  }

  public String namePattern() {
    return namePattern;
  }

  public boolean frameworkMatches(String name) {
    return frameworkName.isEmpty() || frameworkName.equals(name);
  }

  public boolean stateMatches(String state) {
    return taskState.isEmpty() || taskState.equalsIgnoreCase(state);
  }

  /** App ids compare without their leading slash, so "etl" and "/etl" mean the same. */
  public boolean idMatches(String appId) {
    if (idPrefix.isEmpty()) {
      return true;
    }
    return strip(appId).startsWith(bareIdPrefix);
  }

  public boolean nameMatches(String jobName) {
    return compiled == null || (jobName != null && compiled.matcher(jobName).matches());
  }

  private static String strip(String id) {
    return id == null ? "" : id.startsWith("/") ? id.substring(1) : id;
  }

  @Override
  public String toString() {
    return "framework=" + frameworkName + " state=" + taskState + " idPrefix=" + idPrefix
        + " namePattern=" + namePattern;
  }
}
