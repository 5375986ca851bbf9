package io.pdimesos.assemblies;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Opcodes;

/**
 * A {@code @JobEntry} or {@code @Step} found the way PDI finds them: by reading the class files of a
 * jar, before any class is loaded.
 */
record PluginAnnotation(String kind, String className, String jar, Map<String, Object> values) {
  static final String JOB_ENTRY = "Lorg/pentaho/di/core/annotations/JobEntry;";
  static final String STEP = "Lorg/pentaho/di/core/annotations/Step;";

  String value(String element) {
    Object value = values.get(element);
    return value == null ? "" : value.toString();
  }

  static List<PluginAnnotation> scan(Path jar) throws IOException {
    List<PluginAnnotation> found = new ArrayList<>();
    try (JarFile file = new JarFile(jar.toFile())) {
      for (JarEntry entry : Collections.list(file.entries())) {
        if (!entry.getName().endsWith(".class") || entry.getName().startsWith("META-INF/")) {
          continue;
        }
        try (InputStream in = file.getInputStream(entry)) {
          new ClassReader(in).accept(new ClassVisitor(Opcodes.ASM9) {
            private String name;

            @Override
            public void visit(int version, int access, String name, String signature, String superName,
                String[] interfaces) {
              this.name = name.replace('/', '.');
            }

            @Override
            public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
              if (!descriptor.equals(JOB_ENTRY) && !descriptor.equals(STEP)) {
                return null;
              }
              Map<String, Object> values = new HashMap<>();
              found.add(new PluginAnnotation(descriptor.equals(STEP) ? "Step" : "JobEntry", name,
                  jar.getFileName().toString(), values));
              return new AnnotationVisitor(Opcodes.ASM9) {
                @Override
                public void visit(String element, Object value) {
                  values.put(element, value);
                }
              };
            }
          }, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        }
      }
    }
    return found;
  }
}
