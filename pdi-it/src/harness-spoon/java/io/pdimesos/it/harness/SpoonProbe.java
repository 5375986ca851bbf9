package io.pdimesos.it.harness;

import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.swt.widgets.Display;
import org.pentaho.di.core.plugins.JobEntryPluginType;
import org.pentaho.di.core.plugins.PluginInterface;
import org.pentaho.di.core.plugins.PluginRegistry;
import org.pentaho.di.ui.spoon.Spoon;

/**
 * Starts the real Spoon, as {@code spoon.sh -file=JOB} does, and once its window shows the job,
 * hands the running Spoon to the plugin side ({@code io.pdimesos.it.spoon.SpoonDialogs}, from
 * src/spoon/java): those classes are loaded by a class loader over the plugin's own, so they see
 * the plugin's dialog classes exactly as Spoon's dialogs do. They run on Spoon's UI thread,
 * between its events; then the JVM halts (closing Spoon would ask to save).
 *
 * <p>Arguments: the report file, the plugin's folder name, the plugin side's class path, the
 * job Spoon opens at start, then the plugin side's own arguments.
 */
public final class SpoonProbe {
  /** Spoon's start on two shared cores; the plugin side has its own budget below. */
  private static final long START_MILLIS = 120_000;
  private static final long SCENARIO_MILLIS = 300_000;

  private SpoonProbe() {}

  public static void main(String[] args) throws Exception {
    // Otherwise Spoon tees its console into PDI_HOME/logs/spoon.log: PDI_HOME stays untouched.
    System.setProperty("Spoon.Console.Redirect.Disabled", "true");
    final Report report = new Report(args[0]);
    Thread handOver = new Thread(() -> handOver(report, args), "spoon-probe");
    handOver.setDaemon(true);
    handOver.start();
    Spoon.main(new String[] {"-file=" + args[3]});
    report.put("spoon-exited");
    report.close();
    Runtime.getRuntime().halt(3);
  }

  private static void handOver(Report report, String[] args) {
    try {
      Display display = awaitWindow(report);
      final Spoon spoon = Spoon.getInstance();
      Class<?> side = pluginSide(args[1], args[2]);
      final String[] sideArgs = Arrays.copyOfRange(args, 4, args.length);
      display.asyncExec(() -> {
        try {
          side.getMethod("run", Spoon.class, Report.class, String[].class).invoke(null, spoon, report, sideArgs);
          report.put("done");
        } catch (InvocationTargetException e) {
          report.error("failed", e.getCause());
          e.getCause().printStackTrace();
        } catch (Throwable e) {
          report.error("failed", e);
          e.printStackTrace();
        }
        report.close();
        Runtime.getRuntime().halt(0);
      });
      Thread.sleep(SCENARIO_MILLIS);
      report.put("timeout", "the plugin side did not finish within " + SCENARIO_MILLIS / 1000 + " s");
    } catch (Throwable e) {
      report.error("failed", e);
      e.printStackTrace();
    }
    report.close();
    Runtime.getRuntime().halt(2);
  }

  /** Spoon's display once its window is open with the start job on its canvas (bounded). */
  private static Display awaitWindow(Report report) throws InterruptedException {
    long deadline = System.currentTimeMillis() + START_MILLIS;
    while (System.currentTimeMillis() < deadline) {
      Spoon spoon = Spoon.getInstance();
      Display display = spoon == null ? null : spoon.getDisplay();
      if (display != null && !display.isDisposed()) {
        final boolean[] ready = new boolean[1];
        display.syncExec(() -> ready[0] = spoon.getShell() != null && spoon.getShell().isVisible()
            && spoon.getActiveJob() != null);
        if (ready[0]) {
          report.put("spoon-ready");
          return display;
        }
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("Spoon did not show its window with the start job within "
        + START_MILLIS / 1000 + " s");
  }

  /**
   * The plugin side's entry class, loaded by a child of the plugin's class loader (the loader PDI
   * gives every entry and step of the plugin's folder).
   */
  private static Class<?> pluginSide(String folder, String classPath) throws Exception {
    PluginRegistry registry = PluginRegistry.getInstance();
    PluginInterface ours = null;
    for (PluginInterface plugin : registry.getPlugins(JobEntryPluginType.class)) {
      URL dir = plugin.getPluginDirectory();
      if (dir != null && new File(dir.getPath()).getName().equals(folder)) {
        ours = plugin;
      }
    }
    if (ours == null) {
      throw new IllegalStateException("no job entry registered from a plugin folder " + folder);
    }
    List<URL> urls = new ArrayList<URL>();
    for (String path : classPath.split(File.pathSeparator)) {
      urls.add(new File(path).toURI().toURL());
    }
    ClassLoader loader = new URLClassLoader(urls.toArray(new URL[0]), registry.getClassLoader(ours));
    return Class.forName("io.pdimesos.it.spoon.SpoonDialogs", true, loader);
  }
}
