package io.pdimesos.steps;

import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.plugin.SettingValues;
import io.pdimesos.plugin.ui.SettingsDialog;
import io.pdimesos.plugin.ui.SettingsForm;
import org.eclipse.swt.widgets.Shell;
import org.pentaho.di.ui.core.widget.ComboVar;
import org.pentaho.di.i18n.BaseMessages;
import org.pentaho.di.trans.TransMeta;

/**
 * The dialog of every input step: the settings form plus Get fields (the chosen entity's
 * documented fields into the table) and Preview (the first rows, read with the values as typed).
 * Choosing another entity refills the table with its fields, unless the user edited them.
 */
public class InputStepDialog extends ClusterStepDialog {
  private static final Class<?> PKG = InputStepDialog.class;
  /** Enough rows to see what the fields hold, few enough to read quickly on a big cluster. */
  static final int PREVIEW_ROWS = 100;

  public InputStepDialog(Shell parent, Object in, TransMeta transMeta, String stepname) {
    super(parent, in, transMeta, stepname);
  }

  @Override
  protected void configure(SettingsDialog dialog) {
    final InputStepMeta meta = (InputStepMeta) meta();
    dialog.withForm(form -> followEntity(meta, form));
    dialog.addButton(BaseMessages.getString(PKG, "InputStepDialog.GetFields"),
        new SettingsDialog.FormAction() {
          @Override
          public void run(SettingValues typed, SettingsForm form) {
            String entity = typed.in(transMeta).choice(meta.entitySetting());
            form.showTable(InputSettings.FIELDS,
                OutputFields.rowsOf(meta.defaultFields(entity)));
          }
        });
    dialog.addButton(BaseMessages.getString(PKG, "InputStepDialog.Preview"),
        new SettingsDialog.FormAction() {
          @Override
          public void run(SettingValues typed, SettingsForm form) {
            InputStepMeta copy = (InputStepMeta) meta.withSettings(typed);
            InputPreview preview = InputPreview.read(copy, transMeta, log,
                PREVIEW_ROWS, CancellationToken.none());
            new PreviewRowsShell(form.tabFolder().getShell(), title(meta), preview).open();
          }
        });
  }

  /**
   * When the entity changes from one code to another and the table holds exactly the old
   * entity's default fields (the user kept them), shows the new entity's; an edited table is the
   * user's and stays. Half-typed names and variables are not entities: they change nothing.
   */
  private static void followEntity(final InputStepMeta meta, final SettingsForm form) {
    final ComboVar wEntity = (ComboVar) form.widget(meta.entitySetting());
    final String[] lastEntity = new String[1];
    wEntity.addModifyListener(e -> {
      String entity = wEntity.getText().trim();
      if (!meta.entitySetting().choices().contains(entity)) {
        return;
      }
      String before = lastEntity[0];
      lastEntity[0] = entity;
      if (before != null && !before.equals(entity) && form.table(InputSettings.FIELDS)
          .equals(OutputFields.rowsOf(meta.defaultFields(before)))) {
        form.showTable(InputSettings.FIELDS, OutputFields.rowsOf(meta.defaultFields(entity)));
      }
    });
  }
}
