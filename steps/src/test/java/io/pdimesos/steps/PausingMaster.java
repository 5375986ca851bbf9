package io.pdimesos.steps;

import io.pdimesos.core.mesos.FakeMaster;
import io.pdimesos.core.mesos.GeneratedMasterState;
import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A Mesos master on 127.0.0.1 whose {@code /master/state} is core's {@link GeneratedMasterState}:
 * the real 1.8.0 capture with its one Marathon task repeated {@code tasks} times under distinct
 * ids, pausing after {@code pauseAfter} tasks until {@link #resume} opens (at most 10 s), so a
 * test can see rows flow while the body is incomplete, or stop the step while the read is
 * blocked.
 */
final class PausingMaster implements AutoCloseable {
  private final FakeMaster master = new FakeMaster();
  private final GeneratedMasterState state;
  final CountDownLatch resume;
  final CountDownLatch paused;
  final AtomicBoolean resumedInTime;
  final AtomicBoolean finished;

  PausingMaster(int tasks, int pauseAfter) throws IOException {
    state = new GeneratedMasterState(tasks, pauseAfter);
    resume = state.resume;
    paused = state.paused;
    resumedInTime = state.resumedInTime;
    finished = state.finished;
    master.route("/master/state", r -> state.response());
  }

  /** The first {@code n} tasks of the state, as the body's bytes up to there. */
  String firstTasks(int n) {
    return state.firstTasks(n);
  }

  String url() {
    return master.url();
  }

  /** The IP address every generated task reports (from the capture). */
  static String taskIp() {
    return GeneratedMasterState.TASK_IP;
  }

  @Override
  public void close() {
    resume.countDown();
    master.close();
  }
}
