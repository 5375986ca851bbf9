package io.pdimesos.cli;

import io.pdimesos.core.mesos.MesosAgent;
import io.pdimesos.core.mesos.MesosClient;
import io.pdimesos.core.mesos.MesosExecutor;
import io.pdimesos.core.mesos.MesosFramework;
import io.pdimesos.core.mesos.MesosTask;
import io.pdimesos.core.mesos.StateVisitor;
import io.pdimesos.core.mesos.TaskLookup;
import io.pdimesos.core.ops.MesosClusterCheck;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pdi-mesos mesos ...}: read the Mesos master. */
@Command(name = "mesos", description = "Read Mesos master state: leader, state, check, logs.",
    subcommands = {MesosCommand.Leader.class, MesosCommand.State.class, MesosCommand.Check.class,
        MesosCommand.Logs.class})
final class MesosCommand {

  static MesosClient client(ClusterCommand c) {
    return new MesosClient(c.conn.mesos(), c.progress());
  }

  @Command(name = "leader", description = "Print the leading master's URL.")
  static final class Leader extends ClusterCommand {
    @Override
    public Integer call() {
      out().println(client(this).leader(token));
      return ExitCodes.OK;
    }
  }

  @Command(name = "state",
      description = "List agents, frameworks, tasks or executors, streamed from /master/state.")
  static final class State extends ClusterCommand {
    enum Entity { agents, frameworks, tasks, executors }

    @Option(names = "--entity", defaultValue = "agents",
        description = "What to list: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    Entity entity;

    @Override
    public Integer call() {
      Table table = switch (entity) {
        case agents -> new Table("id", "hostname", "active", "cpus", "cpus_used", "mem_mb",
            "mem_used_mb", "disk_mb");
        case frameworks -> new Table("id", "name", "active", "connected", "cpus_used",
            "mem_used_mb", "completed");
        case tasks -> new Table("id", "name", "framework", "agent", "state", "ips", "cpus",
            "mem_mb");
        case executors -> new Table("id", "name", "framework_id", "agent_id", "cpus", "mem_mb");
      };
      client(this).streamState(new StateVisitor() {
        @Override
        public void agent(MesosAgent a) {
          if (entity == Entity.agents) {
            table.row(a.id(), a.hostname(), a.active(), a.resources().cpus(),
                a.usedResources().cpus(), a.resources().mem(), a.usedResources().mem(),
                a.resources().disk());
          }
        }

        @Override
        public void framework(MesosFramework f) {
          if (entity == Entity.frameworks) {
            table.row(f.id(), f.name(), f.active(), f.connected(), f.usedResources().cpus(),
                f.usedResources().mem(), f.completed());
          }
        }

        @Override
        public void task(MesosTask t) {
          if (entity == Entity.tasks) {
            table.row(t.id(), t.name(), t.frameworkName(), t.agentHostname(), t.state(),
                String.join(" ", t.ipAddresses()), t.resources().cpus(), t.resources().mem());
          }
        }

        @Override
        public void executor(MesosExecutor e) {
          if (entity == Entity.executors) {
            table.row(e.id(), e.name(), e.frameworkId(), e.agentId(), e.resources().cpus(),
                e.resources().mem());
          }
        }
      }, token);
      print(table);
      return ExitCodes.OK;
    }
  }

  @Command(name = "check",
      description = "Exit 0 when a leader answers and every criterion holds, else 1 with reasons.")
  static final class Check extends ClusterCommand {
    @Option(names = "--min-agents", description = "Minimum active agents")
    int minAgents;

    @Option(names = "--min-cpus", description = "Minimum free CPUs")
    double minCpus;

    @Option(names = "--min-mem", paramLabel = "MB", description = "Minimum free memory (MB)")
    double minMem;

    @Option(names = "--min-disk", paramLabel = "MB", description = "Minimum free disk (MB)")
    double minDisk;

    @Option(names = "--framework", paramLabel = "NAME",
        description = "A framework that must be active (repeatable)")
    List<String> frameworks = new ArrayList<>();

    @Option(names = "--min-elected-seconds",
        description = "The leader must have been elected at least this long ago")
    long minElected;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "0",
        converter = Seconds.class,
        description = "Keep checking until the criteria hold or this time passes (0: check once)")
    long timeoutSeconds;

    @Override
    public Integer call() {
      MesosClusterCheck.Criteria criteria = new MesosClusterCheck.Criteria()
          .minActiveAgents(minAgents).minFreeCpus(minCpus).minFreeMemMb(minMem)
          .minFreeDiskMb(minDisk).requiredFrameworks(frameworks)
          .minSecondsSinceElection(minElected);
      MesosClusterCheck.Result r = new MesosClusterCheck(client(this), criteria, progress())
          .run(timeoutSeconds * 1000, 2_000, token);
      Table t = new Table("check", "result", "leader", "active_agents", "free_cpus",
          "free_mem_mb", "free_disk_mb", "reasons");
      t.row("mesos", r.success() ? "passed" : "failed", r.leaderUrl(), r.activeAgents(),
          r.freeCpus(), r.freeMemMb(), r.freeDiskMb(), String.join("; ", r.reasons()));
      print(t);
      return r.success() ? ExitCodes.OK : ExitCodes.FAILED;
    }
  }

  @Command(name = "logs", description = "Print the tail of a task's sandbox stdout or stderr.")
  static final class Logs extends ClusterCommand {
    @Parameters(paramLabel = "TASK_ID", description = "Mesos task id")
    String taskId;

    @Option(names = "--file", defaultValue = "stdout", description = "stdout or stderr")
    String file;

    @Option(names = "--bytes", defaultValue = "8192", description = "How much of the end to show")
    int bytes;

    @Override
    public Integer call() {
      if (!file.equals("stdout") && !file.equals("stderr")) {
        throw new UsageException("--file must be stdout or stderr, not '" + file + "'");
      }
      MesosClient client = client(this);
      TaskLookup.TaskRef task = null;
      for (TaskLookup.TaskRef t : client.tasksWithIdPrefix(taskId, token)) {
        if (t.id().equals(taskId)) {
          task = t;
        }
      }
      if (task == null) {
        throw new UsageException("No Mesos task with id '" + taskId + "'");
      }
      out().print(client.sandboxTail(task, file, bytes, token));
      out().flush();
      return ExitCodes.OK;
    }
  }
}
