package io.pdimesos.entries.metronomesubmit;

import io.pdimesos.core.metronome.MetronomeClient;
import io.pdimesos.core.metronome.MetronomeJob;
import io.pdimesos.core.metronome.MetronomeSchedule;
import io.pdimesos.core.metronome.MetronomeSchedule.ConcurrencyPolicy;
import io.pdimesos.core.ops.MetronomeSubmit;
import io.pdimesos.entries.ClusterJobEntry;
import io.pdimesos.entries.DefinitionSource;
import io.pdimesos.entries.EntryOutcome;
import io.pdimesos.entries.EntryOutcome.Logged;
import io.pdimesos.plugin.ClusterRun;
import io.pdimesos.plugin.ConnectionSettings;
import io.pdimesos.plugin.Setting;
import io.pdimesos.plugin.SettingException;
import io.pdimesos.plugin.SettingTab;
import io.pdimesos.plugin.SettingValues;
import io.pdimesos.plugin.Validators;
import io.pdimesos.plugin.WaitBlock;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.pentaho.di.core.annotations.JobEntry;
import org.pentaho.di.i18n.BaseMessages;

/**
 * Metronome: Submit Job. Creates or updates a job from JSON, a file or form fields, and makes its
 * schedule (cron and time zone) what the definition says; a job may instead run after others
 * (dependencies). Can start one run now (Metronome: Run Job waits for a run).
 */
@JobEntry(id = "PdiMesosMetronomeSubmitJob",
    i18nPackageName = "io.pdimesos.entries.metronomesubmit",
    name = "JobEntryMetronomeSubmitJob.Name", description = "JobEntryMetronomeSubmitJob.Description",
    categoryDescription = "PdiMesos.Category",
    image = "io/pdimesos/entries/metronomesubmit/metronome-submit-job.svg",
    documentationUrl = ClusterJobEntry.DOCS_BASE + "metronome-submit-job.md")
public class JobEntryMetronomeSubmitJob extends ClusterJobEntry {
  private static final Class<?> PKG = JobEntryMetronomeSubmitJob.class;
  /** The id a form's schedule gets, as the DC/OS UI names it. */
  static final String FORM_SCHEDULE_ID = "default";

  /** Restart policies of a form job (Metronome's {@code run.restart.policy}). */
  public enum RestartPolicy {
    /** A failed task fails the run. */
    NEVER,
    /** A failed task is launched again, until the restart deadline. */
    ON_FAILURE
  }

  public static final Setting SOURCE = DefinitionSource.setting(PKG,
      "JobEntryMetronomeSubmitJob.General.Source");
  public static final Setting JOB_ID = Setting.text(PKG, "job_id",
      "JobEntryMetronomeSubmitJob.General.JobId").validator(Validators.METRONOME_JOB_ID).build();
  public static final Setting RUN_NOW = Setting.bool(PKG, "run_now",
      "JobEntryMetronomeSubmitJob.General.RunNow").build();

  public static final Setting JSON = Setting.json(PKG, "definition_json",
      "JobEntryMetronomeSubmitJob.Definition.Json").tab(SettingTab.DEFINITION).build();
  public static final Setting FILE = Setting.text(PKG, "definition_file",
      "JobEntryMetronomeSubmitJob.Definition.File").tab(SettingTab.DEFINITION).build();
  public static final Setting DESCRIPTION = formField(Setting.text(PKG, "job_description",
      "JobEntryMetronomeSubmitJob.Definition.Description"));
  public static final Setting COMMAND = formField(Setting.text(PKG, "command",
      "JobEntryMetronomeSubmitJob.Definition.Command"));
  public static final Setting IMAGE = formField(Setting.text(PKG, "docker_image",
      "JobEntryMetronomeSubmitJob.Definition.Image"));
  public static final Setting CRON = formField(Setting.text(PKG, "schedule_cron",
      "JobEntryMetronomeSubmitJob.Definition.Cron").validator(Validators.METRONOME_CRON));
  /** Empty: Metronome's default, UTC. */
  public static final Setting TIME_ZONE = formField(Setting.text(PKG, "schedule_time_zone",
      "JobEntryMetronomeSubmitJob.Definition.TimeZone"));
  /** Allow, Metronome's default: a scheduled run starts even while another is active. */
  public static final Setting CONCURRENCY = formField(Setting.choice(PKG,
      "concurrency_policy", "JobEntryMetronomeSubmitJob.Definition.Concurrency",
      ConcurrencyPolicy.values()).defaultValue(ConcurrencyPolicy.ALLOW));
  public static final Setting DEPENDENCIES = formField(Setting.textList(PKG, "dependencies",
      "JobEntryMetronomeSubmitJob.Definition.Dependencies")
      .validator(Validators.METRONOME_JOB_ID));
  public static final Setting ENV = formField(Setting.keyValues(PKG, "env",
      "JobEntryMetronomeSubmitJob.Definition.Env"));
  /** Metronome demands all three; these are its own model's defaults (1 CPU, 128 MB, 0 MB). */
  public static final Setting CPUS = formField(Setting.number(PKG, "cpus",
      "JobEntryMetronomeSubmitJob.Definition.Cpus").defaultValue("1"));
  public static final Setting MEM = formField(Setting.number(PKG, "mem",
      "JobEntryMetronomeSubmitJob.Definition.Mem").defaultValue("128"));
  public static final Setting DISK = formField(Setting.number(PKG, "disk",
      "JobEntryMetronomeSubmitJob.Definition.Disk").defaultValue("0"));
  /** Never, Metronome's default: a failed run is reported, not retried behind the job's back. */
  public static final Setting RESTART = formField(Setting.choice(PKG, "restart_policy",
      "JobEntryMetronomeSubmitJob.Definition.Restart", RestartPolicy.values())
      .defaultValue(RestartPolicy.NEVER));
  /** 0: no limit on the restarts (Metronome's default). */
  public static final Setting RESTART_DEADLINE = formField(Setting.integer(PKG,
      "restart_deadline_seconds", "JobEntryMetronomeSubmitJob.Definition.RestartDeadline")
      .defaultValue(0));
  /** What only a form definition uses; the dialog greys it out for the other sources. */
  static final List<Setting> FORM_FIELDS = Collections.unmodifiableList(Arrays.asList(
      DESCRIPTION, COMMAND, IMAGE, CRON, TIME_ZONE, CONCURRENCY, DEPENDENCIES, ENV, CPUS, MEM,
      DISK, RESTART, RESTART_DEADLINE));

