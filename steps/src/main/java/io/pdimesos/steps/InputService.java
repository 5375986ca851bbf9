package io.pdimesos.steps;

import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.chronos.ChronosClient;
import io.pdimesos.core.marathon.MarathonClient;
import io.pdimesos.core.mesos.MesosClient;
import io.pdimesos.core.metronome.MetronomeClient;
import io.pdimesos.core.rows.ChronosEntities;
import io.pdimesos.core.rows.EntityReader;
import io.pdimesos.core.rows.MarathonEntities;
import io.pdimesos.core.rows.MesosEntities;
import io.pdimesos.core.rows.MetronomeEntities;
import io.pdimesos.core.rows.SourceField;
import io.pdimesos.core.rows.WeaveEntities;
import io.pdimesos.core.weave.WeaveClient;
import io.pdimesos.plugin.ClusterConnection;
import io.pdimesos.plugin.ConnectionSettings;
import io.pdimesos.plugin.Setting;
import java.util.List;

/**
 * The service an input step reads, which is all that tells the input steps apart at run
 * time: its entities' documented fields, how to make a reader on a connection, and
 * the connection setting it cannot do without.
 */
public enum InputService {
  MESOS(ConnectionSettings.MESOS_MASTERS) {
    @Override
    public List<SourceField> defaultFields(String entity) {
      return MesosEntities.defaultFields(entity);
    }

    @Override
    public EntityReader reader(String entity, ClusterConnection c, ProgressListener log) {
      return MesosEntities.reader(entity, new MesosClient(c.mesos(), log));
    }
  },
  MARATHON(ConnectionSettings.MARATHON_URLS) {
    @Override
    public List<SourceField> defaultFields(String entity) {
      return MarathonEntities.defaultFields(entity);
    }

    @Override
    public EntityReader reader(String entity, ClusterConnection c, ProgressListener log) {
      return MarathonEntities.reader(entity, new MarathonClient(c.marathon(), log));
    }
  },
  CHRONOS(ConnectionSettings.CHRONOS_URLS) {
    @Override
    public List<SourceField> defaultFields(String entity) {
      return ChronosEntities.defaultFields(entity);
    }

    @Override
    public EntityReader reader(String entity, ClusterConnection c, ProgressListener log) {
      return ChronosEntities.reader(entity,
          new ChronosClient(c.chronos(), c.chronosVersion(), log));
    }
  },
  METRONOME(ConnectionSettings.METRONOME_URLS) {
    @Override
    public List<SourceField> defaultFields(String entity) {
      return MetronomeEntities.defaultFields(entity);
    }

    @Override
    public EntityReader reader(String entity, ClusterConnection c, ProgressListener log) {
      return MetronomeEntities.reader(entity, new MetronomeClient(c.metronome(), log));
    }
  },
  /** Every router URL is read in turn: each router reports its own view. */
  WEAVE(ConnectionSettings.WEAVE_URLS) {
    @Override
    public List<SourceField> defaultFields(String entity) {
      return WeaveEntities.defaultFields(entity);
    }

    @Override
    public EntityReader reader(String entity, ClusterConnection c, ProgressListener log) {
      return WeaveEntities.reader(entity, WeaveClient.forEachRouter(c.weave(), log));
    }
  };

  private final Setting urls;

  InputService(Setting urls) {
    this.urls = urls;
  }

  /** The connection setting with the service's URLs. */
  public Setting urls() {
    return urls;
  }

  /** The documented default fields of {@code entity}: no connection needed. */
  public abstract List<SourceField> defaultFields(String entity);

  /** A reader of {@code entity}, made on the connection for one read (sends nothing yet). */
  public abstract EntityReader reader(String entity, ClusterConnection connection,
      ProgressListener log);
}
