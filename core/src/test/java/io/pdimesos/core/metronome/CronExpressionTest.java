package io.pdimesos.core.metronome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The cases of Metronome's own CronSpecFormatTest (dcos/metronome
 * api/src/test/scala/dcos/metronome/api/v1/CronSpecFormatTest.scala @ de4174db), with the next
 * execution it expects, plus the forms its cron definition allows and refuses.
 */
class CronExpressionTest {
  private static ZonedDateTime utc(String local) {
    return ZonedDateTime.of(LocalDateTime.parse(local), ZoneId.of("UTC"));
  }

  @ParameterizedTest(name = "{0} after {1} -> {2}")
  @CsvSource({
      // both day fields restricted: both must match (first Monday of the month, ...)
      "'0 9 1-7 * 1',     2017-10-02T10:00, 2017-11-06T09:00",
      "'0 9 1-7 * 1-5',   2017-10-02T10:00, 2017-10-03T09:00",
      "'0 9 1-7 * 6-7',   2017-10-02T10:00, 2017-10-07T09:00",
      "'0 9 8-14 * 1-5',  2017-10-02T10:00, 2017-10-09T09:00",
      "'0 9 22-28 * 6-7', 2017-10-02T10:00, 2017-10-22T09:00",
      "'* * * * 3',       2017-10-02T10:00, 2017-10-04T00:00",
      "'* * */1 * 3',     2017-10-02T10:00, 2017-10-04T00:00",
      // days that exist in some year only
      "'0 0 20-31 2 *',   2017-10-02T10:00, 2018-02-20T00:00",
      "'0 0 29 2 *',      2017-10-02T10:00, 2020-02-29T00:00",
      // "execute next Monday when day of week is 1" (first and last days of months)
      "'* * * * 1',       2017-04-25T00:00, 2017-05-01T00:00",
      "'* * * * 1',       2017-07-28T00:00, 2017-07-31T00:00",
      "'* * * * 1',       2017-12-27T00:00, 2018-01-01T00:00",
      "'* * * * 1',       2018-04-29T00:00, 2018-04-30T00:00",
      "'* * * * 1',       2018-09-30T00:00, 2018-10-01T00:00",
      "'* * * * 1',       2018-12-26T00:00, 2018-12-31T00:00",
      // beyond Metronome's test: names, 7 as Sunday, L, W, #, a year field, steps
      "'30 2 * JAN-MAR SUN', 2021-01-04T00:00, 2021-01-10T02:30",
      "'0 0 * * 7',       2021-01-04T00:00, 2021-01-10T00:00",
      "'0 18 L * *',      2021-02-01T00:00, 2021-02-28T18:00",
      "'0 8 15W * *',     2021-05-01T00:00, 2021-05-14T08:00",
      "'0 8 * * 5#3',     2021-05-01T00:00, 2021-05-21T08:00",
      "'0 8 * * 5L',      2021-05-01T00:00, 2021-05-28T08:00",
      "'0 0 1 1 * 2030',  2021-05-01T00:00, 2030-01-01T00:00",
      "'*/15 9-17 * * *', 2021-05-03T17:50, 2021-05-04T09:00",
  })
  void nextRunsLikeMetronome(String cron, String after, String expected) {
    assertThat(CronExpression.parse(cron).next(utc(after))).isEqualTo(utc(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0 0 31 2 *", "0 0 30-31 2 *", "0 0 31 2-3 *", "0 0 30,31 2 *",
      "0 0 31 4,6,9,11 *"})
  void refusesDaysThatNeverExistInTheirMonths(String cron) {
    assertThatThrownBy(() -> CronExpression.parse(cron))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Day of the month must exist in the provided month");
  }

  @org.junit.jupiter.api.Test
  void refusesWhatMetronomeRefusesThoughTheDateExists() {
    // Metronome's test: "february and march both don't have 31 days" - March has; its check
    // reads 2-3 as February only (Array.range), so the server refuses it all the same.
    assertThatThrownBy(() -> CronExpression.parse("0 0 31 2-3 *"))
        .hasMessageContaining("reads a range a-b without its last value");
    assertThat(CronExpression.isValid("0 0 31 3 *")).isTrue();
    assertThat(CronExpression.isValid("0 0 31 2,3 *")).isTrue(); // lists are not checked there
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "0 25 * * *      | hour field '25' has the value 25, outside 0-23",
      "61 * * * *      | minute field '61' has the value 61, outside 0-59",
      "* * 0 * *       | day-of-month field '0' has the value 0, outside 1-31",
      "* * * 13 *      | month field '13' has the value 13, outside 1-12",
      "* * * FOO *     | month field 'FOO' has 'FOO', which is not a number or month name",
      "* * * * 8       | day-of-week field '8' has the value 8, outside 0-7",
      "* * * * 5#6     | day-of-week field '5#6' has the occurrence 6, outside 1-5",
      "*/0 * * * *     | minute field '*/0' has the step 0, outside 1 and up",
      "0 17-9 * * *    | hour field '17-9' is a range that runs backwards",
      "0 0 1 1 * 1969  | year field '1969' has the value 1969, outside 1970-2099",
      "0 0,,1 * * *    | hour field '0,,1' has an empty list item",
      "* * * *         | has 4 fields; Metronome needs 5",
      "* * * * * * *   | has 7 fields"})
  void namesTheFieldAndPartAtFault(String cron, String fault) {
    assertThatThrownBy(() -> CronExpression.parse(cron))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(fault);
  }

  @ParameterizedTest
  @ValueSource(strings = {"* * * * *", "*/1 * * * *", "0 0 * * 5", "20 0 * * *",
      "0 0 1 */3 *", "0 12 LW * *", "0 12 L-2 * *", "0 0 29 2 * 2024", "0 0 * * MON-FRI"})
  void acceptsWhatMetronomesDefinitionAccepts(String cron) {
    assertThat(CronExpression.isValid(cron)).isTrue();
  }

  @ParameterizedTest
  @CsvSource({"'0 9 1-7 * 1', true", "'0 9 * * 1', false", "'0 9 1-7 * *', false"})
  void notesWhenBothDayFieldsMustMatch(String cron, boolean both) {
    CronExpression c = CronExpression.parse(cron);
    assertThat(c.restrictsBothDayFields()).isEqualTo(both);
    if (both) {
      assertThat(c.dayRuleNote()).contains("AND").contains("Unix cron runs on either");
    } else {
      assertThat(c.dayRuleNote()).isNull();
    }
  }
}
