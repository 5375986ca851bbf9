package io.pdimesos.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValidatorsTest {
  @Test
  void marathonAppIdsUseTheCoresRule() {
    assertThat(Validators.MARATHON_APP_ID.problem("/etl/carte")).isNull();
    assertThat(Validators.MARATHON_APP_ID.problem("etl/../carte")).isNull();
    assertThat(Validators.MARATHON_APP_ID.problem("/ETL/carte")).contains("invalid segment 'ETL'");
    assertThat(Validators.MARATHON_APP_ID.problem("/etl/restart")).contains("reserved segment");
  }

  @Test
  void chronosNamesAndSchedulesUseTheCoresRules() {
    assertThat(Validators.CHRONOS_JOB_NAME.problem("nightly load")).isNull();
    assertThat(Validators.CHRONOS_JOB_NAME.problem("a/b")).contains("not valid for Chronos 2.x");
    assertThat(Validators.CHRONOS_SCHEDULE.problem("R/2030-01-01T02:00:00Z/P1D")).isNull();
    assertThat(Validators.CHRONOS_SCHEDULE.problem("daily")).isNotNull();
  }

  @Test
  void metronomeIdsAndCronsUseTheCoresRulesAndNameThePartAtFault() {
    assertThat(Validators.METRONOME_JOB_ID.problem("nightly.load")).isNull();
    assertThat(Validators.METRONOME_JOB_ID.problem("Nightly.load")).contains("'N'");
    assertThat(Validators.METRONOME_CRON.problem("0 2 * * *")).isNull();
    assertThat(Validators.METRONOME_CRON.problem("0 25 * * *")).contains("hour").contains("25");
    assertThat(Validators.METRONOME_CRON.problem("0 0 31 2 *")).isNotNull();
  }

  @Test
  void urlListsAcceptHostPortAndZooKeeperOnlyWhereAllowed() {
    assertThat(Validators.urlList(false).problem("http://m1:8080, m2:8080;https://m3")).isNull();
    assertThat(Validators.urlList(false).problem("ftp://m1")).isEqualTo("'ftp://m1' is not an http(s) URL");
    assertThat(Validators.urlList(true).problem("zk://z1:2181,z2:2181/mesos")).isNull();
    assertThat(Validators.urlList(false).problem("zk://z1:2181/mesos")).contains("only Mesos masters");
  }
}
