package io.pdimesos.pdiapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/**
 * PDI's message lookup, from its documented behaviour: the bundle of package {@code a.b.c} is
 * {@code a/b/c/messages/messages_<locale>.properties}, read as UTF-8 through the class loader of the
 * class that names the package; locales tried are the default locale, then {@code en_US}, then the
 * root bundle; a miss answers {@code !key!}; every message goes through {@link MessageFormat}.
 */
public final class MessageBundles {
  private static final ResourceBundle.Control UTF8 = new Utf8Control();

  private MessageBundles() {
  }

  public static String lookup(String packageName, ClassLoader loader, String key, Object... arguments) {
    String pattern = find(packageName, loader, key);
    if (pattern == null) {
      return "!" + key + "!";
    }
    return new MessageFormat(pattern, Locale.getDefault()).format(arguments == null ? new Object[0] : arguments);
  }

  private static String find(String packageName, ClassLoader loader, String key) {
    String base = packageName + ".messages.messages";
    for (Locale locale : new Locale[] {Locale.getDefault(), Locale.US, Locale.ROOT}) {
      try {
        ResourceBundle bundle = ResourceBundle.getBundle(base, locale, loader, UTF8);
        if (bundle.containsKey(key)) {
          return bundle.getString(key);
        }
      } catch (MissingResourceException noBundle) {
        // try the next locale
      }
    }
    return null;
  }

  private static final class Utf8Control extends ResourceBundle.Control {
    @Override
    public ResourceBundle newBundle(String baseName, Locale locale, String format, ClassLoader loader, boolean reload)
        throws IOException {
      if (!"java.properties".equals(format)) {
        return null;
      }
      String resource = toResourceName(toBundleName(baseName, locale), "properties");
      InputStream in = loader.getResourceAsStream(resource);
      if (in == null) {
        return null;
      }
      try {
        return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
      } finally {
        in.close();
      }
    }

    @Override
    public Locale getFallbackLocale(String baseName, Locale locale) {
      // The lookup walks its own locale chain; no JVM-default fallback inside one getBundle call.
      return null;
    }
  }
}
