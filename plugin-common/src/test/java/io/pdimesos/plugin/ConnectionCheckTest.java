package io.pdimesos.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.testsupport.Fixtures;
import io.pdimesos.testsupport.MetronomeServer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Locale;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pentaho.di.core.variables.Variables;

class ConnectionCheckTest {
  @BeforeAll
  static void english() {
    Locale.setDefault(Locale.US);
  }

  @Test
  void eachConfiguredServiceSaysWhatAnsweredOrWhyNot() throws Exception {
    int closed;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      closed = s.getLocalPort();
    }
    try (MockWebServer marathon = new MockWebServer(); MetronomeServer metronome = new MetronomeServer()) {
      marathon.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
          .body(Fixtures.text("marathon/examples/info.json")).build());
      marathon.start(InetAddress.getByName("127.0.0.1"), 0);
      Variables space = new Variables();
      space.setVariable("PDI_MARATHON_URL", "http://127.0.0.1:" + marathon.getPort());
      space.setVariable("PDI_METRONOME_URL", metronome.url());
      space.setVariable("PDI_MESOS_MASTERS", "http://127.0.0.1:" + closed);
      SettingValues values = new SettingValues(ConnectionSettings.SETTINGS)
          .set(ConnectionSettings.CONNECT_TIMEOUT, "1");

      List<ConnectionCheck.Line> lines = ConnectionCheck.run(values, space, ProgressListener.NONE,
          CancellationToken.none());

      assertThat(lines).extracting(l -> l.setting().tag())
          .containsExactly("mesos_masters", "marathon_urls", "chronos_urls", "metronome_urls",
              "weave_urls");
      assertThat(lines.get(0).ok()).isFalse();
      assertThat(lines.get(0).text()).contains("Cannot reach Mesos master");
      assertThat(lines.get(1).ok()).isTrue();
      assertThat(lines.get(1).toString()).isEqualTo("Marathon URLs: Marathon 1.5.0-SNAPSHOT, leader localhost:8080");
      assertThat(marathon.takeRequest().getTarget()).isEqualTo("/v2/info");
      assertThat(lines.get(2).configured()).isFalse();
      assertThat(lines.get(3).ok()).isTrue();
      assertThat(lines.get(3).toString()).isEqualTo("Metronome URLs: Metronome 0.3.0, leader "
          + metronome.url().substring("http://".length()));
      assertThat(lines.get(4).text()).isEqualTo("not set");
    }
  }

  @Test
  void anUnusableAuthSettingIsTheOnlyLine() {
    SettingValues values = new SettingValues(ConnectionSettings.SETTINGS)
        .set(ConnectionSettings.AUTH_TYPE, "basic");
    List<ConnectionCheck.Line> lines = ConnectionCheck.run(values, new Variables(), ProgressListener.NONE,
        CancellationToken.none());
    assertThat(lines).hasSize(1);
    assertThat(lines.get(0).ok()).isFalse();
    assertThat(lines.get(0).text()).contains("'User' (auth_user)");
  }
}
