package io.pdimesos.it.harness;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.FileOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * What a harness observed, for the test to judge: one fact a line, a key then values, tab
 * separated; tabs, newlines and backslashes inside values are escaped (see the test side's
 * HarnessReport). Written as Java 8: the harness runs inside PDI 9.4's engine too. Public for the
 * plugin-side classes (src/spoon/java), which run in another class loader.
 */
public final class Report implements Closeable {
  private final PrintWriter out;

  public Report(String path) throws IOException {
    out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(path), StandardCharsets.UTF_8));
  }

  public void put(String key, Object... values) {
    StringBuilder line = new StringBuilder(key);
    for (Object value : values) {
      line.append('\t').append(escape(String.valueOf(value)));
    }
    out.println(line);
    out.flush();
  }

  /** A failure the test should see as a fact (e.g. a class that does not load), not as a crash. */
  public void error(String key, Throwable error, Object... values) {
    Object[] all = new Object[values.length + 1];
    System.arraycopy(values, 0, all, 0, values.length);
    all[values.length] = error.getClass().getName() + ": " + error.getMessage();
    put(key, all);
  }

  private static String escape(String value) {
    return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
  }

  @Override
  public void close() {
    out.close();
  }
}
