package releases.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/** The generator's own table of states, territories, their cities and counties, kept apart from the extractor's. */
final class Places {

  /**
   * One state or territory.
   *
   * @param ap        the AP abbreviation, or null for states AP never abbreviates and for territories
   * @param standalone cities AP writes without a state (a subset of {@code cities})
   */
  record State(String name, String code, String ap, int weight, List<String> cities, List<String> standalone,
      List<String> counties) {

    State {
      if (name.isBlank() || code.length() != 2 || cities.isEmpty() || weight < 1) {
        throw new IllegalArgumentException("bad place row for " + name);
      }
      cities = List.copyOf(cities);
      standalone = List.copyOf(standalone);
      counties = List.copyOf(counties);
    }

    /** Louisiana calls its counties parishes. */
    String countyWord() {
      return code.equals("LA") ? "Parish" : "County";
    }

    String countyWordPlural() {
      return code.equals("LA") ? "parishes" : "counties";
    }

    boolean isStandalone(String city) {
      return standalone.contains(city);
    }
  }

  static final Places INSTANCE = load();

  private final List<State> states;
  private final int[] cumulative;

  private Places(List<State> states) {
    this.states = List.copyOf(states);
    this.cumulative = new int[states.size()];
    int sum = 0;
    for (int i = 0; i < states.size(); i++) {
      sum += states.get(i).weight();
      cumulative[i] = sum;
    }
  }

  List<State> states() {
    return states;
  }

  /** A state drawn by weight: border and populous states issue more releases than small ones. */
  State pick(SplittableRandom rng) {
    int r = rng.nextInt(cumulative[cumulative.length - 1]);
    int i = Arrays.binarySearch(cumulative, r + 1);
    return states.get(i >= 0 ? i : -i - 1);
  }

  State byCode(String code) {
    return states.stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
  }

  private static Places load() {
    try (InputStream in = Places.class.getResourceAsStream("places.tsv")) {
      if (in == null) {
        throw new IllegalStateException("places.tsv is missing from the jar");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<State> states = new ArrayList<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          states.add(parse(line));
        }
      }
      return new Places(states);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static State parse(String line) {
    String[] f = line.split("\\|", -1);
    List<String> cities = new ArrayList<>();
    List<String> standalone = new ArrayList<>();
    for (String c : f[4].split(",")) {
      String city = c.startsWith("*") ? c.substring(1) : c;
      cities.add(city);
      if (c.startsWith("*")) {
        standalone.add(city);
      }
    }
    List<String> counties = f[5].isEmpty() ? List.of() : List.of(f[5].split(","));
    return new State(f[0], f[1], f[2].equals("-") ? null : f[2], Integer.parseInt(f[3]), cities, standalone, counties);
  }
}
