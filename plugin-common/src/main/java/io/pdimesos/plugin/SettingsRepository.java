package io.pdimesos.plugin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.pentaho.di.core.exception.KettleException;

/**
 * Settings in a PDI repository: the attributes of an entry or step, written by each setting's
 * kind, and {@value #SAVED_TAGS} listing the tags that were saved: a repository stores "" as
 * null, so without it an emptied setting could not be told from one an older version never
 * wrote.
 */
public final class SettingsRepository {
  static final String SAVED_TAGS = "pdi_mesos_saved_settings";

  private SettingsRepository() {}

  public static void save(SettingValues values, RepositoryAttributes rep) throws KettleException {
    List<String> saved = new ArrayList<String>();
    for (Setting s : values.settings()) {
      s.kind().behaviour().save(rep, s, values.value(s));
      saved.add(s.tag());
    }
    rep.save(SAVED_TAGS, String.join(",", saved));
  }

  /** Reads {@code values} back; a setting that was not saved gets its default. */
  public static void read(SettingValues values, RepositoryAttributes rep) throws KettleException {
    String list = rep.string(SAVED_TAGS);
    Set<String> saved = new HashSet<String>(Arrays.asList((list == null ? "" : list).split(",")));
    List<Setting> missing = new ArrayList<Setting>();
    for (Setting s : values.settings()) {
      if (saved.contains(s.tag())) {
        values.put(s, s.kind().behaviour().read(rep, s));
      } else {
        missing.add(s);
      }
    }
    values.missingLoaded(missing);
  }
}
