package io.pdimesos.entries;

import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.plugin.ClusterConnection;
import io.pdimesos.plugin.ClusterRun;
import io.pdimesos.plugin.PdiProgressListener;
import io.pdimesos.plugin.Setting;
import io.pdimesos.plugin.SettingValues;
import io.pdimesos.plugin.ui.SettingsDialog;
import io.pdimesos.plugin.ui.SettingsDialog.Verdict;
import java.util.Collections;
import java.util.List;
import org.eclipse.swt.widgets.Shell;
import org.pentaho.di.core.annotations.JobEntry;
import org.pentaho.di.i18n.BaseMessages;
import org.pentaho.di.job.JobMeta;
import org.pentaho.di.job.entry.JobEntryDialogInterface;
import org.pentaho.di.job.entry.JobEntryInterface;
import org.pentaho.di.repository.Repository;
import org.pentaho.di.ui.job.dialog.JobDialog;
import org.pentaho.di.ui.job.entry.JobEntryDialog;

/**
 * The dialog of every pdi-mesos entry, built from the entry's declared settings by
 * {@link SettingsDialog}. An entry's own dialog ({@code <Entry>Dialog} in the entry's package, see
 * {@link ClusterJobEntry#getDialogClassName()}) only adds its Validate action, if any.
 */
public class ClusterJobEntryDialog extends JobEntryDialog implements JobEntryDialogInterface {
  private static final Class<?> PKG = ClusterJobEntryDialog.class;

  /**
   * Validate: the same core path {@code execute()} takes, stopped before anything changes on the
   * cluster. Runs on the values as typed, resolved against the job's variables.
   */
  public interface Preview {
    Verdict run(ClusterRun run);
  }

  private final ClusterJobEntry entry;
  private final SettingsDialog dialog;

  /** The constructor Spoon calls reflectively. */
  public ClusterJobEntryDialog(Shell parent, JobEntryInterface entry, Repository rep,
      JobMeta jobMeta) {
    super(parent, entry, rep, jobMeta);
    this.entry = (ClusterJobEntry) entry;
    this.dialog = new SettingsDialog(parent, jobMeta, title(entry),
        BaseMessages.getString(SettingsDialog.class, "SettingsDialog.EntryName.Label"))
        .decorate(shell -> JobDialog.setShellImage(shell, entry));
    configure(dialog);
    Preview preview = preview();
    if (preview != null) {
      dialog.validateWith(typed -> preview.run(runFor(typed)));
    }
  }

  /**
   * For an entry's dialog to add rules such as {@link SettingsDialog#enableWhen}. Called from the
   * constructor, like {@link #preview()}: overrides must not use fields of their own.
   */
  protected void configure(SettingsDialog dialog) {
  }

  /**
   * Only the definition fields of the chosen {@link DefinitionSource} are editable: the JSON, the
   * file, or the form's fields.
   */
  protected static void enableBySource(SettingsDialog dialog, Setting source, Setting json,
      Setting file, List<Setting> formFields) {
    dialog.enableWhen(source, DefinitionSource.JSON, Collections.singletonList(json));
    dialog.enableWhen(source, DefinitionSource.FILE, Collections.singletonList(file));
    dialog.enableWhen(source, DefinitionSource.FORM, formFields);
  }

  /** The entry's Validate, or null for none. */
  protected Preview preview() {
    return null;
  }

  /** The builder, for tests (e.g. to capture message boxes before {@link #open()}). */
  public SettingsDialog settingsDialog() {
    return dialog;
  }

  @Override
  public JobEntryInterface open() {
    String name = dialog.open(entry.getName(), entry.settings());
    shell = dialog.shell();
    if (name == null) {
      return null;
    }
    entry.setName(name);
    entry.setChanged();
    return entry;
  }

  private ClusterRun runFor(SettingValues typed) {
    PdiProgressListener log = new PdiProgressListener(entry.getLogChannel(),
        ClusterConnection.secrets(typed, jobMeta));
    return new ClusterRun(typed, jobMeta, ClusterConnection.resolve(typed, jobMeta, log), log,
        CancellationToken.none());
  }

  /** The entry's name in Spoon's palette, e.g. "Marathon: Deploy App". */
  private static String title(JobEntryInterface entry) {
    JobEntry annotation = entry.getClass().getAnnotation(JobEntry.class);
    return annotation == null ? entry.getClass().getSimpleName()
        : BaseMessages.getString(entry.getClass(), annotation.name());
  }
}
