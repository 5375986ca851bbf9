package io.pdimesos.it.spoon;

import io.pdimesos.entries.ClusterJobEntry;
import io.pdimesos.entries.ClusterJobEntryDialog;
import io.pdimesos.it.harness.Report;
import io.pdimesos.plugin.ConnectionSettings;
import io.pdimesos.plugin.SettingTab;
import io.pdimesos.plugin.SettingValues;
import io.pdimesos.plugin.testing.DialogShots;
import io.pdimesos.plugin.testing.SettingsFiller;
import io.pdimesos.steps.ClusterStepDialog;
import io.pdimesos.steps.ClusterStepMeta;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.swt.widgets.Shell;
import org.pentaho.di.core.plugins.JobEntryPluginType;
import org.pentaho.di.core.plugins.PluginInterface;
import org.pentaho.di.core.plugins.PluginRegistry;
import org.pentaho.di.core.plugins.PluginTypeInterface;
import org.pentaho.di.core.plugins.StepPluginType;
import org.pentaho.di.core.variables.Variables;
import org.pentaho.di.job.JobMeta;
import org.pentaho.di.job.entry.JobEntryCopy;
import org.pentaho.di.job.entry.JobEntryInterface;
import org.pentaho.di.trans.TransMeta;
import org.pentaho.di.trans.step.StepMeta;
import org.pentaho.di.ui.core.gui.GUIResource;
import org.pentaho.di.ui.spoon.Spoon;

/**
 * Runs inside a real Spoon, on its UI thread, loaded over the plugin's own class loader (see the
 * harness's SpoonProbe): the Spoon window with the start job, PDI's own widgets ({@link
 * WidgetFacts}), then every entry's and every step's dialog, each built by Spoon itself
 * ({@code getJobEntryDialog}, {@code getStepEntryDialog}: the plugin registry, the plugin's class
 * loader, Spoon's constructor), put through {@link DialogRounds}. Screenshots go to the folder
 * given, named as the docs name them.
 *
 * <p>Arguments: the screenshots folder, the name of an entry of the start job to open by
 * double-click, the job holding one entry of each kind, the transformation holding one step of
 * each kind.
 */
public final class SpoonDialogs {
  private final Spoon spoon;
  private final Report report;
  private final PluginRegistry registry = PluginRegistry.getInstance();
  private final DialogRounds rounds;

  private SpoonDialogs(Spoon spoon, Report report) {
    this.spoon = spoon;
    this.report = report;
    this.rounds = new DialogRounds(spoon.getShell(), report);
  }

  public static void run(Spoon spoon, Report report, String[] args) throws Exception {
    System.setProperty("screenshots", args[0]); // where DialogShots saves
    SpoonDialogs run = new SpoonDialogs(spoon, report);
    run.window(args[1]);
    Variables space = new Variables();
    space.setVariable("APP", "carte");
    WidgetFacts.report(spoon.getShell(), space, report);
    spoon.openFile(args[2], false);
    run.entries(spoon.getActiveJob());
    spoon.openFile(args[3], false);
    run.steps(spoon.getActiveTransformation());
  }

  /** The window as a user sees it after {@code spoon.sh -file=JOB}, then one entry opened by double-click. */
  private void window(String entryName) {
    Shell window = spoon.getShell();
    JobMeta job = spoon.getActiveJob();
    report.put("window", window.getText(), job.getName(), job.nrJobEntries(), window.getBounds());
    DialogShots.screenshot(window, "spoon-window");
    List<String> ourIds = ours(JobEntryPluginType.class).stream().map(p -> p.getIds()[0]).collect(Collectors.toList());
    for (JobEntryCopy copy : job.getJobCopies()) {
      String id = copy.getEntry().getPluginId();
      if (ourIds.contains(id)) {
        // What Spoon's canvas draws the entry with: the image it loaded from the plugin.
        report.put("icon", copy.getName(), GUIResource.getInstance().getImagesJobentries().get(id) != null);
      }
    }
    new DoubleClick(spoon, report).editAndCancel(job, job.findJobEntry(entryName));
  }

