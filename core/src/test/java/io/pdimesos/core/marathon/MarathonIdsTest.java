package io.pdimesos.core.marathon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarathonIdsTest {
  @ParameterizedTest
  @CsvSource({"myapp,/myapp", "/prod/web/api,/prod/web/api", "prod//web/,/prod/web",
      "/prod/./web/../api,/prod/api", "/a.b-c/d1,/a.b-c/d1", "/0,/0"})
  void canonicalises(String in, String out) {
    assertThat(MarathonIds.appId(in)).isEqualTo(out);
  }

  @ParameterizedTest
  @CsvSource({"/prod/My_App,'My_App'", "/prod/web_1,'web_1'", "/-web,'-web'", "/web-,'web-'",
      "/a..b,'a..b'", "/a.-b,'a.-b'", "/prod/Web,uppercase"})
  void namesTheBadSegment(String in, String mentioned) {
    assertThatThrownBy(() -> MarathonIds.appId(in)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(mentioned);
  }

  @Test
  void refusesReservedLastSegmentsRootAndClimbing() {
    assertThatThrownBy(() -> MarathonIds.appId("/prod/restart")).hasMessageContaining("'restart'");
    assertThatThrownBy(() -> MarathonIds.appId("/prod/tasks")).hasMessageContaining("reserved");
    assertThatThrownBy(() -> MarathonIds.appId("/versions")).hasMessageContaining("reserved");
    assertThatThrownBy(() -> MarathonIds.appId("/")).hasMessageContaining("root");
    assertThatThrownBy(() -> MarathonIds.appId(" ")).hasMessageContaining("empty");
    assertThatThrownBy(() -> MarathonIds.appId("/a/../..")).hasMessageContaining("above the root");
    assertThat(MarathonIds.groupId("/tasks/x")).isEqualTo("/tasks/x");
    assertThat(MarathonIds.groupId("/")).isEqualTo("/");
  }
}
