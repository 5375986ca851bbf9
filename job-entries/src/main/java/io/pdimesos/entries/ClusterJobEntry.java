package io.pdimesos.entries;

import io.pdimesos.core.error.CancelledException;
import io.pdimesos.core.error.ClusterException;
import io.pdimesos.plugin.ClusterConnection;
import io.pdimesos.plugin.ClusterRun;
import io.pdimesos.plugin.PdiProgressListener;
import io.pdimesos.plugin.RepositoryAttributes;
import io.pdimesos.plugin.Setting;
import io.pdimesos.plugin.SettingValues;
import io.pdimesos.plugin.SettingsCheck;
import io.pdimesos.plugin.SettingsRepository;
import io.pdimesos.plugin.SettingsXml;
import io.pdimesos.plugin.StopSignal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.pentaho.di.cluster.SlaveServer;
import org.pentaho.di.core.CheckResultInterface;
import org.pentaho.di.core.Result;
import org.pentaho.di.core.RowMetaAndData;
import org.pentaho.di.core.database.DatabaseMeta;
import org.pentaho.di.core.exception.KettleException;
import org.pentaho.di.core.exception.KettleXMLException;
import org.pentaho.di.core.variables.VariableSpace;
import org.pentaho.di.job.JobMeta;
import org.pentaho.di.job.entry.JobEntryBase;
import org.pentaho.di.job.entry.JobEntryInterface;
import org.pentaho.di.repository.ObjectId;
import org.pentaho.di.repository.Repository;
import org.pentaho.metastore.api.IMetaStore;
import org.w3c.dom.Node;

/**
 * What every pdi-mesos job entry shares. The entry declares its settings (its own plus the
 * connection block) and implements {@link #run(ClusterRun)}, one core operation; this class does
 * XML, repository, check and clone from the declarations, and turns the run into PDI's result:
 * true/false for the hops, nrErrors, job variables, result rows and log lines. Nothing thrown
 * by a run leaves {@link #execute(Result, int)}: a bad setting, an unreachable cluster, a
 * rejected request or a stop each end the entry false with one clear log line.
 */
