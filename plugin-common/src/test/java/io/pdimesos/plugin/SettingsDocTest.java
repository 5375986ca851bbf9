package io.pdimesos.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pdimesos.plugin.sample.SampleSettings;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SettingsDocTest {
  @BeforeAll
  static void english() {
    Locale.setDefault(Locale.US);
  }

  @Test
  void tableHasOneRowPerSettingWithItsFacts() {
    String table = SettingsDoc.table(List.of(SampleSettings.APP_ID, SampleSettings.WAIT, SampleSettings.INSTANCES,
        SampleSettings.MODE, ConnectionSettings.MARATHON_URLS));
    assertThat(table.split("\n")).containsExactly(
        "| Tab | Setting | XML tag | Kind | Default | Required | Description |",
        "|---|---|---|---|---|---|---|",
        "| General | App id | `app_id` | text |  | yes | The Marathon app id. |",
        "| Wait | Wait | `wait` | boolean | yes |  | Wait until done. |",
        "| Definition | Instances | `instances` | integer | `1` |  | How many \\| pipes escaped. |",
        "| General | Mode | `mode` | choice: inline, file | `inline` |  | Where the definition comes from. |",
        "| Connection | Marathon URLs | `marathon_urls` | text | `${PDI_MARATHON_URL}` |  | Marathon URLs, comma"
            + " separated (any instance will do). Default: the variable PDI_MARATHON_URL. |");
  }

  @Test
  void theRegionIsReplacedAndTheProseKept() {
    String page = "# Title\n\nProse.\n\n" + SettingsDoc.BEGIN + "\nold table\n" + SettingsDoc.END + "\n\nMore prose.\n";
    String updated = SettingsDoc.replaceRegion(page, "| new |\n");
    assertThat(updated).startsWith("# Title\n\nProse.\n\n" + SettingsDoc.BEGIN + "\n| new |\n" + SettingsDoc.END)
        .endsWith("\n\nMore prose.\n");
    assertThat(SettingsDoc.region(updated)).isEqualTo("| new |\n");
    assertThatThrownBy(() -> SettingsDoc.region("no markers")).hasMessageContaining("settings:begin");
  }
}
