package io.pdimesos.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pdimesos.core.ProgressListener;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A setting that cannot be used is refused before anything is sent, naming the setting. */
class BadSettingsTest {

  /** The case: 'http://127.0.0.1: 80' sent a request to http://80/. */
  @Test
  void aUrlThatDoesNotParseStrictlyIsRefused() {
    for (String[] bad : new String[][] {
        {"http://127.0.0.1:", "no port after ':'"},
        {"80", "'80' is a number, not a host name"},
        {"http://:8080", "no host"},
        {"http://m1:80x", "'80x' is not a port"},
        {"http://m1:70000", "'70000' is not a port"},
        {"http://m 1:8080", "blank"},
        {"ftp://m1:21", "not a valid http(s) URL"}}) {
      assertThatThrownBy(() -> Urls.parseBase(bad[0], "Marathon URL"))
          .as(bad[0]).isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("Marathon URL is not a valid http(s) URL")
          .hasMessageContaining(bad[1]);
    }
    assertThatThrownBy(() -> ServiceHttp.create(ServiceSettings.of("http://127.0.0.1: 80"),
        ServiceDialect.GENERIC, null, "Marathon URL"))
        .hasMessageContaining("'http://127.0.0.1:'").hasMessageContaining("no port");
  }

  @Test
  void ordinaryUrlsStillParse() {
    assertThat(Urls.parseBase("m1:8080", "x").toString()).isEqualTo("http://m1:8080/");
    assertThat(Urls.parseBase("https://dcos.example.com/service/marathon", "x").host())
        .isEqualTo("dcos.example.com");
    assertThat(Urls.parseBase("http://[::1]:8080", "x").port()).isEqualTo(8080);
    assertThat(Urls.parseBase("http://user:pw@10.0.0.5:5050", "x").port()).isEqualTo(5050);
    assertThat(Urls.parseBase("10.0.0.5", "x").toString()).isEqualTo("http://10.0.0.5/");
  }

  /** --ca-bundle /nonexistent.pem printed 20 frames of a stack trace. */
  @Test
  void aMissingOrUnreadableCaBundleIsABadSettingNotAnIoError(@TempDir Path dir)
      throws Exception {
    assertThatThrownBy(() -> HttpClients.forService(ServiceSettings.builder().urls("m1:8080")
        .tls(Tls.of(dir.resolve("nonexistent.pem").toString(), null, false)).build(),
        ProgressListener.NONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CA bundle file").hasMessageContaining("does not exist");
    Path folder = Files.createDirectory(dir.resolve("a-folder.pem"));
    assertThatThrownBy(() -> HttpClients.forService(ServiceSettings.builder().urls("m1:8080")
        .tls(Tls.of(null, folder.toString(), false)).build(), ProgressListener.NONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("client certificate file").hasMessageContaining("not a readable");
  }
}
