package releases.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The answer to a {@link SearchRequest}: the total number of matching releases, the requested page of hits, and
 * the counts of each requested facet dimension (in the order asked for), and how many clusters of copies the
 * matching releases form (-1 when copies are listed as hits of their own).
 */
public record SearchResult(String query, long total, List<Hit> hits, Map<String, Facet> facets, long clusters) {

  /** A result whose hits are every matching release, copies listed on their own ({@link #clusters} unknown). */
  public SearchResult(String query, long total, List<Hit> hits, Map<String, Facet> facets) {
    this(query, total, hits, facets, -1);
  }

  /** True when copies were folded: one hit per cluster, {@link #clusters} of them in all. */
  public boolean folded() {
    return clusters >= 0;
  }

  /** How many hits the result has in all: clusters when folded, else releases. */
  public long listed() {
    return folded() ? clusters : total;
  }

  public SearchResult {
    Objects.requireNonNull(query, "query");
    if (total < hits.size() || clusters > total) {
      throw new IllegalArgumentException("total " + total + " is less than the hits or clusters returned");
    }
    hits = List.copyOf(hits);
    facets = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(facets));
  }
}
