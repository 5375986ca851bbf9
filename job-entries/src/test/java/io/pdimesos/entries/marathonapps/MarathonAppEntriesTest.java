package io.pdimesos.entries.marathonapps;

import static io.pdimesos.entries.EntryTesting.resource;
import static org.assertj.core.api.Assertions.assertThat;

import io.pdimesos.entries.ClusterJobEntry;
import io.pdimesos.entries.EntryTesting;
import io.pdimesos.entries.MarathonAppEntries;
import io.pdimesos.entries.marathondelete.JobEntryMarathonDelete;
import io.pdimesos.entries.marathonrestart.JobEntryMarathonRestart;
import io.pdimesos.entries.marathonscale.JobEntryMarathonScale;
import io.pdimesos.entries.marathonwait.JobEntryMarathonWaitForApp;
import io.pdimesos.pdiapi.LogCapture;
import io.pdimesos.testsupport.FakeMarathon;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pentaho.di.core.CheckResultInterface;
import org.pentaho.di.core.Result;
import org.pentaho.di.core.logging.LogLevel;
import org.pentaho.di.job.Job;

/** Scale, Restart, Delete and Wait for App against {@link FakeMarathon}. */
class MarathonAppEntriesTest {
  private final FakeMarathon marathon = new FakeMarathon();

  @BeforeEach
  void start() {
    LogCapture.clear();
  }

  @AfterEach
  void stop() {
    marathon.close();
  }

  private Job job() {
    return EntryTesting.job(LogLevel.DETAILED, Map.of("PDI_MARATHON_URL", marathon.url(), "APP", "nginx-green"));
  }

  private static <T extends ClusterJobEntry> T onApp(T entry) {
    entry.settings().set(MarathonAppEntries.APP_ID, "/${APP}").set(MarathonAppEntries.WAITING.checkCycle(), "1");
    return entry;
  }

  @Test
  void scaleToAnAbsoluteCountAndWait() throws Exception {
    marathon.deploymentFinishingAfter("PUT /v2/apps/nginx-green", 1);
    JobEntryMarathonScale e = onApp(new JobEntryMarathonScale());
    e.settings().set(JobEntryMarathonScale.INSTANCES, "3");
    Job job = job();
    Result result = EntryTesting.run(e, job);
    assertThat(result.getResult()).as(LogCapture.text()).isTrue();
    RecordedRequest put = marathon.first("PUT");
    assertThat(put.getTarget()).isEqualTo("/v2/apps/nginx-green?force=false&partialUpdate=true");
    assertThat(put.getBody().utf8()).isEqualTo("{\"instances\":3}");
    assertThat(job.getVariable("MARATHON_TASKS_RUNNING")).isEqualTo("3");
    assertThat(result.getRows()).hasSize(3);
  }

  @Test
  void scaleByARelativeCountWithoutWaiting() {
    marathon.deploymentFinishingAfter("PUT /v2/apps/nginx-green", 1);
    JobEntryMarathonScale e = onApp(new JobEntryMarathonScale());
    e.settings().set(JobEntryMarathonScale.INSTANCES, "+2").set(MarathonAppEntries.WAITING.waitSwitch(), false)
        .set(MarathonAppEntries.FORCE, true);
    Job job = job();
    Result result = EntryTesting.run(e, job);
    assertThat(result.getResult()).as(LogCapture.text()).isTrue();
    assertThat(job.getVariable("MARATHON_OUTCOME")).isEqualTo("SUBMITTED");
    RecordedRequest put = marathon.first("PUT");
    assertThat(put.getTarget()).isEqualTo("/v2/apps/nginx-green?force=true&partialUpdate=true");
    assertThat(put.getBody().utf8()).isEqualTo("{\"instances\":5}");
    assertThat(marathon.calls("GET /v2/deployments")).isZero();
  }

  @Test
  void aBadInstanceCountIsCaughtBeforeAnythingIsSent() {
    JobEntryMarathonScale e = onApp(new JobEntryMarathonScale());
    e.settings().set(JobEntryMarathonScale.INSTANCES, "two");
    List<CheckResultInterface> remarks = new ArrayList<>();
    e.check(remarks, null, null, null, null);
    assertThat(remarks).extracting(CheckResultInterface::getText)
        .contains("'Instances' must be a count (5) or a change (+2, -1), got 'two'");
    Result result = EntryTesting.run(e, job());
    assertThat(result.getResult()).isFalse();
    assertThat(result.getNrErrors()).isEqualTo(1);
    assertThat(LogCapture.text()).contains("Setting 'Instances' (instances)");
    assertThat(marathon.requests).isEmpty();
  }

  @Test
  void restartRollsAndWaits() {
    marathon.deploymentFinishingAfter("POST /v2/apps/nginx-green/restart", 1);
    Result result = EntryTesting.run(onApp(new JobEntryMarathonRestart()), job());
    assertThat(result.getResult()).as(LogCapture.text()).isTrue();
    assertThat(marathon.first("POST").getTarget()).isEqualTo("/v2/apps/nginx-green/restart?force=false");
  }

