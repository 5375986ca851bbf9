package io.pdimesos.core.mesos;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.error.UnexpectedJsonException;
import io.pdimesos.core.testing.Mutations;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The streamed {@code /master/state} parser on edited real states and on noise: it hands out
 * what it read or fails with the typed errors only (an I/O error, which the client reports as a
 * bad response, or a field of the wrong type), never a NullPointerException or the like.
 */
class StateParserPropertiesTest {

  @Provide
  Arbitrary<String> states() {
    return Mutations.around(Fixtures.text(Fixtures.STATE_0_19));
  }

  @Property
  void theStateParserFailsOnlyWithTypedErrors(@ForAll("states") String body) {
    AtomicLong seen = new AtomicLong();
    StateVisitor count = new StateVisitor() {
      @Override
      public void agent(MesosAgent a) {
        seen.incrementAndGet();
      }

      @Override
      public void task(MesosTask t) {
        seen.incrementAndGet();
      }
    };
    try {
      new StateStreamParser(count, StateSelection.NONE, Collections::emptyMap,
          CancellationToken.none())
          .parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    } catch (IOException | UnexpectedJsonException typed) {
      assertThat(typed.getMessage()).isNotNull();
    }
    assertThat(seen.get()).isNotNegative();
  }
}