  private void entries(JobMeta job) {
    for (PluginInterface plugin : ours(JobEntryPluginType.class)) {
      String id = plugin.getIds()[0];
      JobEntryCopy copy = null;
      for (JobEntryCopy c : job.getJobCopies()) {
        if (id.equals(c.getEntry().getPluginId())) {
          copy = c;
        }
      }
      report.put("plugin", "entry", id, copy == null ? "" : copy.getName());
      if (copy == null) {
        continue;
      }
      ClusterJobEntry entry = (ClusterJobEntry) copy.getEntry();
      String slug = slug(plugin);
      rounds.look(id, slug, entryDialog(id, entry, job), entryShots(id, slug, entry), s -> {
        if (s.validateButton() != null) {
          report.put("validate", id, rounds.press(id, s, s.validateButton()));
        }
      });

      if (id.equals("PdiMesosMarathonDeployApp")) {
        dcosConnectionShot(id, entry, job);
      }

      ClusterJobEntry fresh = newEntry(plugin);
      SettingValues typed = DialogRounds.acceptedByOk(SettingsFiller.fill(fresh.settings().copy()));
      Object result = rounds.okTyped(id, entryDialog(id, fresh, job), typed, "Typed name");
      report.put("ok-result", id, result == fresh ? "the entry" : String.valueOf(result), fresh.getName(),
          fresh.hasChanged());

      ClusterJobEntry filled = newEntry(plugin);
      filled.setName("Filled");
      SettingsFiller.fill(filled.settings());
      SettingValues defaults = filled.settings().copy();
      defaults.setDefaults();
      result = rounds.cancelTyped(id, entryDialog(id, filled, job), defaults);
      report.put("cancel-result", id, String.valueOf(result), filled.getName());
    }
  }

  private void steps(TransMeta trans) {
    StepDialogExtras extras = new StepDialogExtras(rounds, report);
    for (PluginInterface plugin : ours(StepPluginType.class)) {
      String id = plugin.getIds()[0];
      StepMeta step = null;
      for (StepMeta s : trans.getSteps()) {
        if (id.equals(s.getStepID())) {
          step = s;
        }
      }
      report.put("plugin", "step", id, step == null ? "" : step.getName());
      if (step == null) {
        continue;
      }
      ClusterStepMeta meta = (ClusterStepMeta) step.getStepMetaInterface();
      String slug = slug(plugin);
      rounds.look(id, slug, stepDialog(id, meta, trans, step.getName()), extras.shots(slug),
          s -> extras.run(id, slug, meta, s));

      // New ones, in a transformation of their own: Spoon adds a step dropped on its canvas to
      // the transformation before it opens the dialog (BaseStepDialog needs it there).
      TransMeta scratch = new TransMeta();
      ClusterStepMeta fresh = newStep(plugin, scratch, plugin.getName());
      SettingValues typed = DialogRounds.acceptedByOk(SettingsFiller.fill(fresh.settings().copy()));
      Object result = rounds.okTyped(id, stepDialog(id, fresh, scratch, plugin.getName()), typed, "Typed name");
      report.put("ok-result", id, String.valueOf(result), "", fresh.hasChanged());

      ClusterStepMeta filled = newStep(plugin, scratch, "Filled");
      SettingsFiller.fill(filled.settings());
      SettingValues defaults = filled.settings().copy();
      defaults.setDefaults();
      result = rounds.cancelTyped(id, stepDialog(id, filled, scratch, "Filled"), defaults);
      report.put("cancel-result", id, String.valueOf(result), "", filled.hasChanged());
    }
  }

  /** Spoon's own way to build an entry's dialog; null, and an error dialog, when it cannot. */
  private DialogRounds.Opened entryDialog(String id, ClusterJobEntry entry, JobMeta job) {
    ClusterJobEntryDialog dialog = (ClusterJobEntryDialog) spoon.getJobEntryDialog(entry, job);
    reportDialog(id, dialog);
    return new DialogRounds.Opened(dialog.settingsDialog(), entry.settings(), dialog::open);
  }

  private DialogRounds.Opened stepDialog(String id, ClusterStepMeta meta, TransMeta trans, String name) {
    ClusterStepDialog dialog = (ClusterStepDialog) spoon.getStepEntryDialog(meta, trans, name);
    reportDialog(id, dialog);
    return new DialogRounds.Opened(dialog.settingsDialog(), meta.settings(), dialog::open);
  }

