package io.pdimesos.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServiceSettingsTest {
  @Test
  void urlListsSplitOnCommasSemicolonsAndSpaces() {
    assertThat(ServiceSettings.splitUrls(" http://a:1, http://b:2;http://c:3\n")).containsExactly(
        "http://a:1", "http://b:2", "http://c:3");
  }

  @Test
  void aZooKeeperUrlKeepsItsCommaSeparatedHosts() {
    assertThat(ServiceSettings.splitUrls("zk://z1:2181,z2:2181/mesos")).containsExactly(
        "zk://z1:2181,z2:2181/mesos");
    assertThat(ServiceSettings.builder().urls("ZK://z1:2181,z2:2181/mesos").build().urls())
        .containsExactly("ZK://z1:2181,z2:2181/mesos");
    // a comma after the path starts the next URL, so a mixed list stays visible as mixed
    assertThat(ServiceSettings.splitUrls("zk://z1:2181/mesos,http://m:5050")).containsExactly(
        "zk://z1:2181/mesos", "http://m:5050");
  }
}
