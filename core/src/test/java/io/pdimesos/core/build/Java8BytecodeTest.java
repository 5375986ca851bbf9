package io.pdimesos.core.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * PDI 9.4 may run on a Java 8 JVM, where a class file newer than major version 52 fails to load.
 * This checks the core's own classes and every runtime dependency (outside the multi-release
 * {@code META-INF/versions/} folders, which Java 8 ignores).
 */
class Java8BytecodeTest {
  private static final int JAVA_8 = 52;

  @Test
  void coreClassesAreJava8() throws IOException {
    Path classes = Paths.get("target/classes");
    List<String> bad = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
        try (InputStream in = Files.newInputStream(p)) {
          int major = major(in);
          if (major > JAVA_8) {
            bad.add(classes.relativize(p) + " (major " + major + ")");
          }
        }
      }
    }
    assertThat(bad).as("classes newer than Java 8").isEmpty();
  }

  @Test
  void runtimeDependenciesAreJava8() throws IOException {
    String cp = Files.readString(Paths.get("target/runtime-classpath.txt")).trim();
    assertThat(cp).as("runtime classpath written by maven-dependency-plugin").isNotEmpty();
    List<String> bad = new ArrayList<>();
    int jars = 0;
    for (String entry : cp.split(java.io.File.pathSeparator)) {
      if (!entry.endsWith(".jar")) {
        continue;
      }
      jars++;
      try (JarFile jar = new JarFile(entry)) {
        Enumeration<JarEntry> en = jar.entries();
        while (en.hasMoreElements()) {
          JarEntry e = en.nextElement();
          String name = e.getName();
          if (!name.endsWith(".class") || name.startsWith("META-INF/versions/")
              || name.endsWith("module-info.class")) {
            continue;
          }
          try (InputStream in = jar.getInputStream(e)) {
            int major = major(in);
            if (major > JAVA_8) {
              bad.add(Paths.get(entry).getFileName() + "!" + name + " (major " + major + ")");
            }
          }
        }
      }
    }
    assertThat(jars).as("runtime jars checked").isGreaterThanOrEqualTo(5);
    assertThat(bad).as("dependency classes newer than Java 8").isEmpty();
  }

  @Test
  void detectsANewerClassFile() throws IOException {
    // guard against a checker that reads the wrong bytes: this test class is Java 17 (61)
    try (InputStream in = getClass().getResourceAsStream("Java8BytecodeTest.class")) {
      assertThat(major(in)).isEqualTo(61);
    }
  }

  private static int major(InputStream in) throws IOException {
    DataInputStream d = new DataInputStream(in);
    if (d.readInt() != 0xCAFEBABE) {
      throw new IOException("not a class file");
    }
    d.readUnsignedShort(); // minor
    return d.readUnsignedShort();
  }
}
