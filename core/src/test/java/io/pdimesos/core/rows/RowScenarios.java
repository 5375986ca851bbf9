package io.pdimesos.core.rows;

import io.pdimesos.core.ProgressListener;
import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.cancel.Deadline;
import io.pdimesos.core.cancel.Waits;
import io.pdimesos.core.chronos.ChronosClient;
import io.pdimesos.core.chronos.ChronosJob;
import io.pdimesos.core.chronos.ChronosVersion;
import io.pdimesos.core.chronos.JobState;
import io.pdimesos.core.http.RetryPolicy;
import io.pdimesos.core.http.ServiceSettings;
import io.pdimesos.core.http.Timeouts;
import io.pdimesos.core.marathon.AppDefinition;
import io.pdimesos.core.marathon.DeploymentResult;
import io.pdimesos.core.marathon.MarathonClient;
import io.pdimesos.sim.ClusterSim;
import io.pdimesos.sim.model.Agent;
import io.pdimesos.sim.model.ClusterModel;
import io.pdimesos.sim.model.Framework;
import io.pdimesos.sim.model.SimTask;
import io.pdimesos.sim.model.TaskState;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * The emulator scenarios that core's entity readers and the steps' input steps are both tested
 * against, set up once here so that the two modules count rows against the same model. Each
 * test class keeps its own assertions; these methods only build the cluster state (and fail the
 * test when the emulator does not reach it in time).
 */
public final class RowScenarios {
  /** The apps {@link #marathonEtlAndWebApps} defines, "/etl/huge" being the one never placed. */
  public static final List<String> MARATHON_APP_IDS =
      List.of("/etl/huge", "/etl/load", "/web/front");

  /** Never due during a test: Chronos jobs run only when triggered. */
  public static final String NEVER = "R/2099-01-01T00:00:00Z/P1D";

  private RowScenarios() {
  }

  // --- Mesos ---

  /** Three agents and two masters (master 1 leads), with a Marathon beside them. */
  public static ClusterSim mesosCluster() {
    return ClusterSim.builder().agents(3).masters(2).marathonInstances(1).chronosInstances(0)
        .freePorts().speed(50).build().start();
  }

  /** The tasks of the "spark" framework a test looks at by id. */
  public record SparkTasks(SimTask driver, SimTask finished) {
  }

  /**
   * A "spark" framework with a running driver (labelled team=data) on agent 1, a running worker
   * on agent 2, and a finished and a failed task on agent 3.
   */
  public static SparkTasks sparkFramework(ClusterModel model) {
    Framework spark = model.registerFramework("spark", "*", "spark", "127.0.0.1", "", 60.0);
    SimTask driver = model.launch(spark.id, "spark-driver", "driver", model.agent(1), 0.5, 128,
        10, 2, Map.of("team", "data"));
    model.update(driver, TaskState.TASK_RUNNING, "");
    SimTask worker = model.launch(spark.id, "spark-worker", "worker", model.agent(2), 1, 256, 0,
        1, Map.of());
    model.update(worker, TaskState.TASK_RUNNING, "");
    SimTask finished = model.launch(spark.id, "spark-done", "done", model.agent(3), 0.1, 32, 0,
        0, Map.of());
    model.update(finished, TaskState.TASK_RUNNING, "");
    model.update(finished, TaskState.TASK_FINISHED, "");
    SimTask failed = model.launch(spark.id, "spark-failed", "failed", model.agent(3), 0.1, 32,
        0, 0, Map.of());
    model.update(failed, TaskState.TASK_FAILED, "exit 1");
    return new SparkTasks(driver, finished);
  }

  // --- Marathon ---

  /** Two agents and one Marathon. */
  public static ClusterSim marathonCluster() {
    return ClusterSim.builder().agents(2).marathonInstances(1).chronosInstances(0).freePorts()
        .speed(50).build().start();
  }

  public static MarathonClient marathonClient(ClusterSim sim) {
    return new MarathonClient(ServiceSettings.builder().urls(sim.marathonUrls().get(0))
        .timeouts(Timeouts.of(1_000, 5_000, 10_000)).retry(RetryPolicy.of(3, 20, 100, 2_000, 0))
        .build(), ProgressListener.NONE);
  }

