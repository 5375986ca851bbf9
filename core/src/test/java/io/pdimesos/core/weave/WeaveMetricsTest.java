package io.pdimesos.core.weave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Prometheus page of a metrics-only router (sample: {@link WeaveSamples#METRICS}). */
class WeaveMetricsTest {
  @Test
  void summarisesTheWeaveSeries() {
    WeaveMetrics m = WeaveMetrics.parse(WeaveSamples.METRICS);

    assertThat(m.connectionsByState()).containsExactly(Map.entry("established", 3));
    assertThat(m.connectionsByType()).containsExactly(Map.entry("fastdp", 2),
        Map.entry("sleeve", 1));
    assertThat(m.connectionTerminations()).isEqualTo(4);
    assertThat(m.localUsedIps()).isEqualTo(7);
    assertThat(m.maxIps()).isEqualTo(1048576);
    assertThat(m.dnsEntries()).isEqualTo(3);
    assertThat(m.flows()).isEqualTo(42);
    assertThat(m.ipamUnreachableCount()).isZero();
    assertThat(m.ipamPendingAllocates()).isZero();
    assertThat(m.ipamPendingClaims()).isZero();
    assertThat(m.hasIpam()).isTrue();
    assertThat(m.has("go_goroutines")).isFalse(); // only weave series are kept
  }

  @Test
  void readsEscapedLabelsTimestampsAndSpecialValues() {
    WeaveMetrics m = WeaveMetrics.parse("""
        weave_connections{state="failed",type="unknown",note="a \\"quoted\\", b\\\\c"} 2 1700000000000
        weave_ipam_unreachable_percentage NaN
        weave_flows +Inf
        """);

    WeaveMetrics.Sample s = m.samples().get(0);
    assertThat(s.label("note")).isEqualTo("a \"quoted\", b\\c");
    assertThat(s.value()).isEqualTo(2);
    assertThat(m.connectionsByState()).containsExactly(Map.entry("failed", 2));
    assertThat(m.ipamUnreachablePercentage()).isNaN();
    assertThat(m.sum("weave_flows")).isInfinite();
  }

  @Test
  void namesTheLineItCannotRead() {
    assertThatThrownBy(() -> WeaveMetrics.parse("weave_flows 1\nweave_connections{state=\"x 3\n"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 2");
  }
}
