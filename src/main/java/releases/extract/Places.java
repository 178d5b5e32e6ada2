package releases.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The state of a dateline city written without one ("ALBUQUERQUE -", "Seattle -", "OLYMPIA --"): state capitals
 * and the larger cities, from {@code cities.tsv}. A name that several states share goes to the one the release
 * names near it, else to the likeliest.
 */
final class Places {

  private static final Map<String, List<States.State>> CITIES = load();
  private static final java.util.Set<String> COUNTRIES = lowerCaseLines("/releases/extract/countries.txt");
  private static final java.util.Set<String> WORLD_CITIES = lowerCaseLines("/releases/extract/world-cities.txt");

  private Places() {}

  /** True when {@code name} is a country (or a Canadian province) a foreign dateline may give after its city. */
  static boolean isCountry(String name) {
    return COUNTRIES.contains(name.strip().toLowerCase(Locale.ROOT));
  }

  /** True when {@code name} is a city abroad that a dateline names without its country: "LONDON -". */
  static boolean isWorldCity(String name) {
    return WORLD_CITIES.contains(name.strip().toLowerCase(Locale.ROOT));
  }

  private static java.util.Set<String> lowerCaseLines(String resource) {
    java.util.Set<String> out = new java.util.HashSet<>();
    try (InputStream in = Places.class.getResourceAsStream(resource);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.strip().toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** True when {@code city} is a city this table knows, in any case. */
  static boolean isKnownCity(String city) {
    return CITIES.containsKey(key(city));
  }

  /**
   * The state of {@code city}: the only one with a city of that name, or the one among them that {@code context}
   * names in full, else the likeliest; null for a city the table does not know.
   */
  static States.State stateOf(String city, String context) {
    List<States.State> states = CITIES.get(key(city));
    if (states == null) {
      return null;
    }
    if (states.size() > 1 && context != null) {
      for (States.State s : states) {
        if (context.contains(s.name())) {
          return s;
        }
      }
    }
    return states.get(0);
  }

  private static String key(String city) {
    String k = city.strip().toLowerCase(Locale.ROOT);
    if (k.indexOf("saint ") >= 0) {
      k = k.replace("saint ", "st. ");
    }
    return k.indexOf("  ") >= 0 || k.indexOf('\t') >= 0 || k.indexOf('\n') >= 0 ? WHITESPACE.matcher(k).replaceAll(" ") : k;
  }

  private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

  private static Map<String, List<States.State>> load() {
    Map<String, List<States.State>> out = new HashMap<>();
    try (InputStream in = Places.class.getResourceAsStream("/releases/extract/cities.tsv");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        List<States.State> states = out.computeIfAbsent(key(cols[0]), k -> new ArrayList<>());
        for (String code : cols[1].split(",")) {
          States.State s = States.byCode(code.strip());
          if (s == null) {
            throw new IllegalStateException("cities.tsv: unknown state " + code + " for " + cols[0]);
          }
          if (!states.contains(s)) {
            states.add(s);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