  /** A minute for the whole submit: it writes the job and its schedule. */
  public static final WaitBlock WAITING = WaitBlock.forEntry().timeout(60).build();

  public static final List<Setting> SETTINGS = SettingValues.concat(Arrays.asList(SOURCE,
      JOB_ID, RUN_NOW, JSON, FILE), FORM_FIELDS, WAITING.settings(),
      ConnectionSettings.SETTINGS);

  public JobEntryMetronomeSubmitJob() {
    super("Metronome: Submit Job", SETTINGS, ConnectionSettings.METRONOME_URLS);
  }

  private static Setting formField(Setting.Builder b) {
    return b.tab(SettingTab.DEFINITION).build();
  }

  @Override
  protected EntryOutcome run(ClusterRun run) {
    MetronomeJob job = definition(run);
    MetronomeClient client = new MetronomeClient(run.connection().metronome(), run.log());
    MetronomeSubmit.Result r = new MetronomeSubmit(client, run.log()).submit(job,
        run.bool(RUN_NOW), WAITING.resolve(run).timeoutMillis(), run.token());
    return EntryOutcome.of(r).logged(Logged.SUMMARY)
        .variable("METRONOME_JOB_ID", r.jobId())
        .variable("METRONOME_SUBMIT_ACTION", r.action())
        .variable("METRONOME_SCHEDULE_ACTION", r.scheduleAction())
        .variable("METRONOME_RUN_ID", r.runId());
  }

  /** The job from the chosen source; the job id setting, when filled, names it. */
  static MetronomeJob definition(ClusterRun run) {
    DefinitionSource source = run.choice(SOURCE, DefinitionSource.class);
    String id = run.text(JOB_ID);
    if (source != DefinitionSource.FORM) {
      MetronomeJob parsed = MetronomeJob.fromJson(source.text(run, JSON, FILE));
      return id.isEmpty() ? parsed : parsed.toBuilder().id(id).build();
    }
    if (id.isEmpty()) {
      throw new SettingException(JOB_ID, BaseMessages.getString(PKG,
          "JobEntryMetronomeSubmitJob.Problem.FormWithoutId"));
    }
    String cron = run.text(CRON);
    List<String> dependencies = run.lines(DEPENDENCIES);
    if (!cron.isEmpty() && !dependencies.isEmpty()) {
      throw new SettingException(CRON, BaseMessages.getString(PKG,
          "JobEntryMetronomeSubmitJob.Problem.CronAndDependencies"));
    }
    MetronomeJob.Builder b = MetronomeJob.builder(id)
        .cpus(run.number(CPUS)).mem(run.number(MEM)).disk(run.number(DISK))
        .description(orNull(run.text(DESCRIPTION)))
        .cmd(orNull(run.text(COMMAND)))
        .dockerImage(orNull(run.text(IMAGE)))
        .dependencies(dependencies);
    Map<String, String> env = run.pairs(ENV);
    if (!env.isEmpty()) {
      b.env(env);
    }
    if (!cron.isEmpty()) {
      String zone = run.text(TIME_ZONE);
      b.schedule(MetronomeSchedule.of(FORM_SCHEDULE_ID, cron)
          .withTimezone(orNull(zone))
          .withConcurrencyPolicy(run.choice(CONCURRENCY, ConcurrencyPolicy.class)));
    }
    RestartPolicy restart = run.choice(RESTART, RestartPolicy.class);
    long deadline = run.integer(RESTART_DEADLINE);
    if (restart == RestartPolicy.ON_FAILURE) {
      b.restart(restart.name(), deadline > 0 ? deadline : null);
    }
    return b.build();
  }

  private static String orNull(String text) {
    return text.isEmpty() ? null : text;
  }
}
