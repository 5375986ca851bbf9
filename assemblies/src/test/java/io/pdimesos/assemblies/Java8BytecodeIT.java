package io.pdimesos.assemblies;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** PDI 9.4 may run on a Java 8 JVM: a single newer class would fail there with UnsupportedClassVersionError. */
class Java8BytecodeIT {
  private static final int JAVA_8_MAJOR = 52;

  @Test
  void everyClassInTheZipIsJava8BytecodeOrAMultiReleaseVariant() {
    List<String> tooNew = new ArrayList<>();
    AtomicInteger checked = new AtomicInteger();
    AtomicInteger variants = new AtomicInteger();
    AtomicInteger entries = new AtomicInteger();
    AtomicInteger steps = new AtomicInteger();
    BuiltPlugin.forEachEntry(BuiltPlugin.zip(), (name, bytes) -> {
      if (!name.endsWith(".class")) {
        return;
      }
      assertThat(bytes).as(name).hasSizeGreaterThan(8);
      assertThat(((bytes[0] & 0xff) << 24) | ((bytes[1] & 0xff) << 16) | ((bytes[2] & 0xff) << 8)
          | (bytes[3] & 0xff)).as("class file magic of " + name).isEqualTo(0xCAFEBABE);
      int major = ((bytes[6] & 0xff) << 8) | (bytes[7] & 0xff);
      if (name.contains("!/META-INF/versions/")) {
        variants.incrementAndGet();
      } else if (major > JAVA_8_MAJOR) {
        tooNew.add(name + " (major " + major + ")");
      }
      checked.incrementAndGet();
      entries.addAndGet(name.contains("!/io/pdimesos/entries/") ? 1 : 0);
      steps.addAndGet(name.contains("!/io/pdimesos/steps/") ? 1 : 0);
    });
    assertThat(tooNew).as("classes newer than Java 8 outside META-INF/versions").isEmpty();
    // Our own classes and the relocated libraries are both in there (thousands), plus jackson's variants.
    assertThat(checked.get()).isGreaterThan(1000);
    assertThat(variants.get()).as("multi-release variants kept").isPositive();
    // both kinds of plugin classes were among those checked, not only the libraries
    assertThat(entries.get()).as("job entry classes checked").isGreaterThan(10);
    assertThat(steps.get()).as("transformation step classes checked").isGreaterThan(10);
  }
}
