package io.pdimesos.pdiapi;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.pentaho.di.repository.ObjectId;
import org.pentaho.di.repository.Repository;

/**
 * A repository that keeps job entry and step attributes in memory, for repository round-trip tests
 * (PDI's own tests use an in-memory repository the same way). It answers the attribute methods of
 * {@link Repository}: {@code saveJobEntryAttribute}/{@code saveStepAttribute} with or without a
 * row number, {@code getJobEntryAttribute*}/{@code getStepAttribute*} and the {@code countNr*}
 * methods; an attribute never saved reads as null, 0 or false (or the given default).
 */
public final class MemoryRepository implements InvocationHandler {
  private final Map<String, Object> attributes = new ConcurrentHashMap<String, Object>();

  private MemoryRepository() {
  }

  public static Repository create() {
    return (Repository) Proxy.newProxyInstance(Repository.class.getClassLoader(), new Class<?>[] {Repository.class},
        new MemoryRepository());
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) {
    String name = method.getName();
    if (method.getDeclaringClass() == Object.class) {
      return objectMethod(proxy, name, args);
    }
    if (name.equals("saveJobEntryAttribute") || name.equals("saveStepAttribute")) {
      // (owner id, element id, [nr,] code, value)
      boolean numbered = args.length == 5;
      attributes.put(key((ObjectId) args[1], numbered ? (Integer) args[2] : 0, (String) args[numbered ? 3 : 2]),
          args[args.length - 1]);
      return null;
    }
    if (name.equals("countNrJobEntryAttributes") || name.equals("countNrStepAttributes")) {
      return count((ObjectId) args[0], (String) args[1]);
    }
    if (name.startsWith("getJobEntryAttribute") || name.startsWith("getStepAttribute")) {
      return read(method, args);
    }
    throw OutsideMirror.unsupported("MemoryRepository." + name);
  }

  private Object read(Method method, Object[] args) {
    // (element id, [nr,] code[, default])
    boolean numbered = args.length >= 3 && args[1] instanceof Integer;
    int codeIndex = numbered ? 2 : 1;
    Object value = attributes.get(key((ObjectId) args[0], numbered ? (Integer) args[1] : 0, (String) args[codeIndex]));
    Object fallback = args.length > codeIndex + 1 ? args[codeIndex + 1] : null;
    Class<?> type = method.getReturnType();
    if (type == String.class) {
      return value == null ? null : value instanceof Boolean ? ((Boolean) value ? "Y" : "N") : value.toString();
    }
    if (type == long.class) {
      return value == null ? 0L : value instanceof Number ? ((Number) value).longValue() : Long.parseLong(value.toString());
    }
    if (type == boolean.class) {
      if (value == null) {
        return fallback != null && (Boolean) fallback;
      }
      return value instanceof Boolean ? value : "Y".equalsIgnoreCase(value.toString());
    }
    throw OutsideMirror.unsupported("MemoryRepository." + method.getName());
  }

  private int count(ObjectId id, String code) {
    Set<String> rows = new HashSet<String>();
    String prefix = id.getId() + "\u0000";
    for (String key : attributes.keySet()) {
      String[] parts = key.split("\u0000");
      if (key.startsWith(prefix) && parts[2].equals(code)) {
        rows.add(parts[1]);
      }
    }
    return rows.size();
  }

  private static String key(ObjectId id, int nr, String code) {
    return id.getId() + "\u0000" + nr + "\u0000" + code;
  }

  private Object objectMethod(Object proxy, String name, Object[] args) {
    if (name.equals("equals")) {
      return proxy == args[0];
    }
    if (name.equals("hashCode")) {
      return System.identityHashCode(proxy);
    }
    return "MemoryRepository" + attributes.keySet().size();
  }
}
