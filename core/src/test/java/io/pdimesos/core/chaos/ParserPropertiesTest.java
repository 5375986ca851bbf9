package io.pdimesos.core.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.pdimesos.core.chronos.ChronosFixtures;
import io.pdimesos.core.chronos.ChronosJob;
import io.pdimesos.core.chronos.GraphCsv;
import io.pdimesos.core.chronos.Iso8601Schedule;
import io.pdimesos.core.error.UnexpectedJsonException;
import io.pdimesos.core.http.Json;
import io.pdimesos.core.marathon.App;
import io.pdimesos.core.marathon.AppDefinition;
import io.pdimesos.core.marathon.MarathonFixtures;
import io.pdimesos.core.metronome.CronExpression;
import io.pdimesos.core.metronome.MetronomeJob;
import io.pdimesos.core.metronome.MetronomeValidation;
import io.pdimesos.core.testing.Mutations;
import io.pdimesos.core.weave.WeaveHealth;
import io.pdimesos.core.weave.WeaveMetrics;
import io.pdimesos.core.weave.WeaveReport;
import io.pdimesos.core.weave.WeaveSamples;
import io.pdimesos.core.weave.WeaveStatusPages;
import io.pdimesos.core.weave.WeaveStatusSummary;
import io.pdimesos.testsupport.MetronomeFixtures;
import java.io.IOException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The parsers of what servers and users send, on edited real inputs and on noise: each gives a
 * value or one of its typed errors, nothing else (the state parser: StateParserPropertiesTest).
 * The number of inputs is {@code jqwik.tries.default}: 400 in CI, 10,000 for the nightly run.
 */
class ParserPropertiesTest {

  /** A JSON parse error is a typed error: clients turn it into a bad response. */
  private static JsonNode json(String text) throws IOException {
    return Json.MAPPER.readTree(text);
  }

  @Provide
  Arbitrary<String> apps() {
    return Mutations.around(MarathonFixtures.text(MarathonFixtures.HEALTHY_APPS));
  }

  @Property
  void marathonApps(@ForAll("apps") String body) {
    try {
      JsonNode root = json(body);
      if (root == null) {
        return;
      }
      for (JsonNode a : root.path("apps")) {
        App app = App.from(a);
        assertThat(app.tasks()).isNotNull();
      }
    } catch (IOException | UnexpectedJsonException typed) {
      assertThat(typed.getMessage()).isNotNull();
    }
  }

  @Provide
  Arbitrary<String> definitions() {
    return Mutations.around(MarathonFixtures.text("examples/app.json"));
  }

  /** A user's definition: a clear IllegalArgumentException or a definition. */
  @Property
  void marathonDefinitions(@ForAll("definitions") String text) {
    try {
      assertThat(AppDefinition.fromJson(text).id()).startsWith("/");
    } catch (IllegalArgumentException refused) {
      assertThat(refused.getMessage()).isNotNull();
    }
  }

  @Provide
  Arbitrary<String> chronosJobs() {
    return Mutations.around(ChronosFixtures.text("docs-api.sample-job.camus_kafka2hdfs.json"));
  }

  @Property
  void chronosJobDefinitions(@ForAll("chronosJobs") String text) {
    try {
      ChronosJob job = ChronosJob.fromJson(text);
      assertThat(job.parents()).isNotNull();
    } catch (IllegalArgumentException refused) {
      assertThat(refused.getMessage()).isNotNull();
    }
  }

  @Provide
  Arbitrary<String> graphs() {
    return Mutations.around(ChronosFixtures.text("legacy-2013-ui-stub.graph.csv"));
  }

  @Property
  void chronosGraphCsv(@ForAll("graphs") String csv) {
    try {
      GraphCsv g = GraphCsv.parse(csv);
      assertThat(g.nodes()).isNotNull();
    } catch (IllegalArgumentException typed) {
      assertThat(typed.getMessage()).isNotNull();
    }
  }

  @Provide
  Arbitrary<String> reports() {
    return Mutations.around(WeaveSamples.REPORT);
  }

  /** The report as the check reads it: parsed, then judged; only parse errors may end it. */
  @Property
  void weaveReports(@ForAll("reports") String body) {
    WeaveReport report;
    try {
      report = Json.MAPPER.readValue(body, WeaveReport.class);
    } catch (IOException typed) {
      return;
    }
    if (report != null) {
      assertThat(WeaveHealth.of(report).summary()).isNotNull();
    }
  }

  @Provide
  Arbitrary<String> statusPages() {
    return Arbitraries.oneOf(
        Mutations.around(WeaveSamples.fixture("docs-kube-addon.weave-status.v2.0.1.txt")),
        Mutations.around(WeaveSamples.fixture("docs-troubleshooting.weave-status-peers.txt")),
        Mutations.around(WeaveSamples.fixture("docs-troubleshooting.weave-status-dns.txt")),
        Mutations.around(WeaveSamples.fixture("docs-troubleshooting-ipam.weave-status-ipam.txt")),
        Mutations.around(WeaveSamples.fixture(
            "docs-troubleshooting.weave-status-connections.txt")),
        Mutations.around(WeaveSamples.METRICS));
  }

