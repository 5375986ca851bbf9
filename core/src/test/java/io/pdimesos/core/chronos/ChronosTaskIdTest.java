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
}
