package releases.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of a page, which lives in its URL: the query parameters, and the links that change one thing
 * (add or remove a filter value, set the dates, go to a page), built on the server so the HTML holds plain links.
 */
final class State {

  private final String path;
  private final Map<String, List<String>> params;

  State(String path, Map<String, List<String>> params) {
    this.path = path;
    this.params = new LinkedHashMap<>();
    params.forEach((k, v) -> {
      List<String> kept = v.stream().filter(s -> !s.isBlank()).toList();
      if (!kept.isEmpty()) {
        this.params.put(k, kept);
      }
    });
  }

  static State of(Call c) {
    return new State(c.path(), c.params());
  }

  String url() {
    return Html.url(path, params);
  }

  /** The same parameters on another page (the downloads: {@code /api/search}, {@code /api/search.csv}). */
  String on(String otherPath) {
    return Html.url(otherPath, without("page").params);
  }

  Map<String, List<String>> params() {
    return params;
  }

  List<String> values(String name) {
    return params.getOrDefault(name, List.of());
  }

  boolean has(String name, String value) {
    return values(name).stream().anyMatch(v -> v.equalsIgnoreCase(value));
  }

  /** Adds {@code value} to {@code name}, or removes it when present; back to the first page either way. */
  State toggle(String name, String value) {
    State s = copy();
    List<String> list = new ArrayList<>(s.values(name));
    if (!list.removeIf(v -> v.equalsIgnoreCase(value))) {
      list.add(value);
    }
    s.put(name, list);
    s.params.remove("page");
    return s;
  }

  State set(String name, String value) {
    State s = copy();
    s.put(name, value == null ? List.of() : List.of(value));
    if (!name.equals("page")) {
      s.params.remove("page");
    }
    return s;
  }

  State without(String... names) {
    State s = copy();
    for (String n : names) {
      s.params.remove(n);
    }
    return s;
  }

  private void put(String name, List<String> values) {
    if (values.isEmpty()) {
      params.remove(name);
    } else {
      params.put(name, List.copyOf(values));
    }
  }

  private State copy() {
    return new State(path, params);
  }
}
