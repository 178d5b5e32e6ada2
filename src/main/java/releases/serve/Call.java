package releases.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import releases.UserException;

/**
 * One request as handlers see it: the method, the path and the query parameters (in order, each bounded in
 * length and number), the credentials it carries and the address it came from. No server types leak past it.
 */
record Call(String method, String path, Map<String, List<String>> params, String authorization, String cookie,
    String remote, boolean secure) {

  Call {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    params.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    params = java.util.Collections.unmodifiableMap(copy);
    for (Map.Entry<String, List<String>> e : params.entrySet()) {
      if (e.getValue().size() > Limits.VALUES) {
        throw UserException.usage("too many values of '" + e.getKey() + "': at most " + Limits.VALUES);
      }
      for (String v : e.getValue()) {
        int limit = e.getKey().equals("q") ? Limits.QUERY : Limits.VALUE;
        if (v.length() > limit) {
          throw UserException.usage((e.getKey().equals("q") ? "the query" : "'" + e.getKey() + "'") + " is "
              + v.length() + " characters long; the limit is " + limit);
        }
      }
    }
  }

  /** A GET of {@code path} with these parameters and no credentials, as tests and internal links build them. */
  static Call get(String path, Map<String, List<String>> params) {
    return new Call("GET", path, params, null, null, "127.0.0.1", false);
  }

  /** The first non-blank value of {@code name}, stripped, or null. */
  String param(String name) {
    for (String v : params.getOrDefault(name, List.of())) {
      if (!v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }

  /** Every non-blank value of {@code name}; with {@code split}, comma-separated values count one by one. */
  List<String> all(String name, boolean split) {
    List<String> out = new ArrayList<>();
    for (String v : params.getOrDefault(name, List.of())) {
      for (String part : split ? v.split(",") : new String[] {v}) {
        if (!part.isBlank()) {
          out.add(part.strip());
        }
      }
    }
    if (out.size() > Limits.VALUES) {
      throw UserException.usage("too many values of '" + name + "': at most " + Limits.VALUES);
    }
    return out;
  }

  /** An integer parameter within {@code [min, max]}, or {@code fallback} when absent. */
  int number(String name, int fallback, int min, int max) {
    String v = param(name);
    if (v == null) {
      return fallback;
    }
    int n;
    try {
      n = Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw UserException.usage("'" + name + "' must be a whole number, not '" + v + "'");
    }
    if (n < min || n > max) {
      throw UserException.usage("'" + name + "' must be " + min + " to " + max + ", not " + n);
    }
    return n;
  }

  boolean flag(String name) {
    String v = param(name);
    return v != null && (v.equals("1") || v.equalsIgnoreCase("true") || v.equalsIgnoreCase("on"));
  }

  /** Refuses a parameter the API does not know, naming the ones it does: a typo must not be ignored silently. */
  void only(Set<String> known) {
    for (String name : params.keySet()) {
      if (!known.contains(name)) {
        throw UserException.usage("unknown parameter '" + name + "': use " + String.join(", ", known));
      }
    }
  }

  boolean api() {
    return path.startsWith("/api/");
  }
}
