package io.pdimesos.it.spoon;

import io.pdimesos.core.rows.SourceField;
import io.pdimesos.it.harness.Report;
import io.pdimesos.plugin.Setting;
import io.pdimesos.plugin.SettingKind;
import io.pdimesos.plugin.SettingTab;
import io.pdimesos.plugin.testing.DialogShots;
import io.pdimesos.plugin.ui.SettingsDialog;
import io.pdimesos.steps.ClusterStepMeta;
import io.pdimesos.steps.InputSettings;
import io.pdimesos.steps.InputStepMeta;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.pentaho.di.ui.core.widget.ComboVar;
import org.pentaho.di.ui.core.widget.TableView;

/**
 * What a step's dialog has beyond OK and Cancel, tried in the real Spoon: an action step's
 * settings that name an input field list the fields PDI computes for the hop into it; an input
 * step's Get fields fills the table with the entity's fields, and its Preview reads the first
 * rows from the cluster.
 */
final class StepDialogExtras {
  /** Mesos State Input's page shows a preview of the agents. */
  private static final String PREVIEWS_AGENTS = "mesos-state-input";

  private final DialogRounds rounds;
  private final Report report;

  StepDialogExtras(DialogRounds rounds, Report report) {
    this.rounds = rounds;
    this.report = report;
  }

  /** The docs' pictures of a step besides its first tab: Mesos State Input's output fields. */
  List<String[]> shots(String slug) {
    return slug.equals(PREVIEWS_AGENTS)
        ? Collections.singletonList(new String[] {SettingTab.OUTPUT.label(), slug + "-fields"})
        : Collections.emptyList();
  }

  void run(String id, String slug, ClusterStepMeta meta, SettingsDialog dialog) {
    report.put("added-buttons", DialogRounds.prefixed(id, dialog.addedButtons().stream().map(Button::getText)));
    if (meta instanceof InputStepMeta) {
      getFieldsAndPreview(id, slug, (InputStepMeta) meta, dialog);
    } else {
      pickers(id, meta, dialog);
    }
  }

  private void pickers(String id, ClusterStepMeta meta, SettingsDialog dialog) {
    for (Setting s : meta.settings().settings()) {
      Control widget = dialog.form().widget(s);
      if (s.kind() == SettingKind.TEXT && widget instanceof ComboVar) {
        List<String> items = new ArrayList<>(Arrays.asList(((ComboVar) widget).getItems()));
        items.add(0, s.tag());
        report.put("picker", DialogRounds.prefixed(id, items.stream()));
      }
    }
  }

  /**
   * Chooses the entity (Mesos State Input: agents, the others: as the file has it), empties the
   * table, Get fields, then Preview, as the values are typed.
   */
  private void getFieldsAndPreview(String id, String slug, InputStepMeta meta, SettingsDialog dialog) {
    ComboVar entityWidget = (ComboVar) dialog.form().widget(meta.entitySetting());
    if (slug.equals(PREVIEWS_AGENTS)) {
      entityWidget.setText("agents");
    }
    String entity = entityWidget.getText();
    Typist.rows((TableView) dialog.form().widget(InputSettings.FIELDS), Collections.emptyList());
    String message = rounds.press(id, dialog, dialog.addedButtons().get(0));
    report.put("get-fields", DialogRounds.prefixed(id, Stream.concat(Stream.of(entity, message),
        dialog.form().table(InputSettings.FIELDS).stream().map(r -> r.get("name")))));
    report.put("documented-fields", DialogRounds.prefixed(id, Stream.concat(Stream.of(entity),
        meta.defaultFields(entity).stream().map(SourceField::name))));

    message = rounds.press(id, dialog, dialog.addedButtons().get(1));
    Shell preview = Stream.of(dialog.shell().getDisplay().getShells())
        .filter(s -> s.getParent() == dialog.shell() && s.isVisible()
            && Stream.of(s.getChildren()).anyMatch(c -> c instanceof Table))
        .findFirst().orElse(null);
    if (preview == null) {
      report.put("preview", id, "none", message);
      return;
    }
    Table table = (Table) Stream.of(preview.getChildren()).filter(c -> c instanceof Table).findFirst().get();
    report.put("preview", id, preview.getText(), table.getItemCount(), Stream.of(table.getColumns())
        .map(TableColumn::getText).collect(Collectors.joining(",")));
    if (slug.equals(PREVIEWS_AGENTS)) {
      DialogShots.screenshot(preview, slug + "-preview");
    }
    preview.dispose();
  }
}
