package io.pdimesos.it.harness;

import java.io.File;
import java.io.InputStream;
import java.net.URL;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.pentaho.di.core.KettleEnvironment;
import org.pentaho.di.core.annotations.JobEntry;
import org.pentaho.di.core.annotations.Step;
import org.pentaho.di.core.plugins.JobEntryPluginType;
import org.pentaho.di.core.plugins.PluginInterface;
import org.pentaho.di.core.plugins.PluginRegistry;
import org.pentaho.di.core.plugins.PluginTypeInterface;
import org.pentaho.di.core.plugins.StepPluginType;
import org.pentaho.di.core.svg.SvgSupport;
import org.pentaho.di.job.entry.JobEntryInterface;
import org.pentaho.di.trans.step.StepMetaInterface;

/**
 * What PDI's real plugin registry makes of the installed plugin, as Spoon would show it: every
 * step and job entry registered from the plugin's folder (or carrying its id prefix) with its
 * resolved texts, image, documentation URL and the class loader each class comes from, and every
 * class or resource of the plugin's jars that PDI's own class path also has.
 *
 * <p>Arguments: the report file, the plugin's folder name (pdi-mesos), the id prefix (PdiMesos).
 */
public final class RegistryProbe {
  private RegistryProbe() {}

  public static void main(String[] args) throws Exception {
    Report report = new Report(args[0]);
    String folder = args[1];
    String idPrefix = args[2];
    KettleEnvironment.init();
    PluginRegistry registry = PluginRegistry.getInstance();
    ClassLoader pdi = PluginRegistry.class.getClassLoader();
    report.put("pdi-loader", pdi);
    boolean librariesChecked = false;
    List<Class<? extends PluginTypeInterface>> types =
        Arrays.<Class<? extends PluginTypeInterface>>asList(StepPluginType.class, JobEntryPluginType.class);
    for (Class<? extends PluginTypeInterface> type : types) {
      String kind = type == StepPluginType.class ? "step" : "entry";
      for (PluginInterface plugin : registry.getPlugins(type)) {
        String id = plugin.getIds()[0];
        URL dir = plugin.getPluginDirectory();
        boolean fromOurFolder = dir != null && new File(dir.getPath()).getName().equals(folder);
        if (!fromOurFolder && !id.startsWith(idPrefix)) {
          continue;
        }
        report.put("plugin", kind, id, Arrays.toString(plugin.getIds()), dir);
        describe(report, registry, plugin, id, pdi);
        if (!librariesChecked) {
          librariesChecked = true;
          checkLibraries(report, plugin, pdi);
        }
      }
    }
    report.close();
    System.exit(0);
  }

  private static void describe(Report report, PluginRegistry registry, PluginInterface plugin, String id,
      ClassLoader pdi) {
    report.put("name", id, plugin.getName());
    report.put("description", id, plugin.getDescription());
    report.put("category", id, plugin.getCategory());
    report.put("image", id, plugin.getImageFile());
    report.put("documentation-url", id, plugin.getDocumentationUrl());
    ClassLoader loader;
    Object instance;
    try {
      loader = registry.getClassLoader(plugin);
      instance = registry.loadClass(plugin);
    } catch (Throwable e) {
      report.error("load-failed", e, id);
      return;
    }
    Class<?> type = instance.getClass();
    Step step = type.getAnnotation(Step.class);
    JobEntry entry = type.getAnnotation(JobEntry.class);
    if (step != null) {
      report.put("annotation", id, step.name(), step.description(), step.categoryDescription(),
          step.i18nPackageName());
    } else if (entry != null) {
      report.put("annotation", id, entry.name(), entry.description(), entry.categoryDescription(),
          entry.i18nPackageName());
    }
    svg(report, id, loader, plugin.getImageFile());

    String dialog = instance instanceof StepMetaInterface ? ((StepMetaInterface) instance).getDialogClassName()
        : ((JobEntryInterface) instance).getDialogClassName();
    report.put("dialog", id, dialog);
    origin(report, id, type.getName(), loader, pdi);
    for (Class<?> up = type.getSuperclass(); up != null && up != Object.class; up = up.getSuperclass()) {
      origin(report, id, up.getName(), loader, pdi);
    }
    for (String name : new String[] {dialog, "io.pdimesos.shaded.okhttp3.OkHttpClient",
        "io.pdimesos.shaded.com.fasterxml.jackson.databind.ObjectMapper", "org.pentaho.di.core.Const",
        "org.pentaho.di.core.encryption.Encr", "org.w3c.dom.Node"}) {
      origin(report, id, name, loader, pdi);
    }
  }

  /** Spoon asks the plugin's class loader for the image and renders it with PDI's SVG support. */
  private static void svg(Report report, String id, ClassLoader loader, String image) {
    URL url = loader.getResource(image);
    if (url == null) {
      report.put("svg", id, "missing", image);
      return;
    }
    try (InputStream in = url.openStream()) {
      report.put("svg", id, SvgSupport.loadSvgImage(in) != null ? "loaded" : "null", url);
    } catch (Throwable e) {
      report.error("svg", e, id, "failed");
    }
  }

  /** Which loader defines {@code name} when the plugin asks for it: pdi, plugin, jdk or another. */
  private static void origin(Report report, String id, String name, ClassLoader plugin, ClassLoader pdi) {
    try {
      ClassLoader defining = Class.forName(name, false, plugin).getClassLoader();
      String origin = defining == null || defining == ClassLoader.getSystemClassLoader().getParent()
          ? "jdk" : defining == pdi ? "pdi" : defining == plugin ? "plugin" : "other " + defining;
      report.put("class", id, name, origin);
    } catch (Throwable e) {
      report.error("class-unloadable", e, id, name);
    }
  }

  /**
   * Every class and resource in the plugin's jars that PDI's class path also has: a class would
   * shadow PDI's inside the plugin (its loader is child-first), a resource would be shadowed by
   * PDI's (resources are looked up parent-first).
   */
  private static void checkLibraries(Report report, PluginInterface plugin, ClassLoader pdi) throws Exception {
    int entries = 0;
    for (String library : plugin.getLibraries()) {
      report.put("library", library);
      JarFile jar = new JarFile(library);
      try {
        for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements();) {
          JarEntry entry = e.nextElement();
          if (entry.isDirectory() || entry.getName().equals("META-INF/MANIFEST.MF")) {
            continue;
          }
          entries++;
          URL theirs = pdi.getResource(entry.getName());
          if (theirs != null) {
            report.put("shared-with-pdi", new File(library).getName(), entry.getName(), theirs);
          }
        }
      } finally {
        jar.close();
      }
    }
    report.put("library-entries", entries);
  }
}
