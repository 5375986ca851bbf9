package io.pdimesos.core.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.http.ServiceSettings;
import io.pdimesos.core.marathon.MarathonClient;
import io.pdimesos.core.testing.HostileServer;
import io.pdimesos.core.testing.HostileServer.Hostility;
import java.util.Collections;
import org.junit.jupiter.api.Test;

/** Whatever a server sends, what reaches a terminal or a PDI log is short and printable. */
class PrintableTest {

  @Test
  void controlBidiAndUndecodableCharactersNeverPassThrough() {
    String hostile = "ok\u001b[2J\u0007 \u202eevil\u0000 \ufffd\ud800 end";
    String q = Printable.quote(hostile, 200);
    assertThat(q).isEqualTo("ok\\u001b[2J\\u0007 \\u202eevil\\u0000 end");
    assertThat(Printable.isPrintable(q)).isTrue();
    assertThat(Printable.isPrintable(hostile)).isFalse();
  }

  @Test
  void aQuoteIsCutWithAnEllipsisAndKeepsWholeCharacters() {
    assertThat(Printable.quote("x".repeat(500), 200)).hasSize(201).endsWith("…");
    assertThat(Printable.quote("😀".repeat(150), 201)).endsWith("😀…");
    assertThat(Printable.quote("short  text\n\twith   blanks ", 200))
        .isEqualTo("short text with blanks");
  }

  @Test
  void aMessageKeepsItsLinesButNothingElseUnprintable() {
    assertThat(Printable.message("rejected:\n  /id: bad\u001b]0;x\u0007"))
        .isEqualTo("rejected:\n  /id: bad\\u001b]0;x\\u0007");
    assertThat(new RejectedException(400, "PUT", "u", "x".repeat(5_000),
        Collections.<RejectedException.FieldError>emptyList()).getMessage().length())
        .isLessThan(700);
  }

  /** The case: 2.5 MB of random bytes quoted as about 300 raw bytes to the terminal. */
  @Test
  void aGarbageBodyIsQuotedShortAndPrintable() {
    try (HostileServer garbage = HostileServer.start(Hostility.GARBAGE)) {
      MarathonClient client = new MarathonClient(ServiceSettings.of(garbage.url()), null);
      assertThatThrownBy(() -> client.apps(null, null, null, null, CancellationToken.none()))
          .isInstanceOf(BadResponseException.class)
          .satisfies(e -> {
            assertThat(Printable.isPrintable(e.getMessage())).as(e.getMessage()).isTrue();
            assertThat(e.getMessage().length()).as(e.getMessage()).isLessThan(600);
          });
    }
  }
}
