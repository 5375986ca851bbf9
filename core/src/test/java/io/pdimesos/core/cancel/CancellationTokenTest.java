package io.pdimesos.core.cancel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CancellationTokenTest {
  @Test
  void aCancellerRunsOnCancelUntilItsRegistrationIsClosed() {
    CancellationToken token = CancellationToken.create();
    AtomicInteger kept = new AtomicInteger();
    AtomicInteger dropped = new AtomicInteger();
    token.onCancel(kept::incrementAndGet);
    try (CancellationToken.Registration r = token.onCancel(dropped::incrementAndGet)) {
      assertThat(dropped).hasValue(0);
    }
    token.cancel();
    assertThat(kept).hasValue(1);
    assertThat(dropped).as("closed before the cancel").hasValue(0);
  }

  @Test
  void aCancellerRegisteredOnACancelledTokenRunsAtOnce() {
    CancellationToken token = CancellationToken.create();
    token.cancel();
    AtomicInteger runs = new AtomicInteger();
    token.onCancel(runs::incrementAndGet).close();
    assertThat(runs).hasValue(1);
  }

  @Test
  void theTokenThatNeverCancelsRegistersNothing() {
    AtomicInteger runs = new AtomicInteger();
    CancellationToken.Registration r = CancellationToken.none().onCancel(runs::incrementAndGet);
    CancellationToken.none().cancel();
    r.close();
    assertThat(runs).hasValue(0);
    assertThat(CancellationToken.none().isCancelled()).isFalse();
  }
}
