package io.pdimesos.entries.mesosclustercheck;

import io.pdimesos.core.mesos.MesosClient;
import io.pdimesos.core.ops.MesosClusterCheck;
import io.pdimesos.entries.ClusterJobEntry;
import io.pdimesos.entries.EntryOutcome;
import io.pdimesos.entries.ResultRows;
import io.pdimesos.plugin.ClusterRun;
import io.pdimesos.plugin.ConnectionSettings;
import io.pdimesos.plugin.Setting;
import io.pdimesos.plugin.SettingValues;
import io.pdimesos.plugin.WaitBlock;
import io.pdimesos.plugin.WaitBlock.Checked;
import io.pdimesos.plugin.WaitBlock.Wait;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.pentaho.di.core.annotations.JobEntry;

/**
 * Mesos: Check Cluster. True when a leading master answers and the criteria hold; false with
 * every failed criterion otherwise. With a timeout it re-checks every cycle until they hold.
 * The criteria default to nothing beyond an answering leader.
 */
@JobEntry(id = "PdiMesosMesosCheckCluster", i18nPackageName = "io.pdimesos.entries.mesosclustercheck",
    name = "JobEntryMesosClusterCheck.Name", description = "JobEntryMesosClusterCheck.Description",
    categoryDescription = "PdiMesos.Category",
    image = "io/pdimesos/entries/mesosclustercheck/mesos-check-cluster.svg",
    documentationUrl = ClusterJobEntry.DOCS_BASE + "mesos-check-cluster.md")
public class JobEntryMesosClusterCheck extends ClusterJobEntry {
  private static final Class<?> PKG = JobEntryMesosClusterCheck.class;

  public static final Setting MIN_ACTIVE_AGENTS = Setting.integer(PKG, "min_active_agents",
      "JobEntryMesosClusterCheck.General.MinActiveAgents").defaultValue(0).build();
  public static final Setting MIN_FREE_CPUS = Setting.number(PKG, "min_free_cpus",
      "JobEntryMesosClusterCheck.General.MinFreeCpus").defaultValue("0").build();
  public static final Setting MIN_FREE_MEM_MB = Setting.number(PKG, "min_free_mem_mb",
      "JobEntryMesosClusterCheck.General.MinFreeMem").defaultValue("0").build();
  public static final Setting MIN_FREE_DISK_MB = Setting.number(PKG, "min_free_disk_mb",
      "JobEntryMesosClusterCheck.General.MinFreeDisk").defaultValue("0").build();
  public static final Setting FRAMEWORKS = Setting.textList(PKG, "required_frameworks",
      "JobEntryMesosClusterCheck.General.Frameworks").build();
  public static final Setting MIN_SECONDS_SINCE_ELECTION = Setting.integer(PKG,
      "min_seconds_since_election", "JobEntryMesosClusterCheck.General.MinSecondsSinceElection")
      .defaultValue(0).build();
  public static final WaitBlock WAITING = WaitBlock.forCheck().timeout(0).checkCycle(10)
      .successOnTimeout().build();

  public static final List<Setting> SETTINGS = SettingValues.concat(Arrays.asList(
      MIN_ACTIVE_AGENTS, MIN_FREE_CPUS, MIN_FREE_MEM_MB, MIN_FREE_DISK_MB, FRAMEWORKS,
      MIN_SECONDS_SINCE_ELECTION), WAITING.settings(), ConnectionSettings.SETTINGS);

  public JobEntryMesosClusterCheck() {
    super("Mesos: Check Cluster", SETTINGS, ConnectionSettings.MESOS_MASTERS);
  }

  @Override
  protected EntryOutcome run(ClusterRun run) {
    MesosClusterCheck.Criteria criteria =
        new MesosClusterCheck.Criteria()
            .minActiveAgents((int) run.integer(MIN_ACTIVE_AGENTS))
            .minFreeCpus(run.number(MIN_FREE_CPUS))
            .minFreeMemMb(run.number(MIN_FREE_MEM_MB))
            .minFreeDiskMb(run.number(MIN_FREE_DISK_MB))
            .requiredFrameworks(run.lines(FRAMEWORKS))
            .minSecondsSinceElection(run.integer(MIN_SECONDS_SINCE_ELECTION));
    MesosClusterCheck check = new MesosClusterCheck(new MesosClient(run.connection().mesos(),
        run.log()), criteria, run.log());
    Wait wait = WAITING.resolve(run);
    Checked<MesosClusterCheck.Result> checked = wait.repeat(remaining -> check.run(run.token()),
        MesosClusterCheck.Result::success, (attempt, failed, pause) -> run.log().detailed(
            "Mesos cluster not ready (check " + attempt + "): " + failed.reasons().get(0)
                + (failed.reasons().size() > 1 ? " (+" + (failed.reasons().size() - 1)
                    + " more)" : "")), run.token());
    MesosClusterCheck.Result r = checked.last();

    ResultRows rows = new ResultRows().string("leader").integer("active_agents")
        .number("free_cpus").number("free_mem_mb").number("free_disk_mb")
        .number("seconds_since_election").string("frameworks").bool("passed").string("reasons");
    rows.add(r.leaderUrl(), r.activeAgents(), r.freeCpus(), r.freeMemMb(), r.freeDiskMb(),
        r.secondsSinceElection(), frameworks(r.frameworks()), r.success(),
        String.join("; ", r.reasons()));
    EntryOutcome outcome = EntryOutcome.of(r).falseIsAnAnswer()
        .variable("MESOS_LEADER", r.leaderUrl())
        .variable("MESOS_ACTIVE_AGENTS", r.activeAgents())
        .variable("MESOS_FREE_CPUS", r.freeCpus())
        .variable("MESOS_FREE_MEM_MB", r.freeMemMb())
        .variable("MESOS_FREE_DISK_MB", r.freeDiskMb())
        .rows(rows);
    return outcome.after(wait, checked.timedOut());
  }

  private static String frameworks(Map<String, Boolean> frameworks) {
    StringBuilder s = new StringBuilder();
    for (Map.Entry<String, Boolean> f : frameworks.entrySet()) {
      s.append(s.length() == 0 ? "" : ", ").append(f.getKey())
          .append(f.getValue() ? "" : " (inactive)");
    }
    return s.toString();
  }
}
