package io.pdimesos.pdiapi.signatures;

import io.pdimesos.pdiapi.OutsideMirror;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Opcodes;

/** The compiled mirror: every public or protected org.pentaho type, and the compile-time constants in it. */
final class MirrorClasses {
  final List<Class<?>> types = new ArrayList<>();
  /** "binary class name#field" to ConstantValue, read from the class files (reflection cannot tell). */
  final Map<String, Object> constants = new HashMap<>();

  static MirrorClasses load() throws Exception {
    Path root = Path.of(OutsideMirror.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    MirrorClasses mirror = new MirrorClasses();
    try (Stream<Path> files = Files.walk(root.resolve("org"))) {
      for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class")).sorted()::iterator) {
        String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
        mirror.readConstants(file, name);
        Class<?> type = Class.forName(name, false, MirrorClasses.class.getClassLoader());
        if (isVisible(type)) {
          mirror.types.add(type);
        }
      }
    }
    return mirror;
  }

  private static boolean isVisible(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getDeclaringClass()) {
      if (t.isAnonymousClass() || t.isLocalClass() || t.isSynthetic()
          || (t.getModifiers() & (Modifier.PUBLIC | Modifier.PROTECTED)) == 0) {
        return false;
      }
    }
    return true;
  }

  private void readConstants(Path file, String className) {
    try (InputStream in = Files.newInputStream(file)) {
      new ClassReader(in).accept(new ClassVisitor(Opcodes.ASM9) {
        @Override
        public FieldVisitor visitField(int access, String field, String descriptor, String signature, Object value) {
          if (value != null && (access & Opcodes.ACC_STATIC) != 0) {
            constants.put(className + "#" + field, value);
          }
          return null;
        }
      }, ClassReader.SKIP_CODE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
