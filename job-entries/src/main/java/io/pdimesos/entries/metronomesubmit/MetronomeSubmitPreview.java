package io.pdimesos.entries.metronomesubmit;

import io.pdimesos.core.metronome.CronExpression;
import io.pdimesos.core.metronome.MetronomeClient;
import io.pdimesos.core.metronome.MetronomeJob;
import io.pdimesos.core.metronome.MetronomeSchedule;
import io.pdimesos.core.metronome.MetronomeValidation;
import io.pdimesos.plugin.ClusterRun;
import io.pdimesos.plugin.ui.SettingsDialog.Verdict;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.pentaho.di.i18n.BaseMessages;

/**
 * Validate for Submit Job: builds the job exactly as the run does (source, variables, id), checks
 * it as the operation does before sending, says when its schedule runs next, and asks Metronome
 * whether the job exists. Never writes nor runs.
 */
final class MetronomeSubmitPreview {
  private static final Class<?> PKG = MetronomeSubmitPreview.class;
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx");

  private MetronomeSubmitPreview() {}

  static Verdict run(ClusterRun run) {
    MetronomeJob job = JobEntryMetronomeSubmitJob.definition(run);
    List<String> warnings = MetronomeValidation.validate(job);
    MetronomeClient client = new MetronomeClient(run.connection().metronome(), run.log());
    boolean exists = client.findJob(job.id(), null, run.token()) != null;
    StringBuilder text = new StringBuilder(exists
        ? BaseMessages.getString(PKG, "MetronomeSubmitPreview.WouldUpdate", job.id())
        : BaseMessages.getString(PKG, "MetronomeSubmitPreview.WouldCreate", job.id()));
    MetronomeSchedule s = job.schedule();
    if (s != null) {
      ZoneId zone = ZoneId.of(s.timezone());
      ZonedDateTime next = CronExpression.parse(s.cron()).next(ZonedDateTime.now(zone));
      text.append('\n').append(BaseMessages.getString(PKG, "MetronomeSubmitPreview.NextRun",
          s.cron(), s.timezone(), next == null ? "-" : WHEN.format(next)));
    }
    for (String w : warnings) {
      text.append('\n').append(BaseMessages.getString(PKG, "MetronomeSubmitPreview.Warning", w));
    }
    return Verdict.ok(text.toString());
  }
}
