package io.pdimesos.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(20)
class OrderedActionsTest {
  private static final String THREADS = "ordered-actions-test";

  /** Takes heads until {@code n} came out, each wait bounded. */
  private static List<OrderedActions.Done<Integer, String>> take(OrderedActions<Integer, String> a, int n) {
    List<OrderedActions.Done<Integer, String>> out = new ArrayList<>();
    for (int i = 0; i < 200 && out.size() < n; i++) {
      OrderedActions.Done<Integer, String> d = a.takeHead(50, TimeUnit.MILLISECONDS);
      if (d != null) {
        out.add(d);
      }
    }
    return out;
  }

  @Test
  void releasesInSubmissionOrderWhateverOrderTheCallsFinishIn() throws Exception {
    CountDownLatch firstMayFinish = new CountDownLatch(1);
    CountDownLatch othersDone = new CountDownLatch(3);
    try (OrderedActions<Integer, String> a = new OrderedActions<>(4, THREADS)) {
      a.submit(1, () -> {
        firstMayFinish.await(5, TimeUnit.SECONDS);
        return "one";
      });
      for (int i = 2; i <= 4; i++) {
        int n = i;
        a.submit(n, () -> {
          othersDone.countDown();
          return "r" + n;
        });
      }
      assertThat(a.hasRoom()).isFalse();
      assertThat(othersDone.await(5, TimeUnit.SECONDS)).as("2..4 ran beside the slow first").isTrue();
      assertThat(a.takeHead(100, TimeUnit.MILLISECONDS)).as("head-of-line: 1 is not done").isNull();
      firstMayFinish.countDown();
      assertThat(take(a, 4)).extracting(OrderedActions.Done::key).containsExactly(1, 2, 3, 4);
      assertThat(a.isEmpty()).isTrue();
    }
  }

  @Test
  void neverRunsMoreThanTheWindowAtOnce() throws Exception {
    AtomicInteger now = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    List<Integer> keys = new ArrayList<>();
    try (OrderedActions<Integer, String> a = new OrderedActions<>(3, THREADS)) {
      for (int i = 1; i <= 20; i++) {
        while (!a.hasRoom()) {
          take(a, 1).forEach(d -> keys.add(d.key()));
        }
        a.submit(i, () -> {
          most.accumulateAndGet(now.incrementAndGet(), Math::max);
          Thread.sleep(5);
          now.decrementAndGet();
          return "ok";
        });
      }
      take(a, a.size()).forEach(d -> keys.add(d.key()));
    }
    assertThat(most.get()).isBetween(1, 3);
    assertThat(keys).hasSize(20).isSorted();
  }

  /**
   * With a window wider than the threads, a slow call at the head holds one thread, not all of
   * them: the calls behind it run on the other thread as soon as it is free, one at a time.
   */
  @Test
  void aSlowHeadDoesNotHoldTheOtherThreadsIdle() throws Exception {
    CountDownLatch firstMayFinish = new CountDownLatch(1);
    CountDownLatch othersDone = new CountDownLatch(3);
    AtomicInteger now = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    try (OrderedActions<Integer, String> a = new OrderedActions<>(2, 4, THREADS)) {
      a.submit(1, () -> {
        most.accumulateAndGet(now.incrementAndGet(), Math::max);
        firstMayFinish.await(5, TimeUnit.SECONDS);
        now.decrementAndGet();
        return "one";
      });
      for (int i = 2; i <= 4; i++) {
        int n = i;
        assertThat(a.hasRoom()).as("room for call %d", n).isTrue();
        a.submit(n, () -> {
          most.accumulateAndGet(now.incrementAndGet(), Math::max);
          Thread.sleep(5);
          now.decrementAndGet();
          othersDone.countDown();
          return "r" + n;
        });
      }
      assertThat(a.hasRoom()).isFalse();
      assertThat(othersDone.await(5, TimeUnit.SECONDS)).as("2..4 ran beside the slow first")
          .isTrue();
      assertThat(a.takeHead(50, TimeUnit.MILLISECONDS)).as("1 still comes first").isNull();
      firstMayFinish.countDown();
      assertThat(take(a, 4)).extracting(OrderedActions.Done::key).containsExactly(1, 2, 3, 4);
    }
    assertThat(most.get()).isEqualTo(2);
  }

  @Test
  void aFailedCallTakesItsPlaceAndDoesNotReorderTheOthers() {
    try (OrderedActions<Integer, String> a = new OrderedActions<>(4, THREADS)) {
      a.submit(1, () -> "one");
      a.submit(2, () -> {
        throw new IllegalStateException("boom");
      });
      a.submitDone(3, "known without a call");
      a.submit(4, () -> "four");
      List<OrderedActions.Done<Integer, String>> out = take(a, 4);
      assertThat(out).extracting(OrderedActions.Done::key).containsExactly(1, 2, 3, 4);
      assertThat(out.get(1).value()).isNull();
      assertThat(out.get(1).error()).isInstanceOf(IllegalStateException.class).hasMessage("boom");
      assertThat(out.get(2).value()).isEqualTo("known without a call");
      assertThat(out.get(3).value()).isEqualTo("four");
    }
  }

  @Test
  void aFullWindowRefusesMore() {
    try (OrderedActions<Integer, String> a = new OrderedActions<>(1, THREADS)) {
      a.submitDone(1, "x");
      assertThatThrownBy(() -> a.submit(2, () -> "y")).isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void closeCancelsRunningCallsAndEndsTheThreads() throws Exception {
    CountDownLatch started = new CountDownLatch(2);
    AtomicInteger interrupted = new AtomicInteger();
    OrderedActions<Integer, String> a = new OrderedActions<>(2, THREADS + "-close");
    for (int i = 1; i <= 2; i++) {
      a.submit(i, () -> {
        started.countDown();
        try {
          Thread.sleep(30_000);
        } catch (InterruptedException e) {
          interrupted.incrementAndGet();
        }
        return "late";
      });
    }
    assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
    long t0 = System.nanoTime();
    assertThat(a.closeAndWait()).isTrue();
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0)).isLessThan(1_000);
    assertThat(interrupted.get()).isEqualTo(2);
    assertThat(a.isEmpty()).isTrue();
    assertThat(Thread.getAllStackTraces().keySet()).noneMatch(
        t -> t.getName().startsWith(THREADS + "-close") && t.isAlive());
  }
}