  private void reportDialog(String id, Object dialog) {
    report.put("dialog", id, dialog.getClass().getName(),
        dialog.getClass().getClassLoader() == getClass().getClassLoader().getParent() ? "plugin" : "other");
  }

  /** A new entry as Spoon makes one from the palette: the registry's instance, named after the plugin. */
  private ClusterJobEntry newEntry(PluginInterface plugin) {
    try {
      JobEntryInterface entry = (JobEntryInterface) registry.loadClass(plugin);
      entry.setPluginId(plugin.getIds()[0]);
      entry.setName(plugin.getName());
      return (ClusterJobEntry) entry;
    } catch (Exception e) {
      throw new IllegalStateException(plugin.getIds()[0], e);
    }
  }

  /** A new step as Spoon adds one to a transformation: the registry's instance with its defaults. */
  private ClusterStepMeta newStep(PluginInterface plugin, TransMeta trans, String name) {
    try {
      ClusterStepMeta meta = (ClusterStepMeta) registry.loadClass(plugin);
      meta.setDefault();
      trans.addStep(new StepMeta(plugin.getIds()[0], name, meta));
      return meta;
    } catch (Exception e) {
      throw new IllegalStateException(plugin.getIds()[0], e);
    }
  }

  /**
   * The docs' picture of the Connection tab in DC/OS mode: the entry's values with a cluster URL
   * and a service-account login, as docs/entries/README.md describes them.
   */
  private void dcosConnectionShot(String id, ClusterJobEntry entry, JobMeta job) {
    ClusterJobEntry dcos = (ClusterJobEntry) entry.clone();
    dcos.settings().set(ConnectionSettings.DCOS_URL, "https://dcos.example.com")
        .set(ConnectionSettings.DCOS_LOGIN, "service_account")
        .set(ConnectionSettings.DCOS_UID, "etl-runner")
        .set(ConnectionSettings.DCOS_PRIVATE_KEY, "/etc/pdi/etl-runner.pem")
        .set(ConnectionSettings.MESOS_MASTERS, "").set(ConnectionSettings.MARATHON_URLS, "")
        .set(ConnectionSettings.CHRONOS_URLS, "").set(ConnectionSettings.METRONOME_URLS, "");
    String shotId = id + "/dcos";
    rounds.shot(shotId, entryDialog(shotId, dcos, job), SettingTab.CONNECTION.label(),
        "connection-tab-dcos");
  }

  /** The plugins PDI loads with the class loader this class was loaded over: ours. */
  private List<PluginInterface> ours(Class<? extends PluginTypeInterface> type) {
    ClassLoader ours = getClass().getClassLoader().getParent();
    List<PluginInterface> found = new ArrayList<>();
    for (PluginInterface plugin : registry.getPlugins(type)) {
      try {
        if (!plugin.isNativePlugin() && registry.getClassLoader(plugin) == ours) {
          found.add(plugin);
        }
      } catch (Exception e) {
        report.error("class-loader", e, plugin.getIds()[0]);
      }
    }
    Collections.sort(found, (a, b) -> a.getIds()[0].compareTo(b.getIds()[0]));
    return found;
  }

  /** The docs page's name: {@code marathon-deploy-app} of .../docs/entries/marathon-deploy-app.md. */
  private static String slug(PluginInterface plugin) {
    String url = plugin.getDocumentationUrl();
    return url.substring(url.lastIndexOf('/') + 1).replace(".md", "");
  }

  /**
   * The docs' pictures of an entry besides its first tab: its Definition tab where it has one, and
   * Marathon Deploy's Connection tab (the one every entry's page links to).
   */
  private static List<String[]> entryShots(String id, String slug, ClusterJobEntry entry) {
    List<String[]> shots = new ArrayList<>();
    if (entry.settings().settings().stream().anyMatch(s -> s.tab() == SettingTab.DEFINITION)) {
      shots.add(new String[] {SettingTab.DEFINITION.label(), slug + "-definition"});
    }
    if (id.equals("PdiMesosMarathonDeployApp")) {
      shots.add(new String[] {SettingTab.CONNECTION.label(), "connection-tab"});
    }
    return shots;
  }
}
