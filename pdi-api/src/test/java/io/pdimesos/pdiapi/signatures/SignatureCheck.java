package io.pdimesos.pdiapi.signatures;

import io.pdimesos.pdiapi.signatures.SignatureCatalog.TypeRecord;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Compares the compiled mirror with the catalog and lists every difference: a type or member that
 * is not recorded (or is recorded differently, constant values included), an abstract member of a
 * recorded type that the mirror lacks, and a mirrored member or type that a later PDI version removes
 * or changes without a {@code handled} record in the supplement.
 */
final class SignatureCheck {
  private final SignatureCatalog catalog;
  private final MirrorClasses mirror;
  private final List<String> problems = new ArrayList<>();

  SignatureCheck(SignatureCatalog catalog, MirrorClasses mirror) {
    this.catalog = catalog;
    this.mirror = mirror;
  }

  List<String> run() {
    for (Class<?> type : mirror.types) {
      checkType(type);
    }
    return problems;
  }

  private void checkType(Class<?> type) {
    String name = type.getName();
    TypeRecord record = catalog.find(name);
    if (record == null || record.kind == null) {
      problems.add(name + ": type is in the mirror but not in signatures.txt or the supplement");
      return;
    }
    if (record.notIn94 && !record.handled.contains("type")) {
      problems.add(name + ": type does not exist in PDI 9.4; the supplement must mark it handled (\"type\")");
    }
    if (!record.kind.equals(MirrorRenderer.kind(type))) {
      problems.add(name + ": kind is " + MirrorRenderer.kind(type) + ", recorded " + record.kind);
    }
    String header = MirrorRenderer.header(type);
    if (!header.equals(record.header)) {
      problems.add(name + ": header is\n      " + header + "\n    recorded\n      " + record.header);
    }
    String headerKey = record.kind + " " + record.header;
    if (record.removedLater.containsKey(headerKey) && !record.handled.contains(headerKey)) {
      problems.add(name + ": header changes in PDI " + record.removedLater.get(headerKey) + " and is not marked handled");
    }
    Set<String> mirrored = new LinkedHashSet<>();
    for (String member : members(type)) {
      String normalized = MirrorRenderer.withoutImplementationModifiers(member);
      mirrored.add(normalized);
      if (!isRecorded(record, normalized) && !implementsRecordedSupertypeMember(type, member)) {
        problems.add(name + ": not recorded: " + member + closestHint(record, member));
      }
      for (String removed : record.removedLater.keySet()) {
        if (MirrorRenderer.withoutImplementationModifiers(removed).equals(normalized)
            && !record.handled.contains(removed)) {
          problems.add(name + ": removed or changed in PDI " + record.removedLater.get(removed)
              + " and not marked handled: " + member);
        }
      }
    }
    for (String recorded : record.members) {
      if (recorded.contains(" abstract ") && !recorded.startsWith("ctor ")
          && !mirrored.contains(MirrorRenderer.withoutImplementationModifiers(recorded))) {
        problems.add(name + ": abstract member missing from the mirror: " + recorded);
      }
    }
  }

  private boolean isRecorded(TypeRecord record, String normalized) {
    for (String recorded : record.members) {
      if (MirrorRenderer.withoutImplementationModifiers(recorded).equals(normalized)) {
        return true;
      }
    }
    return false;
  }

  /** Says what was recorded instead: another constant value, a constant the mirror lacks, or a same-named member. */
  private String closestHint(TypeRecord record, String member) {
    boolean constant = member.contains(" = ");
    String field = constant ? member.substring(0, member.indexOf(" = ")) : member;
    for (String recorded : record.members) {
      if (recorded.startsWith(field + " = ")) {
        return constant ? "\n    recorded constant: " + recorded : "\n    recorded as a compile-time constant: " + recorded;
      }
    }
    String kind = member.substring(0, member.indexOf(' '));
    for (String recorded : record.members) {
      if (recorded.startsWith(kind + " ") && recorded.contains(" " + nameOf(member) + "(")) {
        return "\n    recorded: " + recorded;
      }
    }
    return "";
  }

  private static String nameOf(String member) {
    String beforeParen = member.contains("(") ? member.substring(0, member.indexOf('(')) : member;
    return beforeParen.substring(beforeParen.lastIndexOf(' ') + 1);
  }

  /**
   * A class may implement a method that a supertype declares (PDI's classes do, and their blocks only
   * list what each type declares): accepted when the supertype's own declaration is recorded, or when
   * the supertype is a JDK type.
   */
  private boolean implementsRecordedSupertypeMember(Class<?> type, String member) {
    if (!member.startsWith("method ") || member.contains(" static ")) {
      return false;
    }
    Method method = findDeclared(type, member);
    if (method == null) {
      return false;
    }
    Deque<Class<?>> todo = new ArrayDeque<>(supertypes(type));
    Set<Class<?>> seen = new LinkedHashSet<>();
    while (!todo.isEmpty()) {
      Class<?> supertype = todo.pop();
      if (!seen.add(supertype)) {
        continue;
      }
      if (supertype.getName().startsWith("java.")) {
        // JDK interfaces are generic (Comparable<T>.compareTo): match by name and arity.
        for (Method candidate : supertype.getDeclaredMethods()) {
          if (candidate.getName().equals(method.getName())
              && candidate.getParameterCount() == method.getParameterCount()) {
            return true;
          }
        }
        todo.addAll(supertypes(supertype));
        continue;
      }
      Method inherited;
      try {
        inherited = supertype.getDeclaredMethod(method.getName(), method.getParameterTypes());
      } catch (NoSuchMethodException notHere) {
        inherited = null;
      }
      if (inherited != null) {
        TypeRecord record = catalog.find(supertype.getName());
        if (record != null && isRecorded(record, MirrorRenderer.withoutImplementationModifiers(
            MirrorRenderer.method(inherited)))) {
          return true;
        }
      }
      todo.addAll(supertypes(supertype));
    }
    return false;
  }

  private static List<Class<?>> supertypes(Class<?> type) {
    List<Class<?>> result = new ArrayList<>(List.of(type.getInterfaces()));
    if (type.getSuperclass() != null) {
      result.add(type.getSuperclass());
    }
    if (type.isInterface()) {
      result.add(Object.class);
    }
    return result;
  }

  private static Method findDeclared(Class<?> type, String rendered) {
    for (Method method : type.getDeclaredMethods()) {
      if (MirrorRenderer.method(method).equals(rendered)) {
        return method;
      }
    }
    return null;
  }

  private List<String> members(Class<?> type) {
    List<String> result = new ArrayList<>();
    for (Constructor<?> constructor : type.getDeclaredConstructors()) {
      if (visible(constructor.getModifiers()) && !constructor.isSynthetic() && !type.isEnum()) {
        result.add(MirrorRenderer.constructor(constructor));
      }
    }
    for (Method method : type.getDeclaredMethods()) {
      if (visible(method.getModifiers()) && !method.isSynthetic() && !method.isBridge() && !isEnumImplicit(type, method)) {
        result.add(MirrorRenderer.method(method));
      }
    }
    for (Field field : type.getDeclaredFields()) {
      if (visible(field.getModifiers()) && !field.isSynthetic()) {
        result.add(MirrorRenderer.field(field, mirror.constants.get(type.getName() + "#" + field.getName())));
      }
    }
    return result;
  }

  private static boolean isEnumImplicit(Class<?> type, Method method) {
    return type.isEnum() && Modifier.isStatic(method.getModifiers())
        && (method.getName().equals("values") && method.getParameterCount() == 0
            || method.getName().equals("valueOf") && method.getParameterCount() == 1);
  }

  private static boolean visible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }
}
