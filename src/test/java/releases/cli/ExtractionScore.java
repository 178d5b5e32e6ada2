package releases.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores extracted records against expected ones: per-field accuracy, and precision, recall and F1 for quotes
 * (speaker and words) and counties (name and state), counted over all records.
 */
final class ExtractionScore {

  private static final List<String> FIELDS = List.of("date", "state", "city", "title");

  private int records;
  private final Map<String, int[]> fields = new LinkedHashMap<>(); // field -> {right, compared}
  private final Counts quotes = new Counts();
  private final Counts counties = new Counts();
  private final List<String> misses = new ArrayList<>();

  /** True positives, predictions and expectations of one kind of item. */
  static final class Counts {
    int tp;
    int predicted;
    int expected;

    double precision() {
      return predicted == 0 ? (expected == 0 ? 1 : 0) : (double) tp / predicted;
    }

    double recall() {
      return expected == 0 ? (predicted == 0 ? 1 : 0) : (double) tp / expected;
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  void add(String id, JsonNode expected, JsonNode actual) {
    records++;
    for (String field : FIELDS) {
      if (expected.has(field)) { // a ground-truth file may leave a field out (no titles in generated truth)
        int[] c = fields.computeIfAbsent(field, f -> new int[2]);
        c[0] += same(id, field, expected, actual);
        c[1]++;
      }
    }
    match(id, expected.get("quotes"), actual.get("quotes"), quotes, true);
    match(id, expected.get("counties"), actual.get("counties"), counties, false);
  }

  private int same(String id, String field, JsonNode expected, JsonNode actual) {
    if (expected.get(field).equals(actual.get(field))) {
      return 1;
    }
    misses.add(id + " " + field + ": expected " + expected.get(field) + ", got " + actual.get(field));
    return 0;
  }

  /** Greedy one-to-one matching: each expected item is matched by at most one predicted item. */
  private void match(String id, JsonNode expected, JsonNode actual, Counts counts, boolean quote) {
    counts.expected += expected.size();
    counts.predicted += actual.size();
    Set<Integer> used = new HashSet<>();
    for (JsonNode e : expected) {
      boolean found = false;
      for (int i = 0; i < actual.size() && !found; i++) {
        if (!used.contains(i) && (quote ? sameQuote(e, actual.get(i)) : sameCounty(e, actual.get(i)))) {
          used.add(i);
          counts.tp++;
          found = true;
        }
      }
      if (!found) {
        misses.add(id + " missed " + e);
      }
    }
    for (int i = 0; i < actual.size(); i++) {
      if (!used.contains(i)) {
        misses.add(id + " spurious " + actual.get(i));
      }
    }
  }

  private static boolean sameCounty(JsonNode e, JsonNode a) {
    return norm(e.path("county").asText()).equals(norm(a.path("county").asText()))
        && e.path("state").equals(a.path("state"));
  }

  /** Same speaker, and words that overlap by at least 90% (punctuation and case aside). */
  private static boolean sameQuote(JsonNode e, JsonNode a) {
    if (!norm(e.path("speaker").asText()).equals(norm(a.path("speaker").asText()))) {
      return false;
    }
    List<String> we = List.of(norm(e.path("text").asText()).split(" "));
    List<String> wa = List.of(norm(a.path("text").asText()).split(" "));
    Set<String> common = new HashSet<>(we);
    common.retainAll(new HashSet<>(wa));
    double overlap = common.size() / (double) Math.max(new HashSet<>(we).size(), new HashSet<>(wa).size());
    return overlap >= 0.9;
  }

  private static String norm(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  double dateAccuracy() {
    return accuracy("date");
  }

  double stateAccuracy() {
    return accuracy("state");
  }

  double cityAccuracy() {
    return accuracy("city");
  }

  private double accuracy(String field) {
    int[] c = fields.get(field);
    return c == null || c[1] == 0 ? 0 : c[0] / (double) c[1];
  }

  Counts quotes() {
    return quotes;
  }

  Counts counties() {
    return counties;
  }

  List<String> misses() {
    return misses;
  }

  String report() {
    return String.format(Locale.ROOT,
        "records %d%n  date %.4f  state %.4f  city %.4f  title %s%n"
            + "  quotes   P %.3f R %.3f F1 %.3f (%d expected, %d predicted, %d right)%n"
            + "  counties P %.3f R %.3f F1 %.3f (%d expected, %d predicted, %d right)%n",
        records, dateAccuracy(), stateAccuracy(), cityAccuracy(),
        fields.containsKey("title") ? String.format(Locale.ROOT, "%.4f", accuracy("title")) : "-",
        quotes.precision(), quotes.recall(), quotes.f1(), quotes.expected, quotes.predicted, quotes.tp,
        counties.precision(), counties.recall(), counties.f1(), counties.expected, counties.predicted, counties.tp);
  }
}
