package io.pdimesos.entries.chronossubmit;

import io.pdimesos.core.chronos.ChronosClient;
import io.pdimesos.core.chronos.ChronosJob;
import io.pdimesos.core.ops.ChronosSubmit;
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
 * Chronos: Submit Job. Creates or updates a scheduled (ISO 8601 schedule) or dependent
 * (parents) job from JSON, a file or form fields, without re-posting an unchanged job; can queue
 * one run now (Chronos: Run Job waits for a run).
 */
@JobEntry(id = "PdiMesosChronosSubmitJob", i18nPackageName = "io.pdimesos.entries.chronossubmit",
    name = "JobEntryChronosSubmitJob.Name", description = "JobEntryChronosSubmitJob.Description",
    categoryDescription = "PdiMesos.Category",
    image = "io/pdimesos/entries/chronossubmit/chronos-submit-job.svg",
    documentationUrl = ClusterJobEntry.DOCS_BASE + "chronos-submit-job.md")
public class JobEntryChronosSubmitJob extends ClusterJobEntry {
  private static final Class<?> PKG = JobEntryChronosSubmitJob.class;

  public static final Setting SOURCE = DefinitionSource.setting(PKG,
      "JobEntryChronosSubmitJob.General.Source");
  public static final Setting JOB_NAME = Setting.text(PKG, "job_name",
      "JobEntryChronosSubmitJob.General.JobName").validator(Validators.CHRONOS_JOB_NAME).build();
  public static final Setting RUN_ARGUMENTS = Setting.text(PKG, "run_arguments",
      "JobEntryChronosSubmitJob.General.RunArguments").build();
  /** The arguments are for that run only, so they mean nothing without it. */
  public static final Setting RUN_NOW = Setting.bool(PKG, "run_now",
      "JobEntryChronosSubmitJob.General.RunNow").enables(Collections.singletonList(RUN_ARGUMENTS))
      .build();

  public static final Setting JSON = Setting.json(PKG, "definition_json",
      "JobEntryChronosSubmitJob.Definition.Json").tab(SettingTab.DEFINITION).build();
  public static final Setting FILE = Setting.text(PKG, "definition_file",
      "JobEntryChronosSubmitJob.Definition.File").tab(SettingTab.DEFINITION).build();
  public static final Setting COMMAND = Setting.text(PKG, "command",
      "JobEntryChronosSubmitJob.Definition.Command").tab(SettingTab.DEFINITION).build();
  public static final Setting IMAGE = Setting.text(PKG, "docker_image",
      "JobEntryChronosSubmitJob.Definition.Image").tab(SettingTab.DEFINITION).build();
  public static final Setting SCHEDULE = Setting.text(PKG, "schedule",
      "JobEntryChronosSubmitJob.Definition.Schedule").validator(Validators.CHRONOS_SCHEDULE)
      .tab(SettingTab.DEFINITION).build();
  public static final Setting TIME_ZONE = Setting.text(PKG, "schedule_time_zone",
      "JobEntryChronosSubmitJob.Definition.TimeZone").tab(SettingTab.DEFINITION).build();
  public static final Setting PARENTS = Setting.textList(PKG, "parents",
      "JobEntryChronosSubmitJob.Definition.Parents").validator(Validators.CHRONOS_JOB_NAME)
      .tab(SettingTab.DEFINITION).build();
  public static final Setting ENV = Setting.keyValues(PKG, "env",
      "JobEntryChronosSubmitJob.Definition.Env")
      .tab(SettingTab.DEFINITION).build();
  /** Chronos's own defaults: 0.1 CPU, 128 MB memory, 256 MB disk, 2 retries. */
  public static final Setting CPUS = Setting.number(PKG, "cpus",
      "JobEntryChronosSubmitJob.Definition.Cpus")
      .defaultValue("0.1").tab(SettingTab.DEFINITION).build();
  public static final Setting MEM = Setting.number(PKG, "mem",
      "JobEntryChronosSubmitJob.Definition.Mem")
      .defaultValue("128").tab(SettingTab.DEFINITION).build();
  public static final Setting DISK = Setting.number(PKG, "disk",
      "JobEntryChronosSubmitJob.Definition.Disk")
      .defaultValue("256").tab(SettingTab.DEFINITION).build();
  public static final Setting RETRIES = Setting.integer(PKG, "retries",
      "JobEntryChronosSubmitJob.Definition.Retries").defaultValue(2).tab(SettingTab.DEFINITION)
      .build();
  public static final Setting OWNER = Setting.text(PKG, "owner",
      "JobEntryChronosSubmitJob.Definition.Owner")
      .tab(SettingTab.DEFINITION).build();
  /** What only a form definition uses; the dialog greys it out for the other sources. */
  static final List<Setting> FORM_FIELDS = Collections.unmodifiableList(Arrays.asList(COMMAND,
      IMAGE, SCHEDULE, TIME_ZONE, PARENTS, ENV, CPUS, MEM, DISK, RETRIES, OWNER));

