package io.pdimesos.sim.mesos;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How libprocess, the HTTP server inside every Mesos master and agent, turns a request into a call
 * of one process's endpoint, and reads its query (Mesos 1.8.0,
 * {@code 3rdparty/libprocess/src/process.cpp} {@code ProcessManager::handle} and
 * {@code ProcessBase::consume}, {@code 3rdparty/libprocess/src/http.cpp} {@code query::decode},
 * {@code 3rdparty/stout/include/stout/numify.hpp}). docs/emulator.md lists the rules.
 */
final class Libprocess {
  private static final Pattern DECIMAL = Pattern.compile("[+-]?[0-9]+");
  private static final Pattern HEX = Pattern.compile("-?0[xX][0-9a-fA-F]+");

  private Libprocess() {}

  /**
   * Where a request lands: {@code endpoint} is the name of the handler that matched, or
   * {@code null} when only the process's static files (the master's web UI) would answer.
   * {@code path} is the request path as the handler sees it: with the delegate's id in front when
   * the first segment named no process ({@code /state} → {@code /master/state}).
   */
  record Target(String process, String endpoint, String path) {
    boolean is(String process, String endpoint) {
      return process.equals(this.process) && endpoint.equals(this.endpoint);
    }
  }

  /**
   * Resolves {@code path} (decoded) like libprocess: a path with {@code /..} is refused (404); the
   * first segment names the process, or the delegate takes the whole path; then the longest
   * prefix of the rest, with leading and trailing slashes trimmed, that names an endpoint of that
   * process handles it ({@code /master/state/x/} → {@code state}).
   *
   * @param processes process id → its endpoint names ({@code ""} = the process's root route)
   * @param assets names under which the delegate serves static files (the web UI)
   * @return {@code null} for libprocess's 404
   */
  static Target resolve(String path, String delegate, Map<String, Set<String>> processes,
      Set<String> assets) {
    if (path.contains("/..")) {
      return null;
    }
    List<String> tokens = tokens(path);
    String process;
    if (tokens.isEmpty()) {
      path = "/" + delegate;
      process = delegate;
    } else if (processes.containsKey(tokens.get(0))) {
      process = tokens.get(0);
    } else {
      path = "/" + delegate + path;
      process = delegate;
    }
    tokens = tokens(path);
    String name = path.startsWith("/" + tokens.get(0)) ? path.substring(tokens.get(0).length() + 1)
        : path;
    name = trim(name);
    Set<String> endpoints = processes.get(process);
    for (String n = name; !n.equals("."); n = dirname(n)) {
      if (endpoints.contains(n)) {
        return new Target(process, n, path);
      }
    }
    String asset = tokens.size() > 1 ? tokens.get(1) : "";
    return process.equals(delegate) && assets.contains(asset) ? new Target(process, null, path)
        : null;
  }

  private static List<String> tokens(String path) {
    List<String> out = new ArrayList<>();
    for (String t : path.split("/")) {
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  private static String trim(String s) {
    int from = 0;
    int to = s.length();
    while (from < to && s.charAt(from) == '/') {
      from++;
    }
    while (to > from && s.charAt(to - 1) == '/') {
      to--;
    }
    return s.substring(from, to);
  }

  /** stout's {@code Path::dirname}: "." when there is no slash left. */
  private static String dirname(String name) {
    int end = name.lastIndexOf('/');
    if (end < 0) {
      return ".";
    }
    while (end > 0 && name.charAt(end - 1) == '/') {
      end--;
    }
    return end == 0 ? "/" : name.substring(0, end);
  }

  /**
   * The query as libprocess decodes it: pairs split at {@code &} and {@code ;}, a key without
   * {@code =} has the value "", and a repeated key keeps its last value.
   */
  static Map<String, String> query(String rawQuery) {
    Map<String, String> out = new HashMap<>();
    if (rawQuery == null) {
      return out;
    }
    for (String token : rawQuery.split("[;&]")) {
      if (token.isEmpty()) {
        continue;
      }
      int eq = token.indexOf('=');
      out.put(decode(eq < 0 ? token : token.substring(0, eq)),
          eq < 0 ? "" : decode(token.substring(eq + 1)));
    }
    return out;
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  /**
   * stout's {@code numify<int>}: an optional sign and decimal digits, or a hexadecimal
   * {@code 0x}/{@code -0x} number, in the range of a C {@code int}; {@code null} for anything
   * else (blanks, fractions, overflow), where the endpoints fall back to their default.
   */
  static Integer numifyInt(String s) {
    if (s == null) {
      return null;
    }
    boolean hex = HEX.matcher(s).matches();
    if (!hex && !DECIMAL.matcher(s).matches()) {
      return null;
    }
    boolean negative = s.startsWith("-");
    try {
      long v = hex ? Long.parseLong(s.substring(negative ? 3 : 2), 16) : Long.parseLong(s);
      // a hexadecimal number is read unsigned into the int, then negated (numify.hpp)
      boolean fits = hex ? v <= Integer.MAX_VALUE : v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE;
      return fits ? (int) (hex && negative ? -v : v) : null;
    } catch (NumberFormatException e) {
      return null; // more digits than a long holds
    }
  }
}
