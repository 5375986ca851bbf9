package io.pdimesos.assemblies;

import java.net.URL;
import java.net.URLClassLoader;

/**
 * What PDI's KettleURLClassLoader does for a plugin folder: its own jars first, the parent (PDI's
 * lib/) only for what they lack. Resources stay parent-first, as in PDI.
 */
final class ChildFirstClassLoader extends URLClassLoader {
  static {
    registerAsParallelCapable();
  }

  ChildFirstClassLoader(URL[] urls, ClassLoader parent) {
    super(urls, parent);
  }

  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    synchronized (getClassLoadingLock(name)) {
      Class<?> loaded = findLoadedClass(name);
      if (loaded == null) {
        try {
          loaded = findClass(name);
        } catch (ClassNotFoundException | NoClassDefFoundError notOurs) {
          loaded = getParent().loadClass(name);
        }
      }
      if (resolve) {
        resolveClass(loaded);
      }
      return loaded;
    }
  }
}
