package io.pdimesos.plugin;

import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.cancel.Deadline;
import io.pdimesos.core.cancel.Waits;
import io.pdimesos.core.ops.MarathonAppOperation;
import io.pdimesos.core.ops.MarathonAppOperation.OnTimeout;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The wait block of an entry or a step, declared here once for all of them: whether to wait,
 * the maximum timeout, the check cycle, success on timeout and, for Marathon operations, what a
 * timeout or a stop leaves behind. Each entry or step picks the members it has and their
 * defaults; the tags, the rules and the texts are the same everywhere:
 *
 * <ul>
 *   <li>a maximum timeout of 0 means no limit: the wait ends when it succeeds or the job stops;
 *   <li>the check cycle is at least {@value #MIN_CHECK_CYCLE_MILLIS} ms, whatever it says (0
 *       included): checking more often only loads the servers. The checks repeat at that
 *       cycle; a wait for an operation looks first after {@value Waits#FIRST_POLL_MILLIS} ms and
 *       doubles its pauses up to it, so a short deployment or run is not charged a whole cycle,
 *       and where events come (Marathon's stream, the Mesos master's) they end the wait at once;
 *   <li>with success on timeout, a wait whose time ran out counts as a success;
 *   <li>while the wait switch is off, the dialog greys out the rest of the block.
 * </ul>
 */
public final class WaitBlock {
  private static final Class<?> PKG = WaitBlock.class;

  /** The shortest check cycle (the longest pause of a wait cannot be shorter). */
  public static final long MIN_CHECK_CYCLE_MILLIS = 1_000;

  /** Who waits: the texts of the block speak of an entry's operation, a check or a row. */
  public enum Waiter {
    /** An entry waiting for its operation (a deployment, a Chronos run). */
    ENTRY("Entry"),
    /** An entry checking again until its criteria hold. */
    CHECK("Check"),
    /** A step waiting for one row's operation. */
    ROW("Row");

    private final String messageKey;

    Waiter(String messageKey) {
      this.messageKey = messageKey;
    }
  }

  private final Setting waitSwitch;
  private final Setting timeout;
  private final Setting checkCycle;
  private final Setting successOnTimeout;
  private final Setting onTimeout;
  private final List<Setting> settings;

  private WaitBlock(Builder b) {
    String prefix = "WaitBlock." + b.waiter.messageKey + ".";
    this.timeout = Setting.integer(PKG, "timeout_seconds", prefix + "Timeout")
        .defaultValue(b.timeoutSeconds).tab(SettingTab.WAIT).build();
    this.checkCycle = b.checkCycleSeconds < 0 ? null
        : Setting.integer(PKG, "check_cycle_seconds", prefix + "CheckCycle")
            .defaultValue(b.checkCycleSeconds).tab(SettingTab.WAIT).build();
    /* Off: a timeout is a failure unless the user says otherwise. */
    this.successOnTimeout = !b.successOnTimeout ? null
        : Setting.bool(PKG, "success_on_timeout", prefix + "SuccessOnTimeout")
            .tab(SettingTab.WAIT).build();
    /* Leave: Marathon keeps trying, and nothing is undone behind the user's back. */
    this.onTimeout = !b.onTimeout ? null
        : Setting.choice(PKG, "on_timeout", prefix + "OnTimeout", OnTimeout.values())
            .defaultValue(OnTimeout.LEAVE).tab(SettingTab.WAIT).build();
    List<Setting> rest = new ArrayList<Setting>();
    for (Setting s : new Setting[] {timeout, checkCycle, successOnTimeout, onTimeout}) {
      if (s != null) {
        rest.add(s);
      }
    }
    this.waitSwitch = b.waitByDefault == null ? null
        : Setting.bool(PKG, "wait", prefix + "Wait").defaultValue(b.waitByDefault)
            .tab(SettingTab.WAIT).enables(rest)
            .whenMissing(b.waiter == Waiter.CHECK ? waitedWhenTimeoutSet(timeout) : null).build();
    List<Setting> all = new ArrayList<Setting>();
    if (waitSwitch != null) {
      all.add(waitSwitch);
    }
    all.addAll(rest);
    this.settings = Collections.unmodifiableList(all);
  }

  /** The block of an entry that waits for its operation to finish. */
  public static Builder forEntry() {
    return new Builder(Waiter.ENTRY);
  }

  /**
   * The block of an entry that checks the cluster: with its switch on it checks again every
   * check cycle until the criteria hold. Files from before the switch existed re-checked
   * whenever their timeout was above 0, so that is what its missing tag means.
   */
  public static Builder forCheck() {
    Builder b = new Builder(Waiter.CHECK);
    b.waitByDefault = false;
    return b;
  }

  /** The block of a step that may wait for each row's operation. */
  public static Builder forRow() {
    return new Builder(Waiter.ROW);
  }

  /** The block's settings in dialog order: switch, timeout, check cycle, success, on timeout. */
  public List<Setting> settings() {
    return settings;
  }

  /** The wait switch, or null when the entry always waits. */
  public Setting waitSwitch() {
    return waitSwitch;
  }

  public Setting timeout() {
    return timeout;
  }

  /** Null for an operation that is bounded by the timeout but never polls. */
  public Setting checkCycle() {
    return checkCycle;
  }

  public Setting successOnTimeout() {
    return successOnTimeout;
  }

  /** Null for everything but Marathon operations. */
  public Setting onTimeout() {
    return onTimeout;
  }

  /** The block's values in one run, variables resolved. */
  public Wait resolve(ClusterRun run) {
    return new Wait(waitSwitch == null || run.bool(waitSwitch), run.millis(timeout),
        checkCycle == null ? MIN_CHECK_CYCLE_MILLIS
            : Math.max(MIN_CHECK_CYCLE_MILLIS, run.millis(checkCycle)),
        successOnTimeout != null && run.bool(successOnTimeout),
        onTimeout == null ? OnTimeout.LEAVE : run.choice(onTimeout, OnTimeout.class));
  }

  /** One run's wait: what the block's settings say, with the rules applied. */
  public static final class Wait {
    private final boolean waits;
    private final long timeoutMillis;
    private final long checkCycleMillis;
    private final boolean successOnTimeout;
    private final OnTimeout onTimeout;

    Wait(boolean waits, long timeoutMillis, long checkCycleMillis, boolean successOnTimeout,
        OnTimeout onTimeout) {
      this.waits = waits;
      this.timeoutMillis = timeoutMillis;
      this.checkCycleMillis = checkCycleMillis;
      this.successOnTimeout = successOnTimeout;
      this.onTimeout = onTimeout;
    }

    public boolean waits() {
      return waits;
    }

    /** The maximum timeout in milliseconds; 0 = no limit. */
    public long timeoutMillis() {
      return timeoutMillis;
    }

    /** The pause between two checks, never below {@link #MIN_CHECK_CYCLE_MILLIS}. */
    public long checkCycleMillis() {
      return checkCycleMillis;
    }

    /**
     * The success-on-timeout rule: whether an outcome counts as a success. A wait that timed
     * out does when success on timeout is set; any other outcome is what it is.
     */
    public boolean succeeded(boolean success, boolean timedOut) {
      return success || (timedOut && successOnTimeout);
    }

    /** Applies the block to a core Marathon operation: wait or not, on timeout, pauses. */
    public <T extends MarathonAppOperation<T>> T configure(T operation) {
      return operation.waitForCompletion(waits).onTimeout(onTimeout)
          .checkCycle(checkCycleMillis);
    }

    /**
     * Runs {@code check} once, or, while waiting, again every check cycle until it passes or the
     * timeout passes (a last check is made at the deadline). A cancelled token ends it with
     * {@link io.pdimesos.core.error.CancelledException}.
     *
     * @param check one check, given the milliseconds it may take (0 = no limit)
     * @param failed told of each failed check that another will follow
     */
    public <R> Checked<R> repeat(final Check<R> check, final Passes<R> passes,
        final Failed<R> failed, CancellationToken token) {
      if (!waits) {
        return new Checked<R>(check.run(0), false);
      }
      final Deadline deadline = Deadline.inMillis(timeoutMillis);
      final class Attempts implements Waits.Probe<R> {
        private int attempt;
        private R last;

        @Override
        public R poll() {
          last = check.run(deadline.isUnbounded() ? 0 : Math.max(1, deadline.remainingMillis()));
          attempt++;
          if (passes.test(last)) {
            return last;
          }
          if (!deadline.hasExpired()) {
            failed.again(attempt, last, checkCycleMillis);
          }
          return null;
        }
      }
      Attempts attempts = new Attempts();
      R passed = Waits.until(attempts, deadline, checkCycleMillis, checkCycleMillis, token);
      return passed != null ? new Checked<R>(passed, false) : new Checked<R>(attempts.last, true);
    }
  }

  /** One check of a repeated wait. */
  public interface Check<R> {
    R run(long remainingMillis);
  }

  /** Whether a check's result ends the wait. */
  public interface Passes<R> {
    boolean test(R result);
  }

  /** What to log when a check failed and another will follow. */
  public interface Failed<R> {
    void again(int attempt, R result, long pauseMillis);
  }

  /** The last check's result, and whether the wait's time ran out before it passed. */
  public static final class Checked<R> {
    private final R last;
    private final boolean timedOut;

    Checked(R last, boolean timedOut) {
      this.last = last;
      this.timedOut = timedOut;
    }

    public R last() {
      return last;
    }

    public boolean timedOut() {
      return timedOut;
    }
  }

  /** Picks a block's members and defaults; see {@link #forEntry()} and friends. */
  public static final class Builder {
    private final Waiter waiter;
    private Boolean waitByDefault;
    private long timeoutSeconds;
    private long checkCycleSeconds = -1;
    private boolean successOnTimeout;
    private boolean onTimeout;

    private Builder(Waiter waiter) {
      this.waiter = waiter;
    }

    /** A switch to wait or not, on or off by default. */
    public Builder waitSwitch(boolean onByDefault) {
      this.waitByDefault = onByDefault;
      return this;
    }

    /** The maximum timeout's default, in seconds (0 = no limit). */
    public Builder timeout(long defaultSeconds) {
      this.timeoutSeconds = defaultSeconds;
      return this;
    }

    /** The check cycle's default, in seconds. */
    public Builder checkCycle(long defaultSeconds) {
      this.checkCycleSeconds = defaultSeconds;
      return this;
    }

    public Builder successOnTimeout() {
      this.successOnTimeout = true;
      return this;
    }

    /** Leave or roll back what a timeout or a stop interrupted (Marathon deployments). */
    public Builder onTimeout() {
      this.onTimeout = true;
      return this;
    }

    public WaitBlock build() {
      return new WaitBlock(this);
    }
  }

  /**
   * Before checks had a wait switch, a timeout above 0 meant "check again until the criteria
   * hold" and 0 "check once": a file without the switch keeps doing what it did.
   */
  private static Setting.WhenMissing waitedWhenTimeoutSet(final Setting timeout) {
    return new Setting.WhenMissing() {
      @Override
      public String value(SettingValues loaded) {
        String t = loaded.raw(timeout).trim();
        return t.isEmpty() || t.equals("0") ? "N" : "Y";
      }
    };
  }
}
