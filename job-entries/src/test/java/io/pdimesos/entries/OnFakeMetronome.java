package io.pdimesos.entries;

import io.pdimesos.pdiapi.LogCapture;
import io.pdimesos.testsupport.FakeMetronome;
import io.pdimesos.testsupport.MetronomeServer;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.pentaho.di.core.logging.LogLevel;
import org.pentaho.di.job.Job;

/**
 * What the Metronome entries' tests share: a {@link FakeMetronome} of one job per test, an empty
 * log, and a job whose kettle.properties name that Metronome.
 */
public abstract class OnFakeMetronome {
  protected static final String JOB = FakeMetronome.JOB;
  protected final MetronomeServer metronome = new MetronomeServer();
  protected final FakeMetronome fake = metronome.fake;

  @BeforeEach
  void clearLog() {
    LogCapture.clear();
  }

  @AfterEach
  void closeMetronome() {
    metronome.close();
  }

  /** A job at Basic level with PDI_METRONOME_URL and {@code variables} set. */
  protected Job job(String... variables) {
    Map<String, String> all = new HashMap<>();
    all.put("PDI_METRONOME_URL", metronome.url());
    for (int i = 0; i + 1 < variables.length; i += 2) {
      all.put(variables[i], variables[i + 1]);
    }
    return EntryTesting.job(LogLevel.BASIC, all);
  }
}
