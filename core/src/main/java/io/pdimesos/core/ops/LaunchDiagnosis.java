package io.pdimesos.core.ops;

import io.pdimesos.core.cancel.CancellationToken;
import io.pdimesos.core.mesos.MesosAgent;
import io.pdimesos.core.mesos.MesosClient;
import io.pdimesos.core.mesos.MesosFramework;
import io.pdimesos.core.mesos.StateSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Why Mesos offers a framework nothing for a task: the framework is not registered (or not
 * active) with the master, or no active agent has the task's resources free. Read from one
 * {@code /master/state-summary}. A scheduler whose launch queue gives no reason (Metronome's
 * {@code /v1/queue} lists only run ids) gets one from Mesos this way.
 */
final class LaunchDiagnosis {
  private final MesosClient mesos;

  LaunchDiagnosis(MesosClient mesos) {
    this.mesos = mesos;
  }

  /** Reasons, possibly none (then Mesos sees no obstacle). */
  List<String> reasons(String frameworkName, double cpus, double mem, double disk,
      CancellationToken token) {
    List<String> out = new ArrayList<String>();
    StateSummary s = mesos.stateSummary(token);
    boolean registered = false;
    for (MesosFramework f : s.frameworks()) {
      registered |= f.name().equals(frameworkName) && f.active();
    }
    if (!registered) {
      out.add("Mesos has no active framework '" + frameworkName + "': the scheduler is not"
          + " registered with this master, so it gets no offers");
    }
    MesosAgent best = null;
    double bestMem = -1;
    int active = 0;
    for (MesosAgent a : s.agents()) {
      if (!a.active()) {
        continue;
      }
      active++;
      double freeMem = a.resources().mem() - a.usedResources().mem();
      if (fits(a, cpus, mem, disk)) {
        return out;
      }
      if (freeMem > bestMem) {
        best = a;
        bestMem = freeMem;
      }
    }
    if (best == null) {
      out.add("Mesos has no active agent" + (active == 0 && !s.agents().isEmpty()
          ? " (all " + s.agents().size() + " are inactive)" : ""));
    } else {
      out.add("no active Mesos agent has " + amounts(cpus, mem, disk) + " free (most free: "
          + best.hostname() + " with " + amounts(free(best)[0], free(best)[1], free(best)[2])
          + ")");
    }
    return out;
  }

  private static boolean fits(MesosAgent a, double cpus, double mem, double disk) {
    double[] f = free(a);
    return f[0] + 1e-9 >= cpus && f[1] + 1e-9 >= mem && f[2] + 1e-9 >= disk;
  }

  private static double[] free(MesosAgent a) {
    return new double[] {a.resources().cpus() - a.usedResources().cpus(),
        a.resources().mem() - a.usedResources().mem(),
        a.resources().disk() - a.usedResources().disk()};
  }

  private static String amounts(double cpus, double mem, double disk) {
    return String.format(Locale.ROOT, "%s CPUs, %s MB memory, %s MB disk", num(cpus), num(mem),
        num(disk));
  }

  private static String num(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.2f", v);
  }
}
