package releases.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import releases.index.Fields;

/** Turns counted values into the facets a reader sees: merged, cut to the limit by count, then put in reading order. */
final class FacetCounts {

  private static final Comparator<FacetCount> BY_COUNT =
      Comparator.comparingInt(FacetCount::count).reversed().thenComparing(FacetCount::value);
  /** Years and months read best as a timeline, oldest first ("2010-06" sorts as a date does). */
  private static final Comparator<FacetCount> BY_TIME = Comparator.comparing(FacetCount::value);

  private FacetCounts() {}

  /** Whether a dimension's values are dates, listed in date order rather than by count. */
  static boolean timeline(String dim) {
    return dim.equals(Fields.DIM_YEAR) || dim.equals(Fields.DIM_MONTH);
  }

  /**
   * One dimension's facet: the {@code limit} most frequent values (0 for all; years are never cut: a release corpus
   * spans a dozen years or so, and cutting that timeline would only hide its start), shown by count, or in date
   * order for years and months. Shared by every backend.
   */
  static Facet of(String dim, Map<String, Integer> values, long missing, int limit, boolean sideways) {
    List<FacetCount> sorted = new ArrayList<>();
    values.forEach((value, n) -> sorted.add(new FacetCount(value, n)));
    sorted.sort(BY_COUNT);
    boolean whole = limit == 0 || sorted.size() <= limit || dim.equals(Fields.DIM_YEAR);
    List<FacetCount> shown = new ArrayList<>(whole ? sorted : sorted.subList(0, limit));
    if (timeline(dim)) {
      shown.sort(BY_TIME);
    }
    return new Facet(shown, sorted.size(), missing, sideways);
  }

  /** Maps each written form of an official's name to the canonical name; other names are left as they are. */
  static UnaryOperator<String> canonical(List<Officials.Official> officials) {
    Map<String, String> canonical = new HashMap<>();
    officials.forEach(o -> o.forms().forEach(f -> canonical.put(f, o.name())));
    return form -> canonical.getOrDefault(form, form);
  }

  /**
   * Counts by written form added up under the canonical names, for a backend that cannot merge while counting;
   * a release that writes one person's name two ways then counts twice (extraction resolves names within a
   * release, so that is rare).
   */
  static Map<String, Integer> summed(Map<String, Integer> byForm, List<Officials.Official> officials) {
    UnaryOperator<String> canonical = canonical(officials);
    Map<String, Integer> sums = new LinkedHashMap<>();
    byForm.forEach((form, n) -> sums.merge(canonical.apply(form), n, Integer::sum));
    return sums;
  }
}
