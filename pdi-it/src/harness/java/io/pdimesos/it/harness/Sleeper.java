package io.pdimesos.it.harness;

import java.io.FileOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;

/**
 * Writes its process id to the file given, then sleeps far longer than any test waits: proof
 * that the runner kills a PDI JVM that overruns its timeout (a hung Kitchen must not outlive CI).
 */
public final class Sleeper {
  private Sleeper() {}

  public static void main(String[] args) throws Exception {
    String pid = ManagementFactory.getRuntimeMXBean().getName().split("@")[0];
    FileOutputStream out = new FileOutputStream(args[0]);
    out.write(pid.getBytes(StandardCharsets.UTF_8));
    out.close();
    Thread.sleep(600000L);
  }
}
