package io.pdimesos.core.mesos;

/**
 * Parameters of {@code GET /master/tasks}: a page of tasks (running, unreachable and completed,
 * of active and completed frameworks) sorted by their first status time. The master has no
 * total count: page until a page comes back shorter than {@code limit}.
 */
public final class TaskQuery {
  /** Sort order by first status timestamp; the master's default is descending. */
  public enum Order { ASC, DESC }

  private int limit = 100;
  private int offset;
  private Order order;
  private String frameworkId;
  private String taskId;

  public static TaskQuery page(int limit, int offset) {
    return new TaskQuery().limit(limit).offset(offset);
  }

  public TaskQuery limit(int value) {
    if (value < 1) {
      throw new IllegalArgumentException("The task page size must be at least 1: " + value);
    }
    this.limit = value;
    return this;
  }

  public TaskQuery offset(int value) {
    if (value < 0) {
      throw new IllegalArgumentException("The task offset must not be negative: " + value);
    }
    this.offset = value;
    return this;
  }

  public TaskQuery order(Order value) {
    this.order = value;
    return this;
  }

  public TaskQuery frameworkId(String value) {
    this.frameworkId = value;
    return this;
  }

  public TaskQuery taskId(String value) {
    this.taskId = value;
    return this;
  }

  public int limit() {
    return limit;
  }

  public int offset() {
    return offset;
  }

  public Order order() {
    return order;
  }

  public String frameworkId() {
    return frameworkId;
  }

  public String taskId() {
    return taskId;
  }

  /** The master spells descending {@code des}. */
  String orderParameter() {
    return order == null ? null : order == Order.ASC ? "asc" : "des";
  }
}
