package releases.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import releases.index.Fields;

/** Reads the requested dimensions out of Lucene's facet counts, ordered the way people read them. */
final class FacetCounts {

  private static final Comparator<FacetCount> BY_COUNT =
      Comparator.comparingInt(FacetCount::count).reversed().thenComparing(FacetCount::value);
  /** Years and months read best as a timeline, newest first. */
  private static final Comparator<FacetCount> BY_TIME = Comparator.comparing(FacetCount::value).reversed();

  private FacetCounts() {}

  /** The requested dimensions in the request's order, each from its value counts. */
  static Map<String, List<FacetCount>> of(Map<String, Map<String, Integer>> values, SearchRequest r) {
    Map<String, List<FacetCount>> out = new LinkedHashMap<>();
    for (String dim : r.facets()) {
      List<FacetCount> counts = new ArrayList<>();
      values.getOrDefault(dim, Map.of()).forEach((value, n) -> counts.add(new FacetCount(value, n)));
      out.put(dim, ordered(dim, counts, r.facetLimit()));
    }
    return out;
  }

  /** One dimension's counts in reading order, cut to {@code limit} (0 for all); shared by every backend. */
  static List<FacetCount> ordered(String dim, List<FacetCount> counts, int limit) {
    List<FacetCount> sorted = new ArrayList<>(counts);
    boolean time = dim.equals(Fields.DIM_YEAR) || dim.equals(Fields.DIM_MONTH);
    sorted.sort(time ? BY_TIME : BY_COUNT);
    // A release corpus spans a dozen years or so: cutting that timeline short would only hide its start.
    boolean whole = limit == 0 || sorted.size() <= limit || dim.equals(Fields.DIM_YEAR);
    return whole ? sorted : sorted.subList(0, limit);
  }

  /**
   * Official counts with the written forms of one person's name added up under the canonical name. A release
   * that writes one person's name two ways counts twice; extraction resolves names within a release, so that is rare.
   */
  static List<FacetCount> merged(List<FacetCount> byForm, List<Officials.Official> officials, int limit) {
    Map<String, String> canonical = new java.util.HashMap<>();
    officials.forEach(o -> o.forms().forEach(f -> canonical.put(f, o.name())));
    Map<String, Integer> sums = new LinkedHashMap<>();
    byForm.forEach(c -> sums.merge(canonical.getOrDefault(c.value(), c.value()), c.count(), Integer::sum));
    List<FacetCount> out = new ArrayList<>();
    sums.forEach((name, n) -> out.add(new FacetCount(name, n)));
    out.sort(BY_COUNT);
    return limit == 0 || out.size() <= limit ? out : out.subList(0, limit);
  }
}
