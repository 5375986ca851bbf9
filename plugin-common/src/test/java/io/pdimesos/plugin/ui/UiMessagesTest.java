package io.pdimesos.plugin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdimesos.plugin.SettingTab;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pentaho.di.i18n.BaseMessages;

/**
 * The dialog builder's texts that the code does not look up by a literal key resolve in en_US
 * (the others are MessagesTest's); needs no display.
 */
class UiMessagesTest {
  @BeforeAll
  static void english() {
    Locale.setDefault(Locale.US);
  }

  @Test
  void everyTabHasATitle() {
    for (SettingTab tab : SettingTab.values()) {
      assertThat(tab.label()).as(tab.name()).doesNotStartWith("!").isNotBlank();
    }
    assertThat(SettingTab.OUTPUT.label()).isEqualTo("Output fields");
  }

  @Test
  void theNameLabelsForEntriesAndStepsResolve() {
    for (String key : new String[] {"SettingsDialog.EntryName.Label",
        "SettingsDialog.StepName.Label"}) {
      assertThat(BaseMessages.getString(SettingsDialog.class, key)).as(key).doesNotStartWith("!");
    }
  }
}
