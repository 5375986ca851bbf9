package io.pdimesos.entries;

import io.pdimesos.plugin.Choice;
import io.pdimesos.plugin.ClusterRun;
import io.pdimesos.plugin.Setting;
import io.pdimesos.plugin.SettingException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Paths;
import java.util.Locale;
import org.pentaho.di.core.variables.VariableSpace;
import org.pentaho.di.i18n.BaseMessages;

/**
 * Where an entry's definition (a Marathon app, a Chronos job) comes from, and how its text is
 * read. A file is a local path or {@code file:} URL, read directly, or any other scheme
 * ({@code hdfs://}, {@code s3://}, {@code sftp://}...) read through PDI's own VFS, which the host
 * provides. KettleVFS is reached reflectively because the compile-only API mirror does not carry
 * it and its static methods differ between PDI 9.4/10.x and 11.x.
 */
public enum DefinitionSource implements Choice {
  /** The JSON typed on the Definition tab. */
  JSON,
  /** A JSON file, by path or VFS URL. */
  FILE,
  /** The form fields on the Definition tab. */
  FORM;

  private static final Class<?> PKG = DefinitionSource.class;

  @Override
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The source setting of an entry: inline JSON by default, what most users paste. */
  public static Setting setting(Class<?> messagesClass, String messageKey) {
    return Setting.choice(messagesClass, "definition_source", messageKey, values())
        .defaultValue(JSON).build();
  }

  /** The file's text (UTF-8); an error says what could not be read, for the caller to name. */
  public static String read(String location, VariableSpace space) {
    String path = location.trim();
    try {
      String scheme = scheme(path);
      if (scheme == null) {
        return new String(Files.readAllBytes(Paths.get(path)), StandardCharsets.UTF_8);
      }
      if (scheme.equals("file")) {
        return new String(Files.readAllBytes(Paths.get(URI.create(path))), StandardCharsets.UTF_8);
      }
      return readThroughKettleVfs(path, space);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException(BaseMessages.getString(PKG, "DefinitionSource.NoFile",
          path));
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalArgumentException(BaseMessages.getString(PKG, "DefinitionSource.Unreadable",
          path, e.getMessage()), e);
    }
  }

  /**
   * The JSON of a definition that comes from {@code jsonSetting} (JSON) or from the file
   * {@code fileSetting} names (FILE), with variables substituted inside it; a FORM has no text.
   *
   * @throws SettingException naming the setting that is empty or cannot be read
   */
  public String text(ClusterRun run, Setting jsonSetting, Setting fileSetting) {
    if (this == FORM) {
      throw new IllegalStateException("A form definition is built, not read");
    }
    if (this == FILE) {
      String file = run.text(fileSetting);
      if (file.isEmpty()) {
        throw new SettingException(fileSetting, BaseMessages.getString(PKG,
            "DefinitionSource.Problem.FileEmpty"));
      }
      try {
        return run.space().environmentSubstitute(read(file, run.space()));
      } catch (IllegalArgumentException e) {
        throw new SettingException(fileSetting, e.getMessage());
      }
    }
    String json = run.json(jsonSetting);
    if (json.trim().isEmpty()) {
      throw new SettingException(jsonSetting, BaseMessages.getString(PKG,
          "DefinitionSource.Problem.JsonEmpty"));
    }
    return json;
  }

  /** The URL scheme, or null for a plain path (a Windows drive letter is not a scheme). */
  static String scheme(String path) {
    int colon = path.indexOf(':');
    if (colon < 2 || !path.substring(colon).startsWith(":/")) {
      return null;
    }
    return path.substring(0, colon).toLowerCase(Locale.ROOT);
  }

  private static String readThroughKettleVfs(String path, VariableSpace space)
      throws IOException {
    Method open;
    try {
      Class<?> vfs = Class.forName("org.pentaho.di.core.vfs.KettleVFS");
      open = vfs.getMethod("getInputStream", String.class, VariableSpace.class);
    } catch (ClassNotFoundException | NoSuchMethodException e) {
      throw new IOException(BaseMessages.getString(PKG, "DefinitionSource.NoVfs", scheme(path)));
    }
    try (InputStream in = (InputStream) open.invoke(null, path, space)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        out.write(buffer, 0, n);
      }
      return new String(out.toByteArray(), StandardCharsets.UTF_8);
    } catch (ReflectiveOperationException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new IOException(cause.getMessage(), cause);
    }
  }
}
