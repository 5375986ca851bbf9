package io.pdimesos.core.chronos;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChronosTaskIdTest {
  @Test
  void parsesTheFieldsOfATaskId() {
    ChronosTaskId id = ChronosTaskId.parse("ct:1404760800000:2:camus_kafka2hdfs:--day 1:x");
    assertThat(id.dueMillis()).isEqualTo(1404760800000L);
    assertThat(id.attempt()).isEqualTo(2);
    assertThat(id.jobName()).isEqualTo("camus_kafka2hdfs");
    assertThat(id.arguments()).isEqualTo("--day 1:x");
    assertThat(ChronosTaskId.parse("ct:1404760800000:0:job").arguments()).isEmpty();
    assertThat(ChronosTaskId.parse("web.1a2b")).isNull();
    assertThat(ChronosTaskId.parse("ct:soon:0:job:")).isNull();
    assertThat(ChronosTaskId.argumentsAsStored("a;b;")).isEqualTo("ab");
  }

  @Test
  void narrowsTheLookupPrefixToTheTimeWindow() {
    assertThat(ChronosTaskId.prefixBetween(1404760800000L, 1404760899999L))
        .isEqualTo("ct:14047608");
    assertThat(ChronosTaskId.prefixBetween(999L, 1000L)).isEqualTo("ct:");
    String p = ChronosTaskId.prefixBetween(1404760800000L, 1404761000000L);
    assertThat("ct:1404760999999:0:j:").startsWith(p);
    assertThat("ct:1404760800000:0:j:").startsWith(p);
  }
}