  /** Every text page reader: a value or an IllegalArgumentException (a bad response). */
  @Property
  void weaveTextPages(@ForAll("statusPages") String text) {
    for (Runnable read : new Runnable[] {
        () -> WeaveStatusSummary.parse(text, true), () -> WeaveStatusPages.parsePeers(text),
        () -> WeaveStatusPages.parseDns(text), () -> WeaveStatusPages.parseIpam(text),
        () -> WeaveStatusPages.parseConnections(text), () -> WeaveMetrics.parse(text)}) {
      try {
        read.run();
      } catch (IllegalArgumentException typed) {
        assertThat(typed.getMessage()).isNotNull();
      }
    }
  }

  @Provide
  Arbitrary<String> schedules() {
    Arbitrary<String> repeat = Arbitraries.oneOf(Arbitraries.just("R"),
        Arbitraries.integers().between(-2, 100).map(n -> "R" + n));
    Arbitrary<String> start = Arbitraries.oneOf(Arbitraries.just(""),
        Arbitraries.just("2030-01-01T02:00:00Z"), Arbitraries.just("2030-01-01T02:00:00.000+02:00"),
        Arbitraries.just("2030-13-45T99:00:00Z"), Arbitraries.strings().ofMaxLength(12));
    Arbitrary<String> period = Arbitraries.oneOf(Arbitraries.just("P1D"),
        Arbitraries.just("PT1H"), Arbitraries.just("P1Y2M3DT4H5M6S"), Arbitraries.just("P"),
        Arbitraries.just("PT0S"), Arbitraries.strings().withChars("PYMWDTHS0123456789.-")
            .ofMaxLength(10));
    Arbitrary<String> parts = Combinators.combine(repeat, start, period)
        .as((r, s, p) -> r + "/" + s + "/" + p);
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, parts),
        net.jqwik.api.Tuple.of(3, Mutations.of("R/2030-01-01T02:00:00Z/P1D")),
        net.jqwik.api.Tuple.of(1, Mutations.noise()));
  }

  @Property
  void iso8601Schedules(@ForAll("schedules") String schedule) {
    try {
      Iso8601Schedule s = Iso8601Schedule.parse(schedule);
      assertThat(s.warnings()).isNotNull();
    } catch (IllegalArgumentException typed) {
      assertThat(typed.getMessage()).isNotNull();
    }
  }

  @Provide
  Arbitrary<String> crons() {
    Arbitrary<String> field = Arbitraries.oneOf(Arbitraries.just("*"),
        Arbitraries.integers().between(-1, 70).map(String::valueOf), Arbitraries.just("*/15"),
        Arbitraries.just("1-5"), Arbitraries.just("30-2"), Arbitraries.just("L"),
        Arbitraries.just("15W"), Arbitraries.just("MON#2"), Arbitraries.just("JAN-DEC"),
        Arbitraries.just("?"), Arbitraries.just("99999999999"),
        Arbitraries.strings().withChars("0123456789*,-/LW#?ADEFJMNOSTU").ofMaxLength(8));
    Arbitrary<String> fields = field.list().ofMaxSize(7).map(l -> String.join(" ", l));
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, fields),
        net.jqwik.api.Tuple.of(3, Mutations.of("0 2 * * *")),
        net.jqwik.api.Tuple.of(1, Mutations.noise()));
  }

  /** Metronome's cron: an expression with its next run (or none before 2100), or refused. */
  @Property
  void cronSchedules(@ForAll("crons") String cron) {
    try {
      CronExpression c = CronExpression.parse(cron);
      java.time.ZonedDateTime after = java.time.ZonedDateTime.of(2030, 1, 1, 0, 0, 0, 0,
          java.time.ZoneOffset.UTC);
      java.time.ZonedDateTime next = c.next(after);
      assertThat(next == null || next.isAfter(after)).isTrue();
    } catch (IllegalArgumentException typed) {
      assertThat(typed.getMessage()).isNotNull();
    }
  }

  @Provide
  Arbitrary<String> metronomeJobs() {
    return Mutations.around(MetronomeFixtures.text("v1.examples.job.json"));
  }

  /** A user's Metronome job: a job with its warnings, or a clear IllegalArgumentException. */
  @Property
  void metronomeJobDefinitions(@ForAll("metronomeJobs") String text) {
    try {
      MetronomeJob job = MetronomeJob.fromJson(text);
      assertThat(MetronomeValidation.validate(job)).isNotNull();
    } catch (IllegalArgumentException refused) {
      assertThat(refused.getMessage()).isNotNull();
    }
  }
}
