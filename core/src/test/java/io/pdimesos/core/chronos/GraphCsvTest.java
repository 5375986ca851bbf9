package io.pdimesos.core.chronos;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdimesos.core.chronos.JobState.Activity;
import org.junit.jupiter.api.Test;

class GraphCsvTest {
  @Test
  void readsThePre23ThreeColumnFixture() {
    GraphCsv g = GraphCsv.parse(ChronosFixtures.text("legacy-2013-ui-stub.graph.csv"));

    assertThat(g.nodes()).hasSize(239);
    assertThat(g.links()).hasSize(61);
    JobState first = g.state("create_airbed_dump_table_crm_tasks");
    assertThat(first.lastOutcome()).isEqualTo("failure");
    assertThat(first.currentState()).isNull();
    assertThat(first.activity()).isEqualTo(Activity.UNKNOWN);
    assertThat(g.state("host_earnings_cohorts#async").lastOutcome()).isEqualTo("success");
    String[] link = g.links().get(0);
    assertThat(g.nodes()).containsKeys(link[0], link[1]);
    assertThat(g.children(link[0])).contains(link[1]);
  }

  @Test
  void readsThe3xAnd2xStateColumn() {
    // The strings JobStatsSpec pins (chronos.md §5): "queued", "<n> running", "idle"; 2.x "running".
    GraphCsv g = GraphCsv.parse("node,a,success,1 running\nnode,b,failure,idle\n"
        + "node,c,fresh,queued\nnode,d,success,2 running\nnode,e,success,running\n"
        + "link,a,b\nnode,f,success,sleepy\n");

    assertThat(g.state("a").activity()).isEqualTo(Activity.RUNNING);
    assertThat(g.state("a").runningCount()).isEqualTo(1);
    assertThat(g.state("b").isIdle()).isTrue();
    assertThat(g.state("b").lastOutcome()).isEqualTo("failure");
    assertThat(g.state("c").activity()).isEqualTo(Activity.QUEUED);
    assertThat(g.state("d").runningCount()).isEqualTo(2);
    assertThat(g.state("e").activity()).isEqualTo(Activity.RUNNING);
    assertThat(g.state("f").activity()).isEqualTo(Activity.UNKNOWN);
    assertThat(g.children("a")).containsExactly("b");
    assertThat(g.state("zzz")).isNull();
  }
}