  /** A minute for the whole submit: it only writes and reads the job back. */
  public static final WaitBlock WAITING = WaitBlock.forEntry().timeout(60).build();

  public static final List<Setting> SETTINGS = SettingValues.concat(Arrays.asList(SOURCE,
      JOB_NAME, RUN_NOW, RUN_ARGUMENTS, JSON, FILE), FORM_FIELDS, WAITING.settings(),
      ConnectionSettings.SETTINGS);

  public JobEntryChronosSubmitJob() {
    super("Chronos: Submit Job", SETTINGS, ConnectionSettings.CHRONOS_URLS);
  }

  @Override
  protected EntryOutcome run(ClusterRun run) {
    ChronosJob job = definition(run);
    ChronosClient client = new ChronosClient(run.connection().chronos(),
        run.connection().chronosVersion(), run.log());
    String arguments = run.text(RUN_ARGUMENTS);
    long timeout = WAITING.resolve(run).timeoutMillis();
    ChronosSubmit.Result r = new ChronosSubmit(client, run.log()).submit(job, run.bool(RUN_NOW),
        arguments.isEmpty() ? null : arguments, timeout, run.token());
    return EntryOutcome.of(r).logged(Logged.SUMMARY)
        .variable("CHRONOS_JOB_NAME", r.jobName())
        .variable("CHRONOS_SUBMIT_ACTION", r.action())
        .variable("CHRONOS_RUN_TRIGGERED", r.triggered() ? "Y" : "N");
  }

  /** The job from the chosen source; the job name setting, when filled, names it. */
  static ChronosJob definition(ClusterRun run) {
    DefinitionSource source = run.choice(SOURCE, DefinitionSource.class);
    String name = run.text(JOB_NAME);
    if (source != DefinitionSource.FORM) {
      ChronosJob parsed = ChronosJob.fromJson(source.text(run, JSON, FILE));
      return name.isEmpty() ? parsed : parsed.toBuilder().name(name).build();
    }
    if (name.isEmpty()) {
      throw new SettingException(JOB_NAME, BaseMessages.getString(PKG,
          "JobEntryChronosSubmitJob.Problem.FormWithoutName"));
    }
    String schedule = run.text(SCHEDULE);
    List<String> parents = run.lines(PARENTS);
    if (schedule.isEmpty() == parents.isEmpty()) {
      throw new SettingException(SCHEDULE, schedule.isEmpty()
          ? BaseMessages.getString(PKG, "JobEntryChronosSubmitJob.Problem.NoScheduleNorParents")
          : BaseMessages.getString(PKG, "JobEntryChronosSubmitJob.Problem.ScheduleAndParents"));
    }
    ChronosJob.Builder b = ChronosJob.builder(name)
        .cpus(run.number(CPUS)).mem(run.number(MEM)).disk(run.number(DISK))
        .retries((int) run.integer(RETRIES));
    String command = run.text(COMMAND);
    if (!command.isEmpty()) {
      b.command(command);
    }
    String image = run.text(IMAGE);
    if (!image.isEmpty()) {
      b.container(new ChronosJob.Container().type("DOCKER").image(image));
    }
    if (!schedule.isEmpty()) {
      b.schedule(schedule);
      String zone = run.text(TIME_ZONE);
      if (!zone.isEmpty()) {
        b.scheduleTimeZone(zone);
      }
    } else {
      b.parents(parents);
    }
    Map<String, String> env = run.pairs(ENV);
    if (!env.isEmpty()) {
      b.environmentVariables(env);
    }
    String owner = run.text(OWNER);
    if (!owner.isEmpty()) {
      b.owner(owner);
    }
    return b.build();
  }
}
