package io.pdimesos.entries.weavenetworkcheck;

import static io.pdimesos.entries.EntryTesting.resource;
import static org.assertj.core.api.Assertions.assertThat;

import io.pdimesos.entries.EntryTesting;
import io.pdimesos.pdiapi.LogCapture;
import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pentaho.di.core.Result;
import org.pentaho.di.core.RowMetaAndData;
import org.pentaho.di.core.logging.LogLevel;
import org.pentaho.di.job.Job;

/** Two routers on MockWebServer, both answering /report with host1's view of a healthy mesh. */
class WeaveNetworkCheckEntryTest {
  private final MockWebServer a = new MockWebServer();
  private final MockWebServer b = new MockWebServer();

  @BeforeEach
  void start() throws Exception {
    LogCapture.clear();
    for (MockWebServer s : List.of(a, b)) {
      s.setDispatcher(new Dispatcher() {
        @Override
        public MockResponse dispatch(RecordedRequest r) {
          if (!r.getUrl().encodedPath().equals("/report")) {
            return new MockResponse.Builder().code(404).build();
          }
          if (!"application/json".equals(r.getHeaders().get("Accept"))) {
            // the router's template route answers anything else with a 400
            return new MockResponse.Builder().code(400).body("bad Accept").build();
          }
          return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
              .body(resource("fixtures/weave/sample-report.host1.json")).build();
        }
      });
      s.start(InetAddress.getByName("127.0.0.1"), 0);
    }
  }

  @AfterEach
  void stop() {
    a.close();
    b.close();
  }

  private Job job(String urls) {
    return EntryTesting.job(LogLevel.DETAILED, Map.of("PDI_WEAVE_URL", urls));
  }

  private String both() {
    return "http://127.0.0.1:" + a.getPort() + ", http://127.0.0.1:" + b.getPort();
  }

  @Test
  void aHealthyMeshIsTrueWithARowPerRouter() throws Exception {
    JobEntryWeaveNetworkCheck e = new JobEntryWeaveNetworkCheck();
    e.settings().set(JobEntryWeaveNetworkCheck.MIN_PEERS, "3").setLines(JobEntryWeaveNetworkCheck.DNS_NAMES, List.of("one"));
    Job job = job(both());
    Result result = EntryTesting.run(e, job);

    assertThat(result.getResult()).as(LogCapture.text()).isTrue();
    assertThat(result.getNrErrors()).isZero();
    assertThat(job.getVariable("WEAVE_PEERS")).isEqualTo("3");
    assertThat(job.getVariable("WEAVE_ROUTERS")).isEqualTo("2");
    assertThat(result.getRows()).hasSize(2);
    RowMetaAndData row = result.getRows().get(1);
    assertThat(row.getString("router_url", "")).isEqualTo("http://127.0.0.1:" + b.getPort());
    assertThat(row.getInteger("peers", -1)).isEqualTo(3);
    assertThat(row.getBoolean("passed", false)).isTrue();
    assertThat(LogCapture.text()).contains("Weave network healthy: 2 routers checked, 3 peers");
    // the core logged the verdict; the entry does not repeat it
    assertThat(LogCapture.text().split("Weave network healthy", -1)).hasSize(2);
  }

  @Test
  void unmetCriteriaAreFalseNamingEachRouter() {
    JobEntryWeaveNetworkCheck e = new JobEntryWeaveNetworkCheck();
    e.settings().set(JobEntryWeaveNetworkCheck.MIN_PEERS, "5").setLines(JobEntryWeaveNetworkCheck.DNS_NAMES, List.of("db"));
    Result result = EntryTesting.run(e, job(both()));
    assertThat(result.getResult()).isFalse();
    assertThat(result.getNrErrors()).isZero();
    assertThat(LogCapture.text()).contains("http://127.0.0.1:" + a.getPort() + ": only 3 peers")
        .contains("DNS entry 'db' not found");
  }

  @Test
  void anUnreachableRouterFailsTheCheck() {
    JobEntryWeaveNetworkCheck e = new JobEntryWeaveNetworkCheck();
    String closed = "http://127.0.0.1:" + EntryTesting.closedPort();
    Result result = EntryTesting.run(e, job("http://127.0.0.1:" + a.getPort() + " " + closed));
    assertThat(result.getResult()).isFalse();
    assertThat(LogCapture.text()).contains("Weave network check failed on 1 of 2 routers");
  }

  @Test
  void aLongWaitLogsTheFirstCheckAndTheVerdictAtBasicAndTheRechecksAtDetailed() {
    JobEntryWeaveNetworkCheck e = new JobEntryWeaveNetworkCheck();
    e.settings().set(JobEntryWeaveNetworkCheck.MIN_PEERS, "5").set(JobEntryWeaveNetworkCheck.WAITING.waitSwitch(), true)
        .set(JobEntryWeaveNetworkCheck.WAITING.timeout(), "3")
        .set(JobEntryWeaveNetworkCheck.WAITING.checkCycle(), "1");
    Result result = EntryTesting.run(e, job(both()));

    assertThat(result.getResult()).isFalse();
    String routerA = "Weave router http://127.0.0.1:" + a.getPort() + ": ";
    assertThat(LogCapture.lines().stream().filter(l -> l.message().startsWith(routerA)))
        .as("every check read router a").hasSizeGreaterThanOrEqualTo(3)
        .filteredOn(l -> l.level() == LogLevel.BASIC).as("at Basic only the first check").hasSize(1);
    assertThat(LogCapture.lines()).filteredOn(l -> l.level() == LogLevel.BASIC)
        .filteredOn(l -> l.message().startsWith("Weave network check failed on 2 of 2 routers"))
        .as("the first check's verdict and the last one's").hasSize(2);
  }

  @Test
  void stopDuringTheWaitReturnsWithinASecond() throws Exception {
    JobEntryWeaveNetworkCheck e = new JobEntryWeaveNetworkCheck();
    e.settings().set(JobEntryWeaveNetworkCheck.MIN_PEERS, "5").set(JobEntryWeaveNetworkCheck.WAITING.waitSwitch(), true)
        .set(JobEntryWeaveNetworkCheck.WAITING.timeout(), "120")
        .set(JobEntryWeaveNetworkCheck.WAITING.checkCycle(), "30");
    Job job = job(both());
    Result result = EntryTesting.stopOnceWaiting(e, job, () -> LogCapture.text().contains("checking again"));
    assertThat(result.getResult()).isFalse();
    assertThat(result.getNrErrors()).isEqualTo(1);
  }
}
