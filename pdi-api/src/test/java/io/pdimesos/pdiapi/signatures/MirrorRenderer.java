package io.pdimesos.pdiapi.signatures;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Renders mirror types and members in the conventions of signatures.txt (see its header). */
final class MirrorRenderer {
  private MirrorRenderer() {
  }

  static String kind(Class<?> type) {
    if (type.isAnnotation()) {
      return "annotation";
    }
    if (type.isInterface()) {
      return "interface";
    }
    return type.isEnum() ? "enum" : "class";
  }

  static String header(Class<?> type) {
    int mask = Modifier.PUBLIC | Modifier.PROTECTED | Modifier.PRIVATE | Modifier.ABSTRACT | Modifier.STATIC
        | Modifier.FINAL;
    int modifiers = type.getModifiers() & mask;
    if (type.isEnum()) {
      modifiers &= ~(Modifier.FINAL | Modifier.ABSTRACT);
    }
    String keyword = type.isAnnotation() ? "@interface" : type.isInterface() ? "interface" : type.isEnum() ? "enum"
        : "class";
    StringBuilder text = new StringBuilder(Modifier.toString(modifiers));
    text.append(text.length() == 0 ? "" : " ").append(keyword).append(typeParameters(type.getTypeParameters()));
    if (type.isAnnotation() || type.isEnum()) {
      return text.toString();
    }
    List<String> interfaces = Arrays.stream(type.getGenericInterfaces()).map(Type::getTypeName)
        .collect(Collectors.toList());
    if (type.isInterface()) {
      if (!interfaces.isEmpty()) {
        text.append(" extends ").append(String.join(", ", interfaces));
      }
      return text.toString();
    }
    Type superclass = type.getGenericSuperclass();
    if (superclass != null && superclass != Object.class) {
      text.append(" extends ").append(superclass.getTypeName());
    }
    if (!interfaces.isEmpty()) {
      text.append(" implements ").append(String.join(", ", interfaces));
    }
    return text.toString();
  }

  static String typeParameters(TypeVariable<?>[] variables) {
    if (variables.length == 0) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    for (TypeVariable<?> variable : variables) {
      List<String> bounds = Arrays.stream(variable.getBounds()).filter(b -> b != Object.class)
          .map(Type::getTypeName).collect(Collectors.toList());
      parts.add(bounds.isEmpty() ? variable.getName() : variable.getName() + " extends " + String.join(" & ", bounds));
    }
    return "<" + String.join(", ", parts) + ">";
  }

  static String method(Method method) {
    String text = stripDeclaringType(method.toGenericString(), method.getDeclaringClass(), method.getName());
    if (method.getDeclaringClass().isAnnotation()) {
      text = "element " + text;
      Object value = method.getDefaultValue();
      return value == null ? text : text + " default " + annotationValue(value);
    }
    return "method " + text;
  }

  static String constructor(Constructor<?> constructor) {
    return "ctor " + commas(constructor.toGenericString());
  }

  static String field(Field field, Object constant) {
    String text = "field " + stripDeclaringType(field.toGenericString(), field.getDeclaringClass(), field.getName());
    return constant == null ? text : text + " = " + literal(constant, field.getType());
  }

  private static String stripDeclaringType(String generic, Class<?> declaring, String name) {
    return commas(generic.replace(declaring.getTypeName() + "." + name, name));
  }

  /** toGenericString separates parameters with "," only; the recorded form uses ", ". */
  private static String commas(String text) {
    return text.replaceAll(",(?! )", ", ");
  }

  /** Modifiers that describe an implementation, not the API a plugin links against. */
  static String withoutImplementationModifiers(String member) {
    return member.replaceAll("\\b(synchronized|native|strictfp|transient|volatile) ", "");
  }

  static String annotationValue(Object value) {
    if (value instanceof String text) {
      return literal(text, String.class);
    }
    if (value instanceof Class<?> type) {
      return type.getSimpleName() + ".class";
    }
    if (value.getClass().isArray()) {
      return java.lang.reflect.Array.getLength(value) == 0 ? "{}" : "{...}";
    }
    return String.valueOf(value);
  }

  static String literal(Object value, Class<?> type) {
    if (type == long.class) {
      return value + "L";
    }
    if (type == boolean.class) {
      return ((Integer) value) != 0 ? "true" : "false";
    }
    if (type == char.class) {
      return "'" + escape(String.valueOf((char) ((Integer) value).intValue())) + "'";
    }
    if (type == String.class) {
      return "\"" + escape((String) value) + "\"";
    }
    return String.valueOf(value);
  }

  private static String escape(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '"' -> out.append("\\\"");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c));
      }
    }
    return out.toString();
  }
}
