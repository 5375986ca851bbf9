package io.pdimesos.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import io.pdimesos.plugin.testing.MessagesContract;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pentaho.di.i18n.BaseMessages;

/** The i18n guard over plugin-common (see {@link MessagesContract}) and the connection texts. */
class MessagesTest extends MessagesContract {
  @BeforeAll
  static void english() {
    Locale.setDefault(Locale.US);
  }

  /** The problems a setting can have, the checks' remarks, Test connection's lines, the dialog. */
  @Override
  protected List<String> keysInTheCode() {
    return List.of("ScalarKind.Problem.NotWholeNumber", "SettingException.Message",
        "ScalarKind.Problem.NotJson", "ResolvedSettings.Problem.Undefined", "SettingsCheck.Required",
        "TableKind.Check.CellChoice", "ConnectionCheck.Weave", "SettingsDialog.Button.OK",
        "KindWidget.Column.Key");
  }

  @Test
  void connectionSettingsHaveLabelsAndTooltips() {
    for (Setting s : ConnectionSettings.SETTINGS) {
      assertThat(BaseMessages.getString(s.messagesClass(), s.labelKey())).as(s.labelKey())
          .doesNotStartWith("!").isNotBlank();
      assertThat(BaseMessages.getString(s.messagesClass(), s.tooltipKey())).as(s.tooltipKey())
          .doesNotStartWith("!").isNotBlank();
    }
  }
}