  /**
   * Two healthy apps, "/etl/load" (2 instances, two ports, label team=data) and "/web/front",
   * then "/etl/huge" asking 64 CPUs, which no agent can place: its deployment and queue entry
   * stay open. Returns that deployment.
   */
  public static DeploymentResult marathonEtlAndWebApps(MarathonClient client) {
    CancellationToken none = CancellationToken.none();
    client.upsert(AppDefinition.builder().id("/etl/load").cmd("sleep 100000").instances(2)
        .cpus(0.1).mem(32).port(0).port(0).label("team", "data")
        .healthCheck(new AppDefinition.HealthCheck("command").command("true")).build(),
        false, true, none);
    client.upsert(AppDefinition.builder().id("/web/front").cmd("sleep 100000").instances(1)
        .cpus(0.2).mem(64).build(), false, true, none);
    waitFor("both apps deployed and healthy", () -> client.deployments(none).isEmpty()
        && client.tasks(null, none).stream().filter(t -> t.isHealthy()).count() == 2);
    DeploymentResult huge = client.upsert(AppDefinition.builder().id("/etl/huge")
        .cmd("sleep 1").cpus(64).mem(32).build(), false, true, none);
    waitFor("/etl/huge queued", () -> !client.queue(none).isEmpty());
    return huge;
  }

  // --- Weave ---

  /** A Weave router on each of the given number of agents, no Marathon or Chronos. */
  public static ClusterSim weaveCluster(int agents) {
    return ClusterSim.builder().agents(agents).marathonInstances(0).chronosInstances(0)
        .freePorts().build().start();
  }

  /**
   * Two running tasks on agent 1, one on agent 2, and one still staging on agent 3 (so without
   * a DNS entry yet). Returns how many tasks run.
   */
  public static int weaveTasks(ClusterModel model) {
    Framework f = model.registerFramework("rows-test", "*", "rows", "localhost", "", 60);
    launch(model, f, "web-1", model.agent(1), true);
    launch(model, f, "web-2", model.agent(1), true);
    launch(model, f, "db", model.agent(2), true);
    launch(model, f, "staging", model.agent(3), false);
    return (int) model.liveTasks().stream().filter(t -> t.state() == TaskState.TASK_RUNNING)
        .count();
  }

  private static void launch(ClusterModel model, Framework f, String name, Agent agent,
      boolean running) {
    SimTask t = model.launch(f.id, name + ".1", name, agent, 0.1, 16, 0, 0, Map.of());
    if (running) {
      model.update(t, TaskState.TASK_RUNNING, "");
    }
  }

  // --- Chronos ---

  /** One agent and one Chronos of the given major version (2 or 3). */
  public static ClusterSim chronosCluster(int major) {
    return ClusterSim.builder().agents(1).marathonInstances(0).chronosInstances(1)
        .chronosVersion(major).freePorts().speed(50).build().start();
  }

  /** A client on the version AUTO, so that reading must use the version probe's answer. */
  public static ChronosClient chronosClient(ClusterSim sim) {
    return new ChronosClient(ServiceSettings.builder().urls(String.join(",", sim.chronosUrls()))
        .timeouts(Timeouts.of(2_000, 5_000, 10_000)).retry(RetryPolicy.none()).build(),
        ChronosVersion.AUTO, ProgressListener.NONE);
  }

  /**
   * Defines "etl-extract" (container busybox:1), "etl-load" (both scheduled {@link #NEVER}) and
   * "report" (a child of both), runs "etl-load" and waits until it has succeeded and is idle.
   * Returns the jobs defined.
   */
  public static List<ChronosJob> chronosEtlJobs(ChronosClient client) {
    List<ChronosJob> defined = List.of(
        scheduled("etl-extract").container(new ChronosJob.Container().image("busybox:1"))
            .build(),
        scheduled("etl-load").build(),
        ChronosJob.builder("report").command("echo report").owner("ops@example.com")
            .parents(List.of("etl-extract", "etl-load")).cpus(0.1).mem(32.0).build());
    for (ChronosJob j : defined) {
      client.upsert(j, CancellationToken.none());
    }
    client.runNow("etl-load", null, CancellationToken.none());
    JobState done = Waits.until(() -> {
      JobState s = client.graph(CancellationToken.none()).state("etl-load");
      return s != null && s.lastOutcome().equals("success") && s.isIdle() ? s : null;
    }, Deadline.inMillis(15_000), 20, 200, CancellationToken.none());
    if (done == null) {
      throw new AssertionError("etl-load did not succeed within 15 s");
    }
    return defined;
  }

  /** A job due {@link #NEVER}, 0.1 CPU and 32 MB, owned by ops@example.com. */
  public static ChronosJob.Builder scheduled(String name) {
    return ChronosJob.builder(name).command("echo " + name).schedule(NEVER)
        .owner("ops@example.com").cpus(0.1).mem(32.0);
  }

  /** Polls the condition until it holds, failing the test after 15 s. */
  public static void waitFor(String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + 15_000_000_000L;
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(what + ": not within 15 s");
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted waiting for: " + what);
      }
    }
  }
}
