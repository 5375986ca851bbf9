package io.pdimesos.pdiapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pentaho.di.core.logging.LogChannel;
import org.pentaho.di.core.logging.LogLevel;

/** LogChannel as a step dialog uses it: made for an object, at PDI's default level. */
class LogChannelTest {
  @Test
  void aChannelForAnObjectKeepsWhatItsLevelShows() {
    LogCapture.clear();
    LogChannel log = new LogChannel(new StandInStepMeta(null));

    log.logBasic("reading {0}", "agents");
    log.logDebug("not at Basic");
    log.setLogLevel(LogLevel.DEBUG);
    log.logDebug("now shown");

    assertThat(log.getLogLevel()).isEqualTo(LogLevel.DEBUG);
    assertThat(log.getLogChannelId()).isNotBlank();
    assertThat(LogCapture.lines()).extracting(MirrorLogChannel.LogLine::message)
        .containsExactly("reading agents", "now shown");
    assertThat(LogCapture.text()).contains("StandInStepMeta");
  }
}
