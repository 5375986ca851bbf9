package io.pdimesos.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdimesos.pdiapi.MirrorLogChannel;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pentaho.di.core.logging.LogLevel;

class PdiProgressListenerTest {
  @Test
  void levelsMapToPdiLevelsAndSecretsAreMasked() {
    MirrorLogChannel log = new MirrorLogChannel("entry", LogLevel.DETAILED);
    PdiProgressListener l = new PdiProgressListener(log, List.of("pw-123", ""));
    l.basic("deploy {\"id\":\"/a\"} with pw-123");
    l.detailed("2 of 3 healthy");
    l.debug("GET http://m/v2/apps 200");
    l.warn("insecure TLS");
    l.error("failed: pw-123");
    assertThat(log.lines()).extracting(MirrorLogChannel.LogLine::message).containsExactly(
        "deploy {\"id\":\"/a\"} with *****", "2 of 3 healthy", "WARNING: insecure TLS", "failed: *****");
    assertThat(log.lines()).extracting(MirrorLogChannel.LogLine::level).containsExactly(
        LogLevel.BASIC, LogLevel.DETAILED, LogLevel.BASIC, LogLevel.ERROR);
  }
}