public abstract class ClusterJobEntry extends JobEntryBase implements Cloneable,
    JobEntryInterface {
  /** Where the docs pages live; every entry's {@code documentationUrl} starts with it. */
  public static final String DOCS_BASE =
      "https://github.com/pdi-mesos/pdi-mesos/blob/main/docs/entries/";

  private SettingValues settings;
  private final List<Setting> neededConnection;

  /**
   * @param declared the entry's settings, the connection block included
   * @param neededConnection connection settings this entry cannot run without (its service's
   *     URLs), which {@code check()} treats as required
   */
  protected ClusterJobEntry(String name, List<Setting> declared, Setting... neededConnection) {
    super(name, "");
    this.settings = new SettingValues(declared);
    this.neededConnection = Collections.unmodifiableList(Arrays.asList(neededConnection));
  }

  /** The values the user set (unsubstituted); the dialog edits these. */
  public SettingValues settings() {
    return settings;
  }

  /** The entry's one operation. Throwing is fine: {@link #execute} reports it. */
  protected abstract EntryOutcome run(ClusterRun run);

  @Override
  public Result execute(Result previous, int nr) {
    Result result = previous;
    result.setResult(false);
    PdiProgressListener log = new PdiProgressListener(getLogChannel(),
        ClusterConnection.secrets(settings, this));
    try {
      ClusterConnection connection = ClusterConnection.resolve(settings, this, log);
      try (StopSignal stop = StopSignal.watch(stopFlag())) {
        EntryOutcome outcome = run(new ClusterRun(settings, this, connection, log, stop.token()));
        apply(outcome, result, log);
      }
    } catch (CancelledException e) {
      result.setNrErrors(1);
      log.basic("Stopped by the user before it finished (" + e.getMessage() + ")");
    } catch (ClusterException e) {
      result.setNrErrors(1);
      log.error(e.getMessage());
    } catch (IllegalArgumentException e) {
      // A setting that cannot be used (SettingException names it) or a definition core refused.
      result.setNrErrors(1);
      log.error(e.getMessage());
    } catch (RuntimeException e) {
      // A bug must not take Spoon or Kitchen down with it; say what happened and fail.
      result.setNrErrors(1);
      log.error("Unexpected " + e.getClass().getName() + ": " + e.getMessage());
    }
    return result;
  }

  private BooleanSupplier stopFlag() {
    return new BooleanSupplier() {
      @Override
      public boolean getAsBoolean() {
        return parentJob != null && parentJob.isStopped();
      }
    };
  }

  private void apply(EntryOutcome outcome, Result result, PdiProgressListener log) {
    for (Map.Entry<String, String> v : outcome.variables().entrySet()) {
      setVariable(v.getKey(), v.getValue());
      if (parentJob != null) {
        parentJob.setVariable(v.getKey(), v.getValue());
      }
      log.detailed("Set variable " + v.getKey() + "=" + v.getValue());
    }
    if (!outcome.rows().isEmpty()) {
      result.setRows(new ArrayList<RowMetaAndData>(outcome.rows()));
    }
    result.setResult(outcome.success());
    if (outcome.success() || !outcome.failureIsError()) {
      // The log channel is named after the entry, so lines need no prefix.
      if (outcome.logged() == EntryOutcome.Logged.NOTHING) {
        log.basic(outcome.message());
      }
    } else {
      result.setNrErrors(1);
      log.error(outcome.message());
    }
    if (!outcome.success() && outcome.logged() != EntryOutcome.Logged.EVERYTHING) {
      for (String d : outcome.diagnostics()) {
        if (!outcome.message().contains(d)) {
          log.basic("  " + d);
        }
      }
    }
  }

  // ---- persistence, check, copy: all from the declarations ----

  @Override
  public String getXML() {
    return super.getXML() + SettingsXml.write(settings);
  }

  @Override
  public void loadXML(Node entrynode, List<DatabaseMeta> databases,
      List<SlaveServer> slaveServers, Repository rep, IMetaStore metaStore)
      throws KettleXMLException {
    super.loadXML(entrynode, databases, slaveServers);
    SettingsXml.read(settings, entrynode);
  }

  /** Old callers use the deprecated overloads; PDI's base versions would drop our settings. */
  @Override
  @Deprecated
  public void loadXML(Node entrynode, List<DatabaseMeta> databases,
      List<SlaveServer> slaveServers, Repository rep) throws KettleXMLException {
    loadXML(entrynode, databases, slaveServers, rep, null);
  }

  @Override
  @Deprecated
  public void saveRep(Repository rep, ObjectId jobId) throws KettleException {
    saveRep(rep, null, jobId);
  }

  @Override
  @Deprecated
  public void loadRep(Repository rep, ObjectId entryId, List<DatabaseMeta> databases,
      List<SlaveServer> slaveServers) throws KettleException {
    loadRep(rep, null, entryId, databases, slaveServers);
  }

  @Override
  public void saveRep(Repository rep, IMetaStore metaStore, ObjectId jobId)
      throws KettleException {
    SettingsRepository.save(settings, RepositoryAttributes.jobEntry(rep, jobId, getObjectId()));
  }

  @Override
  public void loadRep(Repository rep, IMetaStore metaStore, ObjectId entryId,
      List<DatabaseMeta> databases, List<SlaveServer> slaveServers) throws KettleException {
    SettingsRepository.read(settings, RepositoryAttributes.jobEntry(rep, null, entryId));
  }

  /**
   * The only check overload an entry implements: PDI's JobMeta.checkJobEntries asks this one and
   * the deprecated 2-argument one (empty in JobEntryBase); forwarding that one here would list
   * every remark twice in Spoon's Verify (seen on the real engine, pdi-it StepsIT).
   */
  @Override
  public void check(List<CheckResultInterface> remarks, JobMeta jobMeta, VariableSpace space,
      Repository repository, IMetaStore metaStore) {
    SettingsCheck.check(settings, remarks, space == null ? this : space, this, neededConnection);
  }

  @Override
  public Object clone() {
    ClusterJobEntry copy = (ClusterJobEntry) super.clone();
    copy.settings = settings.copy();
    return copy;
  }

  /** Every entry's outcome is true or false, so Spoon offers the true and false hops. */
  @Override
  public boolean evaluates() {
    return true;
  }

  @Override
  public boolean isUnconditional() {
    return true;
  }

  /** {@code <EntryClass>Dialog} in the entry's package, where the dialog builder's class goes. */
  @Override
  @SuppressWarnings("deprecation")
  public String getDialogClassName() {
    return getClass().getName() + "Dialog";
  }
}