  @Test
  void deleteIsForcedAndWaitsUntilTheAppIsGone() {
    // It exists when the delete starts (the operation looks first), then it is gone.
    marathon.deploymentFinishingAfter("DELETE /v2/apps/nginx-green", 1)
        .on("GET /v2/apps/nginx-green", n -> n == 1 ? FakeMarathon.json(200,
            FakeMarathon.appBody()) : FakeMarathon.json(404,
            resource("fixtures/marathon/errors/raml-apps.404-app-not-found.json")));
    Result result = EntryTesting.run(onApp(new JobEntryMarathonDelete()), job());
    assertThat(result.getResult()).as(LogCapture.text()).isTrue();
    assertThat(marathon.first("DELETE").getTarget()).isEqualTo("/v2/apps/nginx-green?force=true");
  }

  @Test
  void suspendScalesToZero() {
    marathon.deploymentFinishingAfter("PUT /v2/apps/nginx-green", 0);
    JobEntryMarathonDelete e = onApp(new JobEntryMarathonDelete());
    e.settings().set(JobEntryMarathonDelete.MODE, "suspend").set(MarathonAppEntries.WAITING.waitSwitch(), false);
    Result result = EntryTesting.run(e, job());
    assertThat(result.getResult()).as(LogCapture.text()).isTrue();
    assertThat(marathon.first("PUT").getBody().utf8()).isEqualTo("{\"instances\":0}");
  }

  @Test
  void waitForAppIsTrueWhenEnoughInstancesAreHealthy() {
    marathon.on("GET /v2/apps/nginx-green", n -> FakeMarathon.json(200, FakeMarathon.appBody()));
    JobEntryMarathonWaitForApp e = onApp(new JobEntryMarathonWaitForApp());
    e.settings().set(JobEntryMarathonWaitForApp.MIN_HEALTHY, "3");
    Job job = job();
    Result result = EntryTesting.run(e, job);
    assertThat(result.getResult()).as(LogCapture.text()).isTrue();
    assertThat(job.getVariable("MARATHON_TASKS_HEALTHY")).isEqualTo("3");
    assertThat(marathon.requests).noneMatch(r -> !r.getMethod().equals("GET"));
  }

  @Test
  void waitForAppIsAFalseAnswerAfterTheTimeout() {
    marathon.on("GET /v2/apps/nginx-green", n -> FakeMarathon.json(200, FakeMarathon.appBody()));
    JobEntryMarathonWaitForApp e = onApp(new JobEntryMarathonWaitForApp());
    e.settings().set(JobEntryMarathonWaitForApp.MIN_HEALTHY, "5").set(MarathonAppEntries.WAITING.timeout(), "1");
    Result result = EntryTesting.run(e, job());
    assertThat(result.getResult()).isFalse();
    assertThat(result.getNrErrors()).isZero();
    assertThat(LogCapture.text()).contains("3 of 5 wanted instance(s) healthy");
  }

  @Test
  void waitForAppStopsWithinASecond() throws Exception {
    marathon.on("GET /v2/apps/nginx-green", n -> FakeMarathon.json(200, FakeMarathon.appBody()));
    JobEntryMarathonWaitForApp e = onApp(new JobEntryMarathonWaitForApp());
    e.settings().set(JobEntryMarathonWaitForApp.MIN_HEALTHY, "5").set(MarathonAppEntries.WAITING.timeout(), "0")
        .set(MarathonAppEntries.WAITING.checkCycle(), "30");
    Job job = job();
    Result result = EntryTesting.stopOnceWaiting(e, job, () -> marathon.calls("GET /v2/apps/nginx-green") > 0);
    assertThat(result.getResult()).isFalse();
    // a stop is an error even for a wait: the job did not get its answer
    assertThat(result.getNrErrors()).isEqualTo(1);
  }

  @Test
  void aMissingAppIdIsReportedByCheckAndByTheRun() {
    JobEntryMarathonRestart e = new JobEntryMarathonRestart();
    List<CheckResultInterface> remarks = new ArrayList<>();
    e.check(remarks, null, null, null, null);
    assertThat(remarks).extracting(CheckResultInterface::getText).contains("'App id' is required");
    Result result = EntryTesting.run(e, job());
    assertThat(result.getNrErrors()).isEqualTo(1);
    assertThat(LogCapture.text()).contains("Setting 'App id' (app_id): is empty");
  }

  @Test
  void checkWantsTheMarathonUrlsButNotTheOtherServices() {
    JobEntryMarathonRestart e = onApp(new JobEntryMarathonRestart());
    List<CheckResultInterface> remarks = new ArrayList<>();
    e.check(remarks, null, null, null, null);
    // /${APP} and the default ${PDI_MARATHON_URL} may be defined when the job runs
    assertThat(remarks).extracting(CheckResultInterface::getText).containsExactly(
        "'App id' uses APP, not defined here: it is checked when the job runs",
        "'Marathon URLs' uses PDI_MARATHON_URL, not defined here: it is checked when the job runs",
        "All settings are valid");
    e.settings().set(io.pdimesos.plugin.ConnectionSettings.MARATHON_URLS, "");
    remarks.clear();
    e.check(remarks, null, null, null, null);
    assertThat(remarks).extracting(CheckResultInterface::getText).containsExactly(
        "'App id' uses APP, not defined here: it is checked when the job runs", "'Marathon URLs' is required");
  }
}
